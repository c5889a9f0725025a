"""Why a tenant cannot have a pad for a period, and the nearest ways out.

The candidate allocation is checked against the plan; each error finding is one reason. A
reason that names only proposed or reserved allocations holds only while they keep their dates:
CP-SAT models them as movable, the fact "it keeps its dates" (or "the reason holds") as an
assumption, and the reasons are the assumptions of a minimised infeasible subset (the solver's
``sufficient_assumptions_for_infeasibility``, then one deletion pass), worded by the rules'
messages. The ways out: the earliest period on the pad, the other pads free in the period, and
where the movable allocations in the way could go.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ortools.sat.python import cp_model

from cosmoplan.analysis import CandidateChecker, Finding
from cosmoplan.domain import PENDING, Allocation, Kind, Plan, Ref
from cosmoplan.domain.validation import HORIZON
from cosmoplan.messages import Message, register
from cosmoplan.planner.options import (
    PROBE_BASE,
    Item,
    Oracle,
    allocation_item,
    candidate,
    errors,
    named_allocations,
)
from cosmoplan.planner.solve import Placement

MSG_FREE = register("planner.explain.free", "Nothing stops {tenant} from having pad {pad} then.")
MSG_EARLIEST = register(
    "planner.way_out.earliest", "Pad {pad} is free for it from {start} to {end} at the earliest."
)
MSG_OTHER_PADS = register("planner.way_out.other_pads", "Free in that period: {pads}.")
MSG_MOVE = register(
    "planner.way_out.move",
    "Allocation {allocation} ({tenant}, {vehicle}) could move to {start} - {end} on pad {pad}.",
)
#: How far ahead the earliest period is looked for.
LOOK_AHEAD_DAYS = 20 * 365


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason: its words, the rule it comes from and the objects it names."""

    message: Message
    rule: str
    subjects: tuple[Ref, ...]


@dataclass(slots=True)
class Explanation:
    """The reasons (smallest blocking set), every error found, and the ways out."""

    reasons: list[Reason] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    earliest: tuple[date, date] | None = None
    other_pads: list[int] = field(default_factory=list)
    moves: dict[int, Placement] = field(default_factory=dict)
    ways_out: list[Message] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """Whether anything stops the allocation."""
        return bool(self.findings)


def explain(
    plan: Plan, item: Item, pad_id: int, at: date | None = None, seed: int = 0
) -> Explanation:
    """Why ``item`` (its whole window) cannot be on ``pad_id``, and the ways out."""
    probe = candidate(item, pad_id, item.first, item.last, PROBE_BASE)
    found = errors(CandidateChecker(plan, at).check(probe))
    result = Explanation(findings=found)
    pad_code = plan.get(Kind.PAD, pad_id)
    if not found:
        tenant = plan.get(Kind.TENANT, item.tenant_id)
        params = {"tenant": getattr(tenant, "name", ""), "pad": getattr(pad_code, "code", "")}
        result.ways_out.append(Message(MSG_FREE, params))
        return result
    allocations = plan.objects(Kind.ALLOCATION)
    movable = sorted(
        {
            i
            for f in found
            for i in named_allocations(f, probe.id)
            if isinstance(a := allocations[i], Allocation) and a.status in PENDING
        }
    )
    result.reasons, result.moves = _core(plan, item, probe, found, movable, at, seed)
    _ways_out(plan, item, pad_id, at, result)
    return result


