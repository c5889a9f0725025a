"""Bars snap to days, months or years by the zoom; a double-click types a bar's dates; each is
one undoable command."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from cosmoplan.gui.document import Document
from cosmoplan.gui.timeline import TimelineView
from cosmoplan.gui.timeline.dates_dialog import AllocationDatesDialog
from cosmoplan.services.viewstate.snapping import Unit, snap_unit
from tests.gui.timeline.test_timeline_editing import SKYROOT, allocation, bar_point, days_px


def test_at_a_zoom_of_decades_a_dragged_bar_lands_on_whole_years(
    view: TimelineView, document: Document, mouse: Any
) -> None:
    before = allocation(document, SKYROOT)  # 2027-01-01 to 2031-12-31
    view.zoom_to_period(date(2020, 1, 1), date(2050, 1, 1))
    assert snap_unit(view.pixels_per_day) is Unit.YEAR
    start = bar_point(view, SKYROOT, 0.5)
    mouse.drag(start, start + QPointF(days_px(view, before.start, 400), 0))  # a year and a bit
    after = allocation(document, SKYROOT)
    assert (after.start, after.end) == (date(2028, 1, 1), date(2032, 12, 31))
    assert len(document.project.history.entries) == 1
    document.undo()
    assert allocation(document, SKYROOT) == before


def test_at_a_zoom_of_years_the_bar_and_its_end_land_on_whole_months(
    view: TimelineView, document: Document, mouse: Any
) -> None:
    view.zoom_to_period(date(2025, 1, 1), date(2033, 1, 1))
    assert snap_unit(view.pixels_per_day) is Unit.MONTH
    start = bar_point(view, SKYROOT, 0.5)
    mouse.drag(start, start + QPointF(days_px(view, date(2027, 1, 1), 100), 0))  # ~3 months
    moved = allocation(document, SKYROOT)
    assert (moved.start, moved.end) == (date(2027, 4, 1), date(2032, 3, 31))
    rect = view.bar_rect(SKYROOT)
    assert rect is not None
    handle = QPointF(rect.right() - 1, rect.center().y())
    mouse.drag(handle, handle - QPointF(days_px(view, date(2032, 1, 1), 50), 0))  # ~2 months
    shortened = allocation(document, SKYROOT)
    assert (shortened.start, shortened.end) == (date(2027, 4, 1), date(2032, 1, 31))
    assert len(document.project.history.entries) == 2


def test_close_up_a_drag_still_moves_by_single_days(
    view: TimelineView, document: Document, mouse: Any
) -> None:
    before = allocation(document, SKYROOT)
    view.zoom_to_period(date(2026, 12, 1), date(2027, 3, 1))
    assert snap_unit(view.pixels_per_day) is Unit.DAY
    start = bar_point(view, SKYROOT, 0.3)
    mouse.drag(start, start + QPointF(days_px(view, before.start, 9), 0))
    assert allocation(document, SKYROOT).start == date(2027, 1, 10)


def type_date(qtbot: Any, field: Any, text: str) -> None:
    """Select all in a date field and type a whole date, as a user does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_double_click_a_bar_and_type_its_dates_is_one_undoable_step(
    view: TimelineView, document: Document, mouse: Any, qtbot: Any
) -> None:
    before = allocation(document, SKYROOT)
    mouse.double_click(bar_point(view, SKYROOT))
    dialog = view.findChild(AllocationDatesDialog)
    assert dialog is not None and dialog.isVisible()
    type_date(qtbot, dialog.end, "2026-12-01")  # before the start: said beside the field
    qtbot.keyClick(dialog.end.typing, Qt.Key.Key_Return)
    assert dialog.errors["end"].isVisible() and dialog.errors["end"].text()
    assert not dialog.ok_button().isEnabled()
    type_date(qtbot, dialog.start, "2028-03-01")
    qtbot.keyClick(dialog.start.typing, Qt.Key.Key_Tab)
    type_date(qtbot, dialog.end, "2030-02-28")
    qtbot.keyClick(dialog.end.typing, Qt.Key.Key_Return)
    assert dialog.errors["end"].text() == "" and dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    after = allocation(document, SKYROOT)
    assert (after.start, after.end) == (date(2028, 3, 1), date(2030, 2, 28))
    assert after.pad_id == before.pad_id and after.tenant_id == before.tenant_id
    assert len(document.project.history.entries) == 1
    document.undo()
    assert allocation(document, SKYROOT) == before


def test_escape_with_typed_dates_asks_first(
    view: TimelineView, document: Document, mouse: Any, qtbot: Any, answer: Any
) -> None:
    mouse.double_click(bar_point(view, SKYROOT))
    dialog = view.findChild(AllocationDatesDialog)
    assert dialog is not None
    type_date(qtbot, dialog.start, "2028-03-01")
    qtbot.keyClick(dialog.start.typing, Qt.Key.Key_Return)
    keep = answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert keep.name == "confirm_discard_typing" and dialog.isVisible()
    discard = answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert discard.seen and not dialog.isVisible()
    assert len(document.project.history.entries) == 0
