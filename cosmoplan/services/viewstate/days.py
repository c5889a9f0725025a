"""Days on the timeline's x axis: day ``d`` covers ``[x(d), x(d) + 1)`` with ``x`` counted in
days since 1970-01-01; month steps for the "as of" slider."""

from __future__ import annotations

import calendar
import math
from datetime import date

EPOCH = date(1970, 1, 1).toordinal()
#: The earliest and latest day the timeline can show (open periods are drawn to these).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)


def x_of(day: date) -> float:
    """The x of the start of ``day``."""
    return float(day.toordinal() - EPOCH)


def x_after(day: date) -> float:
    """The x of the end of ``day`` (the start of the next)."""
    return float(day.toordinal() - EPOCH + 1)


def day_at(x: float) -> date:
    """The day that ``x`` falls in (clamped to the days the timeline can show)."""
    ordinal = math.floor(x) + EPOCH
    return date.fromordinal(min(max(ordinal, FIRST_DAY.toordinal()), LAST_DAY.toordinal()))


def nearest_day(x: float) -> date:
    """The day whose start is nearest to ``x`` (for a cursor or an edge dragged to ``x``)."""
    return day_at(math.floor(x + 0.5))


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; the day of the month is kept where the month has it."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def clamp(day: date, first: date, last: date) -> date:
    """``day`` kept between ``first`` and ``last``."""
    return min(max(day, first), last)
