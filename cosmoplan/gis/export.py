"""Write a plan to a GeoPackage or a GeoJSON file that QGIS and GDAL open.

GeoPackage (``.gpkg``), in the model CRS (EPSG:32641), one layer per table, always all of them
(empty ones too, so an export is also a template to fill in and import):

====================  ===============  ==================================================
layer                 geometry         rows
====================  ===============  ==================================================
complexes             MultiPolygon     launch complexes (null geometry without footprint)
pads                  Point            pads (footprint as WKT in the ``footprint`` field)
facilities_points     Point            point facilities (masts, ...)
facilities_lines      MultiLineString  line facilities (roads, rail lines, pipelines, ...)
facilities_polygons   MultiPolygon     polygon facilities (buildings, stores, ...)
zones                 MultiPolygon     zones
tenants               none             tenants
vehicles              none             vehicles
allocations           none             allocations
requests              none             requests for pads
====================  ===============  ==================================================

GeoJSON (``.geojson``): one file ``OUT.geojson``, WGS84 longitude/latitude as RFC 7946 asks
(coordinates to 7 decimals, about 1 cm), holding every complex, pad, facility and zone; the
``layer`` property says which (``complexes``, ``pads``, ``facilities``, ``zones``), and the
properties are the union of those layers' fields (null where a kind has no such field). Tenants,
vehicles, allocations and requests have no place on a map and are left out: use a GeoPackage for
a whole plan. The field names are those of :mod:`cosmoplan.gis.tables`.

Either file is written to a temporary file in the same folder and then moved into place, so a
failure or a cancel leaves no half-written file (and an older file of the same name untouched).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio.errors
import shapely
from numpy.typing import NDArray
from pyogrio.raw import write

from cosmoplan import geo
from cosmoplan.domain import Entity, Kind, Plan
from cosmoplan.domain.progress import Progress, report
from cosmoplan.files import require_replaceable
from cosmoplan.gis.errors import MSG_EXPORT_FAILED, MSG_UNSUPPORTED_FORMAT, FeatureExportError
from cosmoplan.gis.tables import TABLES, Column, Table, concatenate, geometries_of

#: Kinds a GeoJSON export holds (those drawn on a map).
SPATIAL_KINDS = (Kind.COMPLEX, Kind.PAD, Kind.FACILITY, Kind.ZONE)
_WRITE_ERRORS = (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError)


@dataclass(frozen=True, slots=True)
class LayerSpec:
    """One GeoPackage layer: its name, kind, geometry type, and the shapely types it takes."""

    name: str
    kind: Kind
    geometry_type: str | None
    takes: tuple[shapely.GeometryType, ...] = ()


GPKG_LAYERS = (
    LayerSpec("complexes", Kind.COMPLEX, "MultiPolygon"),
    LayerSpec("pads", Kind.PAD, "Point"),
    LayerSpec("facilities_points", Kind.FACILITY, "Point", (shapely.GeometryType.POINT,)),
    LayerSpec(
        "facilities_lines",
        Kind.FACILITY,
        "MultiLineString",
        (shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING),
    ),
    LayerSpec(
        "facilities_polygons",
        Kind.FACILITY,
        "MultiPolygon",
        (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON),
    ),
    LayerSpec("zones", Kind.ZONE, "MultiPolygon"),
    LayerSpec("tenants", Kind.TENANT, None),
    LayerSpec("vehicles", Kind.VEHICLE, None),
    LayerSpec("allocations", Kind.ALLOCATION, None),
    LayerSpec("requests", Kind.REQUEST, None),
)


def export_plan(plan: Plan, path: str | Path, progress: Progress | None = None) -> dict[Kind, int]:
    """Write ``plan`` to ``path`` (``.gpkg`` or ``.geojson``); returns the objects written per kind.

    Raises :class:`FeatureExportError` if the file cannot be written (nothing is left behind),
    :class:`~cosmoplan.domain.progress.Cancelled` if ``progress`` is cancelled.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".gpkg", ".geojson"):
        raise FeatureExportError(MSG_UNSUPPORTED_FORMAT, path=str(target))
    if not target.parent.is_dir():
        raise FeatureExportError(
            MSG_EXPORT_FAILED, path=str(target), reason=f"there is no folder {target.parent}"
        )
    require_replaceable(target, "GeoPackage" if suffix == ".gpkg" else "GeoJSON")
    if suffix == ".gpkg":
        return _atomically(target, lambda temp: _write_gpkg(plan, temp, progress))
    return _atomically(target, lambda temp: _write_geojson(plan, temp, target.stem, progress))


