"""Appendix A flight corridor and overflight exclusion zone on the WGS84 ellipsoid (§4.4).

The local-frame outlines of :mod:`cosmoplan.safety.appendix_a` are mapped point by point: a
local point (x, y) is reached by walking the geodesic from the launch point along the launch
azimuth for x nautical miles (backwards for x < 0), then walking |y| along the geodesic that
leaves that station at the **local** forward azimuth -90° (left, y > 0) or +90° (right). Taking
the perpendicular from the initial azimuth instead (the trap of safety-rules.md §4.4 step 4)
would skew the far stations by about 72° at 5,000 nm. Distances along the azimuth line and
across it at each station are therefore exact geodesic lengths (pyproj ``Geod``, WGS84).

Longitude handling: rings are unwrapped so that consecutive longitudes differ by less than 180°.
A ring that winds once around a pole is closed through that pole (a 5,000 nm corridor launched
near north from Baikonur contains the North Pole). Parts beyond ±180° are then cut at the
antimeridian and shifted back, giving a MultiPolygon as RFC 7946 §3.1.9 recommends (the
5,000 nm corridor at azimuth 60° from Baikonur crosses it, near 171°E).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from cosmoplan.geo import KAZAKHSTAN_BOUNDS, MODEL_EPSG, WGS84_EPSG, transform_geometry
from cosmoplan.messages import ValidationError, register
from cosmoplan.safety.appendix_a import (
    CorridorDimensions,
    Points,
    VehicleClass,
    corridor_ring,
    dimensions,
    impact_ring,
    overflight_exclusion_ring,
    parse_class,
)
from cosmoplan.safety.units import M_PER_NM

MSG_BAD_LATITUDE = register(
    "safety.corridor.bad_latitude",
    "The launch latitude must be between -90° and 90°, poles excluded (got {value}).",
)
MSG_BAD_LONGITUDE = register(
    "safety.corridor.bad_longitude",
    "The launch longitude must be between -180° and 180° (got {value}).",
)
MSG_BAD_AZIMUTH = register(
    "safety.corridor.bad_azimuth",
    "The launch azimuth must be at least 0° and less than 360° (got {value}).",
)
MSG_APOGEE_REQUIRED = register(
    "safety.corridor.apogee_required",
    "A guided suborbital corridor needs the apogee of the final stage (km).",
)
MSG_APOGEE_NOT_APPLICABLE = register(
    "safety.corridor.apogee_not_applicable",
    "An apogee only applies to a guided suborbital vehicle, not to the {vehicle_class} class.",
)
MSG_BAD_APOGEE = register(
    "safety.corridor.bad_apogee", "The apogee must be greater than zero (got {value} km)."
)

GEOD = Geod(ellps="WGS84")
#: Longest straight piece of a densified outline (nm). Appendix A (b)(2) accepts straight
#: lines up to 100 nm on small-scale maps; this keeps rings smooth on any map.
STEP_NM = 5.0


@dataclass(frozen=True, slots=True)
class FlightCorridor:
    """The overflight exclusion zone and flight corridor of one launch (WGS84 lon/lat).

    ``points`` holds the named local-frame vertices mapped to (lon, lat): ``launch`` and B..I
    (for a guided suborbital vehicle H and I are the tangent points on the impact area, when
    it lies beyond line DE).
    """

    latitude: float
    longitude: float
    azimuth_deg: float
    dimensions: CorridorDimensions
    overflight_exclusion: BaseGeometry
    corridor: BaseGeometry
    impact_dispersion: BaseGeometry | None
    points: dict[str, tuple[float, float]]

    @property
    def vehicle_class(self) -> VehicleClass:
        """The class the corridor was built for."""
        return self.dimensions.vehicle_class

    def in_model_crs(self) -> tuple[BaseGeometry, BaseGeometry]:
        """(overflight exclusion zone, corridor) in model metres, clipped to the Kazakhstan box.

        The UTM 41N model CRS is meaningless thousands of kilometres away, so the parts outside
        :data:`cosmoplan.geo.KAZAKHSTAN_BOUNDS` are dropped before projecting.
        """
        return to_model_crs(self.overflight_exclusion), to_model_crs(self.corridor)


def to_model_crs(geometry: BaseGeometry) -> BaseGeometry:
    """A WGS84 corridor geometry clipped to the Kazakhstan box and projected to model metres."""
    clipped = shapely.intersection(geometry, shapely.box(*KAZAKHSTAN_BOUNDS))
    return transform_geometry(clipped, WGS84_EPSG, MODEL_EPSG)


def flight_corridor(
    latitude: float,
    longitude: float,
    azimuth_deg: float,
    vehicle_class: VehicleClass | str,
    apogee_km: float | None = None,
) -> FlightCorridor:
    """Appendix A corridor for a launch point, a flight azimuth (0 ≤ az < 360, clockwise from
    north) and a class; a guided suborbital vehicle also needs its apogee (km)."""
    chosen = parse_class(vehicle_class)
    _check_launch(latitude, longitude, azimuth_deg)
    _check_apogee(chosen, apogee_km)
    dims = dimensions(chosen, apogee_km)
    ring, named = corridor_ring(dims, STEP_NM)
    launch = (longitude, latitude, azimuth_deg)
    oez = _polygon(_to_lon_lat(launch, overflight_exclusion_ring(dims, STEP_NM)))
    corridor = _polygon(_to_lon_lat(launch, ring))
    impact = None
    if dims.impact_range_nm is not None:
        impact = _polygon(_to_lon_lat(launch, impact_ring(dims)))
        corridor = shapely.union(corridor, impact)
    points = {"launch": (longitude, latitude)}
    mapped = _to_lon_lat(launch, np.array(list(named.values()), dtype=float).reshape(-1, 2))
    for name, (lon, lat) in zip(named, mapped.tolist(), strict=True):
        points[name] = (float(_wrap(lon)), float(lat))
    return FlightCorridor(
        latitude,
        longitude,
        azimuth_deg,
        dims,
        _split(oez),
        _split(corridor),
        None if impact is None else _split(impact),
        points,
    )


def _check_launch(latitude: float, longitude: float, azimuth_deg: float) -> None:
    if not (math.isfinite(latitude) and -90 < latitude < 90):
        raise ValidationError(MSG_BAD_LATITUDE, field="latitude", value=latitude)
    if not (math.isfinite(longitude) and -180 <= longitude <= 180):
        raise ValidationError(MSG_BAD_LONGITUDE, field="longitude", value=longitude)
    if not (math.isfinite(azimuth_deg) and 0 <= azimuth_deg < 360):
        raise ValidationError(MSG_BAD_AZIMUTH, field="azimuth", value=azimuth_deg)


def _check_apogee(vehicle_class: VehicleClass, apogee_km: float | None) -> None:
    if vehicle_class.orbital:
        if apogee_km is not None:
            raise ValidationError(
                MSG_APOGEE_NOT_APPLICABLE, field="apogee_km", vehicle_class=vehicle_class.value
            )
        return
    if apogee_km is None:
        raise ValidationError(MSG_APOGEE_REQUIRED, field="apogee_km")
    if not (math.isfinite(apogee_km) and apogee_km > 0):
        raise ValidationError(MSG_BAD_APOGEE, field="apogee_km", value=apogee_km)


def _to_lon_lat(launch: tuple[float, float, float], xy: Points) -> Points:
    """Map local (x downrange, y left) nm to (lon, lat): station along the azimuth line, then
    the perpendicular geodesic at the station's local forward azimuth."""
    lon0, lat0, azimuth = launch
    x, y = xy[:, 0], xy[:, 1]
    count = len(xy)
    lon_s, lat_s, back = GEOD.fwd(
        np.full(count, lon0), np.full(count, lat0), np.full(count, azimuth), x * M_PER_NM
    )
    forward = np.asarray(back) + 180.0  # the line's forward azimuth at each station
    bearing = forward - 90.0 * np.sign(y)
    lon, lat, _ = GEOD.fwd(lon_s, lat_s, bearing, np.abs(y) * M_PER_NM)
    return np.column_stack([lon, lat])


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


