"""Who may do what on a plan on PostgreSQL, enforced by the server: database roles made members
of the group roles of :mod:`cosmoplan.storage.server` (viewer, planner, administrator), and
tenant liaisons, who read only their tenant's rows (row-level security).

Passwords are sent to the server once, when a role is created, and never printed or kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cosmoplan.storage.server import LIAISONS_TABLE, ROLES

#: What a role may be given: the group roles, and a liaison of one tenant (reads, filtered).
CHOICES = (*ROLES, "liaison")


@dataclass(frozen=True)
class Member:
    """A database role and what it may do on the plan."""

    name: str
    role: str
    tenant_id: int | None = None


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def grant(
    connection: Connection,
    name: str,
    role: str,
    *,
    tenant_id: int | None = None,
    password: str | None = None,
) -> None:
    """Make the database role ``name`` (created if missing, able to log in) a ``role``: one of
    :data:`CHOICES`; a liaison needs the ``tenant_id`` it may see. Replaces what it was."""
    who = _quoted(connection, name)
    exists = connection.execute(
        sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).first()
    if exists is None:
        connection.exec_driver_sql(f"CREATE ROLE {who} LOGIN")
    if password is not None:
        # The server is told the password in a statement of its own, never logged by us.
        literal = sa.String().literal_processor(connection.dialect)
        assert literal is not None
        connection.exec_driver_sql(f"ALTER ROLE {who} PASSWORD {literal(password)}")
    revoke(connection, name)
    group = ROLES["viewer" if role == "liaison" else role]
    connection.exec_driver_sql(f"GRANT {group} TO {who}")
    if role == "liaison":
        connection.execute(
            sa.text(f"INSERT INTO {LIAISONS_TABLE} (role_name, tenant_id) VALUES (:n, :t)"),
            {"n": name, "t": tenant_id},
        )


def revoke(connection: Connection, name: str) -> None:
    """Take every plan role from ``name`` (the database role itself stays)."""
    who = _quoted(connection, name)
    for group in ROLES.values():
        connection.exec_driver_sql(f"REVOKE {group} FROM {who}")
    connection.execute(sa.text(f"DELETE FROM {LIAISONS_TABLE} WHERE role_name = :n"), {"n": name})


def members(connection: Connection) -> list[Member]:
    """Every role with a plan role, by name (the strongest role each holds)."""
    liaisons: dict[str, int] = dict(
        connection.execute(sa.text(f"SELECT role_name, tenant_id FROM {LIAISONS_TABLE}")).all()
    )
    found: dict[str, str] = {}
    for role, group in ROLES.items():  # weakest first: a stronger one overwrites
        query = sa.text(
            "SELECT m.rolname FROM pg_roles m WHERE m.rolcanlogin"
            " AND pg_has_role(m.oid, :group, 'MEMBER') AND m.rolname NOT LIKE 'cosmoplan\\_%'"
        )
        for (name,) in connection.execute(query, {"group": group}):
            found[name] = role
    for name in liaisons:
        found[name] = "liaison"
    return [Member(n, found[n], liaisons.get(n)) for n in sorted(found)]


@dataclass(frozen=True)
class Access:
    """What the connected role may do on the plan: its strongest plan role and, for a tenant
    liaison, the one tenant whose rows it sees."""

    role: str
    tenant_id: int | None = None

    @property
    def may_edit(self) -> bool:
        """Whether the server accepts this role's saves."""
        return self.role in ("planner", "administrator")


def access(connection: Connection) -> Access:
    """The :class:`Access` of the role ``connection`` is logged in as (an owner or superuser
    counts as an administrator)."""
    liaison = connection.execute(
        sa.text(f"SELECT tenant_id FROM {LIAISONS_TABLE} WHERE role_name = current_user")
    ).first()
    if liaison is not None:
        return Access("liaison", liaison[0])
    query = sa.text(
        "SELECT r.rolsuper OR pg_has_role(current_user, :administrator, 'MEMBER'),"
        " pg_has_role(current_user, :planner, 'MEMBER') FROM pg_roles r"
        " WHERE r.rolname = current_user"
    )
    administrator, planner = connection.execute(
        query, {"administrator": ROLES["administrator"], "planner": ROLES["planner"]}
    ).one()
    if administrator:
        return Access("administrator")
    return Access("planner" if planner else "viewer")
