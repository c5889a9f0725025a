"""A planner's session, driven with the mouse and the keyboard on the real window.

Open the demo plan, select pad 45/1 on the map, double-click it, change a property, draw a
zone, measure, undo everything, redo, save, close, reopen: the file holds what the screen held.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.editors import PadEditor, ZoneEditor
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.project import Project

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class User:
    """Mouse and keyboard on one window, at model coordinates."""

    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    @property
    def map(self) -> QWidget:
        return self.window.canvas.viewport()

    def click(self, x: float, y: float, double: bool = False) -> None:
        canvas = self.window.canvas
        canvas.settle()
        pos = canvas.map_to_widget(x, y)
        self.qtbot.mouseMove(self.map, pos)
        self.qtbot.mouseClick(self.map, Qt.MouseButton.LeftButton, pos=pos)
        if double:
            self.qtbot.mouseDClick(self.map, Qt.MouseButton.LeftButton, pos=pos)

    def keys(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=2000)
        self.qtbot.keyClick(self.window, key, modifiers)

    def type_into(self, edit: Any, text: str) -> None:
        edit.setFocus()
        edit.selectAll()
        self.qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        self.qtbot.keyClicks(edit, text)

    def press_ok(self, editor: Any) -> None:
        self.qtbot.mouseClick(editor.ok_button(), Qt.MouseButton.LeftButton)

    def the_editor(self) -> Any:
        self.qtbot.waitUntil(lambda: len(self.window.editing.editors) == 1, timeout=2000)
        return self.window.editing.editors[0]


def test_a_planners_session(
    qtbot: Any, main_window: MainWindow, plan_file: Path, app_settings: AppSettings, snapshot: Any
) -> None:
    window, user = main_window, User(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    canvas = window.canvas

    # select pad 45/1 on the map and open its editor with a double-click
    pad = plan.pad_by_code("45/1")
    canvas.zoom_to([Ref(Kind.PAD, pad.id)])
    canvas.zoom_by(0.25)
    user.click(pad.location.x, pad.location.y)
    assert window.selection.refs == {Ref(Kind.PAD, pad.id)}
    assert window.panels.tables.table(Kind.PAD).selected_refs() == {Ref(Kind.PAD, pad.id)}
    user.click(pad.location.x, pad.location.y, double=True)
    editor = user.the_editor()
    assert isinstance(editor, PadEditor) and editor.code.text() == "45/1"
    user.type_into(editor.name, "Nazarbayev Start")
    user.press_ok(editor)
    model = window.panels.tables.table(Kind.PAD).model
    assert model.index(model.row_of(pad.id), 1).data() == "Nazarbayev Start"
    assert window.panels.properties.value("Name") == "Nazarbayev Start"

    # Plan > New Zone from the keyboard, then draw it with four clicks on the map
    x0, y0 = pad.location.x + 300, pad.location.y + 300
    user.keys(Qt.Key.Key_N, CTRL | SHIFT)
    assert window.tool == "draw-polygon" and canvas.tool_id == "draw-polygon"
    user.click(x0, y0)
    user.click(x0 + 400, y0)
    user.click(x0 + 400, y0 + 300)
    user.click(x0, y0 + 300, double=True)
    editor = user.the_editor()
    assert isinstance(editor, ZoneEditor)
    user.type_into(editor.name, "Soyuz-5 assembly area")
    user.press_ok(editor)
    (zone_ref,) = window.selection.refs
    zone = plan.get(zone_ref.kind, zone_ref.id)
    assert zone.name == "Soyuz-5 assembly area"
    assert abs(zone.geometry.area - 400 * 300) / (400 * 300) < 0.05
    assert window.panels.tables.table(Kind.ZONE).model.row_of(zone.id) is not None
    edited = snapshot(plan)

    # measure 1 km along the easting with the measure tool (M), finished with a double-click
    user.keys(Qt.Key.Key_M)
    assert canvas.tool_id == "measure"
    measured: list[tuple[float, float]] = []
    canvas.measured.connect(lambda distance, area: measured.append((distance, area)))
    user.click(x0, y0 - 500)
    user.click(x0 + 1000, y0 - 500, double=True)
    distance_m, _area = measured[-1]
    assert abs(distance_m - 1000) < canvas.pixels_to_metres(3)
    assert window.status.measure_label.text().startswith("Distance ")
    assert window.status.measure_label.text().endswith(("m", "km"))
    assert snapshot(plan) == edited  # measuring changes nothing

    # undo everything with Ctrl+Z: the plan is what was opened, and the window is clean
    while window.document.project.history.can_undo:
        user.keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == original
    assert not window.isWindowModified()
    assert model.index(model.row_of(pad.id), 1).data() == pad.name
    assert window.panels.tables.table(Kind.ZONE).model.row_of(zone.id) is None

    # redo everything with Ctrl+Shift+Z, save with Ctrl+S, close without a question
    while window.document.project.history.can_redo:
        user.keys(Qt.Key.Key_Z, CTRL | SHIFT)
    assert snapshot(plan) == edited
    user.keys(Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    saved = snapshot(plan)  # the new zone now has the id the file gave it
    assert saved != edited and len(saved[1][Kind.ZONE]) == len(edited[1][Kind.ZONE])
    assert window.close()

    # reopen the file: it holds exactly the edited plan
    again = create_main_window(Project.open(plan_file), app_settings)
    try:
        assert snapshot(again.document.plan) == saved
        assert again.document.plan.pad_by_code("45/1").name == "Nazarbayev Start"
    finally:
        again.close()
