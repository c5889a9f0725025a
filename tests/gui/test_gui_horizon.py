"""The window's date fields offer only the planning horizon, the dates a plan accepts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from cosmoplan.domain import Kind, Plan
from cosmoplan.domain.validation import HORIZON
from cosmoplan.gui.allocations.dialog import AllocationDialog
from cosmoplan.gui.asof import from_qdate
from cosmoplan.gui.editor_registry import editor_for
from cosmoplan.gui.main_window import MainWindow


def _limited(edit: QDateEdit) -> bool:
    """Whether ``edit`` is limited to the horizon: a far date typed in is held at its end."""
    edit.setDate(QDate(9999, 12, 31))
    latest = from_qdate(edit.date())
    edit.setDate(QDate(1, 1, 1))
    earliest = from_qdate(edit.date())
    return (from_qdate(edit.minimumDate()), from_qdate(edit.maximumDate())) == HORIZON and (
        earliest,
        latest,
    ) == HORIZON


def test_the_as_of_date_stays_in_the_horizon(main_window: MainWindow) -> None:
    assert _limited(main_window.date_bar.date_edit)
    assert main_window.as_of.date == HORIZON[0]


def test_every_date_of_the_editors_and_the_allocation_dialog_stays_in_it(
    qtbot: Any, plan: Plan
) -> None:
    dialogs = [
        editor_for(Kind.FACILITY, plan, lambda old, new: None),
        editor_for(Kind.ZONE, plan, lambda old, new: None),
        AllocationDialog(plan, lambda old, new: None, today=date(2030, 1, 1)),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        edits = dialog.findChildren(QDateEdit)
        assert edits, type(dialog).__name__
        assert all(_limited(edit) for edit in edits)
