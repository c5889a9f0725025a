"""The columns of the requests table."""

from __future__ import annotations

from collections.abc import Callable

from cosmoplan.domain import Kind, Plan, Request
from cosmoplan.gui.allocations.columns import use_label
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import label
from cosmoplan.gui.planner.naming import request_name, wanted_pads
from cosmoplan.gui.tables.columns import Column, Reader
from cosmoplan.gui.tenancy.columns import tenant_name

NAMES = frozenset({Kind.TENANT, Kind.VEHICLE, Kind.PAD})


def _request(read: Callable[[Request, Plan], object]) -> Reader:
    return lambda e, plan, day: read(e, plan) if isinstance(e, Request) else None


REQUEST_COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("tables", "Request"),
        _request(lambda r, p: request_name(p, r)),
        uses_kinds=NAMES,
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Tenant"),
        _request(lambda r, p: tenant_name(p, r.tenant_id)),
        uses_kinds=frozenset({Kind.TENANT}),
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Pads"),
        _request(lambda r, p: wanted_pads(p, r)),
        uses_kinds=frozenset({Kind.PAD}),
    ),
    Column(QT_TRANSLATE_NOOP("tables", "Earliest start"), _request(lambda r, p: r.earliest_start)),
    Column(QT_TRANSLATE_NOOP("tables", "Latest end"), _request(lambda r, p: r.latest_end)),
    Column(QT_TRANSLATE_NOOP("tables", "Days"), _request(lambda r, p: r.duration_days), True),
    Column(QT_TRANSLATE_NOOP("tables", "Use"), _request(lambda r, p: use_label(r.exclusive))),
    Column(QT_TRANSLATE_NOOP("tables", "Priority"), _request(lambda r, p: r.priority), True),
    Column(
        QT_TRANSLATE_NOOP("tables", "Fee offered (US$)"),
        _request(lambda r, p: r.fee_usd),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("tables", "Status"), _request(lambda r, p: label(r.status))),
    Column(QT_TRANSLATE_NOOP("tables", "Notes"), _request(lambda r, p: r.notes)),
)
