"""14 CFR 420.21 Table 2 (safety-rules.md §4.3): the distance from a launch point to the
closest launch site boundary must be at least the debris dispersion radius Dmax of the
vehicle class (Table 2 feet equal Appendix A Table A-1 inches ÷ 12)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import VehicleClass, Zone
from cosmoplan.safety.appendix_a import DMAX_IN
from cosmoplan.safety.units import M_PER_IN


def boundary_distance_m(vehicle_class: VehicleClass) -> float:
    """The least distance (metres) from a launch point to the site boundary for the class."""
    return DMAX_IN[vehicle_class] * M_PER_IN


@dataclass(frozen=True, slots=True)
class BoundaryShortfall:
    """A site boundary closer to a launch point than the class's Table 2 distance.

    ``actual_m`` is the distance to the boundary line, 0 if the point lies outside the site.
    """

    zone: Zone
    required_m: float
    actual_m: float
    geometry: BaseGeometry


def boundary_shortfalls(
    launch_point: Point, vehicle_class: VehicleClass, boundaries: Iterable[Zone]
) -> list[BoundaryShortfall]:
    """The boundary zones (cosmodrome boundaries) closer to ``launch_point`` than Table 2 asks."""
    required = boundary_distance_m(vehicle_class)
    found = []
    for zone in boundaries:
        inside = zone.geometry.covers(launch_point)
        actual = zone.geometry.boundary.distance(launch_point) if inside else 0.0
        if actual < required:
            circle = launch_point.buffer(required)
            found.append(BoundaryShortfall(zone, required, actual, circle))
    return found
