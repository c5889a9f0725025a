"""The map's flight-corridor layer and the safety layers in the layers panel: corridors of the
allocations held on the "as of" date, drawn under the pads, labelled, emphasised with the
selection, following the date, commands, the View menu and the panel's check boxes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
import shapely
from demo_lookup import allocation_on
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cosmoplan.domain import (
    Allocation,
    Kind,
    Pad,
    Ref,
    Vehicle,
    VehicleClass,
)
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.i18n import install_translators
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.map import LayersPanel
from cosmoplan.gui.map.corridors import CORRIDOR_COLOUR, EXCLUSION_COLOUR, LAYER_ID, CorridorOverlay
from cosmoplan.gui.map.corridors import LAYER_ID as CORRIDOR_LAYER
from cosmoplan.gui.map.derived import PIECES
from cosmoplan.gui.map.formatting import format_distance
from cosmoplan.gui.map.hazards import LAYER_ID as HAZARDS_ID
from cosmoplan.gui.map.hazards import LAYER_ID as HAZARD_LAYER
from cosmoplan.gui.map.hazards import HazardOverlay
from cosmoplan.gui.settings import AppSettings
from cosmoplan.mapping.corridors import flight_corridors
from cosmoplan.safety import dimensions
from cosmoplan.safety.units import M_PER_NM
from cosmoplan.services.commands import update
from cosmoplan.services.project import Project

DAY = date(2030, 6, 1)


def hazard_layer(window: MainWindow) -> HazardOverlay:
    return cast(HazardOverlay, window.safety_layers[HAZARD_LAYER])


def corridor_layer(window: MainWindow) -> CorridorOverlay:
    return cast(CorridorOverlay, window.safety_layers[CORRIDOR_LAYER])


def give_corridor(
    window: MainWindow, allocation: Allocation, azimuth: float, vehicle_class: VehicleClass
) -> None:
    """Set the launch azimuth and the vehicle's class through commands, as the editors do."""
    plan = window.document.plan
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    assert isinstance(vehicle, Vehicle)
    window.document.execute(update(vehicle, vehicle_class=vehicle_class))
    current = plan.get(Kind.ALLOCATION, allocation.id)
    window.document.execute(update(current, launch_azimuth_deg=azimuth))


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    """The main window as of 2030-06-01 with Soyuz-5 on 45/1 launching at 51.8° as a
    medium-large vehicle (and the demo's own corridors, if any)."""
    main_window.as_of.set(DAY)
    soyuz5 = allocation_on(main_window.document.plan, "45/1", "Soyuz-5")
    give_corridor(main_window, soyuz5, 51.8, VehicleClass.MEDIUM_LARGE)
    return main_window


def soyuz5(window: MainWindow) -> Allocation:
    return allocation_on(window.document.plan, "45/1", "Soyuz-5")


def drawn(window: MainWindow, allocation_id: int) -> dict[int, Any]:
    """The drawn pieces (features of the layer) of one allocation's corridor, by id."""
    features = window.canvas.stack.get(LAYER_ID).features
    first, last = allocation_id * 2 * PIECES, (allocation_id * 2 + 2) * PIECES
    return {i: f for i, f in features.items() if first <= i < last}


def label_of(window: MainWindow, allocation: Allocation) -> str:
    (corridor,) = corridor_layer(window).areas_of(allocation.id)
    texts = [t for x, y, t in corridor_layer(window).labels() if (x, y) == corridor.label_at]
    assert len(texts) == 1
    return texts[0]


