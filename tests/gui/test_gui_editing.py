"""Editing from the window: select, double-click, type, OK; every view follows; undo restores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shapely.geometry import Polygon

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.editors import EntityEditor, PadEditor, ZoneEditor
from cosmoplan.gui.main_window import MainWindow


def click_row(
    qtbot: Any, window: MainWindow, kind: Kind, object_id: int, double: bool = False
) -> None:
    """Click (or double-click) the table row of an object, as a user does."""
    table = window.panels.tables.table(kind)
    window.panels.tables.tabs.setCurrentWidget(table.view)
    index = table.proxy.mapFromSource(table.model.index(table.model.row_of(object_id), 0))
    table.view.scrollTo(index)
    centre = table.view.visualRect(index).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def open_editor(window: MainWindow) -> EntityEditor:
    (editor,) = window.editing.editors
    return editor


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_edit_a_pad_from_its_table_row(qtbot: Any, main_window: MainWindow, snapshot: Any) -> None:
    plan = main_window.document.plan
    original = snapshot(plan)
    pad = plan.pad_by_code("45/1")
    click_row(qtbot, main_window, Kind.PAD, pad.id)
    assert main_window.selection.refs == {Ref(Kind.PAD, pad.id)}
    assert main_window.panels.properties.value("Code") == "45/1"
    click_row(qtbot, main_window, Kind.PAD, pad.id, double=True)
    editor = open_editor(main_window)
    assert isinstance(editor, PadEditor) and editor.isVisible()
    type_into(qtbot, editor.name, "Nazarbayev Start")
    type_into(qtbot, editor.max_height, "75")
    qtbot.mouseClick(editor.ok_button(), Qt.MouseButton.LeftButton)
    assert not main_window.editing.editors
    edited = plan.pad_by_code("45/1")
    assert edited.name == "Nazarbayev Start"
    assert edited.capabilities.max_height_m == 75
    model = main_window.panels.tables.table(Kind.PAD).model
    assert model.index(model.row_of(pad.id), 1).data() == "Nazarbayev Start"
    assert main_window.panels.properties.value("Name") == "Nazarbayev Start"
    assert main_window.panels.properties.value("Max height") == "75 m"
    assert main_window.isWindowModified()
    assert main_window.panels.history.model().rowCount() == 2  # <plan as opened>, the edit
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(plan) == original
    assert model.index(model.row_of(pad.id), 1).data() == pad.name
    assert main_window.panels.properties.value("Name") == pad.name
    assert not main_window.isWindowModified()
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert plan.pad_by_code("45/1").name == "Nazarbayev Start"


def test_a_drawn_zone_is_described_then_added(qtbot: Any, main_window: MainWindow) -> None:
    """The canvas reports a finished drawing; the window opens the zone editor; OK adds it."""
    plan = main_window.document.plan
    before = plan.counts()[Kind.ZONE]
    main_window.action_set["plan.new-zone"].trigger()
    assert main_window.tool == "draw-polygon"
    square = Polygon(
        [(550_000, 5_088_000), (551_000, 5_088_000), (551_000, 5_089_000), (550_000, 5_089_000)]
    )
    main_window.canvas.geometry_drawn.emit("draw-polygon", square)
    assert main_window.tool == "select"
    editor = open_editor(main_window)
    assert isinstance(editor, ZoneEditor)
    assert not editor.ok_button().isEnabled()  # no name yet
    type_into(qtbot, editor.name, "Soyuz-5 hazard area")
    qtbot.mouseClick(editor.ok_button(), Qt.MouseButton.LeftButton)
    assert plan.counts()[Kind.ZONE] == before + 1
    (ref,) = main_window.selection.refs
    zone = plan.get(ref.kind, ref.id)
    assert zone.name == "Soyuz-5 hazard area" and zone.geometry == square
    assert main_window.panels.tables.table(Kind.ZONE).model.row_of(zone.id) is not None
    main_window.document.undo()
    assert plan.counts()[Kind.ZONE] == before
    assert main_window.selection.refs == frozenset()


def test_cancelling_the_editor_of_a_drawing_adds_nothing(
    qtbot: Any, main_window: MainWindow
) -> None:
    plan = main_window.document.plan
    counts = plan.counts()
    main_window.action_set["plan.new-pad"].trigger()
    assert main_window.tool == "draw-point"
    pad = plan.pad_by_code("45/1")
    main_window.canvas.geometry_drawn.emit("draw-point", pad.location.buffer(1).centroid)
    editor = open_editor(main_window)
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert plan.counts() == counts
    assert not main_window.document.project.history.can_undo


def test_an_invalid_geometry_edit_is_refused_with_a_message(
    qtbot: Any, main_window: MainWindow, answer: Any
) -> None:
    zone = next(main_window.document.plan.zones())
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    reply = answer(QMessageBox.StandardButton.Ok)
    assert not main_window.editing.geometry_edited(Ref(Kind.ZONE, zone.id), bow_tie)
    assert reply.seen and "not a valid geometry" in reply.text
    assert main_window.document.plan.get(Kind.ZONE, zone.id) == zone
    assert not main_window.document.project.history.can_undo


def test_a_geometry_edit_is_one_undoable_command(main_window: MainWindow) -> None:
    pad = main_window.document.plan.pad_by_code("45/1")
    moved = type(pad.location)(pad.location.x + 50, pad.location.y)
    assert main_window.editing.geometry_edited(Ref(Kind.PAD, pad.id), moved)
    assert main_window.document.plan.get(Kind.PAD, pad.id).location == moved
    main_window.document.undo()
    assert main_window.document.plan.get(Kind.PAD, pad.id) == pad


def test_properties_panel_summarises_the_selection(main_window: MainWindow) -> None:
    panel = main_window.panels.properties
    assert panel.title.text() == "Nothing selected"
    pad = main_window.document.plan.pad_by_code("45/1")
    main_window.selection.set([Ref(Kind.PAD, pad.id)])
    assert "45/1" in panel.title.text()
    assert "N" in panel.value("Position") and "UTM 41N" in panel.value("Position")
    zones = [Ref(Kind.ZONE, z.id) for z in main_window.document.plan.zones()][:2]
    main_window.selection.set(zones)
    assert panel.title.text() == "2 objects selected"
    assert not panel.edit_button.isEnabled()


def test_status_bar_shows_cursor_position_and_measurements(main_window: MainWindow) -> None:
    main_window.canvas.cursor_moved.emit(550_601.0, 5_088_699.0)
    assert "UTM 41N" in main_window.status.cursor_label.text()
    assert "°" in main_window.status.cursor_label.text()
    main_window.canvas.measured.emit(1234.0, 0.0)
    assert "1.23 km" in main_window.status.measure_label.text()


def test_two_new_objects_described_at_once_get_their_own_ids(
    qtbot: Any, main_window: MainWindow
) -> None:
    plan = main_window.document.plan
    first_square = Polygon([(550_000, 5_088_000), (550_500, 5_088_000), (550_500, 5_088_500)])
    second_square = Polygon([(551_000, 5_088_000), (551_500, 5_088_000), (551_500, 5_088_500)])
    first = main_window.editing.open_new(Kind.ZONE, first_square)
    second = main_window.editing.open_new(Kind.ZONE, second_square)
    type_into(qtbot, first.name, "First")
    type_into(qtbot, second.name, "Second")
    first.accept()
    second.apply()  # Apply keeps the editor open on the object now in the plan
    second_zone = next(z for z in plan.zones() if z.name == "Second")
    assert second_zone.id != next(z for z in plan.zones() if z.name == "First").id
    type_into(qtbot, second.name, "Second, renamed")
    second.accept()
    assert plan.get(Kind.ZONE, second_zone.id).name == "Second, renamed"
