"""Where a dragged bar lands on the timeline: whole days, months or years, chosen by the zoom.

What a day is in pixels decides: a day at least :data:`DAY_PX` wide snaps to days; a month at
least :data:`MONTH_PX` wide snaps to months; anything coarser snaps to years. A moved bar keeps
its length (in days, or in whole months when the end is a month's last day); a dragged end
lands on the start of a unit (the start) or the last day of one (the end).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from cosmoplan.services.viewstate.days import FIRST_DAY, LAST_DAY, add_months, clamp

#: A day this wide (pixels) or wider: bars snap to days.
DAY_PX = 2.0
#: A month this wide (pixels) or wider: bars snap to months (else years).
MONTH_PX = 8.0
_MONTH_DAYS = 365.25 / 12


class Unit(StrEnum):
    """What a dragged bar snaps to."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def snap_unit(pixels_per_day: float) -> Unit:
    """The unit bars snap to at a zoom of ``pixels_per_day``."""
    if pixels_per_day >= DAY_PX:
        return Unit.DAY
    if pixels_per_day * _MONTH_DAYS >= MONTH_PX:
        return Unit.MONTH
    return Unit.YEAR


def snap(day: date, unit: Unit) -> date:
    """The start of the unit nearest to ``day`` (``day`` itself for days)."""
    if unit is Unit.DAY:
        return day
    if unit is Unit.MONTH:
        first, after = date(day.year, day.month, 1), add_months(date(day.year, day.month, 1), 1)
    else:
        first, after = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    return first if (day - first) <= (after - day) else after


def moved(start: date, end: date, days: int, unit: Unit) -> tuple[date, date]:
    """A bar from ``start`` to ``end`` dragged ``days`` days along, snapped to ``unit``."""
    new_start = _bounded(snap(start + timedelta(days=days), unit))
    if unit is Unit.DAY or not _is_month_end(end):
        return new_start, _bounded(end + (new_start - start))
    months = (new_start.year - start.year) * 12 + new_start.month - start.month
    shifted = add_months(end, months)
    new_end = shifted.replace(day=calendar.monthrange(shifted.year, shifted.month)[1])
    return new_start, max(_bounded(new_end), new_start)


def moved_start(start: date, end: date, days: int, unit: Unit) -> date:
    """The start of a bar whose start is dragged ``days`` days along (never after ``end``)."""
    return min(_bounded(snap(start + timedelta(days=days), unit)), end)


def moved_end(start: date, end: date, days: int, unit: Unit) -> date:
    """The end of a bar whose end is dragged ``days`` days along (never before ``start``)."""
    after = snap(end + timedelta(days=days + 1), unit)
    return max(_bounded(after - timedelta(days=1)), start)


def _is_month_end(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _bounded(day: date) -> date:
    return clamp(day, FIRST_DAY, LAST_DAY)
