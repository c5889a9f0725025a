"""Flight-corridor findings of every allocation that gives a launch azimuth (safety rules §4).

14 CFR 420 Appendix A (d) (safety-rules.md §4.4): a populated area inside the overflight
exclusion zone means the proposal must change, or the people must be shown absent or evacuated
by agreement (an error); inside the rest of the flight corridor it calls for a redesign, an
Appendix B corridor or an Appendix C risk analysis (a warning). §420.19-§420.23: the launch
azimuth must be one the pad allows. Populated places are the plan's public-area zones, each
over the days it exists and the allocation holds its pad.

The corridors come from :func:`cosmoplan.safety.launch_corridor` (WGS84 geodesics, cached);
the places' tree is kept per check context until a zone changes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any
from weakref import WeakKeyDictionary

from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.impact import Impact
from cosmoplan.analysis.rules.common import BuiltinRule, words
from cosmoplan.domain import Kind, Ref
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.safety.appendix_a import KM_PER_NM
from cosmoplan.safety.overflight import (
    MSG_NO_APOGEE,
    MSG_NO_AZIMUTH,
    MSG_NO_CLASS,
    CorridorArea,
    LaunchCorridor,
    PlaceUnder,
    PopulatedPlaces,
    launch_corridor,
)

_LAUNCH = (
    "Launched from pad {pad} at azimuth {azimuth:g}°, the {vehicle_class} vehicle {vehicle} of "
    "{tenant} "
)
MSG_IN_EXCLUSION = register(
    "finding.safety.corridor.exclusion",
    _LAUNCH + "has the populated place {place} in its overflight exclusion zone (which reaches "
    "{oez_km:,.1f} km downrange) from {period_start} to {period_end}: change the pad or the "
    "azimuth, or show the people absent or evacuated by agreement (14 CFR 420 Appendix A (d)(2)).",
)
MSG_IN_CORRIDOR = register(
    "finding.safety.corridor.populated",
    _LAUNCH + "flies its corridor over the populated place {place} from {period_start} to "
    "{period_end}: redesign the corridor, or justify it with Appendix B or an Appendix C risk "
    "analysis (14 CFR 420 Appendix A (d)(3)).",
)
MSG_AZIMUTH = register(
    "finding.safety.corridor.azimuth",
    "The launch azimuth {azimuth:g}° of {tenant} ({vehicle}) on pad {pad} is outside the "
    "azimuths the pad allows, {azimuth_min:g}° to {azimuth_max:g}° clockwise.",
)
_UNCHECKED = "The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: "
MSG_UNCHECKED = {
    MSG_NO_AZIMUTH: register(
        "finding.safety.corridor.unchecked.azimuth", _UNCHECKED + "the allocation gives no azimuth."
    ),
    MSG_NO_CLASS: register(
        "finding.safety.corridor.unchecked.class",
        _UNCHECKED + "the vehicle has no corridor class (14 CFR 420.19 Table 1).",
    ),
    MSG_NO_APOGEE: register(
        "finding.safety.corridor.unchecked.apogee",
        _UNCHECKED + "the guided suborbital vehicle has no apogee (Appendix A, Eq. A40).",
    ),
}


class CorridorEngine:
    """Populated places per check context, shared by the corridor rules."""

    def __init__(self) -> None:
        self._places: WeakKeyDictionary[CheckContext, PopulatedPlaces] = WeakKeyDictionary()

    def places(self, context: CheckContext) -> PopulatedPlaces:
        """The populated places of ``context`` (indexed on first use)."""
        found = self._places.get(context)
        if found is None:
            found = self._places[context] = PopulatedPlaces(context.zones.values())
        return found

    def affected(self, impact: Impact) -> set[int]:
        """The allocations a change may concern; a changed zone concerns every allocation
        with an azimuth, since corridors reach thousands of kilometres."""
        allocations = set(impact.ids(Kind.ALLOCATION))
        if impact.touched(Kind.ZONE):
            self._places.pop(impact.context, None)
            context = impact.context
            allocations |= {
                i for i, a in context.allocations.items() if a.launch_azimuth_deg is not None
            }
        return allocations


def corridor_of(bound: Bound) -> LaunchCorridor | CosmoplanError:
    """The corridor of ``bound``'s launch, or why it cannot be built."""
    try:
        return launch_corridor(bound.pad, bound.vehicle, bound.allocation.launch_azimuth_deg)
    except CosmoplanError as error:
        return error


class _CorridorRule(BuiltinRule):
    """Base of the corridor rules: per allocation, sharing a :class:`CorridorEngine`."""

    scope = Kind.ALLOCATION

    def __init__(self, engine: CorridorEngine) -> None:
        self.engine = engine

    def affected(self, impact: Impact) -> Collection[int]:
        """See :meth:`CorridorEngine.affected`."""
        return self.engine.affected(impact)

    @staticmethod
    def launch_params(bound: Bound, launch: LaunchCorridor) -> dict[str, Any]:
        """Message parameters naming the launch."""
        vehicle_class = launch.corridor.vehicle_class.value
        return {
            **bound.params,
            "azimuth": launch.corridor.azimuth_deg,
            "vehicle_class": words(vehicle_class),
        }


