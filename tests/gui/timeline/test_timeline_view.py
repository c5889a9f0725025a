"""What the timeline shows and how it follows the plan: selection both ways, pad outages, the
"as of" cursor, refresh by changes (only the touched rows), rows built only when in view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import Kind, PadStatus, Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.timeline import TimelineView
from cosmoplan.gui.timeline import style as timeline_style
from cosmoplan.gui.timeline.items import CHUNK
from cosmoplan.mapping.tenants import OUTAGE_FILL, OUTAGE_HATCH
from cosmoplan.services.commands import RemoveObjects, update
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import AsOfDate, Selection
from cosmoplan.services.viewstate.days import x_of

RFA, BAITEREK, SKYROOT = 5, 4, 6


def pad_id(document: Document, code: str) -> int:
    pad = document.plan.pad_by_code(code)
    assert pad is not None
    return pad.id


def centre(view: TimelineView, allocation_id: int) -> QPointF:
    rect = view.bar_rect(allocation_id)
    assert rect is not None
    return rect.intersected(view.plot_rect()).center()


def wheel(view: TimelineView, at: QPointF, steps: int, modifiers: Any = None) -> None:
    event = QWheelEvent(
        at,
        QPointF(view.viewport().mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers or Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_clicks_select_allocations_and_clear(
    view: TimelineView, selection: Selection, mouse: Any
) -> None:
    mouse.click(centre(view, RFA))
    assert selection.refs == {Ref(Kind.ALLOCATION, RFA)}
    mouse.click(centre(view, BAITEREK), Qt.KeyboardModifier.ControlModifier)
    assert selection.refs == {Ref(Kind.ALLOCATION, RFA), Ref(Kind.ALLOCATION, BAITEREK)}
    assert view.marks.selected == {RFA, BAITEREK}
    empty = view.row_rect(view.model.rows[-1].pad_id)
    assert empty is not None
    mouse.click(QPointF(empty.left() + 30, empty.bottom() + 40))
    assert selection.refs == frozenset()


def test_selected_pad_highlights_its_row_and_the_pad_column_selects(
    view: TimelineView,
    document: Document,
    selection: Selection,
    mouse: Any,
    colour_at: Callable[..., QColor],
    alike: Callable[..., bool],
) -> None:
    pad = pad_id(document, "90/19")
    row = view.row_rect(pad)
    assert row is not None
    point = QPointF(row.left() + 40, row.center().y())
    assert not alike(colour_at(view, point), timeline_style.SELECTED_ROW, 4)
    selection.set({Ref(Kind.PAD, pad)})
    assert alike(colour_at(view, point), timeline_style.SELECTED_ROW, 4)

    other = view.row_rect(pad_id(document, "110/37"))
    assert other is not None
    mouse.click(QPointF(view.row_header_rect().center().x(), other.center().y()))
    assert selection.refs == {Ref(Kind.PAD, pad_id(document, "110/37"))}


def test_pad_outage_is_shaded_across_its_row(
    view: TimelineView,
    document: Document,
    colour_at: Callable[..., QColor],
    alike: Callable[..., bool],
) -> None:
    pad = pad_id(document, "31/6")
    row = view.model.rows[view.model.row_index(pad) or 0]
    assert [(o.status, o.x0, o.x1) for o in row.outages] == [
        (PadStatus.DAMAGED, x_of(date(2025, 11, 27)), x_of(date(2026, 3, 3)))  # restored
    ]
    view.zoom_to_period(date(2024, 1, 1), date(2029, 1, 1))
    rect = view.row_rect(pad)
    assert rect is not None
    y = rect.top() + 2  # above the bar, inside the row

    def shaded(day: date) -> bool:
        x = view.day_px(day)
        return all(
            alike(colour_at(view, QPointF(x + dx, y)), OUTAGE_FILL)
            or alike(colour_at(view, QPointF(x + dx, y)), OUTAGE_HATCH, 40)
            for dx in range(0, 8, 2)
        )

    assert shaded(date(2025, 12, 20))
    assert shaded(date(2026, 2, 10))
    assert not shaded(date(2025, 3, 1))
    assert not shaded(date(2026, 9, 1))


def test_cursor_follows_set_date_and_dragging_it_moves_the_date(
    view: TimelineView,
    document: Document,
    mouse: Any,
    qtbot: Any,
    colour_at: Callable[..., QColor],
    alike: Callable[..., bool],
) -> None:
    row = view.row_rect(pad_id(document, "90/19"))
    assert row is not None
    view.as_of.set(date(2030, 1, 1))
    assert view.day == date(2030, 1, 1)
    x = view.day_px(date(2030, 1, 1))
    assert alike(colour_at(view, QPointF(x, row.center().y())), timeline_style.CURSOR, 40)
    assert not alike(colour_at(view, QPointF(x + 30, row.center().y())), timeline_style.CURSOR, 40)

    start = QPointF(x, row.center().y())
    emitted: list[date] = []
    view.as_of.subscribe(emitted.append)
    mouse.drag(start, start + QPointF(100, 0))
    expected = date(2030, 1, 1) + timedelta(days=100 / view.pixels_per_day)
    assert len(emitted) >= 2  # the date follows the drag
    assert emitted == sorted(set(emitted))
    assert abs((emitted[-1] - expected).days) <= 1 / view.pixels_per_day + 1
    assert view.day == emitted[-1]
    assert len(document.project.history.entries) == 0

    view.zoom_to_period(date(2028, 6, 1), date(2028, 8, 1))
    header = view.header_rect()
    on_header = QPointF(view.day_px(date(2028, 7, 1)) + 1, header.center().y())
    before = view.as_of.date
    mouse.click(on_header)  # a single click, easily made by accident, leaves the date alone
    assert view.as_of.date == view.day == before
    mouse.double_click(on_header)  # a deliberate gesture moves it
    assert view.as_of.date == view.day == date(2028, 7, 1)


def test_a_change_rebuilds_only_the_rows_it_touches(
    view: TimelineView, document: Document, qtbot: Any
) -> None:
    view.viewport().grab()
    rows, chunks = view.model.rows_built, view.bars.chunks_built
    skyroot = document.plan.get(Kind.ALLOCATION, SKYROOT)
    document.execute(update(skyroot, end=date(2033, 6, 30)))
    assert view.model.rows_built == rows + 1
    view.viewport().grab()
    assert view.bars.chunks_built == chunks + 1
    rect = view.bar_rect(SKYROOT)
    assert rect is not None and abs(rect.right() - view.day_px(date(2033, 7, 1))) < 1.0

    moved = document.plan.get(Kind.ALLOCATION, SKYROOT)
    document.execute(update(moved, pad_id=pad_id(document, "90/20")))
    assert view.model.rows_built == rows + 3  # the pad it left and the pad it went to
    assert view.model.find_bar(SKYROOT)[0] == view.model.row_index(pad_id(document, "90/20"))

    tenant = document.plan.get(Kind.TENANT, moved.tenant_id)
    document.execute(update(tenant, name="Skyroot"))
    assert view.model.rows_built == rows + 4
    assert view.model.find_bar(SKYROOT)[1].tenant == "Skyroot"


def test_only_pads_with_allocations_and_cancelled_toggles(
    view: TimelineView, document: Document
) -> None:
    every = len(view.model.rows)
    assert every == len(list(document.plan.pads()))
    codes = [row.code for row in view.model.rows]
    assert codes[:8] == ["1/5", "31/6", "45/1", "45/2", "81/23", "81/24", "90/19", "90/20"]
    assert codes[-4:] == ["200/39", "200/40", "250", "SEZ-1"]  # by complex site, then code
    view.set_only_allocated(True)
    shown = {row.code for row in view.model.rows}
    assert shown == {"1/5", "31/6", "45/1", "81/23", "81/24", "200/39", "SEZ-1"}
    assert view.bar_rect(9) is None  # Isar Aerospace, cancelled
    view.set_show_cancelled(True)
    assert view.bar_rect(9) is not None
    view.set_only_allocated(False)
    assert len(view.model.rows) == every


def test_wheel_zooms_in_time_over_the_header_and_scrolls_rows(qtbot: Any) -> None:
    document = Document(Project(synthetic_plan(pads=300, facilities=10, allocations=3000)))
    view = TimelineView(document, Selection(), AsOfDate())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()
    built = view.bars.chunks_built
    assert 1 <= built <= 2
    assert len(view.model.rows) > 8 * CHUNK

    zoom = view.pixels_per_day
    header = view.header_rect().center()
    wheel(view, header, 2)
    assert view.pixels_per_day > zoom * 1.4
    plot = view.plot_rect().center()
    wheel(view, plot, -1, Qt.KeyboardModifier.ControlModifier)
    assert zoom < view.pixels_per_day < zoom * 1.4

    wheel(view, plot, -4)
    assert view.top > 0
    view.scroll_to(view.model.height)
    assert view.top == view.model.height - view.box.height()
    view.viewport().grab()
    assert view.bars.chunks_built <= built + 2  # only the rows in view are built
    last = view.row_rect(view.model.rows[-1].pad_id)
    assert last is not None and view.plot_rect().contains(last.center())


def test_tooltips_tell_the_allocation_its_findings_and_the_pad(
    view: TimelineView, document: Document
) -> None:
    text = view.input.tooltip(centre(view, RFA))
    assert text.startswith("Rocket Factory Augsburg · RFA One")
    assert "2028-01-01 – 2032-12-31" in text
    assert "overlap on pad 45/1" in text
    row = view.row_rect(pad_id(document, "31/6"))
    assert row is not None
    pad_text = view.input.tooltip(QPointF(view.row_header_rect().center().x(), row.center().y()))
    assert "31/6" in pad_text and "Active" in pad_text  # restored in March 2026


def test_a_removed_allocation_loses_its_bar_and_its_conflict(
    view: TimelineView, document: Document
) -> None:
    assert view.bar_rect(RFA) is not None and RFA in view.marks.conflicts
    document.execute(RemoveObjects([Ref(Kind.ALLOCATION, RFA)]))
    assert view.bar_rect(RFA) is None
    assert view.bar_rect(BAITEREK) is not None
    assert RFA not in view.marks.conflicts


def test_the_mouse_cursor_shows_what_a_drag_would_do(
    view: TimelineView, qtbot: Any, mouse: Any
) -> None:
    view.zoom_to_period(date(2027, 6, 1), date(2029, 6, 1))
    view.as_of.set(date(2027, 9, 1))
    rect = view.bar_rect(RFA)
    assert rect is not None
    cases = [
        (QPointF(rect.left() + 2, rect.center().y()), Qt.CursorShape.SizeHorCursor),
        (QPointF(rect.left() + 60, rect.center().y()), Qt.CursorShape.OpenHandCursor),
        (QPointF(view.day_px(view.day), rect.bottom() + 60), Qt.CursorShape.SplitHCursor),
        (view.header_rect().center(), Qt.CursorShape.PointingHandCursor),
    ]
    for point, shape in cases:
        qtbot.mouseMove(view.viewport(), point.toPoint())
        assert view.viewport().cursor().shape() == shape
