"""The window's one "as of" date: the map, the tables, the findings, the timeline cursor and
the date slider all show the plan as of this date, and any of them may move it."""

from __future__ import annotations

import datetime
from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDateEdit

from cosmoplan.domain.validation import HORIZON


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def limit_to_horizon(edit: QDateEdit) -> None:
    """Let ``edit`` offer only the days of the planning horizon, the dates a plan accepts."""
    first, last = HORIZON
    edit.setDateRange(to_qdate(first), to_qdate(last))


class AsOfDate(QObject):
    """A date with a ``changed`` signal emitted only when it really changes, so that views
    which both follow and set it (date field, slider, timeline cursor) never loop."""

    changed = Signal(object)  # date

    def __init__(self, day: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._day = day or date.today()

    @property
    def date(self) -> date:
        """The current date."""
        return self._day

    def set(self, day: datetime.date) -> None:
        """Move to ``day`` (nothing happens if it is the current date)."""
        if day != self._day:
            self._day = day
            self.changed.emit(day)
