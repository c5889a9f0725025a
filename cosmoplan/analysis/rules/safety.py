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

from cosmoplan.analysis.catalogue import Rule, RuleBase, RuleCatalogue
from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.impact import Impact
from cosmoplan.analysis.rules.safety_engine import SafetyEngine
from cosmoplan.domain import (
    Kind,
    Propellant,
    Ref,
)
from cosmoplan.messages import CosmoplanError, Message, register
from cosmoplan.safety.checks import Check, Target, Violation
from cosmoplan.safety.hazard_areas import MSG_NO_MASS
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
