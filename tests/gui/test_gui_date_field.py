"""The one date field: typed and pasted dates taken whole, a calendar popup, on every form."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit, QLineEdit

from cosmoplan.domain import Kind
from cosmoplan.gui.allocations import AllocationDialog
from cosmoplan.gui.date_field import DateField, parse_typed_date
from cosmoplan.gui.editor_registry import editor_for
from cosmoplan.gui.main_window import MainWindow
from tests.gui.conftest import demo_plan

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def field(qtbot: Any) -> DateField:
    edit = DateField()
    edit.set_day(date(2026, 3, 22))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_typed_dates_are_read_in_the_usual_ways() -> None:
    assert parse_typed_date(" 2029-06-01 ") == date(2029, 6, 1)
    assert parse_typed_date("2029-6-1") == date(2029, 6, 1)
    assert parse_typed_date("20290601") == date(2029, 6, 1)
    assert parse_typed_date("01.06.2029") == date(2029, 6, 1)
    assert parse_typed_date("2029-02-30") is None
    assert parse_typed_date("June 2029") is None
    assert parse_typed_date("") is None


def test_select_all_and_type_a_whole_date(qtbot: Any, field: DateField) -> None:
    heard: list[date] = []
    field.dateChanged.connect(lambda value: heard.append(value.toPython()))
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2029-06-01")
    assert field.typing.isVisible() and field.typing.text() == "2029-06-01"
    assert heard == []  # nothing half-typed reaches the plan
    qtbot.keyClick(field.typing, Qt.Key.Key_Return)
    assert field.day() == date(2029, 6, 1) and heard == [date(2029, 6, 1)]
    assert not field.typing.isVisible()

    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2031-13-01")  # no such month: the field keeps its date
    qtbot.keyClick(field.typing, Qt.Key.Key_Return)
    assert field.day() == date(2029, 6, 1)

    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2030")
    qtbot.keyClick(field.typing, Qt.Key.Key_Escape)  # Esc gives the typing up
    assert field.day() == date(2029, 6, 1) and not field.typing.isVisible()

    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "3999-01-01")  # beyond the planning horizon
    qtbot.keyClick(field.typing, Qt.Key.Key_Return)
    assert field.day() == date(2029, 6, 1)


def test_arrows_still_step_a_section_and_a_click_elsewhere_takes_the_typing(
    qtbot: Any, field: DateField
) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.day() == date(2027, 3, 22)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "15.08.2030")
    field.typing.clearFocus()  # focus leaves for another field
    assert field.day() == date(2030, 8, 15) and not field.typing.isVisible()


def test_paste_a_date(qtbot: Any, field: DateField) -> None:
    QGuiApplication.clipboard().setText("2033-01-31\n")
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)
    assert field.day() == date(2033, 1, 31)
    QGuiApplication.clipboard().setText("not a date")
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)
    assert field.day() == date(2033, 1, 31)


def test_every_form_uses_the_one_date_field_with_a_calendar(
    qtbot: Any, main_window: MainWindow
) -> None:
    plan = demo_plan()
    forms = [
        editor_for(Kind.FACILITY, plan, lambda old, new: None),
        editor_for(Kind.ZONE, plan, lambda old, new: None),
        AllocationDialog(plan, lambda old, new: None),
        main_window,
    ]
    for form in forms:
        edits = form.findChildren(QDateEdit)
        assert edits, type(form).__name__
        for edit in edits:
            assert isinstance(edit, DateField) and edit.calendarPopup(), edit.objectName()
    dialog = forms[2]
    assert isinstance(dialog, AllocationDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setFocus()
    qtbot.keyClick(dialog.start, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.start, "2029-06-01")
    qtbot.keyClick(dialog.start.typing, Qt.Key.Key_Tab)
    assert dialog.start.day() == date(2029, 6, 1)
    assert dialog.isVisible()  # typing a date closes nothing
