"""Coordinates: the model's UTM 41N metres, WGS84 and any EPSG code, and lat/lon for people."""

from __future__ import annotations

import threading

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError
from shapely.geometry.base import BaseGeometry

from cosmoplan.messages import ValidationError, register

MODEL_EPSG = 32641
WGS84_EPSG = 4326

#: A generous box around Kazakhstan (lon/lat degrees); model data must fall inside it.
KAZAKHSTAN_BOUNDS = (44.0, 38.0, 90.0, 57.0)

MSG_UNKNOWN_CRS = register("geo.unknown_crs", "Unknown coordinate reference system: {crs}.")
MSG_NOT_ON_EARTH = register(
    "geo.not_on_earth",
    "The coordinate reference system {crs} does not place points on the Earth "
    "(its ellipsoid: {ellipsoid}).",
)
MSG_NO_TRANSFORM = register(
    "geo.no_transform", "Coordinates cannot be converted from {source} to {target}: {reason}."
)
#: The semi-major axes (metres) of the Earth's ellipsoids and spheres, with room to spare.
EARTH_RADII = (6.35e6, 6.40e6)
MSG_OUTSIDE_KAZAKHSTAN = register(
    "geo.outside_kazakhstan",
    "{what} lies far outside Kazakhstan (around {lat:.3f}°, {lon:.3f}°): "
    "check the coordinate reference system.",
)


def crs_from_user(text: str | int) -> CRS:
    """A CRS of the Earth from "EPSG:4326", "4326" or any string pyproj understands;
    ValidationError if unknown or of another body (Mars, the Moon...) or none."""
    value = f"EPSG:{text}" if isinstance(text, int) or str(text).strip().isdigit() else text
    try:
        crs = CRS.from_user_input(value)
    except CRSError:
        raise ValidationError(MSG_UNKNOWN_CRS, field="crs", crs=str(text)) from None
    ellipsoid = crs.ellipsoid
    if ellipsoid is None or not EARTH_RADII[0] <= ellipsoid.semi_major_metre <= EARTH_RADII[1]:
        name = "none" if ellipsoid is None else ellipsoid.name
        shown = str(text) if len(str(text)) <= 80 else crs.name  # not a whole WKT
        raise ValidationError(MSG_NOT_ON_EARTH, field="crs", crs=shown, ellipsoid=name)
    return crs


_per_thread = threading.local()


def transformer(source: str, target: str) -> Transformer:
    """A cached, always-xy transformer between two CRS given as strings.

    The cache is per thread: pyproj objects belong to the PROJ context of the thread that made
    them, and using one from another thread (a background import) can crash the process.
    """
    cache: dict[tuple[str, str], Transformer] = _per_thread.__dict__.setdefault("cache", {})
    key = (source, target)
    found = cache.get(key)
    if found is None:
        try:
            found = cache[key] = Transformer.from_crs(source, target, always_xy=True)
        except ProjError as error:
            raise ValidationError(
                MSG_NO_TRANSFORM, field="crs", source=source, target=target, reason=str(error)
            ) from None
    return found


def _crs_key(crs: CRS | str | int) -> str:
    if isinstance(crs, CRS):
        return crs.to_string()
    return f"EPSG:{crs}" if isinstance(crs, int) or str(crs).isdigit() else str(crs)


def transform_geometry(
    geometry: BaseGeometry, source: CRS | str | int, target: CRS | str | int
) -> BaseGeometry:
    """Reproject one geometry (vectorised over its coordinates)."""
    return transform_geometries(np.asarray([geometry], dtype=object), source, target)[0]


def transform_geometries(
    geometries: ArrayLike, source: CRS | str | int, target: CRS | str | int
) -> NDArray[np.object_]:
    """Reproject an array of geometries in one call."""
    source_key, target_key = _crs_key(source), _crs_key(target)
    array = np.asarray(geometries, dtype=object)
    if source_key == target_key:
        return array
    forward = transformer(source_key, target_key)

    def project(coords: NDArray[np.float64]) -> NDArray[np.float64]:
        x, y = forward.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(array, project)


def to_model(lon: float, lat: float) -> tuple[float, float]:
    """WGS84 longitude/latitude to model metres (UTM 41N easting, northing)."""
    x, y = transformer(f"EPSG:{WGS84_EPSG}", f"EPSG:{MODEL_EPSG}").transform(lon, lat)
    return float(x), float(y)


def to_wgs84(x: float, y: float) -> tuple[float, float]:
    """Model metres to WGS84 (longitude, latitude)."""
    lon, lat = transformer(f"EPSG:{MODEL_EPSG}", f"EPSG:{WGS84_EPSG}").transform(x, y)
    return float(lon), float(lat)


def format_lat_lon(lat: float, lon: float, style: str = "dms") -> str:
    """Format a position for people: ``45°55′13.1″N 63°20′32.3″E`` (dms) or decimal degrees."""
    if style == "decimal":
        return (
            f"{abs(lat):.5f}°{'N' if lat >= 0 else 'S'} {abs(lon):.5f}°{'E' if lon >= 0 else 'W'}"
        )
    return f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"


def _dms(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    tenths = round(abs(value) * 36000)
    degrees, rest = divmod(tenths, 36000)
    minutes, seconds_tenths = divmod(rest, 600)
    return f"{degrees}°{minutes:02d}′{seconds_tenths / 10:04.1f}″{hemisphere}"


def require_near_kazakhstan(geometry: BaseGeometry, what: str) -> None:
    """Refuse a model-CRS geometry whose bounds fall outside :data:`KAZAKHSTAN_BOUNDS`."""
    min_x, min_y, max_x, max_y = geometry.bounds
    for x, y in ((min_x, min_y), (max_x, max_y)):
        lon, lat = to_wgs84(x, y)
        west, south, east, north = KAZAKHSTAN_BOUNDS
        if not (west <= lon <= east and south <= lat <= north) or not np.isfinite([lon, lat]).all():
            raise ValidationError(
                MSG_OUTSIDE_KAZAKHSTAN, field="geometry", what=what, lat=lat, lon=lon
            )


def near_kazakhstan(geometries: ArrayLike) -> NDArray[np.bool_]:
    """Vectorised :func:`require_near_kazakhstan`: per model-CRS geometry, whether it passes.

    Missing, empty and non-finite geometries do not pass.
    """
    bounds = shapely.bounds(np.asarray(geometries, dtype=object)).reshape(-1, 4)
    lon, lat = transformer(f"EPSG:{MODEL_EPSG}", f"EPSG:{WGS84_EPSG}").transform(
        bounds[:, [0, 2]].ravel(), bounds[:, [1, 3]].ravel()
    )
    lon, lat = np.asarray(lon).reshape(-1, 2), np.asarray(lat).reshape(-1, 2)
    west, south, east, north = KAZAKHSTAN_BOUNDS
    inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    return np.asarray(inside.all(axis=1), dtype=bool)
