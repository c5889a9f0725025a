"""The planner's CP-SAT optimum equals that of an independent MILP twin solved with HiGHS."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from planner_instances import (
    add_allocation,
    add_request,
    asked_requests,
    held_allocations,
    launch_rates,
    random_plan,
    site,
    spacings,
)
from planner_milp import milp_optimum

from cosmoplan.domain import AllocationStatus, Plan
from cosmoplan.planner import problem, solve
from cosmoplan.planner.model import MOVE_COST, VALUE_PER_PRIORITY, build

AT = date(2029, 1, 1)


def optima(plan: Plan) -> tuple[float, float, float]:
    """The MILP's optimum and CP-SAT's with and without its redundant constraints."""
    options, conflicts = problem(plan, AT)
    twin = milp_optimum(plan, options, conflicts)
    assert twin.optimal
    found = []
    for redundant in (True, False):
        result = solve(build(plan, options, conflicts, redundant), 5.0)
        assert result.optimal
        found.append(result.objective)
    return twin.objective, found[0], found[1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(held=held_allocations, asked=asked_requests, launches=launch_rates, spacing=spacings)
def test_the_cp_sat_optimum_equals_the_milp_twins(held, asked, launches, spacing) -> None:
    twin, with_redundant, without = optima(random_plan(spacing, held, asked, launches))
    assert round(with_redundant) == round(twin) == round(without)


def test_a_movable_allocation_whose_own_start_is_inside_its_range_keeps_the_whole_range() -> None:
    # The request fills its window on the pad; the proposal, due at its end, must step after it.
    # The bound on exclusive days once ended the pad's horizon at the proposal's own start.
    plan = site(1)
    add_allocation(plan, 1, 1, 365, 10, AllocationStatus.PROPOSED)
    add_request(plan, 2, 0, 375, 375, (1,), True, 1)
    twin, with_redundant, without = optima(plan)
    assert twin == with_redundant == without == VALUE_PER_PRIORITY - MOVE_COST
