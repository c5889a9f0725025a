"""Snapping dragged bars to days, months or years by the zoom."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cosmoplan.services.viewstate.snapping import (
    Unit,
    moved,
    moved_end,
    moved_start,
    snap,
    snap_unit,
)


def test_the_zoom_chooses_the_unit() -> None:
    assert snap_unit(5.0) is Unit.DAY
    assert snap_unit(0.8) is Unit.MONTH  # a month is ~24 px
    assert snap_unit(0.1) is Unit.YEAR  # a month is 3 px


def test_snap_goes_to_the_nearest_start_of_a_unit() -> None:
    assert snap(date(2030, 5, 14), Unit.MONTH) == date(2030, 5, 1)
    assert snap(date(2030, 5, 20), Unit.MONTH) == date(2030, 6, 1)
    assert snap(date(2030, 6, 20), Unit.YEAR) == date(2030, 1, 1)
    assert snap(date(2030, 7, 20), Unit.YEAR) == date(2031, 1, 1)
    assert snap(date(2030, 7, 20), Unit.DAY) == date(2030, 7, 20)


def test_a_bar_of_whole_months_keeps_whole_months() -> None:
    start, end = date(2027, 1, 1), date(2031, 12, 31)
    assert moved(start, end, 400, Unit.YEAR) == (date(2028, 1, 1), date(2032, 12, 31))
    assert moved(start, end, 40, Unit.MONTH) == (date(2027, 2, 1), date(2032, 1, 31))
    assert moved(date(2027, 1, 1), date(2027, 2, 28), 31, Unit.MONTH) == (
        date(2027, 2, 1),
        date(2027, 3, 31),
    )


def test_a_bar_not_ending_on_a_month_end_keeps_its_days() -> None:
    start, end = date(2027, 1, 10), date(2027, 3, 20)
    new_start, new_end = moved(start, end, 30, Unit.MONTH)
    assert new_start == date(2027, 2, 1) and new_end - new_start == end - start


def test_dragged_ends_land_on_a_unit_start_or_last_day() -> None:
    start, end = date(2027, 1, 1), date(2031, 12, 31)
    assert moved_start(start, end, 40, Unit.MONTH) == date(2027, 2, 1)
    assert moved_end(start, end, -50, Unit.MONTH) == date(2031, 10, 31)
    assert moved_end(start, end, 150, Unit.YEAR) == date(2031, 12, 31)
    assert moved_end(start, end, -3000, Unit.YEAR) == start  # never before the start


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))


@given(days, st.integers(0, 4000), st.integers(-5000, 5000), st.sampled_from(list(Unit)))
def test_snapped_bars_stay_ordered(first: date, length: int, drag: int, unit: Unit) -> None:
    end = first + timedelta(days=length)
    new_start, new_end = moved(first, end, drag, unit)
    assert new_start <= new_end
    assert moved_start(first, end, drag, unit) <= end
    assert moved_end(first, end, drag, unit) >= first
    if unit is not Unit.DAY:
        assert new_start.day == 1
