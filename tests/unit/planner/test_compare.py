"""Comparing the plan with a scenario: allocations added, removed and moved, findings gained and
lost by the rule catalogue, requests served, utilisation and fees; and promoting the chosen
changes as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    PadStatus,
    PadStatusPeriod,
    Ref,
    RequestStatus,
)
from cosmoplan.domain.scenario import Variant, plan_with, variant_of
from cosmoplan.messages import CosmoplanError
from cosmoplan.planner.compare import as_json, compare, totals
from cosmoplan.services.project import Project
from cosmoplan.services.scenarios import promote
from tests.unit.cli.conftest import small_plan

AT = date(2026, 6, 1)
PERIOD = (date(2026, 1, 1), date(2035, 12, 31))


def scenario_of(plan, *, allocations, requests=None, pads=None):
    variant = variant_of(plan)
    return plan_with(
        plan,
        Variant.of(
            allocations,
            variant.requests.values() if requests is None else requests,
            variant.pad_statuses if pads is None else pads,
        ),
    )


def test_a_clash_gained_a_move_and_a_request_served_are_all_told() -> None:
    plan = small_plan()
    signed = plan.get(Kind.ALLOCATION, 1)
    request = plan.get(Kind.REQUEST, 1)
    clash = Allocation(9, 1, 1, 1, date(2027, 6, 1), date(2029, 12, 31), annual_fee_usd=3.6525e6)
    moved = replace(signed, end=date(2027, 12, 31), annual_fee_usd=1e6)
    scenario = scenario_of(
        plan, allocations=[moved, clash], requests=[replace(request, status=RequestStatus.PLANNED)]
    )
    found = compare(plan, scenario, AT, PERIOD)
    assert [(d.ref, d.how) for d in found.differences] == [
        (Ref(Kind.ALLOCATION, 1), "moved"),
        (Ref(Kind.ALLOCATION, 9), "added"),
        (Ref(Kind.REQUEST, 1), "changed"),
    ]
    assert found.served_gained == (1,) and found.served_lost == ()
    assert not found.lost
    assert {f.rule for f in found.gained} >= {"allocation.overlap"}
    assert all(Ref(Kind.ALLOCATION, 9) in f.subjects for f in found.gained)
    assert found.before.allocations == 1 and found.after.allocations == 2
    # 45/1 held 2026-2030 in the plan; 2026-2027 and mid-2027 to 2029 in the scenario
    assert found.before.utilisation == pytest.approx(1826 / 3652)
    assert found.after.utilisation == pytest.approx((730 + 945) / 3652)
    assert found.after.fees_usd == pytest.approx(1e6 * 730 / 365.25 + 3.6525e6 * 945 / 365.25)
    record = as_json(found, plan, scenario)
    assert record["changes"][0] == {
        "kind": "allocations", "id": 1, "how": "moved", "name": "allocation 1",
        "before": {"pad": "45/1", "start": "2026-01-01", "end": "2030-12-31",
                   "status": "signed", "annual_fee_usd": None},
        "after": {"pad": "45/1", "start": "2026-01-01", "end": "2027-12-31",
                  "status": "signed", "annual_fee_usd": 1e6},
    }  # fmt: skip
    assert record["requests_served_gained"] == [1]
    assert record["findings_gained"][0]["rule"] in {f.rule for f in found.gained}


def test_the_same_version_twice_differs_in_nothing() -> None:
    plan = small_plan()
    found = compare(plan, plan.copy(), AT, PERIOD)
    assert found.empty and not found.gained and not found.lost
    assert found.before == found.after == totals(plan, PERIOD)


def test_a_pad_out_of_service_loses_its_allocation_and_gains_a_finding() -> None:
    plan = small_plan()
    signed = plan.get(Kind.ALLOCATION, 1)
    damaged = {1: (PadStatusPeriod(PadStatus.DAMAGED, date(2026, 1, 1)),)}
    scenario = scenario_of(plan, allocations=[signed], pads=damaged)
    found = compare(plan, scenario, AT, PERIOD)
    assert [(d.ref, d.how) for d in found.differences] == [(Ref(Kind.PAD, 1), "changed")]
    assert any(Ref(Kind.ALLOCATION, 1) in f.subjects for f in found.gained)


def test_promoting_chosen_changes_is_one_undoable_step() -> None:
    plan = small_plan()
    signed = plan.get(Kind.ALLOCATION, 1)
    extra = Allocation(9, 1, 1, 1, date(2031, 1, 1), date(2031, 12, 31), AllocationStatus.PROPOSED)
    scenario = scenario_of(plan, allocations=[replace(signed, end=date(2029, 12, 31)), extra])
    project = Project(plan)
    promoted = promote(project, scenario, "Slip", [Ref(Kind.ALLOCATION, 9)])
    assert [d.ref for d in promoted] == [Ref(Kind.ALLOCATION, 9)]
    assert project.plan.get(Kind.ALLOCATION, 9) == extra
    assert project.plan.get(Kind.ALLOCATION, 1) == signed  # not chosen: as it was
    assert [e.text.text() for e in project.history.entries] == ["Promote 1 change of scenario Slip"]
    project.undo()
    assert project.plan.find(Kind.ALLOCATION, 9) is None
    with pytest.raises(CosmoplanError, match="does not change requests 1"):
        promote(project, scenario, "Slip", [Ref(Kind.REQUEST, 1)])
    assert not project.history.can_undo and project.history.can_redo
