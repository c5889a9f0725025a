"""The greedy placement given to CP-SAT as its hint is a solution of the model."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from ortools.sat.python import cp_model
from planner_instances import (
    asked_requests,
    held_allocations,
    launch_rates,
    random_plan,
    spacings,
)

from cosmoplan.planner import problem
from cosmoplan.planner.model import build

AT = date(2029, 1, 1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(held=held_allocations, asked=asked_requests, launches=launch_rates, spacing=spacings)
def test_the_hint_is_a_solution_of_the_model(held, asked, launches, spacing) -> None:
    plan = random_plan(spacing, held, asked, launches)
    options, conflicts = problem(plan, AT)
    if not options:
        return
    model = build(plan, options, conflicts)
    hint = model.model.proto.solution_hint
    assert len(hint.vars) == len(model.model.proto.variables)  # complete
    for var, value in zip(hint.vars, hint.values, strict=True):
        model.model.add(model.model.get_int_var_from_proto_index(var) == value)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(model.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    served = sum(solver.boolean_value(model.present[i]) for i in range(len(options)))
    assert served >= 1  # the first item always has a place on an empty pad set at least
