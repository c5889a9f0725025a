"""Drawing, snapping, measuring, moving and vertex editing, driven with the mouse."""

from __future__ import annotations

import math

import shapely
from PySide6.QtCore import Qt

from cosmoplan.domain import Kind, Ref

X0, Y0 = 550_000.0, 5_090_000.0  # pad 45/1 of the small plan
MIK_CORNER = (X0 - 400, Y0 - 400)  # north-east corner of the building


def test_polygon_drawn_with_clicks_and_a_double_click(qtbot, canvas, click):
    canvas.set_tool("draw-polygon")
    corners = [(X0 + 2000, Y0 + 1000), (X0 + 2600, Y0 + 1000), (X0 + 2600, Y0 + 1500)]
    with qtbot.waitSignal(canvas.geometry_drawn, timeout=1000) as signal:
        for x, y in corners:
            click(x, y)
        click(X0 + 2000, Y0 + 1500, double=True)
    tool_id, polygon = signal.args
    assert tool_id == "draw-polygon"
    assert polygon.geom_type == "Polygon" and polygon.is_valid
    assert len(polygon.exterior.coords) == 5  # four corners, closed
    assert abs(polygon.area - 600 * 500) / (600 * 500) < 0.02


def test_self_intersecting_polygon_is_refused_with_a_message(qtbot, canvas, click):
    canvas.set_tool("draw-polygon")
    drawn = []
    canvas.geometry_drawn.connect(lambda *args: drawn.append(args))
    bow_tie = [(X0 + 2000, Y0 + 1000), (X0 + 2600, Y0 + 1500), (X0 + 2600, Y0 + 1000)]
    with qtbot.waitSignal(canvas.message, timeout=1000) as signal:
        for x, y in bow_tie:
            click(x, y)
        click(X0 + 2000, Y0 + 1500, double=True)
    assert drawn == []
    assert "crosses itself" in signal.args[0]


def test_two_points_do_not_make_a_polygon(qtbot, canvas, click):
    canvas.set_tool("draw-polygon")
    with qtbot.waitSignal(canvas.message, timeout=1000) as signal:
        click(X0 + 2000, Y0 + 1000)
        click(X0 + 2500, Y0 + 1000, double=True)
    assert "Not enough points" in signal.args[0]


def test_line_finished_with_enter_after_backspace(qtbot, canvas, click):
    canvas.set_tool("draw-line")
    for x in (X0 + 2000, X0 + 2400, X0 + 2800):
        click(x, Y0 + 1200)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Backspace)
    with qtbot.waitSignal(canvas.geometry_drawn, timeout=1000) as signal:
        qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    line = signal.args[1]
    assert line.geom_type == "LineString" and len(line.coords) == 2
    assert abs(line.length - 400) < canvas.pixels_to_metres(2)


def test_escape_cancels_a_drawing_and_keeps_the_selection(qtbot, canvas, selection, click):
    selection.set([Ref(Kind.PAD, 1)])
    canvas.set_tool("draw-line")
    click(X0 + 2000, Y0 + 1200)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Escape)
    assert canvas.tool.points == []
    assert selection.refs == {Ref(Kind.PAD, 1)}


def test_point_snaps_onto_a_nearby_vertex(qtbot, canvas, click):
    canvas.set_tool("draw-point")
    off = canvas.pixels_to_metres(5)
    with qtbot.waitSignal(canvas.geometry_drawn, timeout=1000) as signal:
        click(MIK_CORNER[0] + off, MIK_CORNER[1] + off)
    point = signal.args[1]
    assert (point.x, point.y) == MIK_CORNER
    assert canvas.sketch.sketch.snap is not None and canvas.sketch.sketch.snap[2] == "vertex"


def test_point_snaps_onto_an_edge_between_vertices(qtbot, canvas, click):
    canvas.set_tool("draw-point")
    with qtbot.waitSignal(canvas.geometry_drawn, timeout=1000) as signal:
        click(X0 + 1000, Y0 - 1000 + canvas.pixels_to_metres(4))  # just north of the road
    point = signal.args[1]
    assert abs(point.y - (Y0 - 1000)) < 1e-6
    assert canvas.sketch.sketch.snap[2] == "edge"


def test_shift_disables_snapping(qtbot, canvas, click):
    canvas.set_tool("draw-point")
    off = canvas.pixels_to_metres(5)
    with qtbot.waitSignal(canvas.geometry_drawn, timeout=1000) as signal:
        click(MIK_CORNER[0] + off, MIK_CORNER[1] + off, Qt.KeyboardModifier.ShiftModifier)
    point = signal.args[1]
    assert (point.x, point.y) != MIK_CORNER


def test_measure_two_clicks_a_kilometre_apart(qtbot, canvas, click):
    canvas.set_tool("measure")
    results = []
    canvas.measured.connect(lambda d, a: results.append((d, a)))
    click(X0 + 2000, Y0 + 1800)
    click(X0 + 3000, Y0 + 1800, double=True)
    distance, area = results[-1]
    assert abs(distance - 1000) <= canvas.pixels_to_metres(2)
    assert area == 0
    assert "km" in canvas.sketch.sketch.text or "m" in canvas.sketch.sketch.text


