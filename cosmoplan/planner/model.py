"""The CP-SAT model of a placement problem: optional intervals per (item, pad), in days.

- every request is served at most once, every movable allocation exactly once;
- per pad, exclusive use excludes everything else and shared uses may stack (a cumulative of
  capacity *n* where exclusive items take *n*), plus a no-overlap of the exclusive items and
  the energy bound "exclusive days on a pad fit in the days it can be held" (both redundant,
  they tighten the bound; ``redundant=False`` leaves them out, to measure what they bring);
- the pairs of options the rules say cannot be held at once do not overlap;
- cadence: the launches a year of the items on a pad stay within the pad's cadence;
- objective: value of the served requests − preference ranks − moves of allocations;
- a greedy placement (:mod:`cosmoplan.planner.greedy`) is the solver's hint: a first solution
  as soon as presolve ends.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ortools.sat.python import cp_model

from cosmoplan.analysis.rules.timeline import pad_cadence
from cosmoplan.domain import Kind, Pad, Plan, Vehicle
from cosmoplan.planner.greedy import greedy
from cosmoplan.planner.options import Option

#: Objective weights: a request's value per priority point, a rank down the preferred pads,
#: and moving an allocation.
VALUE_PER_PRIORITY, RANK_COST, MOVE_COST = 1_000, 10, 100
#: Launch rates are counted in hundredths.
RATE_SCALE = 100


@dataclass(slots=True)
class Model:
    """A built model with its variables, by option index."""

    origin: date
    options: list[Option]
    model: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    present: list[cp_model.IntVar] = field(default_factory=list)
    start: list[cp_model.IntVar] = field(default_factory=list)
    intervals: list[cp_model.IntervalVar] = field(default_factory=list)
    moved: dict[int, cp_model.IntVar] = field(default_factory=dict)

    def day(self, value: date) -> int:
        """Days from the origin."""
        return (value - self.origin).days


def build(
    plan: Plan, options: list[Option], conflicts: set[tuple[int, int]], redundant: bool = True
) -> Model:
    """The model of placing ``options`` (see the module's notes)."""
    origin = min(start for o in options for start, _ in o.starts) if options else date.today()
    m = Model(origin, options)
    for index, option in enumerate(options):
        _variables(m, index, option)
    by_item: defaultdict[object, list[int]] = defaultdict(list)
    for index, option in enumerate(options):
        by_item[option.item.key].append(index)
    for indexes in by_item.values():
        literals = [m.present[i] for i in indexes]
        if options[indexes[0]].item.original_start is None:
            m.model.add_at_most_one(literals)
        else:
            m.model.add_exactly_one(literals)
    by_pad: defaultdict[int, list[int]] = defaultdict(list)
    for index, option in enumerate(options):
        by_pad[option.pad_id].append(index)
    for pad_id, indexes in by_pad.items():
        pad = plan.get(Kind.PAD, pad_id)
        assert isinstance(pad, Pad)
        _pad_constraints(m, plan, pad, indexes, redundant)
    for i, j in sorted(conflicts):
        m.model.add_no_overlap([m.intervals[i], m.intervals[j]])
    _objective(m)
    _hint(m, plan, conflicts)
    return m


def _variables(m: Model, index: int, option: Option) -> None:
    days = option.item.days
    domain = cp_model.Domain.from_intervals([[m.day(a), m.day(b)] for a, b in option.starts])
    start = m.model.new_int_var_from_domain(domain, f"start_{index}")
    present = m.model.new_bool_var(f"present_{index}")
    interval = m.model.new_optional_fixed_size_interval_var(start, days, present, f"i_{index}")
    m.start.append(start)
    m.present.append(present)
    m.intervals.append(interval)
    original = option.item.original_start
    if original is not None:
        moved = m.model.new_bool_var(f"moved_{index}")
        m.model.add(start == m.day(original)).only_enforce_if(present, moved.Not())
        m.model.add(start != m.day(original)).only_enforce_if(present, moved)
        m.model.add_implication(present.Not(), moved)
        m.moved[index] = moved


def _pad_constraints(m: Model, plan: Plan, pad: Pad, indexes: list[int], redundant: bool) -> None:
    options = m.options
    exclusive = [i for i in indexes if options[i].item.exclusive]
    capacity = max(1, len(indexes) - len(exclusive))
    demands = [capacity if options[i].item.exclusive else 1 for i in indexes]
    m.model.add_cumulative([m.intervals[i] for i in indexes], demands, capacity)
    if redundant and len(exclusive) > 1:
        m.model.add_no_overlap([m.intervals[i] for i in exclusive])
        # A movable allocation's own start is added to its ranges: they need not be in order.
        low = min(m.day(a) for i in exclusive for a, _ in options[i].starts)
        high = max(m.day(b) + options[i].item.days for i in exclusive for _, b in options[i].starts)
        m.model.add(sum(options[i].item.days * m.present[i] for i in exclusive) <= high - low)
    rates = [_rate(plan, options[i].item.vehicle_id) for i in indexes]
    cadence = round(pad_cadence(pad) * RATE_SCALE)
    if sum(rates) > cadence:
        m.model.add_cumulative([m.intervals[i] for i in indexes], rates, cadence)


def _rate(plan: Plan, vehicle_id: int) -> int:
    vehicle = plan.get(Kind.VEHICLE, vehicle_id)
    assert isinstance(vehicle, Vehicle)
    return round((vehicle.launches_per_year or 0.0) * RATE_SCALE)


def _weight(option: Option) -> int:
    """The objective's weight of a request's option being served."""
    return option.item.value * VALUE_PER_PRIORITY - option.rank * RANK_COST


def _hint(m: Model, plan: Plan, conflicts: set[tuple[int, int]]) -> None:
    """The greedy placement (:mod:`cosmoplan.planner.greedy`) as the solver's hint."""
    ranges = []
    for option in m.options:
        days = [(m.day(a), m.day(b)) for a, b in option.starts]
        own = option.item.original_start
        if own is not None:
            day = m.day(own)
            days.sort(key=lambda r: r != (day, day))
        ranges.append(days)
    weights = [0 if o.item.original_start is not None else _weight(o) for o in m.options]
    rates = [_rate(plan, o.item.vehicle_id) for o in m.options]
    cadences: dict[int, int] = {}
    for option in m.options:
        pad = plan.get(Kind.PAD, option.pad_id)
        assert isinstance(pad, Pad)
        cadences[pad.id] = round(pad_cadence(pad) * RATE_SCALE)
    starts = greedy(m.options, ranges, conflicts, weights, rates, cadences)
    for index, option in enumerate(m.options):
        start = starts.get(index)
        m.model.add_hint(m.present[index], start is not None)
        m.model.add_hint(m.start[index], start if start is not None else ranges[index][0][0])
        own = option.item.original_start
        if own is not None:
            m.model.add_hint(m.moved[index], start != m.day(own))


def _objective(m: Model) -> None:
    terms = []
    for index, option in enumerate(m.options):
        if option.item.original_start is None:
            terms.append(_weight(option) * m.present[index])
    terms += [-MOVE_COST * moved for moved in m.moved.values()]
    m.model.maximize(sum(terms))