class PlacesUnderCorridorRule(_CorridorRule):
    """A populated place lies under the flight corridor of a launch."""

    id = "safety.corridor.populated"
    severity = Severity.WARNING
    area = CorridorArea.FLIGHT_CORRIDOR
    message = MSG_IN_CORRIDOR
    title = "Populated place under the flight corridor"
    description = (
        "A public-area zone lies inside the Appendix A flight corridor of the allocation's "
        "vehicle class and launch azimuth (outside its overflight exclusion zone) while the "
        "allocation holds its pad: redesign, Appendix B or an Appendix C risk analysis."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        places = self.engine.places(context)
        for bound in context.binding(ids):
            launch = corridor_of(bound)
            if isinstance(launch, CosmoplanError):
                continue
            start, end = bound.allocation.start, bound.allocation.end
            for place in places.under(launch.overflight_exclusion, launch.flight, start, end):
                if place.area is self.area:
                    yield bound.allocation.id, self._finding(context, bound, launch, place)

    def _finding(
        self, context: CheckContext, bound: Bound, launch: LaunchCorridor, place: PlaceUnder
    ) -> Finding:
        params = {
            **self.launch_params(bound, launch),
            "place": place.zone.name,
            "oez_km": launch.corridor.dimensions.doez_nm * KM_PER_NM,
            "period_start": place.first.isoformat(),
            "period_end": place.last.isoformat(),
        }
        subjects = (bound.allocation_ref, bound.pad_ref, context.ref(Kind.ZONE, place.zone.id))
        return self.finding(self.message, subjects, place.zone.geometry, params)


class PlacesInExclusionZoneRule(PlacesUnderCorridorRule):
    """A populated place lies inside the overflight exclusion zone of a launch."""

    id = "safety.corridor.exclusion"
    severity = Severity.ERROR
    area = CorridorArea.OVERFLIGHT_EXCLUSION
    message = MSG_IN_EXCLUSION
    title = "Populated place in the overflight exclusion zone"
    description = (
        "A public-area zone lies inside the Appendix A overflight exclusion zone of the "
        "allocation's vehicle class and launch azimuth while the allocation holds its pad."
    )


class AzimuthRule(_CorridorRule):
    """The launch azimuth is outside the range the pad allows."""

    id = "safety.corridor.azimuth"
    severity = Severity.ERROR
    title = "Launch azimuth outside the pad's range"
    description = "The allocation's launch azimuth is outside the pad's allowed azimuth range."

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            azimuth = bound.allocation.launch_azimuth_deg
            caps = bound.pad.capabilities
            if azimuth is None or caps.allows_azimuth(azimuth):
                continue
            params = {
                **bound.params,
                "azimuth": azimuth,
                "azimuth_min": caps.azimuth_min_deg,
                "azimuth_max": caps.azimuth_max_deg,
            }
            finding = self.finding(
                MSG_AZIMUTH, (bound.allocation_ref, bound.pad_ref), bound.pad.location, params
            )
            yield bound.allocation.id, finding


class CorridorUncheckedRule(_CorridorRule):
    """The flight corridor cannot be built, so no place under it is checked."""

    id = "safety.corridor.unchecked"
    severity = Severity.INFO
    title = "Flight corridor not checked"
    description = (
        "Half of a launch's corridor data is given: the allocation has an azimuth but its "
        "vehicle no corridor class (or, guided suborbital, no apogee), or the vehicle has a "
        "class but the allocation no azimuth. Allocations with neither are not reported: "
        "the planner has not started on their corridors."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            started = bound.allocation.launch_azimuth_deg is not None
            if not started and bound.vehicle.vehicle_class is None:
                continue
            problem = corridor_of(bound)
            if not isinstance(problem, CosmoplanError):
                continue
            subjects: tuple[Ref, ...] = (bound.allocation_ref, bound.pad_ref)
            if problem.message.id != MSG_NO_AZIMUTH:
                subjects += (context.ref(Kind.VEHICLE, bound.vehicle.id),)
            message = MSG_UNCHECKED[problem.message.id]
            yield (
                bound.allocation.id,
                self.finding(message, subjects, bound.pad.location, dict(bound.params)),
            )


def corridor_rules() -> list[BuiltinRule]:
    """Fresh corridor rules sharing one engine."""
    engine = CorridorEngine()
    return [
        PlacesInExclusionZoneRule(engine),
        PlacesUnderCorridorRule(engine),
        AzimuthRule(engine),
        CorridorUncheckedRule(engine),
    ]
