"""Safety findings in the analysis rule catalogue: quantity-distance of every allocation.

:func:`register_rules` adds (or replaces) them in a catalogue, e.g. with another norm;
:func:`safety_rules` makes them, sharing one engine so that a check computes each allocation's
violations once (:mod:`cosmoplan.safety.checks`) for the three distance rules. All rules are
evaluated per allocation over the days it overlaps what it is checked against.

Layering: the rules live in analysis (which sits above safety); everything they compute comes
from :mod:`cosmoplan.safety`, which knows nothing of findings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
import shapely

from cosmoplan.analysis.catalogue import Rule, RuleBase, RuleCatalogue
from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.impact import Impact
from cosmoplan.domain import (
    Allocation,
    Facility,
    FacilityKind,
    Kind,
    Pad,
    Propellant,
    Ref,
    Vehicle,
    Zone,
)
from cosmoplan.messages import CosmoplanError, Message, register
from cosmoplan.safety.checks import Check, Target, Violation, find_violations
from cosmoplan.safety.hazard_areas import MSG_NO_MASS, store_distances, vehicle_distances
from cosmoplan.safety.index import SafetyIndex
from cosmoplan.safety.norm import PART_420, QDNorm
from cosmoplan.safety.tnt import MSG_NO_FACTOR, NO_ESTABLISHED_FACTOR, PlannerFactor
from cosmoplan.safety.units import m_to_ft

_NEEDS = "{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) "
_AWAY = "{actual_m:,.0f} m away from {period_start} to {period_end}"
MESSAGES = {
    Target.PUBLIC_AREA: register(
        "finding.safety.public_area.zone",
        _NEEDS + "to any public area, but {target} is " + _AWAY + " (14 CFR 420 Tables E-1/E-2).",
    ),
    Target.BOUNDARY: register(
        "finding.safety.public_area.boundary",
        _NEEDS
        + "to the site boundary, but the boundary of {target} is "
        + _AWAY
        + " (14 CFR 420 Tables E-1/E-2).",
    ),
    Target.OTHER_TENANT: register(
        "finding.safety.public_area.other_tenant",
        _NEEDS + "to any public area, but pad {target_pad}, held by {target} ({target_vehicle}), "
        "is " + _AWAY + " (land of another tenant is public, 14 CFR 420.5).",
    ),
    Target.TENANT_LAND: register(
        "finding.safety.public_area.tenant_land",
        _NEEDS
        + "to any public area, but {target}, land held by {target_tenant}, is "
        + _AWAY
        + " (land of another tenant is public, 14 CFR 420.5).",
    ),
    Target.ROUTE: register(
        "finding.safety.public_traffic_route",
        _NEEDS
        + "to public traffic routes, but {target} is "
        + _AWAY
        + " (60% of the public-area distance, 14 CFR 420 Tables E-1/E-2).",
    ),
    Target.STORE: register(
        "finding.safety.intraline.store",
        _NEEDS + "from propellant store {target} (intraline, the larger of the two, 14 CFR 420 "
        "Table E-3), but it is " + _AWAY + ".",
    ),
    Target.FUELLED_PAD: register(
        "finding.safety.intraline.pad",
        _NEEDS + "from pad {target_pad}, where {target} ({target_vehicle}) is fuelled at the same "
        "time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is " + _AWAY + ".",
    ),
}
MSG_UNKNOWN_FACTOR = register(
    "finding.safety.unknown_new.factor",
    "The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: no TNT-equivalent "
    "factor is established for {propellant} (safety rules §3.3); a factor entered with its "
    "source is needed.",
)
MSG_UNKNOWN_MASS = register(
    "finding.safety.unknown_new.mass",
    "The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: neither its "
    "propellant mass nor its lift-off mass is known.",
)
MSG_UNKNOWN_OTHER = register(
    "finding.safety.unknown_new.other",
    "The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: {reason}",
)


MSG_PLANNER_FACTOR = register(
    "finding.safety.planner_factor",
    "The hazard areas of {vehicle} of {tenant} on pad {pad} rest on a TNT-equivalent factor of "
    "{factor:g} entered by the planner for {propellant} (source: {factor_source}); no factor is "
    "established for this combination (safety rules §3.3).",
)
MSG_PLANNER_FACTOR_OVERRIDE = register(
    "finding.safety.planner_factor.override",
    "The hazard areas of {vehicle} of {tenant} on pad {pad} rest on a TNT-equivalent factor of "
    "{factor:g} entered by the planner for {propellant} (source: {factor_source}) instead of the "
    "DoD value (safety rules §3.2).",
)


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


class SafetyRule(RuleBase):
    """Base of the safety rules: per allocation, sharing a :class:`SafetyEngine`."""

    scope = Kind.ALLOCATION

    def __init__(self, engine: SafetyEngine) -> None:
        self.engine = engine

    def affected(self, impact: Impact) -> Collection[int]:
        """Allocations near anything the change touched (see :meth:`SafetyEngine.affected`)."""
        return self.engine.affected(impact)

    def finding(
        self, message_id: str, subjects: tuple[Ref, ...], geometry: Any, params: dict[str, Any]
    ) -> Finding:
        """A finding of this rule."""
        return Finding(self.id, self.severity, Message(message_id, params), subjects, geometry)


class _DistanceRule(SafetyRule):
    """One of the three required distances, broken."""

    severity = Severity.ERROR
    kind: Check

    def neighbours(self, context: CheckContext, allocation_id: int) -> Collection[int]:
        """See :meth:`SafetyEngine.neighbours`."""
        return self.engine.neighbours(context, allocation_id)

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        bounds = context.binding(ids)
        found = self.engine.violations(context, bounds)
        for bound in bounds:
            for violation in found.get(bound.allocation.id, ()):
                if violation.check is self.kind:
                    yield bound.allocation.id, self._finding(context, bound, violation)

    def _finding(self, context: CheckContext, bound: Bound, violation: Violation) -> Finding:
        target = context.ref(violation.target_kind, violation.target_id)
        subjects: tuple[Ref, ...] = (bound.allocation_ref, bound.pad_ref, target)
        params = {
            **bound.params,
            "required_m": violation.required.m,
            "required_ft": violation.required.ft,
            "actual_m": violation.actual_m,
            "actual_ft": m_to_ft(violation.actual_m),
            "period_start": violation.first.isoformat(),
            "period_end": violation.last.isoformat(),
            "basis": violation.required.basis,
        }
        if violation.target_kind is Kind.ALLOCATION:
            other = context.allocations[violation.target_id]
            pad = context.pads[other.pad_id]
            subjects += (context.ref(Kind.PAD, pad.id),)
            params["target"] = context.tenants[other.tenant_id].name
            params["target_vehicle"] = context.vehicles[other.vehicle_id].name
            params["target_pad"] = pad.code
        elif violation.target_kind is Kind.ZONE:
            zone = context.zones[violation.target_id]
            params["target"] = zone.name
            if zone.tenant_id is not None:
                params["target_tenant"] = context.tenants[zone.tenant_id].name
                subjects += (context.ref(Kind.TENANT, zone.tenant_id),)
        else:
            params["target"] = context.facilities[violation.target_id].name
        return self.finding(MESSAGES[violation.target], subjects, violation.geometry, params)


class PublicAreaRule(_DistanceRule):
    """A fuelled vehicle's public-area distance reaches a public area."""

    id = "safety.public_area"
    kind = Check.PUBLIC_AREA
    title = "Public-area distance reaches a public area"
    description = (
        "The public-area distance of a fuelled vehicle on its pad (14 CFR 420 Tables E-1/E-2 "
        "for its TNT-equivalent NEW) reaches a public-area zone, the cosmodrome boundary "
        "(measured to the boundary line) or a pad held by another tenant at the same time."
    )