def test_the_corridor_is_drawn_under_the_pads_with_its_label(window: MainWindow) -> None:
    allocation = soyuz5(window)
    expected = flight_corridors(window.document.plan, DAY, [allocation.id])[0]
    (corridor,) = corridor_layer(window).areas_of(allocation.id)
    assert corridor == expected
    pieces = drawn(window, allocation.id)
    # The exclusion zone in one piece, filled red; the corridor's outline in amber pieces.
    exclusion = [f for f in pieces.values() if f.style.fill is not None]
    assert len(exclusion) == 1 and exclusion[0].style.fill.startswith(EXCLUSION_COLOUR)
    assert exclusion[0].geometry.equals(corridor.overflight_exclusion)
    outline = [f.geometry for f in pieces.values() if f.style.fill is None]
    assert all(f.style.stroke == CORRIDOR_COLOUR for f in pieces.values() if f.style.fill is None)
    rebuilt = shapely.line_merge(shapely.union_all(outline))
    assert rebuilt.equals(corridor.flight.boundary)
    # Drawn with the plan, above the facilities and under the hazard areas and the pads.
    order = [layer.id for layer in window.canvas.layers()]
    assert order.index(LAYER_ID) < order.index(HAZARDS_ID) < order.index("pads")
    assert all(order.index(LAYER_ID) > order.index(i) for i in order if i.startswith("facil"))
    # The label names class and azimuth and gives the exclusion zone's downrange length.
    doez = dimensions(VehicleClass.MEDIUM_LARGE).doez_nm * M_PER_NM
    assert label_of(window, allocation) == (
        f"Medium-large orbital · 51.8°\noverflight exclusion {format_distance(doez)}"
    )


def test_the_exclusion_zone_shows_red_on_the_map_and_the_pad_stays_on_top(
    window: MainWindow,
) -> None:
    canvas = window.canvas
    allocation = soyuz5(window)
    (corridor,) = corridor_layer(window).areas_of(allocation.id)
    pad = window.document.plan.get(Kind.PAD, allocation.pad_id)
    assert isinstance(pad, Pad)
    x, y = pad.location.x, pad.location.y
    canvas.zoom_to_bounds((x - 12_000, y - 8_000, x + 12_000, y + 8_000))
    # A point inside the zone, well towards its tip, away from the pad, its hazard areas and
    # the labels (the zone's own may sit inside it, to stay in view).
    tx, ty = corridor.label_at
    canvas.settle()
    canvas.viewport().repaint()
    boxes = [
        QRectF(canvas.map_to_widget_f(p.callout.x, p.callout.y) + p.offset, QSizeF(p.image.size()))
        for p in canvas.callouts.placed
    ]
    inside = next(
        point
        for f in (0.6, 0.7, 0.8, 0.5, 0.9)
        for point in [(x + (tx - x) * f, y + (ty - y) * f)]
        if not any(box.contains(canvas.map_to_widget_f(*point)) for box in boxes)
    )
    assert corridor.overflight_exclusion.contains(shapely.Point(inside))

    def colour(px: float, py: float) -> QColor:
        canvas.settle()
        image = canvas.viewport().grab().toImage()
        return image.pixelColor(canvas.map_to_widget(px, py))

    shown = colour(*inside)
    pad_colour = colour(x, y)
    window.toggle_layer(CORRIDOR_LAYER)
    hidden = colour(*inside)
    assert shown.red() - shown.green() > hidden.red() - hidden.green() + 25
    assert colour(x, y) == pad_colour  # the pad is drawn over the zone


def test_the_panel_check_box_and_the_view_menu_show_and_hide_the_layer(
    qtbot: Any, window: MainWindow
) -> None:
    panel, action = window.panels.layers, window.action_set["view.flight-corridors"]
    item = panel.item(LAYER_ID)
    group = item.parent()
    assert item.text(0) == "Flight corridors" and group is not None and group.text(0) == "Safety"
    assert panel.item(HAZARDS_ID).text(0) == "Hazard areas"
    assert item.checkState(0) == Qt.CheckState.Checked and action.isChecked()
    assert drawn(window, soyuz5(window).id)
    # The user picks the row and presses Space to untick it.
    panel.tree.setCurrentItem(item)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree.viewport(), Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert not action.isChecked() and not corridor_layer(window).enabled
    assert not window.canvas.stack.get(LAYER_ID).features and not corridor_layer(window).labels()
    # View > Show Flight Corridors brings it back, and the panel follows.
    action.trigger()
    assert action.isChecked() and item.checkState(0) == Qt.CheckState.Checked
    assert drawn(window, soyuz5(window).id) and corridor_layer(window).labels()
    # The hazard areas' check box and menu action work alike.
    hazards = window.action_set["view.hazard-areas"]
    panel.item(HAZARDS_ID).setCheckState(0, Qt.CheckState.Unchecked)
    assert not hazards.isChecked() and not window.canvas.stack.get(HAZARDS_ID).features
    hazards.trigger()
    assert panel.item(HAZARDS_ID).checkState(0) == Qt.CheckState.Checked
    assert window.canvas.stack.get(HAZARDS_ID).features


