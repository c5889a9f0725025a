"""The engine the quantity-distance rules share: violations per allocation under one norm,
computed once per check context (kept until a change touches them) and once per candidate
trial, and the allocations a change or a candidate may concern.

Everything it computes comes from :mod:`cosmoplan.safety`; the rules that turn violations into
findings are in :mod:`cosmoplan.analysis.rules.safety`.
"""

from __future__ import annotations

from collections.abc import Mapping
from weakref import WeakKeyDictionary

import numpy as np
import shapely

from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.impact import Impact
from cosmoplan.domain import (
    Allocation,
    Facility,
    FacilityKind,
    Kind,
    Pad,
    Propellant,
    Vehicle,
    Zone,
)
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety.checks import Violation, find_violations
from cosmoplan.safety.hazard_areas import store_distances, vehicle_distances
from cosmoplan.safety.index import SafetyIndex
from cosmoplan.safety.norm import QDNorm
from cosmoplan.safety.tnt import PlannerFactor


class _State:
    """What the safety rules keep about one check context."""

    def __init__(self, index: SafetyIndex) -> None:
        self.index = index
        self.memo: dict[int, tuple[tuple[object, ...], list[Violation]]] = {}
        self.impact: Impact | None = None
        self.affected: set[int] = set()
        self.trial: Allocation | None = None
        self.trial_memo: dict[int, list[Violation]] = {}
        self.trial_neighbours: list[int] | None = None


