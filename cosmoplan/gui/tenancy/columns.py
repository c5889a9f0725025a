"""The columns of the tenants' and the vehicles' tables."""

from __future__ import annotations

from collections.abc import Callable

from cosmoplan.domain import Kind, Plan, Tenant, Vehicle
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import label
from cosmoplan.gui.tables.columns import Column, Reader
from cosmoplan.gui.tenancy.classes import class_label

TENANTS = frozenset({Kind.TENANT})


def tenant_name(plan: Plan, tenant_id: int) -> str:
    """The name of a tenant (its id if it is gone)."""
    found = plan.find(Kind.TENANT, tenant_id)
    return found.name if isinstance(found, Tenant) else f"#{tenant_id}"


def _tenant(read: Callable[[Tenant, Plan], object]) -> Reader:
    return lambda e, plan, day: read(e, plan) if isinstance(e, Tenant) else None


def _vehicle(read: Callable[[Vehicle, Plan], object]) -> Reader:
    return lambda e, plan, day: read(e, plan) if isinstance(e, Vehicle) else None


def _tonnes(kg: float | None) -> float | None:
    return None if kg is None else kg / 1000.0


TENANT_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("tables", "Name"), _tenant(lambda t, p: t.name)),
    Column(QT_TRANSLATE_NOOP("tables", "Country"), _tenant(lambda t, p: t.country)),
    Column(QT_TRANSLATE_NOOP("tables", "Kind"), _tenant(lambda t, p: label(t.kind))),
    Column(QT_TRANSLATE_NOOP("tables", "Talks"), _tenant(lambda t, p: label(t.status))),
    Column(QT_TRANSLATE_NOOP("tables", "Contact"), _tenant(lambda t, p: t.contact)),
    Column(QT_TRANSLATE_NOOP("tables", "Notes"), _tenant(lambda t, p: t.notes)),
)

VEHICLE_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("tables", "Name"), _vehicle(lambda v, p: v.name)),
    Column(
        QT_TRANSLATE_NOOP("tables", "Tenant"),
        _vehicle(lambda v, p: tenant_name(p, v.tenant_id)),
        uses_kinds=TENANTS,
    ),
    Column(QT_TRANSLATE_NOOP("tables", "Propellant"), _vehicle(lambda v, p: label(v.propellant))),
    Column(QT_TRANSLATE_NOOP("tables", "Height (m)"), _vehicle(lambda v, p: v.height_m), True),
    Column(QT_TRANSLATE_NOOP("tables", "Diameter (m)"), _vehicle(lambda v, p: v.diameter_m), True),
    Column(
        QT_TRANSLATE_NOOP("tables", "Lift-off mass (t)"),
        _vehicle(lambda v, p: _tonnes(v.liftoff_mass_kg)),
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Thrust (kN)"), _vehicle(lambda v, p: v.liftoff_thrust_kn), True
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Launches/year"),
        _vehicle(lambda v, p: v.launches_per_year),
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("tables", "Corridor class"),
        _vehicle(lambda v, p: class_label(v.vehicle_class)),
    ),
)