def test_the_corridors_follow_the_as_of_date(window: MainWindow) -> None:
    allocation = soyuz5(window)
    window.date_bar.date_edit.setDate(
        window.date_bar.date_edit.date().addYears(-10)
    )  # 2020: not yet signed for
    assert window.as_of.date == date(2020, 6, 1)
    assert not corridor_layer(window).areas_of(allocation.id) and not drawn(window, allocation.id)
    window.date_bar.date_edit.setDate(window.date_bar.date_edit.date().addYears(10))
    assert corridor_layer(window).areas_of(allocation.id) and drawn(window, allocation.id)


def test_the_corridors_follow_commands_on_vehicles_and_allocations_and_undo(
    window: MainWindow,
) -> None:
    allocation = soyuz5(window)
    vehicle = window.document.plan.get(Kind.VEHICLE, allocation.vehicle_id)
    window.document.execute(update(vehicle, vehicle_class=VehicleClass.LARGE))
    (large,) = corridor_layer(window).areas_of(allocation.id)
    assert large.vehicle_class is VehicleClass.LARGE
    assert label_of(window, allocation).startswith("Large orbital · 51.8°")
    current = window.document.plan.get(Kind.ALLOCATION, allocation.id)
    window.document.execute(update(current, launch_azimuth_deg=None))
    assert not corridor_layer(window).areas_of(allocation.id) and not drawn(window, allocation.id)
    window.document.undo()
    window.document.undo()
    (restored,) = corridor_layer(window).areas_of(allocation.id)
    assert restored.vehicle_class is VehicleClass.MEDIUM_LARGE and restored.azimuth_deg == 51.8


def test_the_selected_allocation_or_pad_has_its_corridor_emphasised(window: MainWindow) -> None:
    allocation = soyuz5(window)

    def widths() -> set[float]:
        return {f.style.stroke_width for f in drawn(window, allocation.id).values()}

    def strong_labels() -> list[str]:
        return [c.text for c in window.canvas.callouts.callouts(LAYER_ID) if c.strong]

    plain = widths()
    assert not strong_labels()
    window.selection.set([Ref(Kind.ALLOCATION, allocation.id)])
    assert corridor_layer(window).emphasised() == frozenset({allocation.id})
    assert min(widths()) > max(plain)
    assert strong_labels() == [label_of(window, allocation)]
    window.selection.set([Ref(Kind.PAD, allocation.pad_id)])
    assert allocation.id in corridor_layer(window).emphasised() and min(widths()) > max(plain)
    window.selection.clear()
    assert widths() == plain and not strong_labels()


def test_a_selected_allocation_shows_its_areas_whatever_the_date(window: MainWindow) -> None:
    window.as_of.set(date(2026, 6, 1))  # before SL1's proposal on SEZ-1 (2028-2037) starts
    sl1 = allocation_on(window.document.plan, "SEZ-1", "SL1")
    assert not corridor_layer(window).areas_of(sl1.id) and not window.safety_layers[
        HAZARD_LAYER
    ].areas_of(sl1.id)
    window.selection.set([Ref(Kind.ALLOCATION, sl1.id)])
    (corridor,) = corridor_layer(window).areas_of(sl1.id)
    assert corridor.azimuth_deg == 349.2 and drawn(window, sl1.id)
    assert sl1.id in corridor_layer(window).emphasised()
    assert {a.kind.value for a in hazard_layer(window).areas_of(sl1.id)} == {
        "public-area",
        "public-traffic-route",
    }
    window.selection.clear()
    assert not corridor_layer(window).areas_of(sl1.id) and not drawn(window, sl1.id)
    assert not hazard_layer(window).areas_of(sl1.id)


def test_a_pan_with_the_corridors_on_draws_only_the_exposed_strip(window: MainWindow) -> None:
    canvas = window.canvas
    canvas.settle()
    canvas.viewport().repaint()
    stats = canvas.map_item.stats
    full, partial = stats.full, stats.partial
    canvas.pan_by(-32, 0)
    canvas.viewport().repaint()
    assert (stats.full, stats.partial) == (full, partial + 1)


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name></name>
 <message><source>{pad}: public area {distance} m</source>
  <translation>{pad}: общественная зона {distance} м</translation></message>
 <message><source>store: public area {distance} m</source>
  <translation>склад: общественная зона {distance} м</translation></message>
 <message><source>{vehicle_class} · {azimuth}</source>
  <translation>{vehicle_class}, азимут {azimuth}</translation></message>
 <message><source>overflight exclusion {length}</source>
  <translation>запрет пролёта {length}</translation></message>
