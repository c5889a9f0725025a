"""`cosmoplan export` and `cosmoplan import`; bad input leaves the plan byte-for-byte unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyogrio
import pytest

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], tuple[str | None, list[str]]]  # the `snapshot` fixture

#: A few kilometres from the small plan's pad 45/1, inside the cosmodrome.
LON, LAT = 63.37, 45.96


def feature(geometry: dict[str, Any] | None, **properties: Any) -> dict[str, Any]:
    """A GeoJSON feature."""
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def point(lon: float = LON, lat: float = LAT) -> dict[str, Any]:
    """A GeoJSON point."""
    return {"type": "Point", "coordinates": [lon, lat]}


def square(lon: float = LON, lat: float = LAT, size: float = 0.01) -> dict[str, Any]:
    """A GeoJSON polygon: a small square with its south-west corner at (lon, lat)."""
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def pad(code: str, **properties: Any) -> dict[str, Any]:
    """A pad feature of Site 45."""
    return feature(point(), **({"code": code, "complex": "45", "name": ""} | properties))


def write_geojson(path: Path, features: list[dict[str, Any]]) -> Path:
    """Write a FeatureCollection."""
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_export_geopackage_has_every_layer(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "site.gpkg"
    result = cli("export", plan_file, out)
    assert result.code == 0, result.err
    singles = "1 complex, 1 pad, 1 facility, 1 zone, 1 tenant, 1 vehicle, 1 allocation, 1 request"
    assert result.out == f"Exported 8 objects to {out} ({singles}).\n"
    layers = {str(name) for name, _ in pyogrio.list_layers(out)}
    assert {"complexes", "pads", "zones", "tenants", "vehicles", "allocations"} <= layers
    assert pyogrio.read_info(out, layer="pads")["features"] == 1


def test_export_geojson_in_wgs84(
    cli: Run, plan_file: Path, tmp_path: Path, pad_lon_lat: tuple[float, float]
) -> None:
    out = tmp_path / "site.geojson"
    assert cli("export", plan_file, out).code == 0
    data = json.loads(out.read_text())
    pads = [f for f in data["features"] if f["properties"]["layer"] == "pads"]
    assert [p["properties"]["code"] for p in pads] == ["45/1"]
    assert pads[0]["geometry"]["coordinates"] == pytest.approx(list(pad_lon_lat), abs=1e-6)


@pytest.mark.parametrize("name", ["site.shp.zip", "site.txt", "site"])
def test_export_refuses_other_formats(cli: Run, plan_file: Path, tmp_path: Path, name: str) -> None:
    result = cli("export", plan_file, tmp_path / name)
    assert result.code == 2
    assert ".gpkg or .geojson" in result.err and result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan_file.name]


def test_import_adds_every_feature_and_saves(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    source = write_geojson(tmp_path / "pads.geojson", [pad("45/2"), pad("45/3", name="North")])
    result = cli("import", plan_file, source, "--as", "pads")
    assert result.code == 0, result.err
    assert result.out.startswith("Imported 2 pads from ")
    codes = [p["code"] for p in cli("list", "pads", plan_file, "--json").json()]
    assert codes == ["45/1", "45/2", "45/3"]


def test_import_with_an_explicit_crs(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    from cosmoplan.geo import to_model

    x, y = to_model(LON, LAT)
    source = write_geojson(
        tmp_path / "utm.geojson", [feature(square(x, y, 500.0), kind="restricted-area", name="Z")]
    )
    result = cli("import", plan_file, source, "--as", "zones", "--crs", "32641")
    assert result.code == 0, result.err
    zones = cli("list", "zones", plan_file, "--json").json()
    assert zones[-1]["name"] == "Z" and zones[-1]["area_km2"] == pytest.approx(0.25, abs=1e-3)


def test_import_of_an_exported_geopackage_into_an_empty_plan(
    cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "site.gpkg"
    cli("export", plan_file, exported)
    target = tmp_path / "copy.cosmoplan"
    cli("new", target)
    for kind in ("complexes", "pads", "zones"):
        result = cli("import", target, exported, "--as", kind)
        assert result.code == 0, result.err
    pads = cli("list", "pads", target, "--json").json()
    assert [(p["code"], p["site"]) for p in pads] == [("45/1", "45")]


def _bad_files() -> dict[str, tuple[list[str], Any]]:
    """Each case: the extra arguments and what to write to the import file."""
    whole = json.dumps(
        {"type": "FeatureCollection", "features": [pad("45/2"), pad("45/3"), pad("45/4")]}
    )
    bow_tie = {
        "type": "Polygon",
        "coordinates": [
            [[LON, LAT], [LON + 0.01, LAT + 0.01], [LON + 0.01, LAT], [LON, LAT + 0.01], [LON, LAT]]
        ],
    }
    return {
        "kind-not-importable": (["--as", "tenants"], [feature(None, name="T", country="KZ")]),
        "truncated": (["--as", "pads"], whole[: len(whole) // 2]),
        "not-json": (["--as", "pads"], "this is not GeoJSON {"),
        "empty-file": (["--as", "pads"], ""),
        "unknown-crs": (["--as", "pads", "--crs", "EPSG:999999"], [pad("45/2")]),
        "nonsense-crs": (["--as", "pads", "--crs", "my-own-grid"], [pad("45/2")]),
        "self-intersecting": (
            ["--as", "zones"],
            [feature(bow_tie, kind="restricted-area", name="X")],
        ),
        "empty-geometry": (
            ["--as", "zones"],
            [feature({"type": "Polygon", "coordinates": []}, kind="public-area", name="X")],
        ),
        "no-geometry": (["--as", "pads"], [feature(None, code="45/2", complex="45")]),
        "far-away": (["--as", "pads"], [pad("45/2") | {"geometry": point(10.0, 10.0)}]),
        "one-of-many-far-away": (
            ["--as", "pads"],
            [pad("45/2"), pad("45/3") | {"geometry": point(10.0, 10.0)}, pad("45/4")],
        ),
        "missing-code": (["--as", "pads"], [feature(point(), complex="45", name="no code")]),
        "blank-code": (["--as", "pads"], [pad("   ")]),
        "duplicate-in-file": (["--as", "pads"], [pad("45/2"), pad("45/2")]),
        "duplicate-of-plan": (["--as", "pads"], [pad("45/2"), pad("45/1")]),
        "unknown-site": (["--as", "pads"], [pad("999/1", complex="999")]),
        "unknown-status": (
            ["--as", "facilities"],
            [feature(point(), kind="cable-mast", name="M", status="exploded")],
        ),
        "bad-date": (
            ["--as", "zones"],
            [feature(square(), kind="public-area", name="Town", valid_from="2025-02-30")],
        ),
        "reversed-dates": (
            ["--as", "zones"],
            [
                feature(
                    square(),
                    kind="public-area",
                    name="Town",
                    valid_from="2026-01-01",
                    valid_to="2025-01-01",
                )
            ],
        ),
        "wrong-geometry-type": (
            ["--as", "zones"],
            [feature(point(), kind="public-area", name="P")],
        ),
    }


BAD_FILES = _bad_files()


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_import_files_change_nothing(
    snapshot: Snapshot, cli: Run, plan_file: Path, tmp_path: Path, case: str
) -> None:
    arguments, content = BAD_FILES[case]
    source = tmp_path / "input.geojson"
    if isinstance(content, str):
        source.write_text(content)
    else:
        write_geojson(source, content)
    before = snapshot(plan_file)
    result = cli("import", plan_file, source, *arguments)
    assert result.code == 2, result.err
    assert result.err.startswith("cosmoplan: error: ") and result.err.count("\n") == 1
    assert "Traceback" not in result.err and result.out == ""
    assert snapshot(plan_file) == before
    assert len(cli("list", "pads", plan_file, "--json").json()) == 1


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--as", "spaceports"], "invalid choice: 'spaceports'"),
        (["--as", "pads", "--crs"], "expected one argument"),
    ],
)
def test_bad_import_usage_changes_nothing(
    snapshot: Snapshot,
    cli: Run,
    plan_file: Path,
    tmp_path: Path,
    arguments: list[str],
    expected: str,
) -> None:
    source = write_geojson(tmp_path / "pads.geojson", [pad("45/2")])
    before = snapshot(plan_file)
    result = cli("import", plan_file, source, *arguments)
    assert result.code == 2 and expected in result.err
    assert snapshot(plan_file) == before


def test_importing_a_missing_file_changes_nothing(
    snapshot: Snapshot, cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    before = snapshot(plan_file)
    result = cli("import", plan_file, tmp_path / "absent.geojson", "--as", "pads")
    assert result.code == 2 and "absent.geojson" in result.err
    assert snapshot(plan_file) == before


def test_importing_into_a_missing_plan_creates_nothing(cli: Run, tmp_path: Path) -> None:
    source = write_geojson(tmp_path / "pads.geojson", [pad("45/2")])
    result = cli("import", tmp_path / "absent.cosmoplan", source, "--as", "pads")
    assert result.code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pads.geojson"]


@pytest.mark.parametrize("command", ["import", "export", "list", "render"])
def test_a_plan_that_is_not_a_plan_stays_as_it_was(
    snapshot: Snapshot, cli: Run, tmp_path: Path, command: str
) -> None:
    not_plan = tmp_path / "holiday.cosmoplan"
    not_plan.write_text('{"type": "FeatureCollection", "features": []}')
    source = write_geojson(tmp_path / "pads.geojson", [pad("45/2")])
    argv = {
        "import": ["import", not_plan, source, "--as", "pads"],
        "export": ["export", not_plan, tmp_path / "out.gpkg"],
        "list": ["list", "pads", not_plan],
        "render": ["render", not_plan, "-o", tmp_path / "out.png"],
    }[command]
    before = snapshot(not_plan)
    result = cli(*argv)
    assert result.code == 2 and result.err.count("\n") == 1
    assert snapshot(not_plan) == before
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "out.png").exists()
