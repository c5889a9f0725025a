"""Rules on whether a vehicle fits its pad: propellant, liftoff mass, height, diameter, thrust."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache

from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.rules.common import BuiltinRule
from cosmoplan.domain import Kind, Propellant, Ref
from cosmoplan.messages import register

MSG_PROPELLANT = register(
    "finding.vehicle.fit.propellant",
    "Pad {pad} does not support {propellant}, the propellant of {vehicle} ({tenant}, "
    "allocation from {start} to {end}); it supports {supported}.",
)
MSG_UNKNOWN = register(
    "finding.vehicle.fit.unknown",
    "Cannot check {figures} of {vehicle} ({tenant}) against the limits of pad {pad}: "
    "vehicle figure unknown.",
)


@cache
def _names(propellants: frozenset[Propellant]) -> str:
    return ", ".join(sorted(p.value for p in propellants))


def _subjects(context: CheckContext, bound: Bound) -> tuple[Ref, ...]:
    return (bound.allocation_ref, context.ref(Kind.VEHICLE, bound.vehicle.id), bound.pad_ref)


class PropellantRule(BuiltinRule):
    """The pad lists the propellants it supports and the vehicle's is not among them."""

    id = "vehicle.fit.propellant"
    severity = Severity.ERROR
    scope = Kind.ALLOCATION
    title = "Propellant not supported by the pad"
    description = (
        "The vehicle's propellant is not among those the pad supports. A pad that lists no "
        "propellants is not checked."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            supported = bound.pad.capabilities.propellants
            propellant = bound.vehicle.propellant
            if supported and propellant not in supported:
                params = {**bound.params, "propellant": propellant.value}
                params["supported"] = _names(supported)
                finding = self.finding(
                    MSG_PROPELLANT, _subjects(context, bound), bound.pad.hazard_source, params
                )
                yield bound.allocation.id, finding


@dataclass(frozen=True)
class Limit:
    """A vehicle figure checked against a pad limit, shown in ``unit`` (value x ``scale``)."""

    name: str
    figure: str
    limit: str
    unit: str
    scale: float = 1.0


LIMITS = (
    Limit("liftoff mass", "liftoff_mass_kg", "max_liftoff_mass_kg", "t", 0.001),
    Limit("height", "height_m", "max_height_m", "m"),
    Limit("diameter", "diameter_m", "max_diameter_m", "m"),
    Limit("liftoff thrust", "liftoff_thrust_kn", "max_thrust_kn", "kN"),
)


class LimitRule(BuiltinRule):
    """A vehicle figure above the pad's limit (one rule per figure)."""

    severity = Severity.ERROR
    scope = Kind.ALLOCATION

    def __init__(self, rule_id: str, limit: Limit, template: str) -> None:
        self.id = rule_id
        self.limit = limit
        self.title = f"Vehicle {limit.name} above the pad's limit"
        self.description = (
            f"The vehicle's {limit.name} is greater than the pad's maximum. Not checked when the "
            f"pad states no maximum; an unknown vehicle figure gives vehicle.fit.unknown."
        )
        self.message_id = register(f"finding.{rule_id}", template)

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        figure, limit, scale = self.limit.figure, self.limit.limit, self.limit.scale
        for bound in context.binding(ids):
            maximum = getattr(bound.pad.capabilities, limit)
            value = getattr(bound.vehicle, figure)
            if maximum is not None and value is not None and value > maximum:
                params = {**bound.params, "value": value * scale, "limit": maximum * scale}
                params["unit"] = self.limit.unit
                finding = self.finding(
                    self.message_id, _subjects(context, bound), bound.pad.hazard_source, params
                )
                yield bound.allocation.id, finding


class UnknownFigureRule(BuiltinRule):
    """The pad states a limit but the vehicle figure to compare with it is unknown."""

    id = "vehicle.fit.unknown"
    severity = Severity.INFO
    scope = Kind.ALLOCATION
    title = "Vehicle figure unknown"
    description = (
        "The pad states a maximum (liftoff mass, height, diameter or thrust) but the vehicle's "
        "figure is unknown, so the fit cannot be checked. One finding names every such figure."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            capabilities, vehicle = bound.pad.capabilities, bound.vehicle
            unknown = [
                limit.name
                for limit in LIMITS
                if getattr(capabilities, limit.limit) is not None
                and getattr(vehicle, limit.figure) is None
            ]
            if unknown:
                params = {**bound.params, "figures": ", ".join(unknown)}
                finding = self.finding(
                    MSG_UNKNOWN, _subjects(context, bound), bound.pad.hazard_source, params
                )
                yield bound.allocation.id, finding


def fit_rules() -> list[BuiltinRule]:
    """The vehicle-fit rules, in catalogue order."""
    mass, height, diameter, thrust = LIMITS
    tail = " limit of pad {pad}; allocation of {tenant} from {start} to {end}."
    return [
        PropellantRule(),
        LimitRule(
            "vehicle.fit.mass",
            mass,
            "Liftoff mass of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit}" + tail,
        ),
        LimitRule(
            "vehicle.fit.height",
            height,
            "Height of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit}" + tail,
        ),
        LimitRule(
            "vehicle.fit.diameter",
            diameter,
            "Diameter of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit}" + tail,
        ),
        LimitRule(
            "vehicle.fit.thrust",
            thrust,
            "Liftoff thrust of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit}" + tail,
        ),
        UnknownFigureRule(),
    ]
