"""The shell: actions as data, standard shortcuts, menus, help, settings, error dialogs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QTabBar, QWidget

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.actions import ActionSet, ActionSpec, MenuSpec, key_sequences
from cosmoplan.gui.errors import error_box, plain_message
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import SCHEMA_VERSION, AppSettings, Preferences
from cosmoplan.messages import ValidationError

Button = QMessageBox.StandardButton


def shortcuts(window: MainWindow, action_id: str) -> set[str]:
    return {s.toString() for s in window.action_set[action_id].shortcuts()}


@pytest.mark.parametrize(
    ("action_id", "keys"),
    [
        ("file.new", "Ctrl+N"),
        ("file.open", "Ctrl+O"),
        ("file.save", "Ctrl+S"),
        ("file.save-as", "Ctrl+Shift+S"),
        ("file.quit", "Ctrl+Q"),
        ("edit.undo", "Ctrl+Z"),
        ("edit.redo", "Ctrl+Shift+Z"),
        ("edit.delete", "Del"),
        ("help.guide", "F1"),
        ("view.zoom-in", "+"),
        ("view.zoom-out", "-"),
        ("view.zoom-all", "Ctrl+0"),
    ],
)
def test_standard_shortcuts(main_window: MainWindow, action_id: str, keys: str) -> None:
    assert keys in shortcuts(main_window, action_id)


def test_no_shortcut_is_bound_twice(main_window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action_id, action in main_window.action_set.actions.items():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is bound to {seen.get(key)} and {action_id}"
            seen[key] = action_id


def test_menus_are_built_from_the_table(main_window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Plan", "Tools", "Help"]
    file_menu = main_window.menus["file"]
    texts = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["New Plan", "Open…", "Open Recent"]
    assert "Quit" in texts


def test_enabled_when_follows_the_selection_and_the_stack(main_window: MainWindow) -> None:
    delete, undo = main_window.action_set["edit.delete"], main_window.action_set["edit.undo"]
    assert not delete.isEnabled() and not undo.isEnabled()
    plan = main_window.document.plan
    zone = next(plan.zones())  # nothing depends on a zone: deleting it asks nothing
    main_window.selection.set([Ref(Kind.ZONE, zone.id)])
    assert delete.isEnabled()
    main_window.action_set["edit.delete"].trigger()
    assert undo.isEnabled()
    assert zone.name in undo.text()
    assert plan.find(Kind.ZONE, zone.id) is None
    main_window.set_tool("edit-vertices")  # Del then belongs to the map's vertex tool
    main_window.selection.set([Ref(Kind.ZONE, next(plan.zones()).id)])
    assert not delete.isEnabled()


def test_deleting_a_complex_confirms_what_else_goes(
    qtbot: Any, main_window: MainWindow, answer: Any, activate: Any
) -> None:
    plan = main_window.document.plan
    pad = plan.pad_by_code("45/1")
    complex_ref = Ref(Kind.COMPLEX, pad.complex_id)
    main_window.selection.set([complex_ref])
    reply = answer(Button.Cancel)
    qtbot.keyClick(main_window, Qt.Key.Key_Delete)
    assert reply.seen and reply.name == "confirm_cascade"
    assert "45/1" in reply.informative
    assert plan.find(Kind.COMPLEX, complex_ref.id) is not None
    reply = answer(Button.Yes)
    activate(main_window)  # the window manager's job after a dialog closes
    qtbot.keyClick(main_window, Qt.Key.Key_Delete)
    assert reply.seen
    assert plan.find(Kind.COMPLEX, complex_ref.id) is None
    assert plan.pad_by_code("45/1") is None
    activate(main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.pad_by_code("45/1") == pad


def test_help_shows_the_shortcuts(qtbot: Any, main_window: MainWindow) -> None:
    main_window.action_set["help.shortcuts"].trigger()
    dialog = main_window.findChild(QWidget, "help_dialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QWidget, "table_shortcuts")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Ctrl+S" in rows["Save"]
    dialog.reject()


def test_action_set_builds_icons_menus_and_refuses_duplicate_ids(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    calls: list[str] = []
    state = {"on": False}
    specs = [
        ActionSpec("a", "&Alpha", lambda: calls.append("a"), ("Ctrl+K",), "no-such-icon"),
        ActionSpec("b", "&Beta", lambda: calls.append("b"), enabled_when=lambda: state["on"]),
    ]
    actions = ActionSet(parent, specs)
    assert not actions["b"].isEnabled()
    state["on"] = True
    actions.refresh()
    assert actions["b"].isEnabled()
    actions["a"].trigger()
    assert calls == ["a"]
    from PySide6.QtWidgets import QMenuBar

    bar = QMenuBar(parent)
    menus = actions.build_menus(bar, [MenuSpec("m", "&Menu", ("a", None, "b"))])
    assert [a.text() for a in menus["m"].actions()] == ["&Alpha", "", "&Beta"]
    with pytest.raises(ValueError, match="twice"):
        ActionSet(parent, [*specs, specs[0]])


def test_key_sequences_merge_standard_and_explicit_keys() -> None:
    found = key_sequences((QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
    assert [s.toString() for s in found].count("Ctrl+Shift+Z") == 1


def test_preferences_are_typed_versioned_and_forgiving(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path)
    settings.preferences.add_recent("/plans/a.cosmoplan")
    settings.preferences.add_recent("/plans/b.cosmoplan")
    settings.preferences.add_recent("/plans/a.cosmoplan")
    settings.preferences.autosave_minutes = 5
    settings.save()
    data = json.loads((tmp_path / "preferences.json").read_text())
    assert data["schema_version"] == SCHEMA_VERSION
    again = AppSettings(tmp_path).preferences
    assert again.recent_files == ["/plans/a.cosmoplan", "/plans/b.cosmoplan"]
    assert again.autosave_minutes == 5.0
    odd = Preferences.from_dict({"autosave_minutes": "soon", "recent_files": [1], "x": 1})
    assert odd == Preferences()
    (tmp_path / "preferences.json").write_text("{not json")
    assert AppSettings(tmp_path).preferences == Preferences()


def test_core_errors_read_plainly_and_unexpected_ones_keep_details(qtbot: Any) -> None:
    refused = ValidationError("domain.required", field="code")
    assert plain_message(refused) == "code is required."
    try:
        {}["missing"]
    except KeyError as error:
        box = error_box(None, error)
    qtbot.addWidget(box)
    assert "KeyError" in box.text()
    assert "Traceback" in box.detailedText() and "missing" in box.detailedText()


def test_deleting_a_power_supply_says_which_pads_lose_it(
    qtbot: Any, main_window: MainWindow, answer: Any
) -> None:
    plan = main_window.document.plan
    pad = plan.pad_by_code("45/1")
    assert pad.power_facility_id is not None
    main_window.selection.set([Ref(Kind.FACILITY, pad.power_facility_id)])
    reply = answer(Button.Yes)
    main_window.action_set["edit.delete"].trigger()
    assert reply.seen and reply.name == "confirm_cascade"
    assert "45/1" in reply.informative
    assert plan.find(Kind.FACILITY, pad.power_facility_id) is None
    assert plan.pad_by_code("45/1").power_facility_id is None
    main_window.document.undo()
    assert plan.pad_by_code("45/1") == pad


def test_every_visible_dock_tab_bar_names_a_group_of_tabbed_docks(
    qtbot: Any, main_window: MainWindow
) -> None:
    window = main_window  # as first shown, before any relayout could tidy up
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    shown = [
        sorted(bar.tabText(i) for i in range(bar.count()))
        for bar in window.findChildren(QTabBar, options=direct)
        if bar.isVisible()
    ]
    assert sorted(shown) == [
        ["Allocations", "Requests", "Tables", "Tenants"],
        ["Findings", "Layers", "Legend"],
        ["Properties", "Undo History"],
    ]
