"""Reading the audit log of a plan on PostgreSQL (written by the triggers of
:mod:`cosmoplan.storage.server`): the history of the plan or of one object, and the plan as it
was at a past moment.

The log holds every row before and after each change as JSON (geometry as GeoJSON, dates as
ISO text). The plan at a moment is today's rows with every later change undone, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import shapely
import sqlalchemy as sa
from shapely.geometry import shape
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from cosmoplan.domain import Plan, PlanInfo
from cosmoplan.memory import collector_paused
from cosmoplan.messages import register
from cosmoplan.storage import decode
from cosmoplan.storage.damage import Columns
from cosmoplan.storage.errors import MSG_CANNOT_OPEN, StorageError, reason
from cosmoplan.storage.locations import parse
from cosmoplan.storage.schema import metadata, plan_info
from cosmoplan.storage.server import AUDIT_TABLE
from cosmoplan.storage.spatial import Wkb

MSG_NO_HISTORY = register(
    "storage.no_history",
    "{location} keeps no history: only a plan on a PostgreSQL server has an audit log.",
)
#: Columns that change with every save and say nothing about the object.
BOOKKEEPING = frozenset({"revision", "change_counter", "app_version"})


def who(planner: str, role: str) -> str:
    """A planner's name with their database role when the two differ."""
    if planner and planner != role:
        return f"{planner} ({role})"
    return planner or role


@dataclass(frozen=True)
class AuditEntry:
    """One change of one row: who, when, which object, before and after."""

    at: datetime
    role: str
    planner: str
    kind: str
    object_id: int | None
    table: str
    operation: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def who(self) -> str:
        """Who made the change (:func:`who`)."""
        return who(self.planner, self.role)

    @property
    def fields(self) -> list[str]:
        """The columns whose value changed (all of them for an object added or removed)."""
        before, after = self.before or {}, self.after or {}
        names = sorted(set(before) | set(after))
        return [n for n in names if n not in BOOKKEEPING and before.get(n) != after.get(n)]

    def as_json(self) -> dict[str, Any]:
        """The entry as plain JSON values."""
        return {
            "at": self.at.isoformat(),
            "role": self.role,
            "planner": self.planner,
            "kind": self.kind,
            "id": self.object_id,
            "table": self.table,
            "operation": self.operation,
            "fields": self.fields,
            "before": self.before,
            "after": self.after,
        }


_LOG = sa.table(
    AUDIT_TABLE,
    *(
        sa.column(name)
        for name in (
            "id",
            "at",
            "db_role",
            "planner",
            "kind",
            "object_id",
            "table_name",
            "row_key",
            "operation",
            "before",
            "after",
        )
    ),
)


def history(
    connection: Connection,
    kind: str | None = None,
    object_id: int | None = None,
    since: datetime | None = None,
) -> list[AuditEntry]:
    """The changes recorded, oldest first: of every object, of one ``kind``, or of one object
    (``kind`` and ``object_id``), optionally only after ``since``."""
    query = sa.select(_LOG).order_by(_LOG.c.id)
    if kind is not None:
        query = query.where(_LOG.c.kind == kind)
    if object_id is not None:
        query = query.where(_LOG.c.object_id == object_id)
    if since is not None:
        query = query.where(_LOG.c.at > since)
    return [
        AuditEntry(
            row.at,
            row.db_role,
            row.planner,
            row.kind,
            row.object_id,
            row.table_name,
            row.operation,
            row.before,
            row.after,
        )
        for row in connection.execute(query)
    ]


def plan_as_of(connection: Connection, moment: datetime) -> Plan:
    """The plan as it was at ``moment`` (an aware time): every change after it undone."""
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for table in metadata.sorted_tables:
        keys = [c.name for c in table.primary_key]
        current = connection.execute(sa.text(f"SELECT to_jsonb(t) FROM {table.name} t")).scalars()
        rows[table.name] = {_key(row, keys): row for row in current}
    later = (
        sa.select(_LOG.c.table_name, _LOG.c.row_key, _LOG.c.operation, _LOG.c.before)
        .where(_LOG.c.at > moment)
        .order_by(_LOG.c.id.desc())
    )
    for table_name, row_key, operation, before in connection.execute(later):
        stored = rows.setdefault(table_name, {})
        key = _key(row_key, sorted(row_key))
        if operation == "INSERT":
            stored.pop(key, None)
        else:
            stored[key] = before
    infos = list(rows[plan_info.name].values())
    info = PlanInfo(infos[0]["name"], infos[0]["description"]) if infos else PlanInfo("")
    tables = {
        table.name: _as_columns(table, list(rows[table.name].values()))
        for table in metadata.sorted_tables
        if table is not plan_info
    }
    plan = Plan(info)
    with collector_paused():
        plan.load(decode.decode(tables))
    return plan


def _key(row: dict[str, Any], keys: list[str]) -> str:
    return "|".join(str(row[k]) for k in sorted(keys))


def _as_columns(table: sa.Table, found: list[dict[str, Any]]) -> Columns:
    """The JSON rows of ``table`` column by column, as the decoder reads a database's."""
    found.sort(key=lambda row: [row[c.name] for c in table.primary_key])
    columns: dict[str, list[Any]] = {}
    for column in table.columns:
        values = [row.get(column.name) for row in found]
        if isinstance(column.type, Wkb):
            values = [None if v is None else shapely.to_wkb(shape(v)) for v in values]
        columns[column.name] = values
    return columns


def _server_engine(location: str) -> tuple[sa.engine.Engine, str]:
    parsed = parse(location)
    if not parsed.is_server:
        raise StorageError(MSG_NO_HISTORY, location=parsed.display)
    return parsed.engine(), parsed.display


def read_history(
    location: str, kind: str | None = None, object_id: int | None = None
) -> list[AuditEntry]:
    """:func:`history` of the plan at ``location`` (a PostgreSQL URL)."""
    engine, display = _server_engine(location)
    try:
        with engine.begin() as connection:
            return history(connection, kind, object_id)
    except SQLAlchemyError as exc:
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=reason(exc)) from None
    finally:
        engine.dispose()


def read_as_of(location: str, moment: datetime) -> Plan:
    """:func:`plan_as_of` of the plan at ``location`` (a PostgreSQL URL)."""
    engine, display = _server_engine(location)
    try:
        with engine.begin() as connection:
            return plan_as_of(connection, moment)
    except SQLAlchemyError as exc:
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=reason(exc)) from None
    finally:
        engine.dispose()
