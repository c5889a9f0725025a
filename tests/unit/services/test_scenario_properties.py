"""Promoting a scenario (hypothesis): the commands of the differences from a plan to a scenario
make the plan hold the scenario's allocations, requests and pad statuses; the chosen ones
change only those objects; undo gives the plan back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import Point

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    Request,
    RequestStatus,
)
from cosmoplan.domain.scenario import Variant, plan_with, variant_of
from cosmoplan.messages import Message
from cosmoplan.planner.compare import differences
from cosmoplan.services.project import Project
from cosmoplan.services.scenarios import MSG_PROMOTE, commands, promote
from tests.unit.cli.conftest import small_plan

START = date(2030, 1, 1)


def base() -> Plan:
    """The small plan with a second pad, four allocations and two requests."""
    plan = small_plan()
    pad = plan.get(Kind.PAD, 1)
    assert isinstance(pad, Pad)
    plan.add(replace(pad, id=2, code="45/2", location=Point(pad.location.x + 900, pad.location.y)))
    for i in range(2, 5):
        day = START + timedelta(days=400 * i)
        plan.add(Allocation(i, 1, 1, 1 + i % 2, day, day + timedelta(days=200)))
    plan.add(Request(2, 1, 1, START, START + timedelta(days=900), 60, pad_ids=(2, 1)))
    return plan


allocation_edits = st.sampled_from(["keep", "remove", "move", "repad", "status"])
request_edits = st.sampled_from(["keep", "remove", "plan"])
statuses = st.sampled_from([(), (PadStatusPeriod(PadStatus.DAMAGED, START),)])


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Plan, Plan]:
    """A plan and a scenario of it: each allocation and request kept, removed or edited,
    new ones added (ids the plan does not have), pad statuses changed."""
    plan = base()
    allocations: list[Allocation] = []
    for allocation in plan.allocations():
        edit = draw(allocation_edits)
        if edit == "remove":
            continue
        if edit == "move":
            shift = timedelta(days=draw(st.integers(-300, 300)))
            allocation = replace(
                allocation, start=allocation.start + shift, end=allocation.end + shift
            )
        elif edit == "repad":
            allocation = replace(allocation, pad_id=3 - allocation.pad_id)
        elif edit == "status":
            allocation = replace(allocation, status=AllocationStatus.CANCELLED, notes="gone")
        allocations.append(allocation)
    for new_id in range(100, 100 + draw(st.integers(0, 3))):
        day = START + timedelta(days=draw(st.integers(0, 3000)))
        pad_id = draw(st.sampled_from([1, 2]))
        allocations.append(Allocation(new_id, 1, 1, pad_id, day, day + timedelta(days=90)))
    requests: list[Request] = []
    for request in plan.requests():
        edit = draw(request_edits)
        if edit != "remove":
            status = RequestStatus.PLANNED if edit == "plan" else request.status
            requests.append(replace(request, status=status))
    if draw(st.booleans()):
        requests.append(Request(50, 1, 1, START, START + timedelta(days=99), 10))
    pads = {p.id: p.status_periods for p in plan.pads()}
    pads.update({pad_id: draw(statuses) for pad_id in draw(st.sets(st.sampled_from([1, 2])))})
    return plan, plan_with(plan, Variant.of(allocations, requests, pads))


@given(scenarios())
def test_applying_the_differences_gives_the_scenario_and_undo_the_plan(
    pair: tuple[Plan, Plan],
) -> None:
    plan, scenario = pair
    before = variant_of(plan)
    project = Project(plan)
    promote(project, scenario, "What if")
    assert variant_of(project.plan) == variant_of(scenario)
    assert differences(project.plan, scenario) == []
    if project.history.can_undo:
        assert len(project.history.entries) == 1  # one step
        project.undo()
    assert variant_of(project.plan) == before


@given(scenarios(), st.data())
def test_the_chosen_differences_change_only_their_objects(
    pair: tuple[Plan, Plan], data: st.DataObject
) -> None:
    plan, scenario = pair
    original = plan.copy()
    found = differences(plan, scenario)
    chosen = data.draw(st.sets(st.sampled_from(found)) if found else st.just(set()))
    project = Project(plan)
    with project.group(Message(MSG_PROMOTE, {"count": len(chosen), "name": "What if"})):
        for command in commands(project.plan, chosen):
            project.execute(command)
    refs = {d.ref for d in chosen}
    for kind in (Kind.ALLOCATION, Kind.REQUEST):
        ids = set(original.objects(kind)) | set(scenario.objects(kind))
        for object_id in ids:
            source = (
                scenario if any(r.kind is kind and r.id == object_id for r in refs) else original
            )
            assert project.plan.find(kind, object_id) == source.find(kind, object_id)
    for pad in project.plan.pads():
        source = scenario if any(r.kind is Kind.PAD and r.id == pad.id for r in refs) else original
        assert pad.status_periods == source.get(Kind.PAD, pad.id).status_periods  # type: ignore[union-attr]