def test_measure_area_and_keep_as_guide(qtbot, canvas, click):
    canvas.set_tool("measure")
    results = []
    canvas.measured.connect(lambda d, a: results.append((d, a)))
    for x, y in ((X0 + 2000, Y0 + 1000), (X0 + 3000, Y0 + 1000), (X0 + 3000, Y0 + 2000)):
        click(x, y)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    distance, area = results[-1]
    tolerance = canvas.pixels_to_metres(2)
    assert abs(distance - 2000) <= 2 * tolerance
    assert abs(area - 500_000) <= 2000 * tolerance
    assert canvas.keep_measure_as_guide()
    assert len(canvas.guides.marks) == 1
    canvas.clear_guides()
    assert canvas.guides.marks == []


def test_move_drags_a_building_and_reports_the_new_geometry(qtbot, canvas, drag):
    canvas.set_tool("move")
    with qtbot.waitSignal(canvas.geometry_edited, timeout=1000) as signal:
        drag((X0 - 500, Y0 - 500), (X0 - 500, Y0 + 2000), Qt.KeyboardModifier.ShiftModifier)
    ref, moved = signal.args
    assert ref == Ref(Kind.FACILITY, 1)
    assert abs(moved.centroid.y - (Y0 + 2000)) <= canvas.pixels_to_metres(2)
    assert abs(moved.area - 200 * 200) < 1e-6


def test_moved_vertex_snaps_onto_another_feature(qtbot, canvas, selection, drag):
    selection.set([Ref(Kind.FACILITY, 1)])
    canvas.set_tool("edit-vertices")
    assert len(canvas.sketch.sketch.handles) == 4
    off = canvas.pixels_to_metres(4)
    with qtbot.waitSignal(canvas.geometry_edited, timeout=1000) as signal:
        drag((X0 - 400, Y0 - 400), (X0 + off, Y0 - off))  # onto pad 45/1
    _, edited = signal.args
    assert (X0, Y0) in list(edited.exterior.coords)
    assert edited.is_valid


def test_ctrl_click_on_an_edge_inserts_a_vertex(qtbot, canvas, selection, click):
    selection.set([Ref(Kind.FACILITY, 1)])
    canvas.set_tool("edit-vertices")
    with qtbot.waitSignal(canvas.geometry_edited, timeout=1000) as signal:
        click(X0 - 500, Y0 - 400, Qt.KeyboardModifier.ControlModifier)  # middle of the north edge
    _, edited = signal.args
    assert len(edited.exterior.coords) == 6
    assert shapely.equals(edited, canvas.feature_geometry(Ref(Kind.FACILITY, 1)))


def test_removing_a_vertex_of_a_square_leaves_a_valid_triangle(qtbot, canvas, selection, click):
    selection.set([Ref(Kind.FACILITY, 1)])
    canvas.set_tool("edit-vertices")
    with qtbot.waitSignal(canvas.geometry_edited, timeout=1000) as signal:
        click(X0 - 400, Y0 - 400, Qt.KeyboardModifier.AltModifier)
    assert len(signal.args[1].exterior.coords) == 4


def test_a_vertex_dragged_across_the_polygon_is_refused(qtbot, canvas, selection, drag):
    selection.set([Ref(Kind.FACILITY, 1)])
    canvas.set_tool("edit-vertices")
    edited = []
    canvas.geometry_edited.connect(lambda *args: edited.append(args))
    with qtbot.waitSignal(canvas.message, timeout=1000) as signal:
        drag((X0 - 400, Y0 - 400), (X0 - 700, Y0 - 500), Qt.KeyboardModifier.ShiftModifier)
    assert edited == []
    assert "crosses itself" in signal.args[0]


def test_measure_shows_the_true_bearing_of_the_last_segment(qtbot, canvas, click):
    from cosmoplan.gui.map.decorations import grid_convergence
    from cosmoplan.gui.map.formatting import format_bearing

    canvas.set_tool("measure")
    click(X0 + 2000, Y0 + 1800)
    click(X0 + 2000, Y0 + 800, double=True)  # due south on the grid
    convergence = grid_convergence(X0 + 2000, Y0 + 1800)
    assert 0.1 < convergence < 2  # east of the zone's central meridian
    assert f"bearing {format_bearing(180 + convergence)}" in canvas.sketch.sketch.text


def test_a_line_drawn_with_typed_distances_and_bearings(qtbot, canvas, click):
    from cosmoplan.gui.map.decorations import grid_convergence

    canvas.set_tool("draw-line")
    drawn = []
    canvas.geometry_drawn.connect(lambda *args: drawn.append(args))
    start = (X0 + 2000, Y0 + 1800)
    click(*start, modifier=Qt.KeyboardModifier.ShiftModifier)  # no snapping
    canvas.view.setFocus()
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_2)  # typing opens the field
    field = canvas.typed.edit
    assert canvas.typed.isVisible() and field.text() == "2"
    qtbot.keyClicks(field, "50 ")
    qtbot.keyClicks(field, str(90 + grid_convergence(*start)))  # due east on the grid
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == ""  # ready for the next vertex
    qtbot.keyClicks(field, "nonsense")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(canvas.tool.points) == 2 and field.text() == "nonsense"  # nothing added
    field.clear()
    qtbot.keyClicks(field, "0.1 km 180")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not canvas.typed.isVisible()
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    ((_, line),) = drawn
    (x0, y0), (x1, y1), (x2, y2) = line.coords
    assert abs(x1 - x0 - 250) < 1e-6 and abs(y1 - y0) < 1e-6
    assert abs(x2 - x1 - 100 * math.sin(math.radians(grid_convergence(*start)))) < 0.01
    assert abs(y2 - y1 + 100 * math.cos(math.radians(grid_convergence(*start)))) < 0.01
