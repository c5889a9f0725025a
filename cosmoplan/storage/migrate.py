"""Alembic, run from code: which schema revisions exist, and upgrading a plan to the newest.

The revisions live in ``migrations/versions`` next to this module; no ``alembic.ini`` is read.
:data:`HEAD` names the newest one so that opening an up-to-date plan (the common case) needs
no Alembic at all; a test checks it against the scripts.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")

#: The newest schema revision this cosmoplan knows (the ``head`` of the migrations).
HEAD = "0007_scenarios"


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the plan migrations, optionally bound to ``connection``."""
    result = Config()
    # ConfigParser interpolates "%": escape it in the path.
    result.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        result.attributes["connection"] = connection
    return result


def revisions() -> list[str]:
    """Every known revision, oldest first."""
    script = ScriptDirectory.from_config(config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``target``, inside its transaction; on
    PostgreSQL, then fit out what the server adds to the schema (:mod:`.server`)."""
    command.upgrade(config(connection), target)
    if connection.dialect.name == "postgresql":
        from cosmoplan.storage import server  # PostgreSQL only

        server.fit_out(connection)