</context>
<context><name>enums</name>
 <message><source>Medium-large orbital</source><translation>Среднетяжёлая</translation></message>
</context>
<context><name>layers</name>
 <message><source>Flight corridors</source><translation>Коридоры полёта</translation></message>
 <message><source>Hazard areas</source><translation>Опасные зоны</translation></message>
</context>
<context><name>LayersPanel</name>
 <message><source>Safety</source><translation>Безопасность</translation></message>
</context>
</TS>
"""


def test_the_labels_and_layer_names_are_translated(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "cosmoplan_ru.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "cosmoplan_ru.ts")], check=True, capture_output=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "ru_RU", tmp_path)
    try:
        window.as_of.set(date(2030, 6, 2))  # the layers compute their labels again
        allocation = soyuz5(window)
        assert label_of(window, allocation).startswith("Среднетяжёлая, азимут 51.8°\n")
        assert "\nзапрет пролёта " in label_of(window, allocation)
        hazard_labels = [t for _, _, t in hazard_layer(window).labels()]
        assert hazard_labels and all(
            "общественная зона " in t and "public" not in t for t in hazard_labels
        )
        panel = LayersPanel(window.canvas)
        qtbot.addWidget(panel)
        assert panel.item(LAYER_ID).text(0) == "Коридоры полёта"
        assert panel.item(HAZARDS_ID).text(0) == "Опасные зоны"
        group = panel.item(LAYER_ID).parent()
        assert group is not None and group.text(0) == "Безопасность"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_a_click_inside_a_corridor_selects_nothing(qtbot: Any, window: MainWindow) -> None:
    canvas = window.canvas
    for layer in canvas.layers():  # only the safety layers stay on the map
        if not layer.derived:
            canvas.layer_model.set_visible(layer.id, False)
    allocation = soyuz5(window)
    (corridor,) = corridor_layer(window).areas_of(allocation.id)
    pad = window.document.plan.get(Kind.PAD, allocation.pad_id)
    assert isinstance(pad, Pad)
    canvas.zoom_to_bounds(corridor.overflight_exclusion.bounds)
    tx, ty = corridor.label_at
    x, y = (
        pad.location.x + (tx - pad.location.x) * 0.6,
        pad.location.y + (ty - pad.location.y) * 0.6,
    )
    assert canvas.pick(x, y) is None
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_widget(x, y))
    assert not window.selection.refs


def test_labels_show_only_when_their_zone_is_big_enough_on_screen(window: MainWindow) -> None:
    canvas = window.canvas
    allocation = soyuz5(window)
    (corridor,) = corridor_layer(window).areas_of(allocation.id)
    label = label_of(window, allocation)

    def shown() -> list[str]:
        canvas.settle()
        canvas.viewport().repaint()
        return [p.callout.text for p in canvas.callouts.placed]

    x0, y0, x1, y1 = corridor.overflight_exclusion.bounds
    canvas.zoom_to_bounds((x0 - 5000, y0 - 5000, x1 + 5000, y1 + 5000))
    assert label in shown()
    canvas.zoom_to_bounds((x0 - 900_000, y0 - 600_000, x1 + 900_000, y1 + 600_000))
    assert label not in shown() and not shown()


def test_a_hidden_safety_layer_stays_hidden_in_the_next_window(
    qtbot: Any, plan_file: Path, app_settings: AppSettings
) -> None:
    window = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(window)
    window.action_set["view.flight-corridors"].trigger()
    window.panels.layers.item(HAZARDS_ID).setCheckState(0, Qt.CheckState.Unchecked)
    window.close()
    again = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(again)
    try:
        assert not again.action_set["view.flight-corridors"].isChecked()
        assert not again.action_set["view.hazard-areas"].isChecked()
        assert again.panels.layers.item(LAYER_ID).checkState(0) == Qt.CheckState.Unchecked
        assert not corridor_layer(again).areas and not hazard_layer(again).areas
        again.action_set["view.hazard-areas"].trigger()
        assert hazard_layer(again).areas
    finally:
        again.close()