class TrafficRouteRule(_DistanceRule):
    """A fuelled vehicle's public-traffic-route distance reaches a road or railway."""

    id = "safety.public_traffic_route"
    kind = Check.PUBLIC_TRAFFIC_ROUTE
    title = "Public-traffic-route distance reaches a road or railway"
    description = (
        "The public-traffic-route distance (60% of the public-area distance) of a fuelled "
        "vehicle reaches a road or rail line in service, measured to its nearest side. Routes "
        "of the pad's own launch complex serve the pad and are not counted."
    )


class IntralineRule(_DistanceRule):
    """Two explosive hazard facilities are closer than the intraline distance."""

    id = "safety.intraline"
    kind = Check.INTRALINE
    title = "Intraline distance to another explosive hazard facility"
    description = (
        "A fuelled vehicle is closer to a propellant store in service, or to another pad "
        "holding a fuelled vehicle at the same time, than the larger of the two intraline "
        "distances (14 CFR 420 Table E-3, 420.70(c)(2))."
    )


class UnknownNewRule(SafetyRule):
    """The vehicle's net explosive weight cannot be computed, so nothing is checked."""

    id = "safety.unknown_new"
    severity = Severity.WARNING
    title = "Hazard areas not checked"
    description = (
        "The TNT-equivalent net explosive weight of the allocated vehicle cannot be computed: "
        "its propellant combination has no established factor (LOX/methane, LOX/propane) and "
        "none was entered, or neither its propellant nor its lift-off mass is known."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        state = self.engine.state(context)
        for bound in context.binding(ids):
            problem = state.index.vehicle(bound.vehicle)
            if not isinstance(problem, CosmoplanError):
                continue
            params = {**bound.params, "propellant": bound.vehicle.propellant.value}
            message = {MSG_NO_FACTOR: MSG_UNKNOWN_FACTOR, MSG_NO_MASS: MSG_UNKNOWN_MASS}.get(
                problem.message.id, MSG_UNKNOWN_OTHER
            )
            params["reason"] = problem.message.text()
            subjects = (
                bound.allocation_ref,
                bound.pad_ref,
                context.ref(Kind.VEHICLE, bound.vehicle.id),
            )
            finding = self.finding(message, subjects, bound.pad.location, params)
            yield bound.allocation.id, finding


class PlannerFactorRule(SafetyRule):
    """The vehicle's hazard areas rest on a TNT factor the planner entered."""

    id = "safety.planner_factor"
    severity = Severity.INFO
    title = "Hazard areas from a planner's TNT factor"
    description = (
        "The allocated vehicle's net explosive weight uses a TNT-equivalent factor entered by "
        "the planner with its source: required for LOX/methane and LOX/propane, which have no "
        "established factor, and an override of the DoD value for the other combinations."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            vehicle = bound.vehicle
            if vehicle.tnt_factor is None:
                continue
            params = {
                **bound.params,
                "factor": vehicle.tnt_factor,
                "factor_source": vehicle.tnt_factor_source,
                "propellant": vehicle.propellant.value,
            }
            message = (
                MSG_PLANNER_FACTOR
                if vehicle.propellant in NO_ESTABLISHED_FACTOR
                else MSG_PLANNER_FACTOR_OVERRIDE
            )
            subjects = (
                bound.allocation_ref,
                bound.pad_ref,
                context.ref(Kind.VEHICLE, vehicle.id),
            )
            yield bound.allocation.id, self.finding(message, subjects, bound.pad.location, params)


def safety_rules(
    norm: QDNorm = PART_420, factors: Mapping[Propellant, PlannerFactor] | None = None
) -> list[Rule]:
    """Fresh safety rules under ``norm``, with planner factors by propellant combination
    (a vehicle's own factor wins over these)."""
    engine = SafetyEngine(norm, factors or {})
    return [
        PublicAreaRule(engine),
        TrafficRouteRule(engine),
        IntralineRule(engine),
        UnknownNewRule(engine),
        PlannerFactorRule(engine),
    ]


def register_rules(
    catalogue: RuleCatalogue,
    norm: QDNorm = PART_420,
    factors: Mapping[Propellant, PlannerFactor] | None = None,
) -> list[Rule]:
    """Add (or replace) the safety rules in ``catalogue``; returns them."""
    rules = safety_rules(norm, factors)
    for rule in rules:
        catalogue.register(rule, replace=True)
    return rules


__all__ = [
    "IntralineRule",
    "PlannerFactorRule",
    "PublicAreaRule",
    "SafetyEngine",
    "TrafficRouteRule",
    "UnknownNewRule",
    "register_rules",
    "safety_rules",
]
