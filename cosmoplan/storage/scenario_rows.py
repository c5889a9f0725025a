"""A scenario's rows: its allocations and requests as the plan's tables hold them (plus the
scenario's id), and each pad's status periods as a JSON list."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cosmoplan.domain import Kind, PadStatus, PadStatusPeriod
from cosmoplan.domain.scenario import Variant
from cosmoplan.messages import ValidationError
from cosmoplan.storage import decode, encode
from cosmoplan.storage.damage import CorruptDataError
from cosmoplan.storage.schema import (
    scenario_allocations,
    scenario_pads,
    scenario_requests,
    scenarios,
)

CHILDREN = (scenario_allocations, scenario_requests, scenario_pads)


def write(connection: Connection, scenario_id: int, variant: Variant) -> None:
    """Replace the rows of scenario ``scenario_id`` by ``variant``'s (real ids only)."""
    delete(connection, scenario_id)
    for kind, table, entities in (
        (Kind.ALLOCATION, scenario_allocations, list(variant.allocations.values())),
        (Kind.REQUEST, scenario_requests, list(variant.requests.values())),
    ):
        rows = next(iter(encode.encode(kind, entities).values())) if entities else []
        if rows:
            connection.execute(table.insert(), [{**r, "scenario_id": scenario_id} for r in rows])
    pads = [
        {"scenario_id": scenario_id, "pad_id": pad_id, "status_periods": _periods_text(periods)}
        for pad_id, periods in variant.pad_statuses.items()
    ]
    if pads:
        connection.execute(scenario_pads.insert(), pads)


def delete(connection: Connection, scenario_id: int) -> None:
    """Delete every row of scenario ``scenario_id`` but its own."""
    for table in CHILDREN:
        connection.execute(sa.delete(table).where(table.c.scenario_id == scenario_id))


def read(connection: Connection, scenario_id: int) -> Variant:
    """The variant stored for scenario ``scenario_id``. Raises :class:`CorruptDataError`."""
    allocations = decode.allocations(_columns(connection, scenario_allocations, scenario_id))
    requests = decode.requests(_columns(connection, scenario_requests, scenario_id))
    query = sa.select(scenario_pads.c.pad_id, scenario_pads.c.status_periods).where(
        scenario_pads.c.scenario_id == scenario_id
    )
    statuses = {pad_id: _periods(text) for pad_id, text in connection.execute(query)}
    return Variant.of(allocations, requests, statuses)


def _columns(connection: Connection, table: sa.Table, scenario_id: int) -> dict[str, Any]:
    query = sa.select(table).where(table.c.scenario_id == scenario_id).order_by(table.c.id)
    result = connection.execute(query)
    names = list(result.keys())
    rows = result.all()
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


def _periods_text(periods: tuple[PadStatusPeriod, ...]) -> str:
    return json.dumps([[p.status.value, _day(p.start), _day(p.end), p.note] for p in periods])


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _periods(text: str) -> tuple[PadStatusPeriod, ...]:
    try:
        return tuple(
            PadStatusPeriod(
                PadStatus(status),
                None if start is None else date.fromisoformat(start),
                None if end is None else date.fromisoformat(end),
                note,
            )
            for status, start, end, note in json.loads(text)
        )
    except (TypeError, ValueError, ValidationError) as exc:
        raise CorruptDataError(f"scenario_pads: not a list of status periods: {text!r}") from exc


#: Every stored row of the scenarios' tables, by table name (what a copy of the plan carries).
Carried = dict[str, list[dict[str, Any]]]
TABLES = (scenarios, *CHILDREN)


def carried(connection: Connection) -> Carried:
    """Every row of every scenario, to be written into a copy of the plan by :func:`paste`
    (none for a plan of an older schema, read without migrating)."""
    if not sa.inspect(connection).has_table(scenarios.name):
        return {}
    return {t.name: [dict(r._mapping) for r in connection.execute(sa.select(t))] for t in TABLES}


def paste(connection: Connection, rows: Carried) -> None:
    """Write the rows :func:`carried` read (into a new plan's empty tables)."""
    for table in TABLES:
        if rows.get(table.name):
            connection.execute(table.insert(), rows[table.name])


def highest_ids(rows: Carried) -> dict[Kind, int]:
    """The highest allocation and request id the carried scenarios hold (a copy of the plan
    gives its new objects ids above them)."""
    return {
        kind: max((r["id"] for r in rows.get(table.name, ())), default=0)
        for kind, table in (
            (Kind.ALLOCATION, scenario_allocations),
            (Kind.REQUEST, scenario_requests),
        )
    }
