"""The optimiser: its results add no error finding, equal a brute force, and repeat by seed."""

from __future__ import annotations

import itertools
import threading
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planner_instances import DAY0, add_allocation, add_request, site

from cosmoplan.analysis import check_plan
from cosmoplan.domain import AllocationStatus, Kind, Plan, Request, RequestStatus
from cosmoplan.planner import Cancellation, optimise, problem
from cosmoplan.planner.model import RANK_COST, VALUE_PER_PRIORITY
from cosmoplan.services.optimisation import result_commands

AT = date(2029, 1, 1)


def error_keys(plan: Plan) -> set[object]:
    return {f.key for f in check_plan(plan, AT) if f.severity == "error"}


requests = st.lists(
    st.tuples(
        st.integers(1, 2),  # tenant
        st.integers(0, 6),  # first day
        st.integers(1, 5),  # days
        st.integers(0, 4),  # extra days in the window
        st.sampled_from([(), (1,), (2,), (2, 1), (3,)]),
        st.booleans(),  # exclusive
        st.integers(0, 3),  # priority
    ),
    min_size=1,
    max_size=5,
)


def instance(spacing: float, asked: list[tuple[int, int, int, int, tuple[int, ...], bool, int]]):
    plan = site(3, spacing)
    add_allocation(plan, 1, 1, 3, 3, AllocationStatus.SIGNED)
    for tenant, first, days, extra, pads, exclusive, priority in asked:
        add_request(plan, tenant, first, days + extra, days, pads, exclusive, priority)
    return plan


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(asked=requests, spacing=st.sampled_from([20_000.0, 300.0]))
def test_every_result_applied_adds_no_error_finding(asked, spacing) -> None:
    plan = instance(spacing, asked)
    before = error_keys(plan)
    result = optimise(plan, time_limit_s=5.0, at=AT)
    assert result.status in ("OPTIMAL", "FEASIBLE")
    for command in result_commands(plan, result):
        command.do(plan)
    assert error_keys(plan) <= before
    placed = [r for r in plan.requests() if r.status is RequestStatus.PLANNED]
    assert len(placed) == len(result.served)


def brute_force(plan: Plan) -> int:
    """The best objective by trying every choice of (pad, start) or none for each request."""
    options, conflicts = problem(plan, AT)
    choices: dict[object, list[tuple[int, int, int]]] = {}
    for index, option in enumerate(options):
        for low, high in option.starts:
            for offset in range((high - low).days + 1):
                start = (low - DAY0).days + offset
                choices.setdefault(option.item.key, []).append((index, start, option.rank))
    keys = sorted(choices, key=lambda k: (k.kind, k.id))
    best = 0
    for picked in itertools.product(*([None, *choices[k]] for k in keys)):
        chosen = [c for c in picked if c is not None]
        if _feasible(options, conflicts, chosen):
            value = sum(
                options[i].item.value * VALUE_PER_PRIORITY - rank * RANK_COST
                for i, _, rank in chosen
            )
            best = max(best, value)
    return best


def _feasible(options, conflicts, chosen) -> bool:
    for (i, a, _), (j, b, _) in itertools.combinations(chosen, 2):
        di, dj = options[i].item.days, options[j].item.days
        overlap = a < b + dj and b < a + di
        if not overlap:
            continue
        same_pad = options[i].pad_id == options[j].pad_id
        if same_pad and (options[i].item.exclusive or options[j].item.exclusive):
            return False
        if (min(i, j), max(i, j)) in conflicts:
            return False
    return True


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(asked=requests.filter(lambda a: len(a) <= 3), spacing=st.sampled_from([20_000.0, 300.0]))
def test_the_optimum_equals_a_brute_force(asked, spacing) -> None:
    plan = instance(spacing, asked)
    result = optimise(plan, time_limit_s=5.0, at=AT)
    assert result.optimal
    assert round(result.objective) == brute_force(plan)


def test_the_same_seed_gives_the_same_result() -> None:
    plan = site(4, 300.0)
    for number in range(12):
        add_request(plan, 1 + number % 2, number, 30, 5 + number % 7, (), number % 3 != 0)
    first = optimise(plan, time_limit_s=2.0, seed=7, at=AT)
    second = optimise(plan, time_limit_s=2.0, seed=7, at=AT)
    assert len(first.served) >= 4
    assert first.served == second.served and first.objective == second.objective
    assert first.status == second.status


def test_a_movable_allocation_steps_aside_at_a_cost_and_a_signed_one_never_moves() -> None:
    plan = site(1)
    add_allocation(plan, 1, 1, 0, 10, AllocationStatus.PROPOSED)
    add_allocation(plan, 1, 1, 20, 10, AllocationStatus.SIGNED)
    add_request(plan, 2, 0, 10, 10, (1,), True, 1)
    result = optimise(plan, time_limit_s=5.0, at=AT)
    assert result.optimal and set(result.served) == {1}
    assert set(result.moved) == {1} and result.served[1].start == DAY0
    moved = result.moved[1]
    between = moved.start >= DAY0 + timedelta(days=10) and moved.end < DAY0 + timedelta(days=20)
    assert moved.end < DAY0 or between
    request = plan.get(Kind.REQUEST, 1)
    assert isinstance(request, Request)


def test_cancel_stops_at_the_first_solution() -> None:
    plan = site(3, 300.0)
    for number in range(8):
        add_request(plan, 1 + number % 2, number, 40, 10)
    result = optimise(plan, time_limit_s=5.0, at=AT, cancelled=lambda: True)
    assert result.status in ("FEASIBLE", "OPTIMAL")
    assert result.gap is not None


def test_a_cancellation_from_another_thread_stops_the_search_between_solutions() -> None:
    plan = site(12, 300.0)
    for number in range(80):
        add_request(
            plan, 1 + number % 2, (number * 7) % 60, 50 + number % 30, 20 + number % 17,
            priority=1 + number % 5,
        )  # fmt: skip
    cancellation = Cancellation()
    seen: list[float] = []

    def first_solution(objective: float, _bound: float) -> None:
        if not seen:
            seen.append(objective)
            threading.Timer(0.2, cancellation.request).start()  # as a window's Cancel

    result = optimise(plan, 60.0, at=AT, progress=first_solution, cancelled=cancellation)
    assert cancellation() and seen
    assert result.status == "FEASIBLE" and result.gap is not None and result.gap > 0
    assert result.wall_s < 30.0  # unstopped, the search runs to its 60 s (deterministic) limit
