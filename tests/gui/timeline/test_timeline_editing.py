"""Editing on the timeline as a planner does it: drag bars and their ends, onto another pad,
into a conflict and back; Esc, undo, double-click and the context menu."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cosmoplan.domain import Allocation, AllocationStatus, Kind
from cosmoplan.gui.document import Document
from cosmoplan.gui.timeline import TimelineView
from cosmoplan.gui.timeline.dates_dialog import AllocationDatesDialog
from cosmoplan.gui.timeline.ghost import drag_lines

SKYROOT = 6  # Skyroot Aerospace, Vikram-1 on 1/5, 2027-01-01 to 2031-12-31, proposed
PROTON_200 = 3  # Roscosmos, Proton-M on 200/39, 2020-01-01 to 2026-12-31, active
RFA = 5  # Rocket Factory Augsburg, RFA One on 45/1, 2028-2032, proposed


def allocation(document: Document, allocation_id: int) -> Allocation:
    found = document.plan.get(Kind.ALLOCATION, allocation_id)
    assert isinstance(found, Allocation)
    return found


def pad_id(document: Document, code: str) -> int:
    pad = document.plan.pad_by_code(code)
    assert pad is not None
    return pad.id


def bar_point(view: TimelineView, allocation_id: int, fraction: float = 0.5) -> QPointF:
    """A point inside an allocation's bar, ``fraction`` of the way along its shown part."""
    rect = view.bar_rect(allocation_id)
    assert rect is not None
    shown = rect.intersected(view.plot_rect())
    return QPointF(shown.left() + fraction * shown.width(), shown.center().y())


def days_px(view: TimelineView, day: date, days: int) -> float:
    """How many pixels ``days`` days after ``day`` lie."""
    return view.day_px(day + timedelta(days=days)) - view.day_px(day)


def test_drag_moves_a_bar_by_whole_days_and_one_undo_restores(
    view: TimelineView, document: Document, mouse: Any
) -> None:
    before = allocation(document, SKYROOT)
    view.zoom_to_period(date(2026, 10, 1), date(2027, 10, 1))
    start = bar_point(view, SKYROOT, 0.3)
    mouse.drag(start, start + QPointF(days_px(view, before.start, 45), 0))
    after = allocation(document, SKYROOT)
    assert (after.start, after.end) == (
        before.start + timedelta(days=45),
        before.end + timedelta(days=45),
    )
    assert after.pad_id == before.pad_id
    assert len(document.project.history.entries) == 1
    document.undo()
    assert allocation(document, SKYROOT) == before
    rect = view.bar_rect(SKYROOT)
    assert rect is not None and abs(rect.left() - view.day_px(before.start)) < 1.0


def test_dragging_the_ends_changes_one_date(
    view: TimelineView, document: Document, mouse: Any
) -> None:
    before = allocation(document, SKYROOT)
    view.zoom_to_period(date(2031, 6, 1), date(2032, 6, 1))
    rect = view.bar_rect(SKYROOT)
    assert rect is not None
    end_handle = QPointF(rect.right() - 1, rect.center().y())
    mouse.drag(end_handle, end_handle + QPointF(days_px(view, before.end, 20), 0))
    after = allocation(document, SKYROOT)
    assert after.start == before.start
    assert after.end == before.end + timedelta(days=20)

    view.zoom_to_period(date(2026, 7, 1), date(2027, 7, 1))
    rect = view.bar_rect(SKYROOT)
    assert rect is not None
    start_handle = QPointF(rect.left() + 1, rect.center().y())
    mouse.drag(start_handle, start_handle - QPointF(days_px(view, before.start, 31), 0))
    assert allocation(document, SKYROOT).start == before.start - timedelta(days=31)
    assert allocation(document, SKYROOT).end == after.end
    assert len(document.project.history.entries) == 2


def test_an_end_never_passes_the_other(view: TimelineView, document: Document, mouse: Any) -> None:
    before = allocation(document, SKYROOT)
    view.zoom_to_period(date(2026, 10, 1), date(2027, 10, 1))
    rect = view.bar_rect(SKYROOT)
    assert rect is not None
    start_handle = QPointF(rect.left() + 1, rect.center().y())
    mouse.drag(start_handle, QPointF(view.plot_rect().right() - 5, start_handle.y()))
    after = allocation(document, SKYROOT)
    assert after.end == before.end
    assert after.start <= after.end


