"""What the map shows: colours at known places, layers hidden, refresh by changes, labels,
zoom to all, and the screen furniture."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import shapely
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cosmoplan.domain import Kind, PadStatus, PadStatusPeriod, Ref
from cosmoplan.gui.map.decorations import grid_convergence
from cosmoplan.gui.map.view import BACKGROUND
from cosmoplan.mapping.style import PAD_STATUS_COLORS, Style
from cosmoplan.services.commands import RemoveObjects, update

X0, Y0 = 550_000.0, 5_090_000.0  # pad 45/1 of the small plan
ACTIVE = PAD_STATUS_COLORS[next(iter(PAD_STATUS_COLORS))]


def test_the_map_is_drawn_and_a_pad_shows_in_its_status_colour(canvas, colour_at, alike):
    assert alike(colour_at(canvas, X0, Y0), ACTIVE)
    far_away = colour_at(canvas, X0 + 3500, Y0 + 2700)
    assert alike(far_away, BACKGROUND.name(), tolerance=6)


def test_hiding_a_layer_hides_its_features(canvas, colour_at, alike):
    canvas.layer_model.set_visible("pads", False)
    assert not alike(colour_at(canvas, X0, Y0), ACTIVE)
    canvas.layer_model.set_visible("pads", True)
    assert alike(colour_at(canvas, X0, Y0), ACTIVE)


def test_zero_opacity_hides_a_layer_too(canvas, colour_at, alike):
    canvas.layer_model.set_opacity("pads", 0.0)
    assert not alike(colour_at(canvas, X0, Y0), ACTIVE)


def test_zoom_to_all_shows_the_whole_plan(canvas):
    canvas.zoom_to_bounds((X0 + 100, Y0 + 100, X0 + 200, Y0 + 200))
    canvas.zoom_to_all()
    x0, y0, x1, y1 = canvas.navigator.bounds()
    ex0, ey0, ex1, ey1 = X0 - 2500, Y0 - 2500, X0 + 2500, Y0 + 2500  # the hazard zone
    assert x0 <= ex0 and y0 <= ey0 and x1 >= ex1 and y1 >= ey1
    assert min(x1 - x0, y1 - y0) < 1.2 * 5000  # and not much more


def test_a_command_on_one_facility_redraws_only_its_area_and_rebuilds_one_chunk(
    qtbot, canvas, document
):
    viewport = canvas.viewport()
    canvas.map_item.invalidate()
    viewport.repaint()
    layers = canvas.layers()
    builds = {(layer.id, key): c.builds for layer in layers for key, c in layer.chunks.items()}
    stats = replace(canvas.map_item.stats)
    mik = document.plan.get(Kind.FACILITY, 1)
    moved = shapely.affinity.translate(mik.geometry, 0, 300)
    document.execute(update(mik, geometry=moved))
    viewport.repaint()
    assert canvas.map_item.stats.partial == stats.partial + 1
    assert canvas.map_item.stats.full == stats.full
    canvas.map_item.invalidate()  # a full redraw rebuilds only the edited chunk
    viewport.repaint()
    after = {(layer.id, key): c.builds for layer in layers for key, c in layer.chunks.items()}
    rebuilt = [k for k in after if after[k] != builds.get(k)]
    assert [layer_id for layer_id, _ in rebuilt] == ["facilities/assembly-building"]
    assert shapely.equals(canvas.feature_geometry(Ref(Kind.FACILITY, 1)), moved)


def test_undo_and_removal_follow_the_plan(canvas, document, colour_at, alike):
    pad = document.plan.get(Kind.PAD, 1)
    document.execute(update(pad, location=shapely.Point(X0 + 1000, Y0 + 1000)))
    assert alike(colour_at(canvas, X0 + 1000, Y0 + 1000), ACTIVE)
    assert not alike(colour_at(canvas, X0, Y0), ACTIVE)
    document.undo()
    assert alike(colour_at(canvas, X0, Y0), ACTIVE)
    document.execute(RemoveObjects([Ref(Kind.PAD, 1)]))
    assert canvas.feature_geometry(Ref(Kind.PAD, 1)) is None
    assert not alike(colour_at(canvas, X0, Y0), ACTIVE)


def test_pad_labels_are_shown_and_pads_win_over_other_labels(canvas):
    canvas.settle()
    canvas.viewport().repaint()
    texts = {(p.layer_id, p.feature_id) for p in canvas.labels.placements}
    assert ("pads", 1) in texts and ("pads", 2) in texts


def test_labels_that_would_overlap_are_dropped(canvas):
    canvas.zoom_by(1 / 64)  # everything within a few pixels
    canvas.settle()
    canvas.viewport().repaint()
    placed = canvas.labels.placements
    assert len(placed) < 4
    assert placed[0].layer_id == "pads"


def test_labels_are_laid_out_again_when_the_view_settles(canvas):
    canvas.viewport().repaint()
    before = canvas.labels.layouts
    canvas.pan_by(40, 0)
    canvas.viewport().repaint()
    assert canvas.labels.layouts == before  # moved along while the view moves
    canvas.settle()
    canvas.viewport().repaint()
    assert canvas.labels.layouts == before + 1


def test_arrow_keys_pan_and_plus_minus_zoom(qtbot, canvas):
    x0, _, x1, _ = canvas.navigator.bounds()
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Right)
    nx0, _, nx1, _ = canvas.navigator.bounds()
    assert nx0 > x0 and abs((nx1 - nx0) - (x1 - x0)) < 1e-6
    scale = canvas.navigator.scale()
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Plus)
    assert abs(canvas.navigator.scale() / scale - 2) < 1e-9
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Minus)
    assert abs(canvas.navigator.scale() / scale - 1) < 1e-9


def test_wheel_zooms_about_the_cursor(qtbot, canvas):
    pos = canvas.map_to_widget(X0 + 600, Y0 + 400)
    event = QWheelEvent(
        QPointF(pos),
        QPointF(canvas.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    scale = canvas.navigator.scale()
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.navigator.scale() > scale
    assert (canvas.map_to_widget(X0 + 600, Y0 + 400) - pos).manhattanLength() <= 1
    canvas.viewport().repaint()
    assert canvas.map_item.stats.stale >= 1  # stretched while zooming ...
    full = canvas.map_item.stats.full
    canvas.settle()
    canvas.viewport().repaint()
    assert canvas.map_item.stats.full == full + 1  # ... drawn properly once settled


def test_middle_button_drag_pans_in_any_tool(qtbot, canvas, drag):
    canvas.set_tool("draw-polygon")
    x0 = canvas.navigator.bounds()[0]
    drag((X0, Y0), (X0 - 1000, Y0), button=Qt.MouseButton.MiddleButton)
    nx0 = canvas.navigator.bounds()[0]
    assert abs((nx0 - x0) - 1000) <= canvas.pixels_to_metres(2)
    assert canvas.tool.points == []


def test_cursor_position_is_reported_in_model_metres(qtbot, canvas):
    with qtbot.waitSignal(canvas.cursor_moved, timeout=1000) as signal:
        qtbot.mouseMove(canvas.viewport(), canvas.map_to_widget(X0 + 600, Y0 + 400))
    x, y = signal.args
    assert abs(x - (X0 + 600)) <= canvas.pixels_to_metres(1)
    assert abs(y - (Y0 + 400)) <= canvas.pixels_to_metres(1)


def test_true_north_turns_with_the_meridian_convergence():
    west_of_cm, east_of_cm = (
        grid_convergence(480_000, 5_090_000),
        grid_convergence(560_000, 5_090_000),
    )
    assert west_of_cm < 0 < east_of_cm
    assert abs(east_of_cm) < 1.0


def test_a_date_changes_the_pad_colours(canvas, document, colour_at, alike):
    pad = document.plan.get(Kind.PAD, 1)
    periods = (
        PadStatusPeriod(PadStatus.ACTIVE, date(2000, 1, 1), date(2030, 1, 1)),
        PadStatusPeriod(PadStatus.DESTROYED, date(2030, 1, 1)),
    )
    document.execute(update(pad, status_periods=periods))
    canvas.set_date(date(2031, 1, 1))
    assert alike(colour_at(canvas, X0, Y0), PAD_STATUS_COLORS[PadStatus.DESTROYED])


def test_grab_of_the_whole_canvas_shows_the_pad(canvas, alike):
    canvas.settle()
    image = canvas.grab().toImage()
    at = canvas.viewport().mapTo(canvas, canvas.map_to_widget(X0 + 600, Y0 + 400))
    assert alike(image.pixelColor(at), ACTIVE)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 800, 40) for y in range(0, 600, 40)}
    assert len(colours) > 3  # zones, paper, features: not a blank image


def test_a_moved_pad_is_drawn_at_its_new_place_only(canvas, document, colour_at, alike):
    pad = document.plan.get(Kind.PAD, 2)
    document.execute(update(pad, location=shapely.Point(X0 - 1200, Y0 + 1200)))
    canvas.settle()
    assert alike(colour_at(canvas, X0 - 1200, Y0 + 1200), ACTIVE)
    assert not alike(colour_at(canvas, X0 + 600, Y0 + 400), ACTIVE)


def test_base_layers_lie_under_the_plan_and_are_not_picked(canvas, colour_at, alike):
    field = shapely.box(X0 - 300, Y0 - 300, X0 + 300, Y0 + 300)
    before = colour_at(canvas, X0 + 200, Y0 - 200)
    canvas.add_base_layer("Fields", [field], Style("#41ab5d", "#006d2c"))
    assert canvas.layers()[0].id == "base/Fields"
    assert alike(colour_at(canvas, X0, Y0), ACTIVE)  # the pad stays on top
    after = colour_at(canvas, X0 + 200, Y0 - 200)  # green, seen through the zones above
    assert after.green() > after.red() + 30 and after.green() > after.blue() + 30
    assert not alike(after, before.name(), tolerance=20)
    assert canvas.pick(X0 + 200, Y0 - 200) == Ref(Kind.COMPLEX, 1)  # the plan, not the field


def test_a_new_date_redraws_only_what_it_restyles_and_looks_as_a_full_redraw(
    canvas, document, colour_at, alike
):
    pad = document.plan.get(Kind.PAD, 1)
    periods = (
        PadStatusPeriod(PadStatus.ACTIVE, date(2000, 1, 1), date(2030, 1, 1)),
        PadStatusPeriod(PadStatus.DESTROYED, date(2030, 1, 1)),
    )
    document.execute(update(pad, status_periods=periods))
    canvas.settle()
    full = canvas.map_item.stats.full
    canvas.set_date(date(2029, 6, 1))  # nothing on the map changes: nothing is redrawn
    canvas.settle()
    canvas.set_date(date(2031, 1, 1))
    stepped = canvas.viewport().grab().toImage()
    assert canvas.map_item.stats.full == full  # the pad's area only, not the whole map
    assert alike(colour_at(canvas, X0, Y0), PAD_STATUS_COLORS[PadStatus.DESTROYED])
    canvas.map_item.invalidate()
    assert canvas.viewport().grab().toImage() == stepped
    assert canvas.map_item.stats.full == full + 1
