"""Reading a whole plan and writing all or part of one, on an open connection (Core, no ORM).

Reads fetch each table with one ``select`` and decode it column by column; writes are bulk
``executemany`` inserts. An object that changed is deleted and inserted again (foreign keys
are checked at commit), so a save needs no per-row upsert logic and stays portable SQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cosmoplan import __version__
from cosmoplan.domain import Entity, Kind, Plan, PlanInfo, Ref
from cosmoplan.memory import collector_paused
from cosmoplan.storage import damage, decode, encode
from cosmoplan.storage.damage import Columns, CorruptDataError
from cosmoplan.storage.schema import PAD_CHILDREN, TABLE_OF_KIND, metadata, plan_info

#: Ids per ``IN (...)`` list, well under every database's limit on bound parameters.
CHUNK = 500


# -- reading ------------------------------------------------------------------------------
def _columns(connection: Connection, table: sa.Table, *order: sa.ColumnElement[Any]) -> Columns:
    """All rows of ``table``, column by column, as the driver returns them.

    The statement is Core (quoted and portable); the rows come straight from the DBAPI
    cursor, since SQLAlchemy's result rows would double the time of a large read. The decoder
    accepts the drivers' raw values (SQLite's ISO dates and 0/1 booleans).
    """
    statement = sa.select(table).order_by(*order).compile(dialect=connection.dialect)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(statement))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    names = [column.name for column in table.columns]
    columns: dict[str, Sequence[Any]] = dict.fromkeys(names, ())
    columns.update(zip(names, zip(*rows, strict=False), strict=False))
    return columns


def read_plan(connection: Connection) -> Plan:
    """The plan stored behind ``connection`` (read in the connection's transaction)."""
    with collector_paused():
        return _read_plan(connection)


def _read_plan(connection: Connection) -> Plan:
    missing = sorted(set(metadata.tables) - set(sa.inspect(connection).get_table_names()))
    if missing:
        raise CorruptDataError(f"missing table(s) {', '.join(missing)}")
    infos = connection.execute(sa.select(plan_info.c.name, plan_info.c.description)).all()
    if len(infos) != 1:
        raise CorruptDataError(f"{len(infos)} rows of plan information instead of one")
    tables = {
        table.name: _columns(connection, table, *table.primary_key.columns)
        for table in metadata.sorted_tables
        if table is not plan_info
    }
    damage.check_info(infos[0].name, infos[0].description)
    plan = Plan(PlanInfo(name=infos[0].name, description=infos[0].description))
    plan.load(decode.decode(tables))
    return plan


# -- writing ------------------------------------------------------------------------------
def _insert(connection: Connection, kind: Kind, entities: Sequence[Entity]) -> None:
    if not entities:
        return
    for table_name, rows in encode.encode(kind, entities).items():
        if rows:
            connection.execute(metadata.tables[table_name].insert(), rows)


def _delete(connection: Connection, kind: Kind, ids: Iterable[int]) -> None:
    table = TABLE_OF_KIND[kind]
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        if kind is Kind.PAD:
            for child in PAD_CHILDREN:
                connection.execute(sa.delete(child).where(child.c.pad_id.in_(chunk)))
        connection.execute(sa.delete(table).where(table.c.id.in_(chunk)))


def write_info(connection: Connection, info: PlanInfo) -> None:
    """Store the plan's name and description (and which cosmoplan wrote it)."""
    values = {"name": info.name, "description": info.description, "app_version": __version__}
    updated = connection.execute(sa.update(plan_info).where(plan_info.c.id == 1).values(values))
    if updated.rowcount == 0:
        created_at = datetime.now(UTC).replace(tzinfo=None)
        connection.execute(sa.insert(plan_info).values(id=1, created_at=created_at, **values))


def write_all(connection: Connection, plan: Plan) -> None:
    """Replace every stored object with those of ``plan``."""
    for table in reversed(metadata.sorted_tables):
        if table is not plan_info:
            connection.execute(sa.delete(table))
    for kind in TABLE_OF_KIND:
        _insert(connection, kind, list(plan.objects(kind).values()))
    write_info(connection, plan.info)


def write_touched(connection: Connection, plan: Plan, touched: Iterable[Ref]) -> None:
    """Store the touched objects as they are in ``plan``: gone ones are deleted."""
    ids_of: defaultdict[Kind, set[int]] = defaultdict(set)
    for ref in touched:
        ids_of[ref.kind].add(ref.id)
    for kind in reversed(TABLE_OF_KIND):
        if kind in ids_of:
            _delete(connection, kind, ids_of[kind])
    for kind in TABLE_OF_KIND:
        objects = plan.objects(kind)
        present = [objects[i] for i in sorted(ids_of.get(kind, ())) if i in objects]
        _insert(connection, kind, present)
    write_info(connection, plan.info)
