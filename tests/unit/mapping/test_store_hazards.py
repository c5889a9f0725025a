"""Hazard areas of the propellant stores in service on a date (plain Python): buffers of the
store outline at the distances of its maximum quantity, next to the allocations' areas."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import shapely

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Facility, FacilityKind, FacilityStatus, Kind, Plan, Propellant, Ref
from cosmoplan.mapping.hazards import (
    HazardArea,
    HazardKind,
    allocation_areas,
    facility_hazard_areas,
    hazard_areas,
    store_areas,
    stores_in_service,
)
from cosmoplan.safety.hazard_areas import store_distances
from cosmoplan.safety.norm import PART_420

DAY = date(2030, 6, 1)


@pytest.fixture
def plan() -> Plan:
    return build_demo_plan()


def demo_stores(plan: Plan) -> dict[str, Facility]:
    return {f.name: f for f in plan.facilities() if f.kind is FacilityKind.PROPELLANT_STORE}


def store_45(plan: Plan) -> Facility:
    return demo_stores(plan)["LOX and kerosene store (Site 45)"]


def test_the_demo_stores_with_a_load_have_areas_at_the_store_distances(plan: Plan) -> None:
    stores = demo_stores(plan)
    loaded = {f.id for f in stores.values() if f.max_quantity_kg is not None}
    assert len(loaded) == 4  # Sites 31, 45, 81 and 200; Site 110 is abandoned, load unknown
    areas = store_areas(plan, DAY)
    assert {a.facility_id for a in areas} == loaded
    for facility_id in loaded:
        store = plan.get(Kind.FACILITY, facility_id)
        assert isinstance(store, Facility)
        expected = store_distances(store, PART_420)
        by_kind = {a.kind: a for a in areas if a.facility_id == facility_id}
        assert set(by_kind) == set(HazardKind)
        radii = {
            HazardKind.PUBLIC_AREA: expected.public_area.m,
            HazardKind.PUBLIC_TRAFFIC_ROUTE: expected.public_traffic_route.m,
            HazardKind.INTRALINE: expected.intraline.m,
        }
        for kind, area in by_kind.items():
            assert area.distance_m == pytest.approx(radii[kind])
            assert area.source == Ref(Kind.FACILITY, facility_id)
            assert (area.allocation_id, area.pad_id, area.tenant_id) == (None, None, None)
            # A buffer of the outline (not a circle around its centre), reaching the distance.
            assert area.geometry.contains(store.geometry)
            reach = shapely.hausdorff_distance(area.geometry.exterior, store.geometry.exterior)
            assert reach == pytest.approx(radii[kind], rel=1e-3)
    # Site 45 holds twice Site 31's load: its public area reaches further.
    public = {a.facility_id: a.distance_m for a in areas if a.kind is HazardKind.PUBLIC_AREA}
    assert public[store_45(plan).id] > public[stores["LOX and kerosene store (Site 31)"].id]


def test_the_day_s_areas_are_the_allocations_then_the_stores(plan: Plan) -> None:
    assert hazard_areas(plan, DAY) == allocation_areas(plan, DAY) + store_areas(plan, DAY)
    assert store_areas(plan, DAY) and allocation_areas(plan, DAY)


def test_a_store_out_of_service_has_no_area(plan: Plan) -> None:
    store = store_45(plan)
    plan.replace(replace(store, status=FacilityStatus.OUT_OF_SERVICE))
    assert store.id not in {f.id for f in stores_in_service(plan, DAY)}
    assert not [a for a in hazard_areas(plan, DAY) if a.facility_id == store.id]


def test_a_store_counts_from_its_commissioning_until_its_decommissioning(plan: Plan) -> None:
    store = store_45(plan)
    plan.replace(
        replace(
            store,
            status=FacilityStatus.PLANNED,
            commissioned=date(2029, 1, 1),
            decommissioned=date(2031, 1, 1),
        )
    )
    assert not store_areas(plan, date(2028, 12, 31), [store.id])
    assert len(store_areas(plan, DAY, [store.id])) == 3
    assert not store_areas(plan, date(2031, 1, 1), [store.id])


def test_a_store_with_an_unknown_load_or_factor_has_no_area(plan: Plan) -> None:
    store = store_45(plan)
    assert len(facility_hazard_areas(store)) == 3
    assert facility_hazard_areas(replace(store, max_quantity_kg=None)) == []
    assert facility_hazard_areas(replace(store, propellant=None)) == []
    # LOX/methane has no established TNT factor (safety rules §3.3).
    assert facility_hazard_areas(replace(store, propellant=Propellant.LOX_METHANE)) == []
    plan.replace(replace(store, max_quantity_kg=None))
    assert store.id in {f.id for f in stores_in_service(plan, DAY)}
    assert not [a for a in hazard_areas(plan, DAY) if a.facility_id == store.id]


def test_other_facilities_have_no_area(plan: Plan) -> None:
    store = store_45(plan)
    building = replace(store, kind=FacilityKind.ASSEMBLY_BUILDING)
    assert facility_hazard_areas(building) == []


def test_an_area_belongs_to_an_allocation_or_to_a_facility() -> None:
    point = shapely.Point(0, 0).buffer(1)
    with pytest.raises(ValueError):
        HazardArea(None, None, None, HazardKind.PUBLIC_AREA, 1.0, point)
    with pytest.raises(ValueError):
        HazardArea(1, 1, 1, HazardKind.PUBLIC_AREA, 1.0, point, facility_id=2)
    assert HazardArea(1, 2, 3, HazardKind.PUBLIC_AREA, 1.0, point).source == Ref(Kind.ALLOCATION, 1)
