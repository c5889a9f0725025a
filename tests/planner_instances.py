"""Small placement problems: pads on a line, approved tenants, requests over a few days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import strategies as st
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


#: A request as drawn: tenant, first day, days, extra days in the window, wanted pads,
#: exclusive, priority.
Asked = tuple[int, int, int, int, tuple[int, ...], bool, int]
#: An allocation as drawn: tenant, pad, first day, days, status.
Held = tuple[int, int, int, int, AllocationStatus]

asked_requests = st.lists(
    st.tuples(
        st.integers(1, 2),
        st.integers(0, 8),
        st.integers(1, 5),
        st.integers(0, 4),
        st.sampled_from([(), (1,), (2,), (2, 1), (3,), (3, 2, 1)]),
        st.booleans(),
        st.integers(0, 3),
    ),
    min_size=1,
    max_size=6,
)
held_allocations = st.lists(
    st.tuples(
        st.integers(1, 2),
        st.integers(1, 3),
        st.integers(0, 8),
        st.integers(1, 4),
        st.sampled_from([AllocationStatus.SIGNED, AllocationStatus.PROPOSED]),
    ),
    max_size=2,
)
#: Launches a year of the two vehicles; pads allow 12, so two at 7 exceed it.
launch_rates = st.tuples(st.sampled_from([None, 4.0, 7.0]), st.sampled_from([None, 4.0, 7.0]))
spacings = st.sampled_from([20_000.0, 300.0])


def random_plan(
    spacing: float,
    held: list[Held],
    asked: list[Asked],
    launches: tuple[float | None, float | None] = (None, None),
) -> Plan:
    """Three pads ``spacing`` apart with the drawn allocations and requests, the two vehicles
    planning ``launches`` a year."""
    plan = site(3, spacing)
    for vehicle, rate in zip(sorted(plan.vehicles(), key=lambda v: v.id), launches, strict=True):
        plan.replace(replace(vehicle, launches_per_year=rate))
    for tenant, pad, first, days, status in held:
        add_allocation(plan, tenant, pad, first, days, status)
    for tenant, first, days, extra, pads, exclusive, priority in asked:
        add_request(plan, tenant, first, days + extra, days, pads, exclusive, priority)
    return plan
