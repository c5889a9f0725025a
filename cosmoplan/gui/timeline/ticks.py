"""The date scale of the timeline: two tiers of labelled bands whose size follows the zoom
(decades over years, years over quarters or months, months over weeks or days).

The header paints the bands, the plot draws their edges as grid lines. Month names come from
the default QLocale (the user's language), decade labels through the translation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale

from cosmoplan.gui.i18n import tr
from cosmoplan.services.viewstate.days import FIRST_DAY, LAST_DAY, add_months, day_at, x_of

Step = Callable[[date], date]
Label = Callable[[date, float], str]
Tier = tuple[Callable[[date], date], Step, Label]

#: Narrowest band (pixels) that gets a label.
MIN_LABEL_PX = 14.0


@dataclass(frozen=True, slots=True)
class Band:
    """One labelled stretch of time: from ``x0`` to ``x1`` (days since 1970)."""

    start: date
    x0: float
    x1: float
    label: str


@dataclass(frozen=True, slots=True)
class Scale:
    """The two tiers for a view: ``major`` above (and strong grid lines), ``minor`` below."""

    level: str
    major: tuple[Band, ...]
    minor: tuple[Band, ...]


def _year_start(day: date, years: int = 1) -> date:
    return date(day.year - day.year % years, 1, 1)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _month_start(day: date) -> date:
    return date(day.year, day.month, 1)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _plus_years(years: int) -> Step:
    return lambda day: (
        date(day.year + years, 1, 1) if day.year + years <= LAST_DAY.year else LAST_DAY
    )


def _month_name(day: date, width: float) -> str:
    locale, formats = QLocale(), QLocale.FormatType
    if width >= 64:
        return f"{locale.standaloneMonthName(day.month, formats.LongFormat)} {day.year}"
    short = locale.standaloneMonthName(day.month, formats.ShortFormat).rstrip(".")
    return short if width >= 28 else short[:1]


def _year_label(years: int) -> Label:
    def label(day: date, width: float) -> str:
        if years == 1:
            return str(day.year) if width >= 26 else f"'{day.year % 100:02d}"
        if years == 10:
            return tr("{decade}s").format(decade=day.year)
        return f"{day.year}–{day.year + years - 1}"

    return label


def _bands(
    first: date, last: date, align: Callable[[date], date], step: Step, label: Label, scale: float
) -> tuple[Band, ...]:
    bands = []
    day = align(first)
    while day <= last:
        following = step(day)
        if following <= day:
            break
        width = (following - day).days * scale
        text = label(day, width) if width >= MIN_LABEL_PX else ""
        bands.append(Band(day, x_of(day), x_of(following), text))
        day = following
    return tuple(bands)


def _tiers(scale: float) -> tuple[str, Tier, Tier]:
    """The level name and (align, step, label) of the major and minor tiers for a zoom."""
    years: Tier = (_year_start, _plus_years(1), _year_label(1))
    months: Tier = (_month_start, lambda d: add_months(d, 1), _month_name)
    if scale >= 18:
        days = (lambda d: d, lambda d: d + timedelta(days=1), lambda d, w: str(d.day))
        return "days", months, days
    if scale >= 2.6:
        weeks = (_week_start, lambda d: d + timedelta(days=7), lambda d, w: str(d.day))
        return "weeks", months, weeks
    if scale * 30.4 >= 22:
        return "months", years, months
    if scale * 91.3 >= 20:
        quarter = (_quarter_start, lambda d: add_months(d, 3), lambda d, w: f"Q{d.month // 3 + 1}")
        return "quarters", years, quarter
    decades = (lambda d: _year_start(d, 10), _plus_years(10), _year_label(10))
    if scale * 365.25 >= 6:
        return "years", decades, years
    return "decades", (lambda d: _year_start(d, 50), _plus_years(50), _year_label(50)), decades


def scale_for(x0: float, x1: float, pixels_per_day: float) -> Scale:
    """The bands covering days ``x0`` to ``x1`` at ``pixels_per_day``."""
    first, last = day_at(max(x0, x_of(FIRST_DAY))), day_at(min(x1, x_of(LAST_DAY)))
    level, major, minor = _tiers(pixels_per_day)
    return Scale(
        level,
        _bands(first, last, *major, pixels_per_day),
        _bands(first, last, *minor, pixels_per_day),
    )


def edges(bands: tuple[Band, ...]) -> Iterator[float]:
    """The x of each band's start (where a grid line goes)."""
    return (band.x0 for band in bands)
