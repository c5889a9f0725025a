"""`cosmoplan list KIND PLAN`: JSON records and aligned tables for every kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err

EXPECTED = {
    "complexes": {"id": 1, "site": "45", "name": "Zenit", "controller": "unknown", "pads": 1},
    "pads": {
        "id": 1,
        "code": "45/1",
        "name": "Zenit pad",
        "site": "45",
        "status": "active",
        "propellants": [],
    },
    "facilities": {
        "id": 1,
        "name": "45/1 cable mast",
        "kind": "cable-mast",
        "status": "operational",
        "geometry": "Point",
        "commissioned": None,
        "decommissioned": None,
        "in_service": True,
    },
    "zones": {
        "id": 1,
        "name": "Pad 45/1 hazard area",
        "kind": "restricted-area",
        "area_km2": 2.0,
        "valid_from": "2025-01-01",
        "valid_to": None,
        "valid": True,
        "tenant": None,
    },
    "tenants": {
        "id": 1,
        "name": "Roscosmos",
        "country": "Russia",
        "kind": "incumbent",
        "status": "first-contact",
    },
    "vehicles": {
        "id": 1,
        "name": "Soyuz-5",
        "tenant": "Roscosmos",
        "propellant": "lox-kerosene",
        "stages": 2,
        "height_m": 61.9,
        "diameter_m": 4.1,
        "liftoff_mass_kg": None,
        "vehicle_class": None,
    },
    "allocations": {
        "id": 1,
        "tenant": "Roscosmos",
        "vehicle": "Soyuz-5",
        "pad": "45/1",
        "start": "2026-01-01",
        "end": "2030-12-31",
        "status": "signed",
        "exclusive": True,
        "azimuth_deg": None,
    },
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_json_records_of_every_kind(
    cli: Run, plan_file: Path, kind: str, pad_lon_lat: tuple[float, float]
) -> None:
    result = cli("list", kind, plan_file, "--json", "--at", "2026-06-01")
    assert result.code == 0, result.err
    records = result.json()
    assert isinstance(records, list) and len(records) == 1
    record = records[0]
    if kind == "pads":
        position = record.pop("lon"), record.pop("lat")
        assert position == pytest.approx(pad_lon_lat, abs=1e-6)
    assert record == EXPECTED[kind]


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_text_tables_are_aligned(cli: Run, plan_file: Path, kind: str) -> None:
    result = cli("list", kind, plan_file, "--at", "2026-06-01")
    assert result.code == 0, result.err
    header, rule, *rows = result.out.splitlines()
    assert header.startswith("ID") and set(rule) <= {"-", " "}
    assert len(rows) == 1
    # Every column starts where its rule segment starts.
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for start in starts:
        assert header[start] != " " and (start == 0 or header[start - 1] == " ")


@pytest.mark.parametrize(
    ("day", "status", "valid"),
    [
        ("2019-06-01", "inactive", False),
        ("2024-03-15", "under-modernisation", False),
        ("2026-01-01", "active", True),
    ],
)
def test_at_sets_the_day_of_time_dependent_values(
    cli: Run, plan_file: Path, day: str, status: str, valid: bool
) -> None:
    assert cli("list", "pads", plan_file, "--json", "--at", day).json()[0]["status"] == status
    zone = cli("list", "zones", plan_file, "--json", "--at", day).json()[0]
    assert zone["valid"] is valid


def test_without_at_pads_show_their_status_today(cli: Run, plan_file: Path) -> None:
    expected = "active" if date.today() >= date(2026, 1, 1) else "under-modernisation"
    assert cli("list", "pads", plan_file, "--json").json()[0]["status"] == expected


def test_numbers_are_right_aligned(cli: Run, plan_file: Path) -> None:
    lines = cli("list", "vehicles", plan_file).out.splitlines()
    header, row = lines[0], lines[2]
    assert header.index("Height (m)") + len("Height (m)") == row.index("61.9") + len("61.9")


def test_an_empty_kind(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "empty.cosmoplan"
    cli("new", path)
    assert cli("list", "pads", path).out == "No pads.\n"
    assert cli("list", "pads", path, "--json").json() == []
