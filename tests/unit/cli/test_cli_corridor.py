"""`cosmoplan corridor`: both Appendix A polygons written as WGS84 GeoJSON; bad input refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import Point, shape

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err

LAT, LON = "45.9435", "63.3422"


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_help_names_every_vehicle_class(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from cosmoplan.safety import VehicleClass

    monkeypatch.setenv("COLUMNS", "200")  # no line breaks inside "guided-suborbital"
    result = cli("corridor", "--help")
    assert result.code == 0
    text = " ".join(result.out.split())
    for vehicle_class in VehicleClass:
        assert vehicle_class.value in text


def test_writes_both_polygons(cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "corridor.geojson"
    result = cli("corridor", "--lat", LAT, "--lon", LON, "--azimuth", "65", "--class", "medium",
                 "-o", out)  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.startswith("Wrote the medium flight corridor at azimuth 65° to ")
    data = read(out)
    assert data["type"] == "FeatureCollection"
    zones = {f["properties"]["zone"]: f for f in data["features"]}
    assert list(zones) == ["overflight-exclusion", "flight-corridor"]
    oez, corridor = (shape(zones[z]["geometry"]) for z in zones)
    assert oez.is_valid and corridor.is_valid
    launch = Point(float(LON), float(LAT))
    assert oez.contains(launch) and corridor.contains(launch)
    assert corridor.area > oez.area
    assert zones["flight-corridor"]["properties"]["class"] == "medium"
    assert not list(tmp_path.glob(".*.tmp"))


def test_antimeridian_corridor_is_a_multipolygon_within_180(cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "east.geojson"
    result = cli("corridor", "--lat", LAT, "--lon", LON, "--azimuth", "60", "--class", "large",
                 "-o", out)  # fmt: skip
    assert result.code == 0, result.err
    corridor = next(
        f for f in read(out)["features"] if f["properties"]["zone"] == "flight-corridor"
    )
    assert corridor["geometry"]["type"] == "MultiPolygon"
    geometry = shape(corridor["geometry"])
    assert geometry.is_valid
    assert geometry.bounds[0] >= -180 and geometry.bounds[2] <= 180


def test_guided_suborbital_with_apogee(cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "sub.geojson"
    result = cli("corridor", "--lat", LAT, "--lon", LON, "--azimuth", "90",
                 "--class", "guided-suborbital", "--apogee-km", "300", "-o", out)  # fmt: skip
    assert result.code == 0, result.err
    assert len(read(out)["features"]) == 2


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--azimuth", "360", "--class", "small"], "less than 360"),
        (["--azimuth", "-5", "--class", "small"], "at least 0"),
        (["--azimuth", "10", "--class", "heavy"], "Unknown vehicle class"),
        (["--azimuth", "10", "--class", "guided-suborbital"], "needs the apogee"),
        (["--azimuth", "10", "--class", "small", "--apogee-km", "100"], "only applies"),
        (["--azimuth", "north", "--class", "small"], "invalid float value"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    cli: Run, tmp_path: Path, argv: list[str], expected: str
) -> None:
    out = tmp_path / "never.geojson"
    result = cli("corridor", "--lat", LAT, "--lon", LON, *argv, "-o", out)
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cosmoplan: error: ")
    assert expected in lines[0]
    assert not out.exists()


@pytest.mark.parametrize(("lat", "lon"), [("91", LON), (LAT, "200"), ("nan", LON)])
def test_position_out_of_range_refused(cli: Run, tmp_path: Path, lat: str, lon: str) -> None:
    out = tmp_path / "never.geojson"
    result = cli("corridor", "--lat", lat, "--lon", lon, "--azimuth", "10", "--class", "small",
                 "-o", out)  # fmt: skip
    assert result.code == 2 and "launch l" in result.err
    assert not out.exists()


def test_unwritable_output_is_one_line(cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "c.geojson"
    result = cli("corridor", "--lat", LAT, "--lon", LON, "--azimuth", "10", "--class", "small",
                 "-o", out)  # fmt: skip
    assert result.code == 2
    assert result.err.startswith("cosmoplan: error: Cannot write ")
