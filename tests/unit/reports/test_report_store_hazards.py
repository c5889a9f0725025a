"""Propellant stores' hazard areas on the report map: the public-area distance of each store in
service on the report date, in the hazard layer next to the occupied pads' areas."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Facility, FacilityKind, FacilityStatus, Kind, Plan
from cosmoplan.mapping.hazards import HazardKind, store_areas
from cosmoplan.reports import build_report
from cosmoplan.reports.hazards import LAYER_ID, STYLE

AT = date(2030, 6, 1)


@pytest.fixture
def plan() -> Plan:
    return build_demo_plan()


def stores(plan: Plan) -> list[Facility]:
    return [f for f in plan.facilities() if f.kind is FacilityKind.PROPELLANT_STORE]


def store_features(plan: Plan, at: date = AT) -> dict[int, object]:
    layer = build_report(plan, at=at).map.layer(LAYER_ID)
    assert layer is not None
    return {
        f.ref.id: f.geometry
        for f in layer.features
        if f.ref.kind is Kind.FACILITY and f.style == STYLE
    }


def test_the_stores_in_service_have_their_public_area_on_the_map(plan: Plan) -> None:
    shown = store_features(plan)
    expected = {
        a.facility_id: a.geometry for a in store_areas(plan, AT) if a.kind is HazardKind.PUBLIC_AREA
    }
    assert set(shown) == set(expected) and len(shown) == 4
    for facility_id, geometry in expected.items():
        assert geometry.equals(shown[facility_id])
    layer = build_report(plan, at=AT).map.layer(LAYER_ID)
    assert layer is not None and any(f.ref.kind is Kind.PAD for f in layer.features)
    unloaded = [f.id for f in stores(plan) if f.max_quantity_kg is None]
    assert unloaded and not set(unloaded) & set(shown)


def test_a_store_out_of_service_on_the_report_date_is_not_drawn(plan: Plan) -> None:
    (store,) = [f for f in stores(plan) if f.name == "LOX and kerosene store (Site 45)"]
    assert store.id in store_features(plan)
    plan.replace(replace(store, status=FacilityStatus.OUT_OF_SERVICE))
    assert store.id not in store_features(plan)
