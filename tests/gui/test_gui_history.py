"""The Undo History panel and the Undo/Redo actions follow the project's history."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from cosmoplan.gui.main_window import MainWindow
from cosmoplan.services.commands import UpdateObject


def rename(window: MainWindow, code: str, name: str) -> None:
    pad = window.document.plan.pad_by_code(code)
    assert pad is not None
    window.document.execute(UpdateObject(replace(pad, name=name)))


def click_row(qtbot: Any, window: MainWindow, row: int) -> None:
    panel = window.panels.history
    rect = panel.visualRect(panel.history_model.index(row))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_step_goes_back_to_it_in_one_change(qtbot: Any, main_window: MainWindow) -> None:
    window = main_window
    window.panels.docks["history"].show()
    window.panels.docks["history"].raise_()
    for name in ("First", "Second", "Third"):
        rename(window, "45/1", name)
    model = window.panels.history.history_model
    assert model.rowCount() == 4 and model.data(model.index(0)) == "<plan as opened>"
    assert window.panels.history.currentIndex().row() == 3
    published: list[object] = []
    window.document.changes_applied.connect(published.append)

    click_row(qtbot, window, 1)

    assert window.document.plan.pad_by_code("45/1").name == "First"  # type: ignore[union-attr]
    assert len(published) == 1 and window.panels.history.currentIndex().row() == 1
    assert model.data(model.index(2), Qt.ItemDataRole.ForegroundRole) is not None  # undone
    assert window.action_set["edit.redo"].isEnabled()
    assert "First" not in window.action_set["edit.redo"].text()

    click_row(qtbot, window, 0)
    assert not window.isWindowModified()
    assert not window.action_set["edit.undo"].isEnabled()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.document.plan.pad_by_code("45/1").name == "First"  # type: ignore[union-attr]
    assert window.panels.history.currentIndex().row() == 1 and window.isWindowModified()


def test_a_new_step_after_an_undo_drops_the_undone_ones(main_window: MainWindow) -> None:
    window = main_window
    rename(window, "45/1", "First")
    rename(window, "45/1", "Second")
    window.document.undo()
    rename(window, "45/1", "Other")
    model = window.panels.history.history_model
    assert model.rowCount() == 3 and not window.action_set["edit.redo"].isEnabled()
