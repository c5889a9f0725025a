"""A MILP twin of the planner's CP-SAT model, solved with HiGHS, to check its optimum.

The same problem, written independently and indexed by day instead of by interval:

- one binary per (option, allowed start day): the item starts on that pad that day;
- a request starts at most once, a movable allocation exactly once;
- on a pad, on each day, at most one exclusive item is held, and none beside a shared one;
- on each day, of two options the rules say cannot be held at once, at most one is held;
- on each day, the launches a year of the items held on a pad stay within its cadence;
- maximise: per served request its priority × ``VALUE_PER_PRIORITY`` less its preference rank
  × ``RANK_COST``, less ``MOVE_COST`` per movable allocation not on its own start.

Only the options (where and when each item may go, decided by the rule catalogue) and the
conflicting pairs are shared with the planner: they are the problem, not its model.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import highspy

from cosmoplan.analysis.rules.timeline import pad_cadence
from cosmoplan.domain import Kind, Pad, Plan, Ref, Vehicle
from cosmoplan.planner.model import MOVE_COST, RANK_COST, VALUE_PER_PRIORITY
from cosmoplan.planner.options import Option

#: Tolerance on a sum of launch rates (they are floats a year).
RATE_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Optimum:
    """HiGHS's answer: whether it proved optimality, and the objective."""

    optimal: bool
    objective: float


def _starts(option: Option) -> list[date]:
    days = []
    for low, high in option.starts:
        days += [low + timedelta(days=n) for n in range((high - low).days + 1)]
    return sorted(set(days))


def _weight(option: Option, start: date) -> float:
    item = option.item
    if item.original_start is None:
        return float(item.value * VALUE_PER_PRIORITY - option.rank * RANK_COST)
    return 0.0 if start == item.original_start else -float(MOVE_COST)


class _Twin:
    def __init__(self, plan: Plan, options: list[Option]) -> None:
        self.plan = plan
        self.options = options
        self.h = highspy.Highs()
        self.h.setOptionValue("output_flag", False)
        self.h.setOptionValue("mip_rel_gap", 0.0)
        self.h.setOptionValue("mip_abs_gap", 1e-6)
        #: by_item[key]: the start variables of every option of the item ``key``.
        self.by_item: defaultdict[Ref, list[highspy.highs_var]] = defaultdict(list)
        #: held[i][day]: the variables of option i whose period holds ``day``.
        self.held: list[defaultdict[date, list[highspy.highs_var]]] = []
        for option in options:
            held: defaultdict[date, list[highspy.highs_var]] = defaultdict(list)
            starts = []
            for start in _starts(option):
                var = self.h.addBinary(obj=_weight(option, start))
                starts.append(var)
                for n in range(option.item.days):
                    held[start + timedelta(days=n)].append(var)
            self.held.append(held)
            self.by_item[option.item.key] += starts

    def at(self, index: int, day: date) -> highspy.highs_linear_expression | None:
        found = self.held[index].get(day)
        return self.h.qsum(found) if found else None

    def items(self) -> None:
        for key, starts in self.by_item.items():
            movable = key.kind is Kind.ALLOCATION
            total = self.h.qsum(starts)
            self.h.addConstr(total == 1 if movable else total <= 1)

    def pads(self) -> None:
        by_pad: defaultdict[int, list[int]] = defaultdict(list)
        for index, option in enumerate(self.options):
            by_pad[option.pad_id].append(index)
        for pad_id, indexes in by_pad.items():
            days = sorted({d for i in indexes for d in self.held[i]})
            exclusive = [i for i in indexes if self.options[i].item.exclusive]
            shared = [i for i in indexes if not self.options[i].item.exclusive]
            for day in days:
                held_exclusive = [e for i in exclusive if (e := self.at(i, day)) is not None]
                if not held_exclusive:
                    continue
                alone = self.h.qsum(held_exclusive)
                self.h.addConstr(alone <= 1)
                for i in shared:
                    beside = self.at(i, day)
                    if beside is not None:
                        self.h.addConstr(alone + beside <= 1)
            self._cadence(pad_id, indexes, days)

    def _cadence(self, pad_id: int, indexes: list[int], days: list[date]) -> None:
        pad = self.plan.get(Kind.PAD, pad_id)
        assert isinstance(pad, Pad)
        limit = pad_cadence(pad)
        rates = {i: self._rate(i) for i in indexes}
        for day in days:
            terms = [(rates[i], e) for i in indexes if rates[i] and (e := self.at(i, day))]
            if sum(rate for rate, _ in terms) > limit + RATE_EPSILON:
                self.h.addConstr(self.h.qsum(rate * e for rate, e in terms) <= limit + RATE_EPSILON)

    def _rate(self, index: int) -> float:
        vehicle = self.plan.get(Kind.VEHICLE, self.options[index].item.vehicle_id)
        assert isinstance(vehicle, Vehicle)
        return vehicle.launches_per_year or 0.0

    def conflicts(self, pairs: set[tuple[int, int]]) -> None:
        for i, j in sorted(pairs):
            for day in sorted(self.held[i].keys() & self.held[j].keys()):
                first, second = self.at(i, day), self.at(j, day)
                assert first is not None and second is not None
                self.h.addConstr(first + second <= 1)

    def solve(self) -> Optimum:
        if not self.options:
            return Optimum(True, 0.0)
        self.h.maximize()
        status = self.h.getModelStatus()
        optimal = status == highspy.HighsModelStatus.kOptimal
        return Optimum(optimal, self.h.getInfo().objective_function_value)


def milp_optimum(plan: Plan, options: list[Option], conflicts: set[tuple[int, int]]) -> Optimum:
    """The optimum of placing ``options`` under ``conflicts`` (see the module's notes)."""
    twin = _Twin(plan, options)
    twin.items()
    twin.pads()
    twin.conflicts(conflicts)
    return twin.solve()
