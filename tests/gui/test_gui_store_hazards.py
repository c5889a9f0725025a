"""Propellant stores' hazard areas on the map's hazard-area layer: drawn around the stores in
service on the "as of" date at the distances of their maximum quantity, emphasised when the
store is selected, resized when a command changes its quantity (and back on undo)."""

from __future__ import annotations

from datetime import date
from typing import cast

import pytest
import shapely

from cosmoplan.domain import Facility, FacilityKind, FacilityStatus, Kind, Plan, Ref
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.map.chunks import Feature
from cosmoplan.gui.map.derived import PIECES
from cosmoplan.gui.map.hazards import (
    LAYER_ID,
    PUBLIC_COLOUR,
    ROUTE_COLOUR,
    HazardOverlay,
    feature_key,
)
from cosmoplan.gui.map.hazards import LAYER_ID as HAZARD_LAYER
from cosmoplan.mapping.hazards import HazardArea, HazardKind
from cosmoplan.safety.hazard_areas import store_distances
from cosmoplan.services.commands import update

DAY = date(2030, 6, 1)
STORE = "LOX and kerosene store (Site 45)"


def hazard_layer(window: MainWindow) -> HazardOverlay:
    return cast(HazardOverlay, window.safety_layers[HAZARD_LAYER])


def store(plan: Plan, name: str = STORE) -> Facility:
    (found,) = [
        f for f in plan.facilities() if f.kind is FacilityKind.PROPELLANT_STORE and f.name == name
    ]
    return found


def public_area(window: MainWindow, facility_id: int) -> HazardArea | None:
    areas = hazard_layer(window).areas_of_store(facility_id)
    found = [a for a in areas if a.kind is HazardKind.PUBLIC_AREA]
    return found[0] if found else None


def drawn(window: MainWindow, area: HazardArea) -> Feature:
    """The feature drawn for ``area`` (small enough to be drawn in one piece)."""
    return window.canvas.stack.get(LAYER_ID).features[feature_key(area) * PIECES]


def drawn_widths(window: MainWindow, facility_id: int) -> dict[HazardKind, float]:
    return {
        a.kind: drawn(window, a).style.stroke_width
        for a in hazard_layer(window).areas_of_store(facility_id)
    }


def test_the_stores_in_service_have_their_areas_drawn_and_labelled(
    main_window: MainWindow,
) -> None:
    window = main_window
    window.as_of.set(DAY)
    facility = store(window.document.plan)
    expected = store_distances(facility)
    area = public_area(window, facility.id)
    assert area is not None and area.distance_m == pytest.approx(expected.public_area.m)
    reach = shapely.hausdorff_distance(area.geometry.exterior, facility.geometry.exterior)
    assert reach == pytest.approx(expected.public_area.m, rel=1e-3)
    kinds = {a.kind for a in hazard_layer(window).areas_of_store(facility.id)}
    assert kinds == {HazardKind.PUBLIC_AREA, HazardKind.PUBLIC_TRAFFIC_ROUTE}
    for shown in hazard_layer(window).areas_of_store(facility.id):
        colour = PUBLIC_COLOUR if shown.kind is HazardKind.PUBLIC_AREA else ROUTE_COLOUR
        feature = drawn(window, shown)
        assert feature.style.stroke == colour and feature.geometry.equals(shown.geometry)
    # Keys stay unique over allocations' and stores' areas.
    keys = [feature_key(a) for a in hazard_layer(window).areas]
    assert len(set(keys)) == len(keys)
    assert len(window.canvas.stack.get(LAYER_ID).features) == len(keys)
    text = f"store: public area {expected.public_area.m:,.0f} m"
    labels = {t: (x, y) for x, y, t in hazard_layer(window).labels()}
    assert text in labels and labels[text][1] == pytest.approx(area.geometry.bounds[3])
    # The abandoned Site 110 storage (out of service, load unknown) has none.
    abandoned = store(window.document.plan, "LH2/LOX/N2 storage (Site 110)")
    assert not hazard_layer(window).areas_of_store(abandoned.id)


def test_selecting_a_store_emphasises_its_areas(main_window: MainWindow) -> None:
    window = main_window
    window.as_of.set(DAY)
    plan = window.document.plan
    facility = store(plan)
    other = store(plan, "LOX and kerosene store (Site 31)")
    plain = drawn_widths(window, facility.id)
    assert hazard_layer(window).emphasised_stores() == frozenset()

    window.selection.set([Ref(Kind.FACILITY, facility.id)])
    assert hazard_layer(window).emphasised_stores() == frozenset({facility.id})
    assert hazard_layer(window).emphasised() == frozenset()  # no allocation with it
    strong = drawn_widths(window, facility.id)
    assert set(strong) == set(plain)
    assert all(strong[kind] > plain[kind] for kind in plain)
    assert drawn_widths(window, other.id) == plain  # other stores stay as they were
    # Only the store's public-area label stands out.
    (label,) = [c for c in hazard_layer(window).item.callouts(LAYER_ID) if c.strong]
    area = public_area(window, facility.id)
    assert area is not None and label.y == pytest.approx(area.geometry.bounds[3])

    window.selection.set([])
    assert drawn_widths(window, facility.id) == plain


def test_a_command_on_the_store_s_quantity_resizes_its_areas(main_window: MainWindow) -> None:
    window = main_window
    window.as_of.set(DAY)
    plan = window.document.plan
    facility = store(plan)
    before = public_area(window, facility.id)
    assert before is not None and facility.max_quantity_kg is not None

    window.document.execute(update(facility, max_quantity_kg=facility.max_quantity_kg / 4))
    smaller = plan.get(Kind.FACILITY, facility.id)
    assert isinstance(smaller, Facility)
    after = public_area(window, facility.id)
    assert after is not None
    assert after.distance_m == pytest.approx(store_distances(smaller).public_area.m)
    assert after.distance_m < before.distance_m
    shape = drawn(window, after).geometry
    assert shape.equals(after.geometry) and not shape.equals(before.geometry)
    assert f"store: public area {after.distance_m:,.0f} m" in {
        t for _, _, t in hazard_layer(window).labels()
    }

    window.document.execute(update(smaller, status=FacilityStatus.OUT_OF_SERVICE))
    assert public_area(window, facility.id) is None

    window.document.undo()
    window.document.undo()
    restored = public_area(window, facility.id)
    assert restored is not None and restored.distance_m == pytest.approx(before.distance_m)


def test_a_store_not_yet_commissioned_on_the_date_has_no_area(main_window: MainWindow) -> None:
    window = main_window
    plan = window.document.plan
    facility = store(plan)
    window.document.execute(
        update(facility, status=FacilityStatus.PLANNED, commissioned=date(2031, 1, 1))
    )
    window.as_of.set(DAY)
    assert public_area(window, facility.id) is None
    window.as_of.set(date(2031, 6, 1))
    assert public_area(window, facility.id) is not None
