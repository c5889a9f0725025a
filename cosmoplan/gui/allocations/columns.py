"""The columns of the allocations table."""

from __future__ import annotations

from collections.abc import Callable

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Vehicle
from cosmoplan.domain.ids import is_provisional
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.tables.columns import Column, Reader
from cosmoplan.gui.tenancy.columns import tenant_name


def _allocation(read: Callable[[Allocation, Plan], object]) -> Reader:
    return lambda e, plan, day: read(e, plan) if isinstance(e, Allocation) else None


def _vehicle_name(plan: Plan, vehicle_id: int) -> str:
    found = plan.find(Kind.VEHICLE, vehicle_id)
    return found.name if isinstance(found, Vehicle) else f"#{vehicle_id}"


def _pad_code(plan: Plan, pad_id: int) -> str:
    found = plan.find(Kind.PAD, pad_id)
    return found.code if isinstance(found, Pad) else f"#{pad_id}"


def _id_text(object_id: int) -> object:
    """The id, or "new" for an allocation not yet saved (its id is given when it is)."""
    return tr("new") if is_provisional(object_id) else object_id


def use_label(exclusive: bool) -> str:
    """How an allocation uses its pad: "Exclusive" or "Shared" (translated)."""
    return tr("Exclusive") if exclusive else tr("Shared")


ALLOCATION_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("tables", "Id"), _allocation(lambda a, p: _id_text(a.id))),
    Column(
        QT_TRANSLATE_NOOP("tables", "Tenant"),
        _allocation(lambda a, p: tenant_name(p, a.tenant_id)),
        uses_kinds=frozenset({Kind.TENANT}),
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Vehicle"),
        _allocation(lambda a, p: _vehicle_name(p, a.vehicle_id)),
        uses_kinds=frozenset({Kind.VEHICLE}),
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Pad"),
        _allocation(lambda a, p: _pad_code(p, a.pad_id)),
        uses_kinds=frozenset({Kind.PAD}),
    ),
    Column(QT_TRANSLATE_NOOP("tables", "From"), _allocation(lambda a, p: a.start)),
    Column(QT_TRANSLATE_NOOP("tables", "To"), _allocation(lambda a, p: a.end)),
    Column(QT_TRANSLATE_NOOP("tables", "Status"), _allocation(lambda a, p: label(a.status))),
    Column(QT_TRANSLATE_NOOP("tables", "Use"), _allocation(lambda a, p: use_label(a.exclusive))),
    Column(
        QT_TRANSLATE_NOOP("tables", "Azimuth (°)"),
        _allocation(lambda a, p: a.launch_azimuth_deg),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Annual fee (US$)"),
        _allocation(lambda a, p: a.annual_fee_usd),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("tables", "Notes"), _allocation(lambda a, p: a.notes)),
)
