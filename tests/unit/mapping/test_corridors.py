"""Flight corridors of the allocations binding on a date (plain Python)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import shapely
from demo_lookup import allocation_on

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    Pad,
    Plan,
    Vehicle,
    VehicleClass,
)
from cosmoplan.geo import to_wgs84
from cosmoplan.mapping.corridors import (
    allocation_corridor,
    flight_corridors,
    format_azimuth,
)
from cosmoplan.safety import dimensions, launch_corridor
from cosmoplan.safety.corridor import GEOD
from cosmoplan.safety.units import M_PER_NM

DAY = date(2030, 6, 1)


def with_corridor(
    plan: Plan,
    allocation: Allocation,
    azimuth: float | None,
    vehicle_class: VehicleClass | None,
    apogee_km: float | None = None,
) -> Allocation:
    """Give the allocation an azimuth and its vehicle a class (and apogee)."""
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    assert isinstance(vehicle, Vehicle)
    plan.replace(replace(vehicle, vehicle_class=vehicle_class, apogee_km=apogee_km))
    changed = replace(allocation, launch_azimuth_deg=azimuth)
    plan.replace(changed)
    return changed


@pytest.fixture
def plan() -> Plan:
    """The demo plan with Soyuz-5 on 45/1 launching at 51.8° as a medium-large vehicle and
    Soyuz-2.1a on 31/6 at 65° as a medium one (and no other launch azimuth)."""
    plan = build_demo_plan()
    for allocation in list(plan.allocations()):
        plan.replace(replace(allocation, launch_azimuth_deg=None))
    with_corridor(plan, allocation_on(plan, "45/1", "Soyuz-5"), 51.8, VehicleClass.MEDIUM_LARGE)
    with_corridor(plan, allocation_on(plan, "31/6", "Soyuz-2.1a"), 65.0, VehicleClass.MEDIUM)
    return plan


def test_the_corridors_of_the_day_are_those_of_safety_for_each_allocation(plan: Plan) -> None:
    soyuz5 = allocation_on(plan, "45/1", "Soyuz-5")
    soyuz2 = allocation_on(plan, "31/6", "Soyuz-2.1a")
    found = flight_corridors(plan, DAY)
    assert [c.allocation_id for c in found] == sorted([soyuz5.id, soyuz2.id])
    by_id = {c.allocation_id: c for c in found}
    for allocation, vehicle_class, azimuth in (
        (soyuz5, VehicleClass.MEDIUM_LARGE, 51.8),
        (soyuz2, VehicleClass.MEDIUM, 65.0),
    ):
        corridor = by_id[allocation.id]
        pad = plan.get(Kind.PAD, allocation.pad_id)
        vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
        assert isinstance(pad, Pad) and isinstance(vehicle, Vehicle)
        expected = launch_corridor(pad, vehicle, azimuth)
        assert (corridor.pad_id, corridor.tenant_id) == (pad.id, allocation.tenant_id)
        assert corridor.vehicle_class is vehicle_class
        assert corridor.azimuth_deg == pytest.approx(azimuth)
        assert corridor.dimensions == dimensions(vehicle_class)
        assert corridor.overflight_exclusion.equals(expected.overflight_exclusion)
        assert corridor.flight.equals(expected.flight)
        # Both polygons are in model metres around the pad, the exclusion zone is the small one.
        assert corridor.overflight_exclusion.contains(pad.location)
        assert corridor.flight.area > 100 * corridor.overflight_exclusion.area


def test_the_label_names_class_azimuth_and_exclusion_zone_length(plan: Plan) -> None:
    soyuz5 = allocation_on(plan, "45/1", "Soyuz-5")
    (corridor,) = flight_corridors(plan, DAY, [soyuz5.id])
    doez_m = dimensions(VehicleClass.MEDIUM_LARGE).doez_nm * M_PER_NM
    assert corridor.exclusion_length_m == pytest.approx(doez_m)
    assert corridor.label == f"medium-large · 51.8° · OEZ {doez_m / 1000:.1f} km"
    assert format_azimuth(65.0) == "65°"
    assert format_azimuth(359.96) == "0°"


def test_the_label_sits_at_the_downrange_tip_of_the_exclusion_zone(plan: Plan) -> None:
    soyuz5 = allocation_on(plan, "45/1", "Soyuz-5")
    (corridor,) = flight_corridors(plan, DAY, [soyuz5.id])
    pad = plan.get(Kind.PAD, soyuz5.pad_id)
    assert isinstance(pad, Pad)
    lon0, lat0 = to_wgs84(pad.location.x, pad.location.y)
    lon1, lat1 = to_wgs84(*corridor.label_at)
    azimuth, _, distance = GEOD.inv(lon0, lat0, lon1, lat1)
    assert azimuth == pytest.approx(51.8, abs=1e-6)
    tip = corridor.dimensions.doez_nm + corridor.dimensions.dmax_nm
    assert distance == pytest.approx(tip * M_PER_NM, abs=0.01)
    # On the zone's outline (its downrange tip).
    point = shapely.Point(corridor.label_at)
    assert corridor.overflight_exclusion.exterior.distance(point) < 1.0


def test_allocations_whose_corridor_cannot_be_built_are_left_out(plan: Plan) -> None:
    soyuz5 = allocation_on(plan, "45/1", "Soyuz-5")
    soyuz2 = allocation_on(plan, "31/6", "Soyuz-2.1a")
    # No azimuth on one, no class on the other's vehicle: nothing to draw for either.
    with_corridor(plan, soyuz5, None, VehicleClass.MEDIUM_LARGE)
    with_corridor(plan, soyuz2, 65.0, None)
    assert flight_corridors(plan, DAY) == []
    assert allocation_corridor(plan, plan.get(Kind.ALLOCATION, soyuz5.id)) is None  # type: ignore[arg-type]
    # A guided suborbital vehicle needs its apogee; with one, its corridor is drawn.
    with_corridor(plan, soyuz2, 65.0, VehicleClass.GUIDED_SUBORBITAL)
    assert flight_corridors(plan, DAY) == []
    with_corridor(plan, soyuz2, 65.0, VehicleClass.GUIDED_SUBORBITAL, apogee_km=120.0)
    (corridor,) = flight_corridors(plan, DAY)
    assert corridor.vehicle_class is VehicleClass.GUIDED_SUBORBITAL
    assert corridor.dimensions == dimensions(VehicleClass.GUIDED_SUBORBITAL, 120.0)


def test_only_allocations_binding_on_the_day_have_corridors(plan: Plan) -> None:
    soyuz5 = allocation_on(plan, "45/1", "Soyuz-5")
    before_start = soyuz5.start.replace(year=soyuz5.start.year - 1)
    assert soyuz5.id not in {c.allocation_id for c in flight_corridors(plan, before_start)}
    plan.replace(replace(soyuz5, status=AllocationStatus.CANCELLED))
    assert soyuz5.id not in {c.allocation_id for c in flight_corridors(plan, DAY)}
