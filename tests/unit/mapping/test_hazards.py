"""Hazard areas of the allocations binding on a date (plain Python)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import shapely

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import AllocationStatus, Kind, Pad, Plan, Vehicle
from cosmoplan.mapping.hazards import BufferCache, HazardKind, allocation_areas, hazard_areas
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety.hazard_areas import vehicle_distances
from cosmoplan.safety.norm import PART_420

DAY = date(2030, 6, 1)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_demo_plan()


def soyuz5_allocation_id(plan: Plan) -> int:
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    (found,) = [
        a.id
        for a in plan.allocations()
        if a.pad_id == pad.id and plan.get(Kind.VEHICLE, a.vehicle_id).name == "Soyuz-5"
    ]
    return found


def test_soyuz5_on_45_1_has_its_three_areas_at_the_part_420_distances(plan: Plan) -> None:
    allocation_id = soyuz5_allocation_id(plan)
    areas = [a for a in hazard_areas(plan, DAY) if a.allocation_id == allocation_id]
    allocation = plan.get(Kind.ALLOCATION, allocation_id)
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    pad = plan.get(Kind.PAD, allocation.pad_id)
    assert isinstance(vehicle, Vehicle) and isinstance(pad, Pad)
    expected = vehicle_distances(vehicle, PART_420)
    by_kind = {a.kind: a for a in areas}
    assert set(by_kind) == set(HazardKind)
    assert by_kind[HazardKind.PUBLIC_AREA].distance_m == pytest.approx(expected.public_area.m)
    assert by_kind[HazardKind.PUBLIC_TRAFFIC_ROUTE].distance_m == pytest.approx(
        expected.public_traffic_route.m
    )
    assert by_kind[HazardKind.INTRALINE].distance_m == pytest.approx(expected.intraline.m)
    for area in areas:
        assert area.pad_id == pad.id and area.tenant_id == allocation.tenant_id
        # The buffer reaches the distance (within the chord error) and no further.
        reach = shapely.hausdorff_distance(area.geometry.exterior, pad.hazard_source)
        assert reach == pytest.approx(area.distance_m, rel=1e-3)
        assert area.geometry.contains(pad.hazard_source)
    assert (
        by_kind[HazardKind.PUBLIC_AREA].distance_m
        > by_kind[HazardKind.PUBLIC_TRAFFIC_ROUTE].distance_m
    )


def test_only_allocations_binding_on_the_day_have_areas(plan: Plan) -> None:
    allocation_id = soyuz5_allocation_id(plan)
    assert not [a for a in hazard_areas(plan, date(2019, 1, 1)) if a.allocation_id == allocation_id]
    shown = {a.allocation_id for a in allocation_areas(plan, DAY)}
    for allocation_id in shown:
        allocation = plan.get(Kind.ALLOCATION, allocation_id)
        assert allocation.status is not AllocationStatus.CANCELLED
        assert allocation.start <= DAY <= allocation.end
    cancelled = [a.id for a in plan.allocations() if a.status is AllocationStatus.CANCELLED]
    assert cancelled and not set(cancelled) & {
        a.allocation_id for a in allocation_areas(plan, date(2030, 1, 1))
    }


def test_vehicles_without_a_computable_weight_are_skipped(plan: Plan) -> None:
    shown = {a.allocation_id for a in allocation_areas(plan, DAY)}
    skipped = [
        a for a in plan.allocations() if a.id not in shown and a.status.binding and a.covers(DAY)
    ]
    assert skipped  # the demo has binding allocations whose vehicle has no known weight
    for allocation in skipped:
        vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
        assert isinstance(vehicle, Vehicle)
        with pytest.raises(CosmoplanError):
            vehicle_distances(vehicle, PART_420)


def test_allocation_ids_restrict_the_result(plan: Plan) -> None:
    allocation_id = soyuz5_allocation_id(plan)
    areas = allocation_areas(plan, DAY, allocation_ids=[allocation_id])
    assert len(areas) == 3 and {a.allocation_id for a in areas} == {allocation_id}
    assert allocation_areas(plan, DAY, allocation_ids=[]) == []


def test_a_buffer_cache_reuses_buffers_until_the_pad_or_vehicle_changes() -> None:
    plan = build_demo_plan()
    cache = BufferCache()
    day = date(2027, 6, 1)
    first = hazard_areas(plan, day, cache)
    again = hazard_areas(plan, date(2027, 7, 1), cache)  # another date: nothing rebuilt
    assert first == hazard_areas(plan, day)  # the same areas as without a cache
    same = {(a.source, a.kind): a.geometry for a in first}
    assert all(same[(a.source, a.kind)] is a.geometry for a in again if (a.source, a.kind) in same)
    soyuz = next(v for v in plan.vehicles() if v.name == "Soyuz-5")
    plan.replace(replace(soyuz, propellant_mass_kg=100_000.0))  # a new vehicle object
    changed = hazard_areas(plan, day, cache)
    assert changed == hazard_areas(plan, day)
    moved = [
        a
        for a in changed
        if a.allocation_id is not None and a.geometry is not same[(a.source, a.kind)]
    ]
    assert moved and all(
        plan.get(Kind.ALLOCATION, a.allocation_id).vehicle_id == soyuz.id for a in moved
    )  # type: ignore[union-attr]
    small = BufferCache(limit=1)
    assert hazard_areas(plan, day, small) == changed  # a full cache starts again