def test_moving_a_bar_into_a_conflict_shows_the_overlap_and_back(
    view: TimelineView, document: Document, mouse: Any, findings: Any
) -> None:
    assert "allocation.overlap" not in findings.rules_of(PROTON_200)
    target = view.row_rect(pad_id(document, "81/24"))
    assert target is not None
    start = bar_point(view, PROTON_200)
    end = QPointF(start.x(), target.top() + 14)
    mouse.press(start)
    mouse.move(start, end)
    drag = view.input.drag
    assert drag is not None and drag.candidate is not None
    assert drag.candidate.pad_id == pad_id(document, "81/24")
    assert "allocation.overlap" in {f.rule for f in drag.errors}
    assert any("overlap" in text for text, _ in drag_lines(drag, "81/24"))
    assert allocation(document, PROTON_200).pad_id == pad_id(document, "200/39")  # not yet
    mouse.release(end)

    assert allocation(document, PROTON_200).pad_id == pad_id(document, "81/24")
    assert "allocation.overlap" in findings.rules_of(PROTON_200)
    assert PROTON_200 in view.marks.conflicts
    assert pad_id(document, "81/24") in view.marks.overlaps

    back = view.row_rect(pad_id(document, "200/39"))
    assert back is not None
    start = bar_point(view, PROTON_200)
    mouse.drag(start, QPointF(start.x(), back.center().y()))
    assert allocation(document, PROTON_200).pad_id == pad_id(document, "200/39")
    assert "allocation.overlap" not in findings.rules_of(PROTON_200)
    assert PROTON_200 not in view.marks.conflicts

    document.undo()
    assert "allocation.overlap" in findings.rules_of(PROTON_200)
    document.undo()
    assert "allocation.overlap" not in findings.rules_of(PROTON_200)
    assert allocation(document, PROTON_200).pad_id == pad_id(document, "200/39")


def test_escape_cancels_a_drag(
    view: TimelineView, document: Document, mouse: Any, qtbot: Any
) -> None:
    before = allocation(document, SKYROOT)
    start = bar_point(view, SKYROOT)
    end = start + QPointF(120, 0)
    mouse.press(start)
    mouse.move(start, end)
    assert view.input.drag is not None and view.marks.dragged == SKYROOT
    qtbot.keyClick(view.graphics, Qt.Key.Key_Escape)
    assert view.input.drag is None and view.marks.dragged is None
    mouse.release(end)
    assert allocation(document, SKYROOT) == before
    assert len(document.project.history.entries) == 0


def test_double_clicks_ask_to_type_dates_or_to_allocate(
    view: TimelineView, document: Document, mouse: Any, qtbot: Any
) -> None:
    mouse.double_click(bar_point(view, RFA))
    dialog = view.findChild(AllocationDatesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.start.day() == allocation(document, RFA).start
    dialog.reject()

    view.zoom_to_period(date(2029, 12, 1), date(2030, 2, 1))
    row = view.row_rect(pad_id(document, "90/19"))
    assert row is not None
    with qtbot.waitSignal(view.allocate_requested) as allocate:
        mouse.double_click(QPointF(view.day_px(date(2030, 1, 1)) + 3, row.center().y()))
    assert allocate.args == [pad_id(document, "90/19"), date(2030, 1, 1)]
    assert len(document.project.history.entries) == 0


def test_context_menu_changes_status_and_deletes_undoably(
    view: TimelineView, document: Document
) -> None:
    menu = view.bar_menu(RFA)
    names = {action.objectName() for action in menu.findChildren(QAction)}
    assert {"status_reserved", "status_cancelled", "delete_allocation"} <= names
    assert "status_active" not in names
    action(menu, "status_reserved").trigger()
    assert allocation(document, RFA).status is AllocationStatus.RESERVED
    document.undo()
    assert allocation(document, RFA).status is AllocationStatus.PROPOSED

    pad = pad_id(document, "45/1")
    lanes = view.model.rows[view.model.row_index(pad) or 0].lanes
    action(view.bar_menu(RFA), "delete_allocation").trigger()
    assert document.plan.find(Kind.ALLOCATION, RFA) is None
    assert view.bar_rect(RFA) is None
    assert view.model.rows[view.model.row_index(pad) or 0].lanes == lanes - 1
    document.undo()
    assert view.bar_rect(RFA) is not None


def action(menu: QMenu, name: str) -> QAction:
    found = menu.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found
