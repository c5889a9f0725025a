"""The window's view state without Qt: selection, "as of" date, layer model, and the timeline
and map-layer contents, which patched by any commands equal the same built afresh."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import AllocationStatus, Kind, PadStatus, PadStatusPeriod, Plan, Ref
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import Command, RemoveObjects, update
from cosmoplan.services.viewstate import (
    AsOfDate,
    LayerContents,
    LayerInfo,
    LayerModel,
    Selection,
    TimelineModel,
)

DAY = date(2026, 6, 1)


def test_subscribers_hear_only_real_changes_and_stop_when_asked() -> None:
    as_of, heard = AsOfDate(DAY), []
    stop = as_of.subscribe(heard.append)
    as_of.set(DAY)
    as_of.set(date(2030, 1, 1))
    stop()
    as_of.set(date(2031, 1, 1))
    assert heard == [date(2030, 1, 1)] and as_of.date == date(2031, 1, 1)


def test_the_selection_forgets_removed_objects() -> None:
    selection, heard = Selection(), []
    selection.subscribe(heard.append)
    a, b = Ref(Kind.PAD, 1), Ref(Kind.PAD, 2)
    selection.set([a, b])
    selection.toggle(a)
    selection.forget_removed(Changes(removed=frozenset({a})))  # not selected: nothing heard
    selection.forget_removed(Changes(removed=frozenset({b})))
    assert heard == [frozenset({a, b}), frozenset({b}), frozenset()]


def test_layer_settings_round_trip_and_wait_for_layers_not_there_yet() -> None:
    model, heard = LayerModel(), []
    model.subscribe(heard.append)
    model.add(LayerInfo("pads", "Pads", "pads", 40))
    model.set_visible("pads", False)
    model.set_visible("pads", False)  # the same: nothing heard
    model.set_opacity("base/Lakes", 3.0)  # kept between 0 and 1, for a layer to come
    stored = model.state().to_dict()
    again = LayerModel()
    again.restore(stored)
    again.add(LayerInfo("base/Lakes", "Lakes", "base", -100), fill="#2171b5")
    again.add(LayerInfo("pads", "Pads", "pads", 40))
    assert [info.id for info in again.ordered()] == ["base/Lakes", "pads"]
    assert not again.settings("pads").visible
    assert again.settings("base/Lakes").opacity == 1.0
    assert again.settings("base/Lakes").fill == "#2171b5"
    assert heard == ["", "pads"]  # a layer not there yet: nothing to redraw
    again.restore({"version": 99})  # unreadable: nothing changes
    assert not again.settings("pads").visible


# -- patched equals rebuilt ---------------------------------------------------------------
def pick(draw: Any, plan: Plan, kind: Kind) -> Any:
    ids = sorted(plan.objects(kind))
    return plan.get(kind, draw(st.sampled_from(ids))) if ids else None


def some_command(draw: Any, plan: Plan) -> Command | None:
    """Any edit a planner can make that the timeline or the map shows."""
    choice = draw(st.integers(0, 7))
    kind = [Kind.ALLOCATION, Kind.PAD, Kind.COMPLEX, Kind.TENANT, Kind.VEHICLE, Kind.ZONE]
    entity = pick(draw, plan, kind[min(choice, 5)])
    if entity is None:
        return None
    shift = timedelta(days=draw(st.integers(-900, 900)))
    if choice == 0:
        pad = pick(draw, plan, Kind.PAD)
        status = draw(st.sampled_from(list(AllocationStatus)))
        return update(entity, pad_id=pad.id, status=status, start=entity.start + shift)
    if choice == 1:
        periods = (PadStatusPeriod(draw(st.sampled_from(list(PadStatus))), DAY + shift, None),)
        point = shapely.Point(entity.location.x + 500, entity.location.y)
        return update(entity, status_periods=periods, location=point, code=f"{entity.code}x")
    if choice == 2:
        return update(entity, site=f"{entity.site}1", name=f"{entity.name}'")
    if choice in (3, 4):
        return update(entity, name=f"{entity.name}'")
    if choice == 5:
        return update(entity, valid_from=DAY + shift)
    return (
        RemoveObjects([Ref(kind[draw(st.integers(0, 4))], entity.id)])
        if choice == 6
        else (RemoveObjects([Ref(Kind.ALLOCATION, entity.id)]) if entity.kind else None)
    )


def rows(model: TimelineModel) -> list[tuple]:
    return [replace(row, version=0) for row in model.rows]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans(), st.booleans())
def test_timeline_and_layer_contents_patched_by_changes_equal_them_rebuilt(
    data: Any, show_cancelled: bool, only_allocated: bool
) -> None:
    plan = build_demo_plan()
    timeline = TimelineModel(plan, show_cancelled=show_cancelled, only_allocated=only_allocated)
    contents = LayerContents()
    contents.rebuild(plan, DAY)
    done: list[Command] = []
    for _ in range(data.draw(st.integers(1, 10))):
        if done and data.draw(st.integers(0, 4)) == 0:
            changes = done.pop().undo(plan)
        else:
            try:  # an edit refused as invalid (built or done) changes nothing
                command = some_command(data.draw, plan)
                if command is None:
                    continue
                changes = command.do(plan)
            except CosmoplanError:
                continue
            done.append(command)
        timeline.apply(changes)
        contents.apply(plan, changes)
        fresh = TimelineModel(plan, show_cancelled=show_cancelled, only_allocated=only_allocated)
        assert rows(timeline) == rows(fresh)
        assert timeline.offsets == fresh.offsets
        rebuilt = LayerContents()
        rebuilt.rebuild(plan, DAY)
        assert contents.placed == rebuilt.placed
