"""Small placement problems: pads on a line, approved tenants, requests over a few days."""

from __future__ import annotations

from datetime import date, timedelta

from shapely.geometry import Point, box

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    Plan,
    Propellant,
    Request,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)

DAY0 = date(2030, 1, 1)


def site(pads: int, spacing_m: float = 20_000.0) -> Plan:
    """``pads`` pads ``spacing_m`` apart on Kazakh land, two approved tenants with one
    vehicle each (200 t lift-off mass: close pads are within each other's hazard areas)."""
    plan = Plan()
    plan.add(LaunchComplex(1, "1", "One"))
    land = box(-1e6, -1e6, 1e6, 1e6)
    plan.add(Zone(1, ZoneKind.KAZAKH_TERRITORY, "Kazakhstan", land))
    for number in range(1, pads + 1):
        plan.add(Pad(number, 1, f"1/{number}", Point(number * spacing_m, 0.0)))
    for number in (1, 2):
        plan.add(Tenant(number, f"T{number}", "KZ", status=NegotiationStatus.APPROVED))
        plan.add(
            Vehicle(number, number, f"V{number}", Propellant.LOX_KEROSENE, liftoff_mass_kg=2e5)
        )
    return plan


def add_request(
    plan: Plan,
    tenant: int,
    first: int,
    window: int,
    days: int,
    pads: tuple[int, ...] = (),
    exclusive: bool = True,
    priority: int = 1,
) -> Request:
    """A request of tenant ``tenant`` from day ``first`` for ``window`` days."""
    request = Request(
        len(list(plan.requests())) + 1,
        tenant,
        tenant,
        DAY0 + timedelta(days=first),
        DAY0 + timedelta(days=first + window - 1),
        days,
        pad_ids=pads,
        exclusive=exclusive,
        priority=priority,
    )
    plan.add(request)
    return request


def add_allocation(
    plan: Plan, tenant: int, pad: int, first: int, days: int, status: AllocationStatus
) -> Allocation:
    """An allocation of tenant ``tenant`` on ``pad`` from day ``first``."""
    allocation = Allocation(
        len(list(plan.allocations())) + 1,
        tenant,
        tenant,
        pad,
        DAY0 + timedelta(days=first),
        DAY0 + timedelta(days=first + days - 1),
        status,
    )
    plan.add(allocation)
    return allocation
