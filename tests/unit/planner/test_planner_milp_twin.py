"""The planner's CP-SAT optimum equals that of an independent MILP twin solved with HiGHS."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planner_instances import add_allocation, add_request, site
from planner_milp import milp_optimum

from cosmoplan.domain import AllocationStatus, Plan
from cosmoplan.planner import problem, solve
from cosmoplan.planner.model import MOVE_COST, VALUE_PER_PRIORITY, build

AT = date(2029, 1, 1)

requests = st.lists(
    st.tuples(
        st.integers(1, 2),  # tenant
        st.integers(0, 8),  # first day
        st.integers(1, 5),  # days
        st.integers(0, 4),  # extra days in the window
        st.sampled_from([(), (1,), (2,), (2, 1), (3,), (3, 2, 1)]),
        st.booleans(),  # exclusive
        st.integers(0, 3),  # priority
    ),
    min_size=1,
    max_size=6,
)
allocations = st.lists(
    st.tuples(
        st.integers(1, 2),  # tenant
        st.integers(1, 3),  # pad
        st.integers(0, 8),  # first day
        st.integers(1, 4),  # days
        st.sampled_from([AllocationStatus.SIGNED, AllocationStatus.PROPOSED]),
    ),
    max_size=2,
)
#: Launches a year of the two vehicles; pads allow 12, so two at 7 exceed it.
rates = st.tuples(st.sampled_from([None, 4.0, 7.0]), st.sampled_from([None, 4.0, 7.0]))


def instance(spacing: float, held, asked, launches) -> Plan:
    plan = site(3, spacing)
    for number, rate in enumerate(launches, start=1):
        vehicle = next(v for v in plan.vehicles() if v.id == number)
        plan.replace(replace(vehicle, launches_per_year=rate))
    for tenant, pad, first, days, status in held:
        add_allocation(plan, tenant, pad, first, days, status)
    for tenant, first, days, extra, pads, exclusive, priority in asked:
        add_request(plan, tenant, first, days + extra, days, pads, exclusive, priority)
    return plan


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
@given(
    held=allocations,
    asked=requests,
    launches=rates,
    spacing=st.sampled_from([20_000.0, 300.0]),
)
def test_the_cp_sat_optimum_equals_the_milp_twins(held, asked, launches, spacing) -> None:
    twin, with_redundant, without = optima(instance(spacing, held, asked, launches))
    assert round(with_redundant) == round(twin) == round(without)


def test_a_movable_allocation_whose_own_start_is_inside_its_range_keeps_the_whole_range() -> None:
    # The request fills its window on the pad; the proposal, due at its end, must step after it.
    # The bound on exclusive days once ended the pad's horizon at the proposal's own start.
    plan = site(1)
    add_allocation(plan, 1, 1, 365, 10, AllocationStatus.PROPOSED)
    add_request(plan, 2, 0, 375, 375, (1,), True, 1)
    twin, with_redundant, without = optima(plan)
    assert twin == with_redundant == without == VALUE_PER_PRIORITY - MOVE_COST
