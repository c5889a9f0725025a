"""Reading a whole plan and writing all or part of one, on an open connection (Core, no ORM).

Reads fetch each table with one ``select`` and decode it column by column; writes are bulk
``executemany`` inserts. An object that changed is deleted and inserted again (foreign keys
are checked at commit), so a save needs no per-row upsert logic and stays portable SQL.
"""

from __future__ import annotations

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
from cosmoplan.storage.schema import (
    PAD_CHILDREN,
    SCENARIO_TABLES,
    TABLE_OF_KIND,
    metadata,
    pads,
    plan_info,
    removed_objects,
)

#: Ids per ``IN (...)`` list, well under every database's limit on bound parameters.
CHUNK = 500


# -- reading ------------------------------------------------------------------------------
def _columns(
    connection: Connection,
    table: sa.Table,
    *order: sa.ColumnElement[Any],
    where: sa.ColumnElement[bool] | None = None,
) -> Columns:
    """All rows of ``table`` (or those matching ``where``), column by column, as the driver
    returns them.

    The statement is Core (quoted and portable); the rows come straight from the DBAPI
    cursor, since SQLAlchemy's result rows would double the time of a large read. The decoder
    accepts the drivers' raw values (SQLite's ISO dates and 0/1 booleans).
    """
    query = sa.select(table).order_by(*order)
    if where is not None:
        query = query.where(where)
    # The only values bound are integers (revisions), safe to render inline.
    statement = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
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
        if table is not plan_info and table not in SCENARIO_TABLES
    }
    damage.check_info(infos[0].name, infos[0].description)
    plan = Plan(PlanInfo(name=infos[0].name, description=infos[0].description))
    plan.load(decode.decode(tables))
    return plan


def read_since(connection: Connection, revision: int) -> tuple[list[Entity], dict[Ref, int]]:
    """The objects written by saves after ``revision``, and the revision of every object
    written or removed since (a removed one has no object)."""
    tables: dict[str, Columns] = {}
    revisions: dict[Ref, int] = {}
    for kind, table in TABLE_OF_KIND.items():
        columns = tables[table.name] = _columns(
            connection, table, table.c.id, where=table.c.revision > revision
        )
        revisions.update(
            (Ref(kind, i), v) for i, v in zip(columns["id"], columns["revision"], strict=True)
        )
    newer_pads = sa.select(pads.c.id).where(pads.c.revision > revision)
    for child in PAD_CHILDREN:
        tables[child.name] = _columns(
            connection, child, *child.primary_key.columns, where=child.c.pad_id.in_(newer_pads)
        )
    with collector_paused():
        entities = decode.decode(tables, partial=True)
    query = sa.select(
        removed_objects.c.kind, removed_objects.c.object_id, removed_objects.c.revision
    ).where(removed_objects.c.revision > revision)
    for kind, object_id, removed_at in connection.execute(query):
        revisions.setdefault(Ref(Kind(kind), object_id), removed_at)
    return entities, revisions


# -- writing ------------------------------------------------------------------------------
def insert(connection: Connection, kind: Kind, entities: Sequence[Entity], revision: int) -> None:
    """Insert the rows of ``entities`` (all of ``kind``, with real ids) at ``revision``."""
    if not entities:
        return
    table = TABLE_OF_KIND[kind]
    for table_name, rows in encode.encode(kind, entities).items():
        if table_name == table.name:
            for row in rows:
                row["revision"] = revision
        if rows:
            connection.execute(metadata.tables[table_name].insert(), rows)


def delete(connection: Connection, kind: Kind, ids: Iterable[int]) -> None:
    """Delete the rows of the objects ``ids`` of ``kind`` (and a pad's child rows)."""
    table = TABLE_OF_KIND[kind]
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        if kind is Kind.PAD:
            for child in PAD_CHILDREN:
                connection.execute(sa.delete(child).where(child.c.pad_id.in_(chunk)))
        connection.execute(sa.delete(table).where(table.c.id.in_(chunk)))


def write_info(connection: Connection, info: PlanInfo, revision: int, identity: str) -> None:
    """Store the plan's name and description (and which cosmoplan wrote it) at ``revision``."""
    values = {
        "name": info.name,
        "description": info.description,
        "app_version": __version__,
        "revision": revision,
    }
    updated = connection.execute(sa.update(plan_info).where(plan_info.c.id == 1).values(values))
    if updated.rowcount == 0:
        created_at = datetime.now(UTC).replace(tzinfo=None)
        connection.execute(
            sa.insert(plan_info).values(
                id=1, created_at=created_at, uuid=identity, change_counter=revision, **values
            )
        )


def write_all(connection: Connection, plan: Plan, identity: str) -> None:
    """Replace everything stored with ``plan`` (real ids only), as revision 1 of ``identity``."""
    for table in reversed(metadata.sorted_tables):
        if table is not plan_info:
            connection.execute(sa.delete(table))
    for kind in TABLE_OF_KIND:
        insert(connection, kind, list(plan.objects(kind).values()), 1)
    connection.execute(sa.delete(plan_info))
    write_info(connection, plan.info, 1, identity)
