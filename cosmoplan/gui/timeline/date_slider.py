"""The shared "as of" date as a slider: ◀ and ▶ step by a month, "Today" jumps back; the range
runs from the plan's first to its last allocation or pad status date, with a year's margin."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from cosmoplan.domain import Kind, Plan
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import tr
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate
from cosmoplan.services.viewstate.days import add_months, clamp

_WATCHED = {Kind.ALLOCATION, Kind.PAD}


def plan_period(plan: Plan, today: date | None = None) -> tuple[date, date]:
    """The days the slider spans for ``plan``: 1 January of the year before its first date to
    31 December of the year after its last (allocations, pad status periods, and today)."""
    today = today or date.today()
    days = [today]
    for allocation in plan.allocations():
        days += [allocation.start, allocation.end]
    for pad in plan.pads():
        for period in pad.status_periods:
            days += [d for d in (period.start, period.end) if d is not None]
    first, last = min(days), max(days)
    return date(first.year - 1, 1, 1), date(last.year + 1, 12, 31)


class AsOfSlider(QWidget):
    """A date slider with a label and month steps, showing and moving the window's "as of"
    date (:meth:`set_date` only shows a date; the user's moves set it)."""

    def __init__(
        self,
        document: Document | None,
        as_of: AsOfDate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.as_of = as_of
        self._day = as_of.date
        self._first, self._last = self._day - timedelta(days=365), self._day + timedelta(days=365)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(tr("One month earlier"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(tr("One month later"))
        self.today_button = QToolButton(self)
        self.today_button.setText(tr("Today"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(30)
        self.slider.setMinimumWidth(160)
        self.label = QLabel(self)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("As of 0000-00-00 "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self._user_set(date.today()))
        self.slider.valueChanged.connect(self._on_slider)
        follow(as_of, self, self.set_date)
        if document is not None:
            document.changes_applied.connect(self._on_changes)
            self.fit_to_plan()
        else:
            self._show()

    @property
    def day(self) -> date:
        """The date shown."""
        return self._day

    @property
    def period(self) -> tuple[date, date]:
        """The first and last day the slider reaches."""
        return self._first, self._last

    def set_date(self, day: date) -> None:
        """Show ``day`` (widening the range if needed); the "as of" date stays."""
        self._day = day
        if not self._first <= day <= self._last:
            self._first, self._last = min(self._first, day), max(self._last, day)
        self._show()

    def set_period(self, first: date, last: date) -> None:
        """Let the slider reach from ``first`` to ``last`` (and the date shown)."""
        self._first, self._last = min(first, self._day), max(last, self._day)
        self._show()

    def fit_to_plan(self) -> None:
        """Span the document's plan (see :func:`plan_period`)."""
        if self.document is not None:
            self.set_period(*plan_period(self.document.plan))

    def step(self, months: int) -> None:
        """Move by whole months, as the ◀ ▶ buttons do (the "as of" date moves)."""
        self._user_set(clamp(add_months(self._day, months), self._first, self._last))

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds() & _WATCHED:
            self.fit_to_plan()

    def _user_set(self, day: date) -> None:
        if day != self._day:
            self.set_date(day)
            self.as_of.set(day)

    def _on_slider(self, value: int) -> None:
        self._user_set(self._first + timedelta(days=value))

    def _show(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(0, (self._last - self._first).days)
        self.slider.setValue((self._day - self._first).days)
        self.slider.blockSignals(False)
        self.label.setText(tr("As of {date}").format(date=self._day.isoformat()))
        self.previous_button.setEnabled(self._day > self._first)
        self.next_button.setEnabled(self._day < self._last)