def _core(
    plan: Plan,
    item: Item,
    probe: Allocation,
    found: list[Finding],
    movable: list[int],
    at: date | None,
    seed: int,
) -> tuple[list[Reason], dict[int, Placement]]:
    """The reasons of a minimal infeasible subset, and where the movable allocations in the
    way could go. A movable allocation is held (present) only while its reason is assumed; it
    must then keep out of the candidate's way within its slack."""
    oracle = Oracle(plan, movable, at)
    model = cp_model.CpModel()
    origin = item.first
    target = model.new_fixed_size_interval_var(0, item.days, "target")
    holds: list[cp_model.IntVar] = []
    starts: dict[int, tuple[cp_model.IntVar, Item]] = {}
    for number, finding in enumerate(found):
        literal = model.new_bool_var(f"reason_{number}")
        holds.append(literal)
        named = named_allocations(finding, probe.id)
        if not named or not named <= set(movable):
            model.add_bool_or([literal.Not()])
            continue
        for allocation_id in sorted(named):
            moving = allocation_item(allocations_get(plan, allocation_id))
            option = oracle.option(moving, allocations_get(plan, allocation_id).pad_id, 0)
            if option is None:
                model.add_bool_or([literal.Not()])
                continue
            ranges = [[(a - origin).days, (b - origin).days] for a, b in option.starts]
            start = model.new_int_var_from_domain(cp_model.Domain.from_intervals(ranges), "s")
            interval = model.new_optional_fixed_size_interval_var(
                start, moving.days, literal, f"moving_{number}_{allocation_id}"
            )
            model.add_no_overlap([interval, target])
            starts[allocation_id] = (start, moving)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = 5.0
    core = _minimal_core(model, solver, holds)
    reasons = [Reason(found[i].message, found[i].rule, found[i].subjects) for i in sorted(core)]
    moves: dict[int, Placement] = {}
    model.clear_assumptions()
    hard = _hard(found, probe, movable)
    model.add_assumptions([h for i, h in enumerate(holds) if i not in hard])
    solved = (
        starts and not core & hard and solver.solve(model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    )
    for allocation_id, (start, moving) in starts.items() if solved else ():
        first = origin + timedelta(days=solver.value(start))
        if first != moving.original_start:
            last = first + timedelta(days=moving.days - 1)
            pad_id = allocations_get(plan, allocation_id).pad_id
            moves[allocation_id] = Placement(pad_id, first, last)
    return reasons, moves


def _hard(found: list[Finding], probe: Allocation, movable: list[int]) -> set[int]:
    """Indexes of the findings no move can lift."""
    return {
        i
        for i, f in enumerate(found)
        if not (named := named_allocations(f, probe.id)) or not named <= set(movable)
    }


def allocations_get(plan: Plan, allocation_id: int) -> Allocation:
    """The allocation with this id."""
    allocation = plan.get(Kind.ALLOCATION, allocation_id)
    assert isinstance(allocation, Allocation)
    return allocation


def _minimal_core(
    model: cp_model.CpModel, solver: cp_model.CpSolver, holds: list[cp_model.IntVar]
) -> set[int]:
    """Indexes of a minimal set of ``holds`` that cannot all be true."""
    position = {h.index: i for i, h in enumerate(holds)}

    def infeasible(chosen: list[int]) -> list[int] | None:
        model.clear_assumptions()
        model.add_assumptions([holds[i] for i in chosen])
        if solver.solve(model) != cp_model.INFEASIBLE:
            return None
        # Presolve may find the infeasibility without naming assumptions: then all are kept.
        named = solver.sufficient_assumptions_for_infeasibility()
        return sorted(position[v] for v in named) if named else chosen

    core = infeasible(list(range(len(holds))))
    if core is None:
        return set()
    for candidate_index in list(core):
        if candidate_index not in core:
            continue
        smaller = infeasible([i for i in core if i != candidate_index])
        if smaller is not None:
            core = smaller
    return set(core)


def _ways_out(plan: Plan, item: Item, pad_id: int, at: date | None, result: Explanation) -> None:
    oracle = Oracle(plan, (), at)
    pad = plan.get(Kind.PAD, pad_id)
    code = getattr(pad, "code", "")
    last = min(item.first + timedelta(days=LOOK_AHEAD_DAYS), HORIZON[1])
    ahead = replace(item, last=max(last, item.last))
    option = oracle.option(ahead, pad_id, 0)
    if option is not None:
        start = option.starts[0][0]
        end = start + timedelta(days=item.days - 1)
        result.earliest = (start, end)
        params = {"pad": code, "start": start.isoformat(), "end": end.isoformat()}
        result.ways_out.append(Message(MSG_EARLIEST, params))
    for other in sorted(p.id for p in plan.pads()):
        probe = candidate(item, other, item.first, item.last, PROBE_BASE)
        if other != pad_id and not oracle.check(probe):
            result.other_pads.append(other)
    if result.other_pads:
        codes = ", ".join(getattr(plan.get(Kind.PAD, i), "code", "") for i in result.other_pads)
        result.ways_out.append(Message(MSG_OTHER_PADS, {"pads": codes}))
    for allocation_id, placement in sorted(result.moves.items()):
        allocation = allocations_get(plan, allocation_id)
        params = {
            "allocation": allocation_id,
            "tenant": getattr(plan.get(Kind.TENANT, allocation.tenant_id), "name", ""),
            "vehicle": getattr(plan.get(Kind.VEHICLE, allocation.vehicle_id), "name", ""),
            "pad": getattr(plan.get(Kind.PAD, placement.pad_id), "code", ""),
            "start": placement.start.isoformat(),
            "end": placement.end.isoformat(),
        }
        result.ways_out.append(Message(MSG_MOVE, params))
