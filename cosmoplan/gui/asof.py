"""Qt glue for the window's view state (:mod:`cosmoplan.services.viewstate`): dates as
QDates, and plain callbacks that end with the widget that made them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit

from cosmoplan.domain.validation import HORIZON
from cosmoplan.services.viewstate import Observable

T = TypeVar("T")


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


def follow(source: Observable[T], receiver: QObject, callback: Callable[[T], object]) -> None:
    """Call ``callback`` on each change of ``source`` while ``receiver`` lives: as Qt drops a
    signal's connections with their receiver, the subscription ends when it is destroyed."""
    unsubscribe = source.subscribe(callback)
    receiver.destroyed.connect(lambda *_: unsubscribe())
