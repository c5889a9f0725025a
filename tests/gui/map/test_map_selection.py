"""Selecting on the map as a user does: click, Ctrl+click, rectangle, Esc, double-click."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cosmoplan.domain import Kind, Ref

X0, Y0 = 550_000.0, 5_090_000.0  # the origin fixture: pad 45/1
PAD1, PAD2 = Ref(Kind.PAD, 1), Ref(Kind.PAD, 2)
MIK = Ref(Kind.FACILITY, 1)


def test_click_selects_the_pad_under_the_cursor(canvas, selection, click):
    click(X0 + 600, Y0 + 400)
    assert selection.refs == {PAD2}


def test_click_a_few_pixels_off_still_picks_the_pad(canvas, selection, click):
    click(X0 + canvas.pixels_to_metres(4), Y0)
    assert selection.refs == {PAD1}


def test_click_inside_a_building_picks_it_over_the_zone_below(canvas, selection, click):
    click(X0 - 500, Y0 - 500)
    assert selection.refs == {MIK}


def test_click_on_empty_ground_clears_the_selection(canvas, selection, click):
    selection.set([PAD1])
    click(X0 + 4000, Y0 + 2400)  # outside every feature
    assert selection.refs == frozenset()


def test_ctrl_click_toggles(canvas, selection, click):
    click(X0, Y0)
    click(X0 + 600, Y0 + 400, Qt.KeyboardModifier.ControlModifier)
    assert selection.refs == {PAD1, PAD2}
    click(X0, Y0, Qt.KeyboardModifier.ControlModifier)
    assert selection.refs == {PAD2}


def test_rectangle_selects_everything_it_meets(canvas, selection, drag):
    drag((X0 - 700, Y0 - 700), (X0 + 100, Y0 + 100))
    assert {PAD1, MIK} <= selection.refs
    assert PAD2 not in selection.refs
    assert Ref(Kind.FACILITY, 2) not in selection.refs  # the road runs further south


def test_escape_clears_the_selection(qtbot, canvas, selection):
    selection.set([PAD1, PAD2])
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Escape)
    assert selection.refs == frozenset()


def test_double_click_asks_for_the_editor(qtbot, canvas, click):
    with qtbot.waitSignal(canvas.edit_requested, timeout=1000) as signal:
        click(X0, Y0, double=True)
    assert signal.args == [PAD1]


def test_selected_objects_are_highlighted(canvas, selection):
    selection.set([PAD1, MIK])
    assert len(canvas.highlight.marks) == 4  # a halo and an outline each
    selection.clear()
    assert canvas.highlight.marks == []


def test_zoom_to_selection_centres_it(canvas, selection):
    selection.set([PAD2])
    canvas.zoom_to_selection()
    x0, y0, x1, y1 = canvas.navigator.bounds()
    assert x0 < X0 + 600 < x1 and y0 < Y0 + 400 < y1
    assert x1 - x0 < 2000


def test_shift_drag_zooms_to_the_box(canvas, selection, drag):
    drag((X0 - 500, Y0 - 300), (X0 + 500, Y0 + 300), Qt.KeyboardModifier.ShiftModifier)
    x0, _, x1, _ = canvas.navigator.bounds()
    assert selection.refs == frozenset()
    assert x0 <= X0 - 490 and x1 >= X0 + 490 and x1 - x0 < 1400


def test_zoom_box_tool_and_pan_tool(canvas, drag, click):
    canvas.set_tool("zoom-box")
    drag((X0 - 500, Y0 - 300), (X0 + 500, Y0 + 300))
    x0, _, x1, _ = canvas.navigator.bounds()
    assert x1 - x0 < 1400
    canvas.set_tool("pan")
    drag((X0, Y0), (X0 + 200, Y0))
    nx0, _, _, _ = canvas.navigator.bounds()
    assert abs((x0 - nx0) - 200) <= canvas.pixels_to_metres(2)
    assert canvas.tool_id == "pan"


def test_a_selected_large_zone_is_outlined_not_filled(canvas, selection, colour_at):
    inside = (X0 - 1200, Y0 + 1200)  # in the zone, away from every other feature
    before = colour_at(canvas, *inside)
    selection.set([Ref(Kind.ZONE, 1), Ref(Kind.COMPLEX, 1)])
    assert canvas.highlight.marks
    assert colour_at(canvas, *inside) == before
