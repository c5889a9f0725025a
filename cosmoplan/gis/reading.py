"""Read a layer of any file GDAL knows into arrays, reprojected to the model CRS (vectorised)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio
import pyogrio.errors
import shapely
from numpy.typing import NDArray
from pyogrio.raw import read
from pyproj import CRS

from cosmoplan import geo
from cosmoplan.gis.errors import (
    MSG_BAD_DATE,
    MSG_FILE_MISSING,
    MSG_FILE_UNREADABLE,
    MSG_NO_CRS,
    MSG_NO_LAYER,
    FeatureImportError,
)

_READ_ERRORS = (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError)
_GEOJSON_DRIVERS = ("GeoJSON", "GeoJSONSeq", "TopoJSON")
#: A GeoJSON ``crs`` member naming its CRS (the 2008 GeoJSON draft).
_NAMED_CRS = re.compile(
    rb'"crs"\s*:\s*\{[^{}]*"properties"\s*:\s*\{[^{}]*"name"\s*:\s*"((?:[^"\\]|\\.)*)"'
)
_GEOJSON_SUFFIXES = (".geojson", ".json")


@dataclass(frozen=True, slots=True)
class RawLayer:
    """One layer as read: geometries in the model CRS (``None`` where missing) and the fields.

    ``source`` holds the geometries as in the file, in ``crs``.
    """

    name: str
    geometry_type: str | None
    geometries: NDArray[np.object_]
    source: NDArray[np.object_]
    crs: CRS
    fields: dict[str, NDArray[Any]]

    def __len__(self) -> int:
        return len(self.geometries)


def _single_layer(path: Path) -> bool:
    """Whether ``path`` is GeoJSON, which holds one layer (listing it would parse it all)."""
    return path.suffix.lower() in _GEOJSON_SUFFIXES


def layer_names(path: Path) -> list[str]:
    """The layers of the file at ``path``; FeatureImportError if it is missing or unreadable.

    A GeoJSON file's one layer is named after the file.
    """
    if not path.is_file():
        raise FeatureImportError(MSG_FILE_MISSING, path=str(path))
    if _single_layer(path):
        return [path.stem]
    try:
        return [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    except _READ_ERRORS as error:
        raise FeatureImportError(MSG_FILE_UNREADABLE, path=str(path), reason=str(error)) from None


def require_layer(path: Path, names: list[str], layer: str) -> str:
    """``layer`` if the file has it; FeatureImportError if not."""
    if layer not in names:
        raise FeatureImportError(MSG_NO_LAYER, path=str(path), layer=layer)
    return layer


def read_layer(path: Path, layer: str, crs: str | None = None) -> RawLayer:
    """Read ``layer`` of ``path`` and reproject it from its CRS (or ``crs``, which overrides it).

    A file with no CRS is taken as WGS84 if it is GeoJSON (RFC 7946); otherwise ``crs`` must
    be given. Z values are dropped.
    """
    given = geo.crs_from_user(crs) if crs is not None else None
    # GeoJSON dates stay text, so that a date that does not exist is refused per feature.
    options = {"DATE_AS_STRING": "YES"} if _single_layer(path) else {}
    key: str | int = 0 if _single_layer(path) else layer
    try:
        meta, _, wkb, values = read(
            path, layer=key, force_2d=True, datetime_as_string=True, **options
        )
    except _READ_ERRORS as error:
        raise FeatureImportError(MSG_FILE_UNREADABLE, path=str(path), reason=str(error)) from None
    except ValueError as error:  # pyogrio converting a date field holding "2025-02-30"
        raise FeatureImportError(MSG_BAD_DATE, path=str(path), reason=str(error)) from None
    source = (
        np.full(len(values[0]) if values else 0, None, dtype=object)
        if wkb is None
        else np.asarray(shapely.from_wkb(wkb, on_invalid="ignore"), dtype=object)
    )
    source_crs = given or _file_crs(path, layer, meta)
    geometries = geo.transform_geometries(source, source_crs, geo.MODEL_EPSG)
    names = [str(name) for name in meta["fields"]]
    fields = {name: np.asarray(column) for name, column in zip(names, values, strict=True)}
    return RawLayer(layer, meta["geometry_type"], geometries, source, source_crs, fields)


def _file_crs(path: Path, layer: str, meta: dict[str, Any]) -> CRS:
    if _single_layer(path):
        named = _NAMED_CRS.search(path.read_bytes())
        if named is not None:  # GDAL reads a name it does not know as WGS84: refuse it instead
            return geo.crs_from_user(named.group(1).decode("utf-8", "replace"))
    if meta.get("crs"):
        return geo.crs_from_user(meta["crs"])
    if (
        _single_layer(path)
        or pyogrio.read_info(path, layer=layer).get("driver") in _GEOJSON_DRIVERS
    ):
        return geo.crs_from_user(geo.WGS84_EPSG)
    raise FeatureImportError(MSG_NO_CRS, path=str(path))


def lon_lat(geometry: shapely.Geometry, crs: CRS) -> tuple[float, float]:
    """Longitude and latitude of the middle of ``geometry``'s bounds (given in ``crs``)."""
    min_x, min_y, max_x, max_y = shapely.bounds(geometry)
    moved = geo.transformer(crs.to_string(), f"EPSG:{geo.WGS84_EPSG}")
    lon, lat = moved.transform((min_x + max_x) / 2, (min_y + max_y) / 2)
    return float(lon), float(lat)