def _polygon(ring: Points) -> Polygon:
    """A lon/lat polygon from a counter-clockwise ring: longitudes unwrapped, closed through a
    pole the ring winds around, oriented counter-clockwise."""
    lon = np.degrees(np.unwrap(np.radians(ring[:, 0])))
    lat = ring[:, 1]
    turn = lon[-1] - lon[0]
    if abs(turn) > 180.0:  # one full turn: a pole is inside (north if eastward, as seen above)
        pole = 90.0 if turn > 0 else -90.0
        lon = np.concatenate([lon, [lon[-1], lon[0], lon[0]]])
        lat = np.concatenate([lat, [pole, pole, lat[0]]])
    polygon = Polygon(np.column_stack([lon, lat]))
    if not polygon.is_valid:
        polygon = shapely.make_valid(polygon)
    return orient(polygon, 1.0) if isinstance(polygon, Polygon) else polygon


def _split(geometry: BaseGeometry) -> BaseGeometry:
    """Cut an unwrapped lon/lat geometry at the antimeridian and shift the parts into ±180°."""
    min_x, _, max_x, _ = geometry.bounds
    if min_x >= -180.0 and max_x <= 180.0:
        return geometry
    parts = []
    for turn in range(math.floor((min_x + 180.0) / 360.0), math.floor((max_x + 180.0) / 360.0) + 1):
        window = shapely.box(-180.0 + 360.0 * turn, -90.0, 180.0 + 360.0 * turn, 90.0)
        part = shapely.intersection(geometry, window)
        if not part.is_empty:
            parts.append(shapely.transform(part, lambda c, t=turn: c - [360.0 * t, 0.0]))
    return shapely.union_all(parts)
