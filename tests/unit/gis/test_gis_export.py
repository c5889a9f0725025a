"""Exporting a plan to GeoPackage and GeoJSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio
import pyogrio.errors
import pytest
import shapely
from pyogrio.raw import read

from cosmoplan import geo
from cosmoplan.domain import Kind, Plan
from cosmoplan.gis import Cancelled, FeatureExportError, export_plan
from cosmoplan.gis import export as export_module


class Recorder:
    """A progress that records updates and cancels after ``stop_after`` of them."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.updates: list[tuple[int, int, str]] = []
        self.stop_after = stop_after

    def update(self, done: int, total: int, message: str = "") -> None:
        self.updates.append((done, total, message))

    @property
    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.updates) >= self.stop_after


def layer(path: Path, name: str) -> tuple[dict[str, Any], np.ndarray, dict[str, list[Any]]]:
    meta, _, wkb, values = read(path, layer=name, datetime_as_string=True)
    geometries = shapely.from_wkb(wkb) if wkb is not None else None
    return meta, geometries, dict(zip(meta["fields"], (v.tolist() for v in values), strict=True))


def test_geopackage_has_one_layer_per_table_in_the_model_crs(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    counts = export_plan(plan, out)
    assert counts == {
        Kind.COMPLEX: 3, Kind.PAD: 3, Kind.FACILITY: 6, Kind.ZONE: 2,
        Kind.TENANT: 1, Kind.VEHICLE: 1, Kind.ALLOCATION: 1, Kind.REQUEST: 0,
    }  # fmt: skip
    layers = {str(name): kind for name, kind in pyogrio.list_layers(out)}
    assert layers == {
        "complexes": "MultiPolygon",
        "pads": "Point",
        "facilities_points": "Point",
        "facilities_lines": "MultiLineString",
        "facilities_polygons": "MultiPolygon",
        "zones": "MultiPolygon",
        "tenants": None,
        "vehicles": None,
        "allocations": None,
        "requests": None,
    }
    for name, geometry_type in layers.items():
        if geometry_type is not None:
            assert pyogrio.read_info(out, layer=name)["crs"] == "EPSG:32641"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.gpkg"]


def test_geopackage_rows_keep_attributes_and_geometry(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    _, geometries, pads = layer(out, "pads")
    assert pads["code"] == ["1/5", "45/1", "31/6"]
    assert pads["complex"] == ["1", "45", "31"]
    assert pads["status"] == ["museum", None, "damaged"]
    assert json.loads(pads["status_periods"][0])[1] == {
        "status": "museum", "start": "2019-09-26", "end": None, "note": 'said "museum"',
    }  # fmt: skip
    assert pads["propellants"][2] == "lox-kerosene,n2o4-udmh"
    assert pads["required_facility_ids"][2] == "1,4"
    assert pads["confidence"] == ["verified", "user", "schematic"]
    assert pads["schematic"] == [False, False, True]
    assert np.isnan(pads["max_height_m"][1])
    footprint = shapely.from_wkt(pads["footprint"][0])
    assert footprint.equals_exact(plan.get(Kind.PAD, 1).footprint, 1e-6)  # type: ignore[union-attr]
    assert geometries[0].equals(plan.get(Kind.PAD, 1).location)  # type: ignore[union-attr]

    _, lines, line_rows = layer(out, "facilities_lines")
    assert line_rows["name"] == ["Road to 31", "Rail spurs"]
    assert list(shapely.get_type_id(lines)) == [5, 5]  # promoted to MultiLineString
    _, _, polygons = layer(out, "facilities_polygons")
    assert polygons["commissioned"][:2] == ["1961-04-01", "1970-01-01"]
    assert polygons["decommissioned"][1] == "2001-06-30"
    assert polygons["propellant"][0] == "lox-kerosene"
    _, footprints, complexes = layer(out, "complexes")
    assert complexes["site"] == ["1", "45", "31"]
    assert footprints[1] is None  # Site 45 has no footprint: a row with null geometry
    _, geometries, allocations = layer(out, "allocations")
    assert geometries is None
    assert allocations["pad"] == ["45/1"]
    assert allocations["start"] == ["2027-01-01"]
    assert allocations["status"] == ["reserved"]


def test_geojson_is_one_wgs84_file_with_a_layer_property(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.geojson"
    counts = export_plan(plan, out)
    assert counts == {Kind.COMPLEX: 3, Kind.PAD: 3, Kind.FACILITY: 6, Kind.ZONE: 2}
    document = json.loads(out.read_text())
    assert "crs" not in document  # RFC 7946: WGS84 longitude/latitude only
    layers = [f["properties"]["layer"] for f in document["features"]]
    assert layers == ["complexes"] * 3 + ["pads"] * 3 + ["facilities"] * 6 + ["zones"] * 2
    pad = document["features"][3]
    assert pad["geometry"] == {"type": "Point", "coordinates": [63.3423, 45.9203]}
    assert pad["properties"]["code"] == "1/5"
    assert pad["properties"]["kind"] is None
    footprint = shapely.from_wkt(pad["properties"]["footprint"])
    assert footprint.bounds[0] == pytest.approx(63.341, abs=0.01)  # WKT in the file's CRS too
    assert document["features"][1]["geometry"] is None
    kinds = {f["geometry"]["type"] for f in document["features"][6:12]}
    assert kinds == {"Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}
    assert pyogrio.read_info(out)["crs"] == "EPSG:4326"


def test_export_replaces_an_older_file(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.geojson"
    out.write_text('{"type": "FeatureCollection", "features": []}')
    export_plan(plan, out)
    assert json.loads(out.read_text())["features"]


def test_a_failure_midway_leaves_no_file_and_keeps_the_old_one(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = export_module.write
    calls = []

    def failing_write(*args: Any, **kwargs: Any) -> None:
        calls.append(kwargs["layer"])
        if len(calls) == 3:
            raise pyogrio.errors.DataLayerError("disk full")
        real_write(*args, **kwargs)

    monkeypatch.setattr(export_module, "write", failing_write)
    fresh = tmp_path / "fresh.gpkg"
    with pytest.raises(FeatureExportError) as caught:
        export_plan(plan, fresh)
    assert caught.value.message.id == "gis.export_failed"
    assert "disk full" in str(caught.value)
    assert list(tmp_path.iterdir()) == []

    calls.clear()
    older = tmp_path / "older.gpkg"
    previous = b"SQLite format 3\x00" + bytes(52) + b"GPKG" + b"previous export"
    older.write_bytes(previous)
    with pytest.raises(FeatureExportError):
        export_plan(plan, older)
    assert older.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == ["older.gpkg"]


def test_cancel_stops_the_export_and_leaves_nothing(plan: Plan, tmp_path: Path) -> None:
    progress = Recorder(stop_after=2)
    with pytest.raises(Cancelled):
        export_plan(plan, tmp_path / "plan.gpkg", progress)
    assert list(tmp_path.iterdir()) == []
    assert progress.updates[0] == (0, 10, "Writing complexes")


def test_progress_reaches_the_end(plan: Plan, tmp_path: Path) -> None:
    progress = Recorder()
    export_plan(plan, tmp_path / "plan.geojson", progress)
    done, total, _ = progress.updates[-1]
    assert done == total


@pytest.mark.parametrize("name", ["plan.shp", "plan.kml", "plan"])
def test_unsupported_format_is_refused(plan: Plan, tmp_path: Path, name: str) -> None:
    with pytest.raises(FeatureExportError) as caught:
        export_plan(plan, tmp_path / name)
    assert caught.value.message.id == "gis.unsupported_format"
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_refused(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(FeatureExportError) as caught:
        export_plan(plan, tmp_path / "nowhere" / "plan.gpkg")
    assert caught.value.message.id == "gis.export_failed"


def test_an_empty_plan_writes_empty_layers(tmp_path: Path) -> None:
    out = tmp_path / "empty.gpkg"
    assert sum(export_plan(Plan(), out).values()) == 0
    assert len(pyogrio.list_layers(out)) == 10
    assert pyogrio.read_info(out, layer="pads")["features"] == 0


def test_geojson_coordinates_match_the_model(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.geojson"
    export_plan(plan, out)
    _, geometries, _ = layer(out, "plan")
    back = geo.transform_geometries(geometries[3:6], geo.WGS84_EPSG, geo.MODEL_EPSG)
    expected = [p.location for p in plan.pads()]
    assert all(a.distance(b) < 0.02 for a, b in zip(back, expected, strict=True))