def _atomically(target: Path, write_to: Callable[[Path], dict[Kind, int]]) -> dict[Kind, int]:
    temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp{target.suffix}")
    try:
        counts = write_to(temp)
        os.replace(temp, target)
    except _WRITE_ERRORS as error:
        raise FeatureExportError(MSG_EXPORT_FAILED, path=str(target), reason=str(error)) from None
    finally:
        for leftover in (temp, *(Path(f"{temp}{end}") for end in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return counts


def _sorted(plan: Plan, kind: Kind) -> list[Entity]:
    objects = plan.objects(kind)
    return [objects[i] for i in sorted(objects)]


def _to_wkt(crs: int) -> Callable[[NDArray[np.object_]], NDArray[np.object_]]:
    def convert(geometries: NDArray[np.object_]) -> NDArray[np.object_]:
        moved = geo.transform_geometries(geometries, geo.MODEL_EPSG, crs)
        return np.asarray(shapely.to_wkt(moved, rounding_precision=-1), dtype=object)

    return convert


def _write_layer(
    path: Path,
    layer: str,
    driver: str,
    geometries: NDArray[np.object_] | None,
    table: Table,
    geometry_type: str | None,
    crs: int,
    **options: Any,
) -> None:
    names = list(table)
    columns: Sequence[Column] = list(table.values())
    write(
        str(path),
        None if geometries is None else shapely.to_wkb(geometries),
        [c.values for c in columns],
        names,
        field_mask=[c.mask for c in columns],
        layer=layer,
        driver=driver,
        geometry_type=geometry_type,
        crs=geo.crs_from_user(crs).to_wkt() if geometries is not None else None,
        **options,
    )


def _write_gpkg(plan: Plan, path: Path, progress: Progress | None) -> dict[Kind, int]:
    counts = dict.fromkeys(Kind, 0)
    to_wkt = _to_wkt(geo.MODEL_EPSG)
    facilities = _sorted(plan, Kind.FACILITY)
    facility_types = np.asarray(shapely.get_type_id(geometries_of(facilities)))
    for step, spec in enumerate(GPKG_LAYERS):
        report(progress, step, len(GPKG_LAYERS), f"Writing {spec.name}")
        if spec.takes:
            chosen = np.flatnonzero(np.isin(facility_types, [int(t) for t in spec.takes]))
            entities: list[Entity] = [facilities[i] for i in chosen]
        else:
            entities = _sorted(plan, spec.kind)
        table = TABLES[spec.kind](entities, plan, to_wkt)
        geometries = None if spec.geometry_type is None else geometries_of(entities)
        _write_layer(
            path,
            spec.name,
            "GPKG",
            geometries,
            table,
            spec.geometry_type,
            geo.MODEL_EPSG,
            promote_to_multi=spec.geometry_type is not None
            and spec.geometry_type.startswith("Multi"),
            # GeoPackage 1.2 rather than GDAL's newest default: older GDAL and QGIS warn on 1.4.
            dataset_options={"VERSION": "1.2"} if step == 0 else None,
        )
        counts[spec.kind] += len(entities)
    report(progress, len(GPKG_LAYERS), len(GPKG_LAYERS), "Written")
    return counts


def _write_geojson(plan: Plan, path: Path, name: str, progress: Progress | None) -> dict[Kind, int]:
    to_wkt = _to_wkt(geo.WGS84_EPSG)
    tables: list[tuple[Table, int]] = []
    geometries: list[NDArray[np.object_]] = []
    counts = dict.fromkeys(SPATIAL_KINDS, 0)
    for step, kind in enumerate(SPATIAL_KINDS):
        report(progress, step, len(SPATIAL_KINDS) + 1, f"Preparing {kind.value}")
        entities = _sorted(plan, kind)
        table = {"layer": Column(np.full(len(entities), kind.value, dtype=object))}
        table.update(TABLES[kind](entities, plan, to_wkt))
        tables.append((table, len(entities)))
        geometries.append(geometries_of(entities))
        counts[kind] = len(entities)
    report(progress, len(SPATIAL_KINDS), len(SPATIAL_KINDS) + 1, "Writing features")
    in_wgs84 = geo.transform_geometries(np.concatenate(geometries), geo.MODEL_EPSG, geo.WGS84_EPSG)
    _write_layer(
        path,
        name,
        "GeoJSON",
        in_wgs84,
        concatenate(tables),
        "Unknown",
        geo.WGS84_EPSG,
        promote_to_multi=False,
        layer_options={"RFC7946": "YES"},
    )
    report(progress, len(SPATIAL_KINDS) + 1, len(SPATIAL_KINDS) + 1, "Written")
    return counts
