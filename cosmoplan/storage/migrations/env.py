"""Alembic environment for plan migrations; run only through cosmoplan.storage.migrate.

cosmoplan runs Alembic from code (no alembic.ini): :func:`cosmoplan.storage.migrate.upgrade`
builds the configuration and passes an open connection in ``config.attributes["connection"]``,
inside the caller's transaction. To add a revision, copy the newest file in ``versions/``,
give it a new ``revision`` whose ``down_revision`` is the old head, and update
``cosmoplan.storage.schema`` and ``HEAD`` in ``cosmoplan.storage.migrate`` to match.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from cosmoplan.storage.schema import metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("plan migrations run through cosmoplan.storage.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
