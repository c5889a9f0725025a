"""Populated places under a flight corridor, and the pad's allowed azimuths (§4.4 (d)).

Appendix A (d) (safety-rules.md §4.4): a populated area inside the overflight exclusion zone
means the proposal must change, or people must be shown absent or evacuated by agreement
(an error); inside the rest of the corridor it calls for a redesign, Appendix B or an
Appendix C risk analysis (a warning). Populated places are the plan's public-area zones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Pad, Vehicle, VehicleClass, Zone, ZoneKind
from cosmoplan.geo import to_wgs84
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.safety.corridor import FlightCorridor, flight_corridor
from cosmoplan.safety.index import Layer, clip, zone_interval

MSG_NO_AZIMUTH = register("safety.corridor.no_azimuth", "The allocation gives no launch azimuth.")
MSG_NO_CLASS = register(
    "safety.corridor.no_class",
    "Vehicle {vehicle} has no flight-corridor class (small, medium, medium-large, large or "
    "guided suborbital, 14 CFR 420.19 Table 1).",
)
MSG_NO_APOGEE = register(
    "safety.corridor.no_apogee",
    "Vehicle {vehicle} is a guided suborbital vehicle without an apogee: its impact dispersion "
    "area cannot be placed (14 CFR 420 Appendix A, Eq. A40).",
)


class CorridorArea(StrEnum):
    """Which part of a flight corridor a place lies in (ids as in ``cosmoplan corridor``)."""

    OVERFLIGHT_EXCLUSION = "overflight-exclusion"
    FLIGHT_CORRIDOR = "flight-corridor"


@dataclass(frozen=True, slots=True)
class PlaceUnder:
    """A populated place inside a corridor from ``first`` to ``last`` (both included); in the
    overflight exclusion zone it is an error."""

    zone: Zone
    area: CorridorArea
    first: date
    last: date

    @property
    def is_error(self) -> bool:
        """Whether the place is in the overflight exclusion zone (§4.4 (d)(2))."""
        return self.area is CorridorArea.OVERFLIGHT_EXCLUSION


@dataclass(frozen=True, slots=True)
class LaunchCorridor:
    """The corridor of one launch, in model metres (clipped to Kazakhstan) and WGS84."""

    corridor: FlightCorridor
    overflight_exclusion: BaseGeometry
    flight: BaseGeometry


def launch_corridor(pad: Pad, vehicle: Vehicle, azimuth_deg: float | None) -> LaunchCorridor:
    """The Appendix A corridor of ``vehicle`` launched from ``pad`` at ``azimuth_deg``.

    CosmoplanError when the azimuth, the vehicle's class or (guided suborbital) its apogee is
    missing. Corridors are cached by launch point, azimuth, class and apogee.
    """
    if azimuth_deg is None:
        raise CosmoplanError(MSG_NO_AZIMUTH)
    if vehicle.vehicle_class is None:
        raise CosmoplanError(MSG_NO_CLASS, vehicle=vehicle.name)
    if vehicle.vehicle_class is VehicleClass.GUIDED_SUBORBITAL and vehicle.apogee_km is None:
        raise CosmoplanError(MSG_NO_APOGEE, vehicle=vehicle.name)
    apogee = None if vehicle.vehicle_class.orbital else vehicle.apogee_km
    point = pad.location
    return _corridor(point.x, point.y, azimuth_deg % 360.0, vehicle.vehicle_class, apogee)


def clear_corridor_cache() -> None:
    """Forget the corridors built so far (for benchmarks and memory-conscious callers)."""
    _corridor.cache_clear()


@lru_cache(maxsize=2048)
def _corridor(
    x: float, y: float, azimuth_deg: float, vehicle_class: VehicleClass, apogee_km: float | None
) -> LaunchCorridor:
    lon, lat = to_wgs84(x, y)
    corridor = flight_corridor(lat, lon, azimuth_deg, vehicle_class, apogee_km)
    return LaunchCorridor(corridor, *corridor.in_model_crs())


class PopulatedPlaces:
    """The plan's public-area zones in an STRtree, with the days each exists."""

    def __init__(self, zones: Iterable[Zone]) -> None:
        self.zones = {z.id: z for z in zones if z.kind is ZoneKind.PUBLIC_AREA}
        self.layer = Layer.build(
            [(z.id, z.geometry, zone_interval(z)) for z in self.zones.values()]
        )

    def under(
        self, oez: BaseGeometry, flight: BaseGeometry, first: date, last: date
    ) -> list[PlaceUnder]:
        """Places in the overflight exclusion zone ``oez`` or, failing that, in the corridor
        ``flight`` (model CRS) on some day of ``first..last``; one bulk query per area."""
        layer = self.layer
        if not layer.ids:
            return []
        in_oez = set(layer.tree.query(oez, predicate="intersects").tolist())
        inside = set(layer.tree.query(flight, predicate="intersects").tolist()) | in_oez
        found = []
        for i in sorted(inside, key=layer.ids.__getitem__):
            days = clip(first, last, layer.intervals[i])
            if days is not None:
                area = (
                    CorridorArea.OVERFLIGHT_EXCLUSION
                    if i in in_oez
                    else CorridorArea.FLIGHT_CORRIDOR
                )
                found.append(PlaceUnder(self.zones[layer.ids[i]], area, *days))
        return found


def populated_places_under(
    corridor: FlightCorridor, zones: Iterable[Zone], day: date | None = None
) -> list[PlaceUnder]:
    """Public-area zones (valid on ``day`` if given) in the overflight exclusion zone or,
    failing that, in the flight corridor."""
    first, last = (date.min, date.max) if day is None else (day, day)
    return PopulatedPlaces(zones).under(*corridor.in_model_crs(), first, last)


def azimuth_allowed(pad: Pad, azimuth_deg: float) -> bool:
    """Whether the pad's capabilities allow launching at ``azimuth_deg`` (wrapping north)."""
    return pad.capabilities.allows_azimuth(azimuth_deg)
