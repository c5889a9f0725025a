"""The timeline: one row per pad, the allocations as bars over the years, the pads' outages,
the conflicts the findings report, and the shared "as of" date as a cursor.

Every edit made here (moving a bar, changing its dates, status or pad, deleting it) is a
command run through the document, so it can be undone. What the view only asks for (editing
an allocation, allocating a pad) leaves as signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QScrollBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.analysis import Finding, FindingsDelta
from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.timeline.dates_dialog import AllocationDatesDialog
from cosmoplan.gui.timeline.ghost import GhostItem
from cosmoplan.gui.timeline.headers import CornerItem, RowHeader, TimeHeader
from cosmoplan.gui.timeline.interaction import TimelineInput
from cosmoplan.gui.timeline.items import BackgroundItem, BarsItem, CursorItem
from cosmoplan.gui.timeline.legend import TimelineLegend
from cosmoplan.gui.timeline.marks import Marks
from cosmoplan.gui.timeline.menus import bar_menu
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate, Selection
from cosmoplan.services.viewstate.days import FIRST_DAY, LAST_DAY, x_after, x_of
from cosmoplan.services.viewstate.timeline import BAR_HEIGHT, TimelineModel, bar_top

#: Zoom limits: pixels per day.
MAX_PX_PER_DAY = 48.0
MIN_PX_PER_DAY = 0.01


class FindingsSource(Protocol):
    """Where the timeline reads the plan's findings: a ``findings`` list and a ``changed``
    signal emitted whenever it changes, with the :class:`FindingsDelta` if it has one (the
    findings panel's model does; without it the timeline indexes them all again)."""

    @property
    def findings(self) -> Sequence[Finding]:
        """The current findings."""

    changed: SignalInstance


class TimelineView(QWidget):
    """Pads over time, with bars to drag and the "as of" date (see the module notes)."""

    edit_requested = Signal(object)  # Ref of an allocation
    allocate_requested = Signal(int, object)  # pad id, date

    def __init__(
        self,
        document: Document,
        selection: Selection,
        as_of: AsOfDate,
        findings: FindingsSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.as_of = as_of
        self.findings: FindingsSource | None = None
        self.day = as_of.date
        self.model = TimelineModel(document.plan)
        self.marks = Marks()
        self._top = 0.0
        self.graphics = pg.GraphicsView(self, background="w")
        self.graphics.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid = pg.GraphicsLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        self.graphics.setCentralItem(grid)
        self.box = pg.ViewBox(enableMenu=False, defaultPadding=0.0, invertY=True)
        self.box.setMouseEnabled(False, False)
        self.box.disableAutoRange()
        self.time_header = TimeHeader(self)
        self.row_header = RowHeader(self)
        grid.addItem(CornerItem(self), 0, 0)
        grid.addItem(self.time_header, 0, 1)
        grid.addItem(self.row_header, 1, 0)
        grid.addItem(self.box, 1, 1)
        self.background = BackgroundItem(self)
        self.bars = BarsItem(self)
        self.cursor_item = CursorItem(self)
        self.ghost = GhostItem(self)
        for z, item in enumerate((self.background, self.bars, self.cursor_item, self.ghost)):
            self.box.addItem(item, ignoreBounds=True)
            item.setZValue(z)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.legend = TimelineLegend(self)
        self._build_layout()
        self.input = TimelineInput(self)
        document.changes_applied.connect(self._on_changes)
        follow(selection, self, self._on_selection)
        follow(as_of, self, self.set_date)
        self.box.sigResized.connect(lambda _box: self._apply_top())
        self.box.sigXRangeChanged.connect(lambda *_: self.time_header.update())
        self.scrollbar.valueChanged.connect(lambda value: self.scroll_to(float(value)))
        self.marks.set_selection(selection.refs)
        self.set_findings(findings)
        self.zoom_to_all()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 2)
        self.only_allocated_box = QCheckBox(tr("Only pads with allocations"), self)
        self.show_cancelled_box = QCheckBox(tr("Show cancelled"), self)
        for box in (self.only_allocated_box, self.show_cancelled_box):
            box.toggled.connect(self._on_filters)
            bar.addWidget(box)
        bar.addStretch(1)
        for text, tip, slot in (
            ("−", tr("Zoom out in time (Ctrl+wheel)"), lambda: self.zoom_by(0.5)),
            ("+", tr("Zoom in in time (Ctrl+wheel)"), lambda: self.zoom_by(2.0)),
            (tr("Show all"), tr("Show every allocation (Home)"), self.zoom_to_all),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.graphics, 1)
        body.addWidget(self.scrollbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.graphics)

    # -- the plan and its findings ---------------------------------------------------------
    def set_findings(self, findings: FindingsSource | None) -> None:
        """Mark conflicts from ``findings`` (``None``: mark none)."""
        if self.findings is not None:
            self.findings.changed.disconnect(self._on_findings)
        self.findings = findings
        if findings is not None:
            findings.changed.connect(self._on_findings)
        self._on_findings()

    def _on_findings(self, delta: FindingsDelta | None = None) -> None:
        if delta is not None:
            self.marks.apply(delta, self.document.plan)
        else:
            found = self.findings.findings if self.findings is not None else ()
            self.marks.set_findings(found, self.document.plan)
        self.bars.update()

    def _on_changes(self, changes: Changes) -> None:
        heights = self.model.height, len(self.model.rows)
        touched = self.model.apply(changes)
        if not touched:
            return
        self.input.forget(changes)
        if (self.model.height, len(self.model.rows)) != heights:
            self._apply_top()
        self.legend.refresh()
        self._repaint()

    def _on_filters(self) -> None:
        self.model.set_filters(
            show_cancelled=self.show_cancelled_box.isChecked(),
            only_allocated=self.only_allocated_box.isChecked(),
        )
        self.legend.refresh()
        self._apply_top()

    def set_only_allocated(self, only: bool) -> None:
        """Show only the pads that have allocations (or every pad)."""
        self.only_allocated_box.setChecked(only)

    def set_show_cancelled(self, show: bool) -> None:
        """Show cancelled allocations as faint dashed outlines (or hide them)."""
        self.show_cancelled_box.setChecked(show)

    def _on_selection(self, refs: frozenset[Ref]) -> None:
        self.marks.set_selection(refs)
        if len(refs) == 1:
            (ref,) = refs
            if ref.kind is Kind.PAD:
                self.ensure_row_visible(self.model.row_index(ref.id))
            elif ref.kind is Kind.ALLOCATION:
                found = self.model.find_bar(ref.id)
                self.ensure_row_visible(found[0] if found else None)
        self._repaint()

    def _repaint(self) -> None:
        for item in (self.background, self.bars, self.cursor_item, self.ghost, self.row_header):
            item.update()
        self.time_header.update()

    # -- the "as of" date -----------------------------------------------------------------
    @property
    def cursor_x(self) -> float:
        """Where the "as of" cursor is drawn (days since 1970)."""
        return x_of(self.day)

    def set_date(self, day: date) -> None:
        """Show ``day`` as the "as of" cursor (the window's date follows :meth:`move_cursor`)."""
        if day != self.day:
            self.day = day
            self.cursor_item.update()
            self.time_header.update()
            self.legend.update()

    def move_cursor(self, day: date) -> None:
        """Move the cursor as the user does: the window's "as of" date moves with it."""
        self.as_of.set(day)

    # -- navigation -----------------------------------------------------------------------
    @property
    def x_range(self) -> tuple[float, float]:
        """The days shown, from and to (days since 1970)."""
        x0, x1 = self.box.viewRange()[0]
        return float(x0), float(x1)

    @property
    def pixels_per_day(self) -> float:
        """The zoom: pixels per day."""
        x0, x1 = self.x_range
        return self.box.width() / (x1 - x0) if x1 > x0 else 1.0

    def set_x_range(self, x0: float, x1: float) -> None:
        """Show days ``x0`` to ``x1`` (clamped to the zoom limits and the timeline's range)."""
        width = max(self.box.width(), 100.0)
        span = min(max(x1 - x0, width / MAX_PX_PER_DAY), width / MIN_PX_PER_DAY)
        centre = (x0 + x1) / 2
        low, high = x_of(FIRST_DAY), x_after(LAST_DAY)
        centre = min(max(centre, low + span / 2), high - span / 2)
        self.box.setXRange(centre - span / 2, centre + span / 2, padding=0.0)
        self.time_header.update()

    def zoom_to_period(self, start: date, end: date) -> None:
        """Show the days from ``start`` to ``end`` (both shown whole)."""
        self.set_x_range(x_of(min(start, end)), x_after(max(start, end)))

    def zoom_to_all(self) -> None:
        """Show every allocation (or the next years, if there is none)."""
        extent = self.model.extent()
        if extent is None:
            today = date.today()
            extent = (today - timedelta(days=365), today + timedelta(days=5 * 365))
        first, last = extent
        margin = timedelta(days=max(30, (last - first).days // 30))
        self.zoom_to_period(first - margin, last + margin)

    def zoom_by(self, factor: float, about_px: float | None = None) -> None:
        """Zoom in time (``factor`` > 1 zooms in) about a viewport x (default the middle)."""
        x0, x1 = self.x_range
        about = (x0 + x1) / 2 if about_px is None else self.px_to_x(about_px)
        self.set_x_range(about - (about - x0) / factor, about + (x1 - about) / factor)

    def pan_by_days(self, days: float) -> None:
        """Move the view in time (later for positive ``days``)."""
        x0, x1 = self.x_range
        self.set_x_range(x0 + days, x1 + days)

    def scroll_to(self, top: float) -> None:
        """Scroll the rows so that pixel ``top`` of the rows is at the top of the view."""
        self._top = top
        self._apply_top()

    def _apply_top(self) -> None:
        height = max(self.box.height(), 1.0)
        most = max(0.0, self.model.height - height)
        self._top = min(max(self._top, 0.0), most)
        self.box.setYRange(self._top, self._top + height, padding=0.0)
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, round(most))
        self.scrollbar.setPageStep(round(height))
        self.scrollbar.setSingleStep(28)
        self.scrollbar.setValue(round(self._top))
        self.scrollbar.blockSignals(False)
        self._repaint()

    @property
    def top(self) -> float:
        """The pixel of the rows at the top of the view."""
        return self._top

    def ensure_row_visible(self, index: int | None) -> None:
        """Scroll (as little as needed) so that row ``index`` is in view."""
        if index is None:
            return
        top, bottom = self.model.offsets[index], self.model.offsets[index + 1]
        height = self.box.height()
        if top < self._top:
            self.scroll_to(top)
        elif bottom > self._top + height:
            self.scroll_to(bottom - height)

    # -- coordinates (viewport pixels of :attr:`graphics`) --------------------------------
    def viewport(self) -> QWidget:
        """The widget that receives the timeline's mouse events."""
        return self.graphics.viewport()

    def plot_rect(self) -> QRectF:
        """The rows area in viewport pixels."""
        return self.graphics.viewportTransform().mapRect(self.box.sceneBoundingRect())

    def header_rect(self) -> QRectF:
        """The date header in viewport pixels."""
        return self.graphics.viewportTransform().mapRect(self.time_header.sceneBoundingRect())

    def row_header_rect(self) -> QRectF:
        """The pad column in viewport pixels."""
        return self.graphics.viewportTransform().mapRect(self.row_header.sceneBoundingRect())

    def to_px(self, x: float, y: float) -> QPointF:
        """Days and row pixels to viewport pixels."""
        return self.graphics.viewportTransform().map(self.box.mapViewToScene(QPointF(x, y)))

    def px_to_x(self, px: float) -> float:
        """A viewport x to days since 1970."""
        plot = self.plot_rect()
        x0, x1 = self.x_range
        return x0 + (px - plot.left()) * (x1 - x0) / max(plot.width(), 1.0)

    def px_to_y(self, py: float) -> float:
        """A viewport y to a height in the rows."""
        return self._top + py - self.plot_rect().top()

    def day_px(self, day: date) -> float:
        """The viewport x of the start of ``day``."""
        return self.to_px(x_of(day), 0.0).x()

    def bar_rect(self, allocation_id: int) -> QRectF | None:
        """An allocation's bar in viewport pixels, if it is shown."""
        found = self.model.find_bar(allocation_id)
        if found is None:
            return None
        index, bar = found
        y = self.model.offsets[index] + bar_top(bar.lane)
        return QRectF(self.to_px(bar.x0, y), self.to_px(bar.x1, y + BAR_HEIGHT))

    def row_rect(self, pad_id: int) -> QRectF | None:
        """A pad's row across the plot in viewport pixels, if it is shown."""
        index = self.model.row_index(pad_id)
        if index is None:
            return None
        plot = self.plot_rect()
        top = plot.top() + self.model.offsets[index] - self._top
        return QRectF(plot.left(), top, plot.width(), self.model.rows[index].height)

    def bar_menu(self, allocation_id: int, parent: QWidget | None = None) -> QMenu:
        """The context menu of a bar: edit, change status (allowed transitions), delete."""
        return bar_menu(self, allocation_id, parent or self)

    def type_dates(self, allocation_id: int) -> AllocationDatesDialog | None:
        """Open the dialog to type an allocation's dates (its OK is one undoable command)."""
        found = self.model.find_bar(allocation_id)
        if found is None:
            return None
        index, bar = found
        title = f"{bar.tenant} · {bar.vehicle} · {self.model.rows[index].code}"
        dialog = AllocationDatesDialog(self.document, bar.allocation, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.legend.refresh()  # the tenants' lines only where there is room for them

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key(event):
            super().keyPressEvent(event)
