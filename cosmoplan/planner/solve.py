"""Optimise a plan: place its pending requests, moving proposed and reserved allocations at a
cost, so that no error rule of the catalogue fires that did not fire before.

:func:`optimise` builds the options with :class:`~cosmoplan.planner.options.Oracle`, the model
with :func:`~cosmoplan.planner.model.build`, and solves it with CP-SAT: two workers, a fixed
seed and a deterministic time limit (``interleave_search``), so that the same seed gives the
same result; a wall-clock limit of three times as much is the backstop. The fixed-strategy
subsolver is left out: in the interleaved search its chunks took seconds of wall time for a few
milliseconds of deterministic time, and a batch (with a proof found in it) ends only when all
its chunks do, so a 20-pad instance proven in 0.1 s ran to the backstop. Presolve is light on
a large model (:data:`LARGE_MODEL`). Progress is reported
at each solution found; ``cancelled`` is polled there and stops the search (the best solution
so far is kept). A :class:`Cancellation` as ``cancelled`` stops it at once, even between
solutions (which can be tens of seconds apart on a hard instance).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from ortools.sat.python import cp_model

from cosmoplan.analysis import RuleCatalogue
from cosmoplan.domain import Kind, Plan
from cosmoplan.planner.model import Model, build
from cosmoplan.planner.options import (
    Item,
    Option,
    Oracle,
    allocation_item,
    movable_allocations,
    request_item,
)

#: Constraints past which presolve runs once and without probing: on 200 close pads and 2,000
#: requests (125,000 conflict no-overlaps) the full presolve took 9 s of a 10 s budget, the
#: light one 2 s.
LARGE_MODEL = 20_000
#: How CP-SAT names the solution of a complete, feasible hint.
HINT_SOLUTION = "complete_hint"
#: ``progress(objective, bound)`` at each solution found.
Progress = Callable[[float, float], None]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an item went: its pad and its first and last day."""

    pad_id: int
    start: date
    end: date


@dataclass(slots=True)
class Result:
    """What the optimiser found. ``status`` is CP-SAT's (``OPTIMAL`` only when proven)."""

    status: str
    objective: float = 0.0
    bound: float = 0.0
    served: dict[int, Placement] = field(default_factory=dict)
    unserved: list[int] = field(default_factory=list)
    moved: dict[int, Placement] = field(default_factory=dict)
    wall_s: float = 0.0

    @property
    def optimal(self) -> bool:
        """Whether the solution is proven best."""
        return self.status == "OPTIMAL"

    @property
    def gap(self) -> float | None:
        """Relative distance to the proven bound (0 when optimal), ``None`` without solution."""
        if self.status not in ("OPTIMAL", "FEASIBLE"):
            return None
        if self.optimal:
            return 0.0
        return abs(self.bound - self.objective) / max(1.0, abs(self.bound))


class Cancellation:
    """A request to stop, made from any thread (a window's Cancel): a search under way stops
    at once (CP-SAT's ``stop_search`` is asynchronous and thread-safe); one not yet started
    stops at its first solution. Call it to ask whether a stop was requested."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requested = False
        self._solvers: list[cp_model.CpSolver] = []

    def __call__(self) -> bool:
        return self._requested

    def request(self) -> None:
        """Ask the search to stop (the best solution so far is kept)."""
        with self._lock:
            self._requested = True
            for solver in self._solvers:
                solver.stop_search()

    @contextmanager
    def watching(self, solver: cp_model.CpSolver) -> Iterator[None]:
        """While inside, :meth:`request` stops ``solver``."""
        with self._lock:
            self._solvers.append(solver)
        try:
            yield
        finally:
            with self._lock:
                self._solvers.remove(solver)


class _Watch(cp_model.CpSolverSolutionCallback):
    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        super().__init__()
        self._progress = progress
        self._cancelled = cancelled

    def on_solution_callback(self) -> None:
        if self._progress is not None:
            self._progress(self.objective_value, self.best_objective_bound)
        # The greedy hint's solution is reported as presolve ends: CP-SAT (9.15) aborts the
        # process on a stop asked for then, so a stop waits for the search's first solution.
        hint = self.response_proto.solution_info == HINT_SOLUTION
        if self._cancelled is not None and self._cancelled() and not hint:
            self.stop_search()


def problem(
    plan: Plan, at: date | None = None, catalogue: RuleCatalogue | None = None
) -> tuple[list[Option], set[tuple[int, int]]]:
    """The options of every pending request and movable allocation, and their conflicts."""
    requests = [r for r in plan.requests() if r.pending]
    if not requests:
        return [], set()
    first = min(r.earliest_start for r in requests)
    last = max(r.latest_end for r in requests)
    movable = movable_allocations(plan, first, last)
    oracle = Oracle(plan, [a.id for a in movable], at, catalogue)
    options: list[Option] = []
    pads = sorted(p.id for p in plan.pads())
    for request in sorted(requests, key=lambda r: r.id):
        item = request_item(request)
        for rank, pad_id in enumerate(request.pad_ids or pads):
            found = oracle.option(item, pad_id, rank if request.pad_ids else 0)
            if found is not None:
                options.append(found)
    for allocation in movable:
        found = oracle.option(allocation_item(allocation), allocation.pad_id, 0)
        if found is not None:
            options.append(found)
    return options, oracle.conflicts(options) if options else set()


def solve(
    model: Model,
    time_limit_s: float = 10.0,
    seed: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Result:
    """Solve a built model."""
    solver = cp_model.CpSolver()
    parameters = solver.parameters
    parameters.num_workers = 2
    parameters.random_seed = seed
    parameters.interleave_search = True
    parameters.ignore_subsolvers.append("fixed")
    parameters.max_deterministic_time = time_limit_s
    parameters.max_time_in_seconds = 3 * time_limit_s
    if len(model.model.proto.constraints) > LARGE_MODEL:
        parameters.max_presolve_iterations = 1
        parameters.cp_model_probing_level = 0
    if isinstance(cancelled, Cancellation):
        with cancelled.watching(solver):
            status = solver.solve(model.model, _Watch(progress, cancelled))
    else:
        status = solver.solve(model.model, _Watch(progress, cancelled))
    name = solver.status_name(status)
    result = Result(name, wall_s=solver.wall_time)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return result
    result.objective = solver.objective_value
    result.bound = solver.best_objective_bound
    for index, option in enumerate(model.options):
        if not solver.boolean_value(model.present[index]):
            continue
        start = model.origin + timedelta(days=solver.value(model.start[index]))
        placement = Placement(option.pad_id, start, start + timedelta(days=option.item.days - 1))
        key = option.item.key
        if key.kind is Kind.REQUEST:
            result.served[key.id] = placement
        elif start != option.item.original_start:
            result.moved[key.id] = placement
    return result


def optimise(
    plan: Plan,
    time_limit_s: float = 10.0,
    seed: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    at: date | None = None,
) -> Result:
    """Place the plan's pending requests (see the module's notes)."""
    options, conflicts = problem(plan, at)
    result = solve(build(plan, options, conflicts), time_limit_s, seed, progress, cancelled)
    result.unserved = sorted(
        r.id for r in plan.requests() if r.pending and r.id not in result.served
    )
    return result


__all__ = ["Cancellation", "Item", "Placement", "Result", "optimise", "problem", "solve"]
