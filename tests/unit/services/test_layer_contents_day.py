"""Moving the map's date restyles only what the date changes, and ends where a fresh
placement on that date does."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from cosmoplan.demo import build_demo_plan
from cosmoplan.services.viewstate.contents import LayerContents

PLAN = build_demo_plan()
days = st.dates(min_value=date(1955, 1, 1), max_value=date(2060, 12, 31))


@settings(max_examples=25, deadline=None)
@given(days, days)
def test_a_new_day_places_as_a_fresh_rebuild_does(first: date, second: date) -> None:
    moved = LayerContents()
    moved.rebuild(PLAN, first)
    before = dict(moved.placed)
    restyled = moved.set_day(PLAN, second)
    fresh = LayerContents()
    fresh.rebuild(PLAN, second)
    assert moved.placed == fresh.placed
    assert set(restyled) == {ref for ref in before if before[ref] != fresh.placed[ref]}


def test_decades_apart_some_objects_are_restyled_and_the_rest_kept() -> None:
    contents = LayerContents()
    contents.rebuild(PLAN, date(1960, 1, 1))
    restyled = contents.set_day(PLAN, date(2026, 1, 1))
    assert 0 < len(restyled) < len(contents.placed)
    assert contents.set_day(PLAN, date(2026, 1, 1)) == []
