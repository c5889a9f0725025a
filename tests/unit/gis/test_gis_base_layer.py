"""Base layers for the map, the progress protocol, and the vectorised Kazakhstan check."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyogrio.raw import write

from cosmoplan import geo
from cosmoplan.domain import Plan
from cosmoplan.domain.progress import Cancelled, NullProgress, report
from cosmoplan.gis import FeatureImportError, export_plan, read_base_layer
from cosmoplan.messages import ValidationError


def osm_extract(path: Path) -> Path:
    """A GeoJSON like an OpenStreetMap extract: roads and buildings, one empty, one missing."""
    features = [
        {"type": "Feature", "properties": {"highway": "primary", "lanes": 2},
         "geometry": {"type": "LineString", "coordinates": [[63.3, 45.6], [63.4, 45.7]]}},
        {"type": "Feature", "properties": {"highway": None, "lanes": None},
         "geometry": {"type": "Polygon", "coordinates": []}},
        {"type": "Feature", "properties": {"highway": "track", "lanes": 1}, "geometry": None},
        {"type": "Feature", "properties": {"building": "yes"},
         "geometry": {"type": "Polygon", "coordinates": [
             [[63.31, 45.62], [63.311, 45.62], [63.311, 45.621], [63.31, 45.62]]]}},
    ]  # fmt: skip
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_a_base_layer_is_reprojected_and_empty_features_dropped(tmp_path: Path) -> None:
    layer = read_base_layer(osm_extract(tmp_path / "osm.geojson"))
    assert layer.name == "osm"
    assert layer.geometry_type == "Unknown"
    assert [g.geom_type for g in layer.geometries] == ["LineString", "Polygon"]
    start = shapely.get_point(layer.geometries[0], 0)
    assert start.distance(shapely.Point(geo.to_model(63.3, 45.6))) < 1e-6
    assert layer.attributes["highway"] == ["primary", None]
    assert layer.attributes["building"] == [None, "yes"]


def test_a_named_layer_of_a_geopackage(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    layer = read_base_layer(out, layer="zones")
    assert layer.geometry_type == "MultiPolygon"
    assert layer.attributes["name"] == ["Boundary", "SEZ"]
    assert read_base_layer(out).name == "complexes"
    assert len(read_base_layer(out).geometries) == 2  # Site 45 has no footprint


def test_a_shapefile_without_crs_needs_one(tmp_path: Path) -> None:
    path = tmp_path / "survey.shp"
    with pytest.warns(UserWarning, match="'crs' was not provided"):
        write(
            str(path),
            shapely.to_wkb(np.array([shapely.Point(geo.to_model(63.3, 45.6))])),
            [np.array([7])],
            ["mark"],
            driver="ESRI Shapefile",
            geometry_type="Point",
        )
    with pytest.raises(FeatureImportError) as caught:
        read_base_layer(path)
    assert caught.value.message.id == "gis.no_crs"
    layer = read_base_layer(path, crs="EPSG:32641")
    assert layer.attributes["mark"] == [7]


def test_unreadable_base_layers(tmp_path: Path) -> None:
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"\x00not a geopackage" * 100)
    with pytest.raises(FeatureImportError) as caught:
        read_base_layer(junk)
    assert caught.value.message.id == "gis.file_unreadable"
    with pytest.raises(FeatureImportError) as caught:
        read_base_layer(tmp_path / "absent.geojson")
    assert caught.value.message.id == "gis.file_missing"
    with pytest.raises(FeatureImportError) as caught:
        read_base_layer(osm_extract(tmp_path / "osm.geojson"), layer="rivers")
    assert caught.value.message.id == "gis.no_layer"


def test_report_passes_steps_on_and_raises_when_cancelled() -> None:
    class Stoppable:
        def __init__(self) -> None:
            self.seen: list[tuple[int, int, str]] = []
            self.cancelled = False

        def update(self, done: int, total: int, message: str = "") -> None:
            self.seen.append((done, total, message))

    progress = Stoppable()
    report(progress, 1, 4, "Reading")
    assert progress.seen == [(1, 4, "Reading")]
    progress.cancelled = True
    with pytest.raises(Cancelled) as caught:
        report(progress, 2, 4, "Reading")
    assert str(caught.value) == "Reading: cancelled."
    report(None, 3, 4)
    report(NullProgress(), 3, 4)


def test_near_kazakhstan_is_vectorised() -> None:
    inside = shapely.Point(geo.to_model(63.3, 45.9))
    straddling = shapely.box(*geo.to_model(63.3, 45.9), *geo.to_model(95.0, 46.0))
    geometries = [inside, straddling, shapely.Point(0, 0), None, shapely.Polygon()]
    assert geo.near_kazakhstan(geometries).tolist() == [True, False, False, False, False]
    assert geo.near_kazakhstan([]).shape == (0,)
    geo.require_near_kazakhstan(inside, "it")  # agrees with the one-geometry check
    with pytest.raises(ValidationError):
        geo.require_near_kazakhstan(straddling, "it")
