"""Plan > Plan Properties…: rename the plan and describe it in one undoable step; the facts
shown; what the plan refuses said beside the field; Esc asks before throwing typing away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from cosmoplan.domain import Kind
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.plan_properties import PlanPropertiesDialog
from cosmoplan.storage import HEAD
from tests.gui.conftest import visible_dialog


def open_properties(qtbot: Any, window: MainWindow) -> PlanPropertiesDialog:
    window.action_set["plan.info"].trigger()
    dialog = visible_dialog(PlanPropertiesDialog, "plan_properties")
    assert isinstance(dialog, PlanPropertiesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def fact(dialog: PlanPropertiesDialog, name: str) -> str:
    found = dialog.findChild(QLabel, name)
    assert found is not None
    return found.text()


def test_name_and_description_change_in_one_undoable_step(
    qtbot: Any, main_window: MainWindow
) -> None:
    plan = main_window.document.plan
    before = plan.info
    dialog = open_properties(qtbot, main_window)
    assert dialog.name.text() == before.name
    assert fact(dialog, "fact_location") == main_window.files.location
    assert fact(dialog, "fact_schema") == HEAD
    assert f"Pads: {plan.counts()[Kind.PAD]}" in fact(dialog, "fact_counts")
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Baikonur 2031")
    dialog.description.selectAll()
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "First line of a long description that wraps.")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.description, "Knowledge date: 2031-05-01")
    assert fact(dialog, "fact_knowledge_date") == "2031-05-01"  # follows the typing
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert plan.info.name == "Baikonur 2031"
    assert plan.info.description.splitlines() == [
        "First line of a long description that wraps.",
        "Knowledge date: 2031-05-01",
    ]
    assert len(main_window.document.project.history.entries) == 1
    main_window.document.undo()
    assert plan.info == before


def test_an_empty_name_is_said_beside_the_field_and_ok_waits(
    qtbot: Any, main_window: MainWindow
) -> None:
    dialog = open_properties(qtbot, main_window)
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    error = dialog.errors["name"]
    assert error.isVisible() and error.text()
    assert not dialog.ok_button().isEnabled()
    top = dialog.description.geometry().top()
    qtbot.keyClicks(dialog.name, "B")
    assert error.text() == "" and dialog.ok_button().isEnabled()
    assert dialog.description.geometry().top() == top  # the message moves no field
    dialog.reject()
    assert len(main_window.document.project.history.entries) == 0


def test_escape_with_typed_text_asks_first(
    qtbot: Any, main_window: MainWindow, answer: Any
) -> None:
    dialog = open_properties(qtbot, main_window)
    qtbot.keyClicks(dialog.name, " draft")
    keep = answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert keep.name == "confirm_discard_typing" and dialog.isVisible()
    discard = answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert discard.seen and not dialog.isVisible()
    assert not main_window.document.plan.info.name.endswith("draft")
