"""Who occupies which pad on a date, and the pad style that colours pads by tenant."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from shapely.geometry import Point

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    LaunchComplex,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    Propellant,
    Tenant,
    Vehicle,
)
from cosmoplan.mapping.occupancy import (
    TenantPadStyle,
    occupancy,
    occupying,
    occupying_tenants,
)
from cosmoplan.mapping.style import PAD_STATUS_COLORS, pad_style
from cosmoplan.mapping.tenants import tenant_colours

DAY = date(2030, 6, 1)


def tenancy_plan() -> Plan:
    """Two pads, three tenants with a vehicle each, no allocations yet."""
    plan = Plan()
    plan.add(LaunchComplex(1, "45", "Baiterek"))
    active = (PadStatusPeriod(PadStatus.ACTIVE, date(2000, 1, 1), None),)
    plan.add(Pad(1, 1, "45/1", Point(550_600.0, 5_087_950.0), status_periods=active))
    plan.add(Pad(2, 1, "45/2", Point(551_600.0, 5_087_950.0), status_periods=active))
    for number, name in ((1, "Zeta"), (2, "Alpha"), (3, "Mid")):
        plan.add(Tenant(number, name, "Kazakhstan"))
        plan.add(Vehicle(number, number, f"Rocket {number}", Propellant.LOX_KEROSENE))
    return plan


def allocate(
    plan: Plan,
    allocation_id: int,
    tenant_id: int,
    pad_id: int,
    start: date,
    end: date,
    status: AllocationStatus = AllocationStatus.SIGNED,
) -> Allocation:
    allocation = Allocation(
        allocation_id, tenant_id, tenant_id, pad_id, start, end, status, exclusive=False
    )
    plan.add(allocation)
    return allocation


def test_a_pad_is_occupied_on_the_days_of_a_binding_allocation_only() -> None:
    plan = tenancy_plan()
    allocate(plan, 1, 1, 1, date(2030, 1, 1), date(2030, 12, 31))
    allocate(plan, 2, 2, 2, date(2030, 1, 1), date(2030, 12, 31), AllocationStatus.CANCELLED)
    assert occupancy(plan, DAY) == {1: 1}
    assert occupancy(plan, date(2030, 12, 31)) == {1: 1}  # the last day counts
    assert occupancy(plan, date(2031, 1, 1)) == {}
    assert occupancy(plan, date(2029, 12, 31)) == {}


def test_of_several_allocations_on_one_day_the_most_advanced_status_shows() -> None:
    plan = tenancy_plan()
    allocate(plan, 1, 1, 1, date(2029, 1, 1), date(2031, 1, 1), AllocationStatus.PROPOSED)
    allocate(plan, 2, 2, 1, date(2030, 1, 1), date(2030, 12, 31), AllocationStatus.ACTIVE)
    allocate(plan, 3, 3, 1, date(2028, 1, 1), date(2032, 1, 1), AllocationStatus.PROPOSED)
    assert occupancy(plan, DAY) == {1: 2}
    assert occupying(plan, DAY)[1].id == 2
    # among equals, the earlier start wins
    assert occupancy(plan, date(2031, 1, 1)) == {1: 3}


def test_the_legend_lists_occupying_tenants_by_name_in_their_palette_colours() -> None:
    plan = tenancy_plan()
    allocate(plan, 1, 1, 1, date(2030, 1, 1), date(2030, 12, 31))
    allocate(plan, 2, 2, 2, date(2030, 1, 1), date(2030, 12, 31))
    colours = tenant_colours([1, 2, 3])
    legend = [(tenant.name, colour) for tenant, colour in occupying_tenants(plan, DAY)]
    assert legend == [("Alpha", colours[2]), ("Zeta", colours[1])]


def test_the_pad_style_fills_occupied_pads_with_the_tenant_colour() -> None:
    plan = tenancy_plan()
    allocate(plan, 1, 3, 1, date(2030, 1, 1), date(2030, 12, 31))
    style = TenantPadStyle(plan)
    occupied, free = plan.pad_by_code("45/1"), plan.pad_by_code("45/2")
    assert occupied is not None and free is not None
    looks = style(occupied, DAY)
    assert looks.fill is not None and looks.fill.startswith(tenant_colours([1, 2, 3])[3])
    assert looks.stroke == PAD_STATUS_COLORS[PadStatus.ACTIVE]  # status as the outline
    assert looks.stroke_width > pad_style(occupied, DAY).stroke_width
    assert style(free, DAY) == pad_style(free, DAY)
    assert style(occupied, date(2031, 6, 1)) == pad_style(occupied, date(2031, 6, 1))


def test_the_pad_style_follows_the_plan_after_invalidate() -> None:
    plan = tenancy_plan()
    first = allocate(plan, 1, 1, 1, date(2030, 1, 1), date(2030, 12, 31))
    style = TenantPadStyle(plan)
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    before = style(pad, DAY)
    plan.replace(replace(first, status=AllocationStatus.CANCELLED))
    assert style(pad, DAY) == before  # cached for the day until told
    style.invalidate()
    assert style(pad, DAY) == pad_style(pad, DAY)