class SafetyEngine:
    """Violations per allocation for one norm, cached per check context until a change."""

    def __init__(self, norm: QDNorm, factors: Mapping[Propellant, PlannerFactor]) -> None:
        self.norm = norm
        self.factors = dict(factors)
        self._states: WeakKeyDictionary[CheckContext, _State] = WeakKeyDictionary()

    def state(self, context: CheckContext) -> _State:
        """The state kept for ``context`` (made on first use)."""
        found = self._states.get(context)
        if found is None:
            found = self._states[context] = _State(SafetyIndex(self.norm, self.factors))
        return found

    def violations(self, context: CheckContext, bounds: list[Bound]) -> dict[int, list[Violation]]:
        """Violations of each of ``bounds``; recomputed only for what changed (and always, with
        nothing kept, while a candidate is tried)."""
        state = self.state(context)
        if context.trial is not None:
            return self._trial_violations(context, state, bounds)
        result: dict[int, list[Violation]] = {}
        todo: list[Bound] = []
        for bound in bounds:
            cached = state.memo.get(bound.allocation.id)
            if cached is not None and _same(cached[0], _identity(bound)):
                result[bound.allocation.id] = cached[1]
            else:
                todo.append(bound)
        for allocation_id, found in find_violations(context, state.index, todo).items():
            result[allocation_id] = found
        for bound in todo:
            if bound.allocation.id in result:
                state.memo[bound.allocation.id] = (_identity(bound), result[bound.allocation.id])
        return result

    def _trial_violations(
        self, context: CheckContext, state: _State, bounds: list[Bound]
    ) -> dict[int, list[Violation]]:
        """Violations while a candidate is tried, shared by the rules during that trial only.
        The other allocations are asked about the candidate alone: the candidate checker
        keeps only their findings that name it."""
        trial = context.trial
        assert trial is not None
        if state.trial is not trial:
            state.trial, state.trial_memo, state.trial_neighbours = trial, {}, None
        memo = state.trial_memo
        todo = [b for b in bounds if b.allocation.id not in memo]
        mine = [b for b in todo if b.allocation.id == trial.id]
        others = [b for b in todo if b.allocation.id != trial.id]
        memo.update(find_violations(context, state.index, mine))
        candidate = context.binding([trial.id])
        if others and candidate:
            memo.update(find_violations(context, state.index, others, towards=candidate[0]))
        for bound in todo:
            memo.setdefault(bound.allocation.id, [])
        return {b.allocation.id: memo[b.allocation.id] for b in bounds}

    def neighbours(self, context: CheckContext, allocation_id: int) -> list[int]:
        """Other binding allocations, at the same time, on pads within the largest distance
        any vehicle or store needs of the allocation's pad: their findings may name it
        (found once per trial)."""
        state = self.state(context)
        allocation = context.allocations.get(allocation_id)
        if allocation is None:
            return []
        if state.trial is allocation and state.trial_neighbours is not None:
            return state.trial_neighbours
        pads = state.index.layer(context, "pads")
        source = context.pads[allocation.pad_id].hazard_source
        near = pads.tree.query(source, "dwithin", distance=max(state.index.reach_m(context)))
        start, end = allocation.start, allocation.end
        found = [
            other.id
            for pad_index in near.tolist()
            for other in context.allocations_on(pads.ids[pad_index])
            if other.id != allocation_id
            and other.status.binding
            and other.start <= end
            and start <= other.end
        ]
        if state.trial is allocation:
            state.trial_neighbours = found
        return found

    def affected(self, impact: Impact) -> set[int]:
        """Allocations whose safety findings a change may have changed (once per change)."""
        context = impact.context
        state = self.state(context)
        if state.impact is impact:
            return state.affected
        touched = {kind: bool(impact.touched(kind)) for kind in Kind}
        state.index.invalidate(
            facilities=touched[Kind.FACILITY],
            zones=touched[Kind.ZONE],
            pads=touched[Kind.PAD],
            vehicles=touched[Kind.VEHICLE],
        )
        allocations = set(impact.touched(Kind.ALLOCATION))
        for vehicle_id in impact.touched(Kind.VEHICLE):
            allocations.update(context.allocations_of_vehicle(vehicle_id))
        for tenant_id in impact.touched(Kind.TENANT):
            allocations.update(context.allocations_of_tenant(tenant_id))
        near = _changed_geometries(impact, allocations)
        reach = max(state.index.reach_m(context)[0], self._old_reach(impact))
        pads = state.index.layer(context, "pads")
        if pads.ids and near:
            _, hits = pads.tree.query(np.array(near, dtype=object), "dwithin", distance=reach)
            for pad_index in set(hits.tolist()):
                allocations.update(a.id for a in context.allocations_on(pads.ids[pad_index]))
        for allocation_id in allocations:
            state.memo.pop(allocation_id, None)
        state.impact, state.affected = impact, allocations
        return allocations

    def _old_reach(self, impact: Impact) -> float:
        """The largest public-area distance of the touched vehicles and stores, old or new."""
        reach = 0.0
        for entity in impact.entities(Kind.VEHICLE) + impact.entities(Kind.FACILITY):
            try:
                if isinstance(entity, Vehicle):
                    found = vehicle_distances(
                        entity, self.norm, factor=self.factors.get(entity.propellant)
                    )
                elif entity.kind is FacilityKind.PROPELLANT_STORE and entity.propellant:
                    factor = self.factors.get(entity.propellant)
                    found = store_distances(entity, self.norm, factor)
                else:
                    continue
            except CosmoplanError:
                continue
            reach = max(reach, found.public_area.m)
        return reach


def _identity(bound: Bound) -> tuple[object, ...]:
    return (bound.allocation, bound.tenant, bound.vehicle, bound.pad)


def _same(first: tuple[object, ...], second: tuple[object, ...]) -> bool:
    return all(a is b for a, b in zip(first, second, strict=True))


def _changed_geometries(impact: Impact, allocations: set[int]) -> list[shapely.Geometry]:
    """Where the change happened: old and new shapes of touched zones, facilities and pads,
    and the pads of the allocations concerned."""
    context = impact.context
    shapes: list[shapely.Geometry] = []
    for kind in (Kind.ZONE, Kind.FACILITY, Kind.PAD):
        for entity in impact.entities(kind):
            if isinstance(entity, Zone | Facility):
                shapes.append(entity.geometry)
            elif isinstance(entity, Pad):
                shapes.append(entity.hazard_source)
    pad_ids = {a.pad_id for a in impact.entities(Kind.ALLOCATION) if isinstance(a, Allocation)}
    pad_ids |= {context.allocations[i].pad_id for i in allocations if i in context.allocations}
    shapes += [context.pads[i].hazard_source for i in pad_ids if i in context.pads]
    return shapes
