"""The map's hazard-area layer: the allocations held on the "as of" date, with the required
distances of Part 420, under the pads, following the date, the plan and View > Show Hazard
Areas."""

from __future__ import annotations

from datetime import date
from typing import cast

import pytest
import shapely

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Ref, Vehicle, display_name
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.map.hazards import LAYER_ID, PUBLIC_COLOUR, HazardOverlay
from cosmoplan.gui.map.hazards import LAYER_ID as HAZARD_LAYER
from cosmoplan.mapping.hazards import HazardArea, HazardKind
from cosmoplan.safety.hazard_areas import vehicle_distances
from cosmoplan.safety.norm import PART_420
from cosmoplan.services.commands import update

DAY = date(2030, 6, 1)


def hazard_layer(window: MainWindow) -> HazardOverlay:
    return cast(HazardOverlay, window.safety_layers[HAZARD_LAYER])


def soyuz5_on_45_1(plan: Plan) -> Allocation:
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    (found,) = [
        a
        for a in plan.allocations()
        if a.pad_id == pad.id and display_name(plan.get(Kind.VEHICLE, a.vehicle_id)) == "Soyuz-5"
    ]
    return found


def public_area(window: MainWindow, allocation_id: int) -> HazardArea | None:
    areas = [
        a for a in hazard_layer(window).areas_of(allocation_id) if a.kind is HazardKind.PUBLIC_AREA
    ]
    return areas[0] if areas else None


def drawn_radius(area: HazardArea, pad: Pad) -> float:
    return float(shapely.hausdorff_distance(area.geometry.exterior, pad.hazard_source))


def test_soyuz5_on_45_1_has_its_public_area_drawn_at_the_part_420_distance(
    main_window: MainWindow,
) -> None:
    window = main_window
    plan = window.document.plan
    window.as_of.set(DAY)
    allocation = soyuz5_on_45_1(plan)
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    pad = plan.get(Kind.PAD, allocation.pad_id)
    assert isinstance(vehicle, Vehicle) and isinstance(pad, Pad)
    expected = vehicle_distances(vehicle, PART_420)

    assert window.action_set["view.hazard-areas"].isChecked()
    assert hazard_layer(window).layer.visible
    area = public_area(window, allocation.id)
    assert area is not None and area.distance_m == pytest.approx(expected.public_area.m)
    assert drawn_radius(area, pad) == pytest.approx(expected.public_area.m, rel=1e-3)
    route = [
        a
        for a in hazard_layer(window).areas_of(allocation.id)
        if a.kind is HazardKind.PUBLIC_TRAFFIC_ROUTE
    ]
    assert route and route[0].distance_m == pytest.approx(expected.public_traffic_route.m)
    # The label sits on the ring, at the top of the circle, and names the pad and distance.
    text = f"{pad.code}: public area {expected.public_area.m:,.0f} m"
    labels = {t: (x, y) for x, y, t in hazard_layer(window).labels()}
    assert text in labels
    assert labels[text][1] == pytest.approx(area.geometry.bounds[3])


def test_the_action_hides_and_shows_the_areas(main_window: MainWindow) -> None:
    window = main_window
    window.as_of.set(DAY)
    allocation = soyuz5_on_45_1(window.document.plan)
    action = window.action_set["view.hazard-areas"]
    action.trigger()
    assert not action.isChecked() and not hazard_layer(window).layer.visible
    assert public_area(window, allocation.id) is None
    assert not hazard_layer(window).layer.features and not hazard_layer(window).labels()
    action.trigger()
    assert action.isChecked() and hazard_layer(window).layer.visible
    assert public_area(window, allocation.id) is not None


def test_the_areas_follow_the_as_of_date(main_window: MainWindow) -> None:
    window = main_window
    window.as_of.set(DAY)
    allocation = soyuz5_on_45_1(window.document.plan)
    assert public_area(window, allocation.id) is not None
    window.as_of.set(date(2019, 1, 1))  # before the allocation starts
    assert public_area(window, allocation.id) is None
    assert all(a.allocation_id != allocation.id for a in hazard_layer(window).areas)
    window.as_of.set(DAY)
    assert public_area(window, allocation.id) is not None


def test_the_areas_follow_allocation_changes_and_their_undo(main_window: MainWindow) -> None:
    window = main_window
    plan = window.document.plan
    window.as_of.set(DAY)
    allocation = soyuz5_on_45_1(plan)
    before = public_area(window, allocation.id)
    assert before is not None
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    assert isinstance(vehicle, Vehicle) and vehicle.liftoff_mass_kg is not None
    window.document.execute(update(vehicle, liftoff_mass_kg=vehicle.liftoff_mass_kg / 2))
    lighter = plan.get(Kind.VEHICLE, vehicle.id)
    assert isinstance(lighter, Vehicle)
    after = public_area(window, allocation.id)
    assert after is not None
    assert after.distance_m == pytest.approx(vehicle_distances(lighter, PART_420).public_area.m)
    assert after.distance_m < before.distance_m

    window.document.execute(update(plan.get(Kind.ALLOCATION, allocation.id), end=date(2029, 1, 1)))
    assert public_area(window, allocation.id) is None
    window.document.undo()
    window.document.undo()
    restored = public_area(window, allocation.id)
    assert restored is not None and restored.distance_m == pytest.approx(before.distance_m)


def test_the_selected_allocation_is_emphasised(main_window: MainWindow) -> None:
    window = main_window
    window.as_of.set(DAY)
    allocation = soyuz5_on_45_1(window.document.plan)
    assert allocation.id not in hazard_layer(window).emphasised()
    window.selection.set([Ref(Kind.ALLOCATION, allocation.id)])
    assert hazard_layer(window).emphasised() == frozenset({allocation.id})
    window.selection.set([Ref(Kind.PAD, allocation.pad_id)])
    assert allocation.id in hazard_layer(window).emphasised()
    styles = [f.style for f in window.canvas.stack.get(LAYER_ID).features.values()]
    strong = [s for s in styles if s.stroke == PUBLIC_COLOUR and s.stroke_width >= 2]
    assert len(strong) == len(
        {a.allocation_id for a in hazard_layer(window).areas if a.pad_id == allocation.pad_id}
    )
