"""The launch site boundary rule: 14 CFR 420.21 Table 2 distances by vehicle class."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from shapely.geometry import Point, box

from cosmoplan.analysis import IncrementalChecker, check_plan
from cosmoplan.analysis.rules.boundary import SiteBoundaryRule
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Propellant,
    Ref,
    Tenant,
    Vehicle,
    VehicleClass,
    Zone,
    ZoneKind,
)
from cosmoplan.safety.site_boundary import boundary_distance_m
from cosmoplan.services.changes import Changes

DAY = date(2030, 6, 1)


def plan_with_pad_at(x: float, vehicle_class: VehicleClass | None) -> Plan:
    """A 20 km square site; one pad at ``x`` metres from its western edge, allocated."""
    plan = Plan()
    plan.add(LaunchComplex(1, "1", "One"))
    plan.add(Zone(1, ZoneKind.COSMODROME_BOUNDARY, "Site", box(0, 0, 20_000, 20_000)))
    plan.add(Pad(1, 1, "1/1", Point(x, 10_000)))
    plan.add(Tenant(1, "T", "KZ"))
    plan.add(Vehicle(1, 1, "V", Propellant.LOX_KEROSENE, vehicle_class=vehicle_class))
    plan.add(Allocation(1, 1, 1, 1, date(2030, 1, 1), date(2030, 12, 31), AllocationStatus.SIGNED))
    return plan


def boundary_findings(plan: Plan) -> list[str]:
    return [f.text for f in check_plan(plan, DAY) if f.rule == SiteBoundaryRule.id]


@pytest.mark.parametrize(
    ("vehicle_class", "metres"),
    [
        (VehicleClass.SMALL, 2_225.04),
        (VehicleClass.MEDIUM, 2_834.64),
        (VehicleClass.MEDIUM_LARGE, 3_230.88),
        (VehicleClass.LARGE, 3_962.40),
        (VehicleClass.GUIDED_SUBORBITAL, 2_438.40),
    ],
)
def test_table_2_distances(vehicle_class: VehicleClass, metres: float) -> None:
    assert boundary_distance_m(vehicle_class) == pytest.approx(metres, abs=0.01)
    inside = plan_with_pad_at(metres + 1.0, vehicle_class)
    assert boundary_findings(inside) == []
    too_close = plan_with_pad_at(metres - 1.0, vehicle_class)
    (text,) = boundary_findings(too_close)
    assert f"{metres - 1:,.0f} m from the boundary of Site" in text
    assert "420.21 Table 2" in text


def test_the_finding_names_allocation_pad_and_zone_and_is_an_error() -> None:
    plan = plan_with_pad_at(1_000.0, VehicleClass.LARGE)
    (finding,) = [f for f in check_plan(plan, DAY) if f.rule == SiteBoundaryRule.id]
    assert finding.severity == "error"
    assert finding.subjects == (Ref(Kind.ALLOCATION, 1), Ref(Kind.PAD, 1), Ref(Kind.ZONE, 1))


def test_no_class_outside_the_site_and_boundary_validity() -> None:
    assert boundary_findings(plan_with_pad_at(100.0, None)) == []
    outside = plan_with_pad_at(-5_000.0, VehicleClass.SMALL)
    (text,) = boundary_findings(outside)
    assert "is 0 m from the boundary" in text
    expired = plan_with_pad_at(100.0, VehicleClass.SMALL)
    zone = expired.get(Kind.ZONE, 1)
    expired.replace(replace(zone, valid_to=date(2029, 1, 1)))
    assert boundary_findings(expired) == []


def test_moving_the_boundary_rechecks_every_allocation() -> None:
    plan = plan_with_pad_at(5_000.0, VehicleClass.SMALL)
    checker = IncrementalChecker(plan, DAY)
    assert not [f for f in checker.findings if f.rule == SiteBoundaryRule.id]
    zone = plan.get(Kind.ZONE, 1)
    plan.replace(replace(zone, geometry=box(4_000, 0, 20_000, 20_000)))
    delta = checker.update(Changes.of(changed=[Ref(Kind.ZONE, 1)]))
    assert [f.rule for f in delta.added] == [SiteBoundaryRule.id]
    assert checker.findings == check_plan(plan, DAY)
