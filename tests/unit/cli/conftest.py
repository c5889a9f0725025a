"""Fixtures of the command-line tests: an in-process runner, a small plan file, file snapshots."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import Point, Polygon

from cosmoplan.cli.main import main
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    LaunchComplex,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Propellant,
    Request,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.geo import to_model
from cosmoplan.services.project import Project

#: Near pad 45/1 (Zenit), Baikonur.
PAD_LON, PAD_LAT = 63.3422, 45.9435


@dataclass
class Result:
    """What one run of the command line produced."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        """stdout parsed as JSON."""
        return json.loads(self.out)


Run = Callable[..., Result]


def small_plan() -> Plan:
    """One of everything: Site 45 with pad 45/1, a mast, a zone, a tenant, a vehicle, a lease."""
    x, y = to_model(PAD_LON, PAD_LAT)
    plan = Plan(PlanInfo("Small test plan", "for the CLI tests"))
    plan.add(LaunchComplex(1, "45", "Zenit"))
    plan.add(Facility(1, FacilityKind.CABLE_MAST, "45/1 cable mast", Point(x + 60, y), height_m=50))
    plan.add(
        Pad(
            1,
            1,
            "45/1",
            Point(x, y),
            name="Zenit pad",
            status_periods=(
                PadStatusPeriod(PadStatus.UNDER_MODERNISATION, date(2020, 1, 1), date(2026, 1, 1)),
                PadStatusPeriod(PadStatus.ACTIVE, date(2026, 1, 1)),
            ),
            power_facility_id=1,
        )
    )
    plan.add(
        Zone(
            1,
            ZoneKind.RESTRICTED_AREA,
            "Pad 45/1 hazard area",
            Polygon([(x - 1000, y - 1000), (x + 1000, y - 1000), (x + 1000, y + 1000)]),
            valid_from=date(2025, 1, 1),
        )
    )
    plan.add(Tenant(1, "Roscosmos", "Russia", TenantKind.INCUMBENT))
    plan.add(
        Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE, stages=2, height_m=61.9, diameter_m=4.1)
    )
    plan.add(Allocation(1, 1, 1, 1, date(2026, 1, 1), date(2030, 12, 31), AllocationStatus.SIGNED))
    plan.add(Request(1, 1, 1, date(2031, 1, 1), date(2034, 12, 31), 730, pad_ids=(1,)))
    return plan


def snapshot(path: Path) -> tuple[str | None, list[str]]:
    """The sha256 of a file and the SQLite side files next to it."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    sidecars = sorted(p.name for p in path.parent.glob(path.name + "-*"))
    return digest, sidecars


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``cosmoplan ARGS...`` in-process; returns exit code, stdout and stderr."""

    def run(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A stored copy of :func:`small_plan`."""
    path = tmp_path / "small.cosmoplan"
    Project.create(path, small_plan()).close()
    return path


@pytest.fixture(name="snapshot")
def snapshot_fixture() -> Callable[[Path], tuple[str | None, list[str]]]:
    """:func:`snapshot`, for the tests."""
    return snapshot


@pytest.fixture
def pad_lon_lat() -> tuple[float, float]:
    """Where the small plan's pad 45/1 is (WGS84 longitude, latitude)."""
    return PAD_LON, PAD_LAT
