"""`cosmoplan tenant`, `vehicle add`, `allocate`, `deallocate` and `allocation set-status`.

The small plan (conftest): pad 45/1 under modernisation until 2026, Roscosmos (an incumbent at
first contact) with Soyuz-5, signed on 45/1 from 2026-01-01 to 2030-12-31 (allocation 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cosmoplan.domain import Allocation, AllocationStatus, Kind
from cosmoplan.services.project import Project

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], tuple[str | None, list[str]]]  # the `snapshot` fixture


def refused(result: Any, *expected: str) -> None:
    """Exit status 2, one line on stderr naming what is wrong, no traceback."""
    assert result.code == 2, (result.out, result.err)
    assert result.err.startswith("cosmoplan: error: ") and result.err.count("\n") == 1
    assert "Traceback" not in result.err
    for text in expected:
        assert text in result.err, result.err


def listed(cli: Run, plan: Path, kind: str) -> list[dict[str, Any]]:
    result = cli("list", kind, plan, "--json")
    assert result.code == 0, result.err
    records: list[dict[str, Any]] = result.json()
    return records


def allocation(plan: Path, allocation_id: int) -> Allocation:
    project = Project.open(plan)
    try:
        found = project.plan.get(Kind.ALLOCATION, allocation_id)
    finally:
        project.close()
    assert isinstance(found, Allocation)
    return found


# -- tenant --------------------------------------------------------------------------------
def test_tenant_add(cli: Run, plan_file: Path) -> None:
    result = cli(
        "tenant", "add", plan_file, "--name", " HyImpulse ", "--country", "Germany",
        "--status", "in-talks", "--contact", "ceo@example.com", "--notes", "hybrid",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out == "Added tenant 2: HyImpulse (Germany, startup, in-talks).\n"
    assert listed(cli, plan_file, "tenants")[1] == {
        "id": 2,
        "name": "HyImpulse",
        "country": "Germany",
        "kind": "startup",
        "status": "in-talks",
    }


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--name", "ROSCOSMOS", "--country", "Russia"], "'ROSCOSMOS' already exists"),
        (["--name", "  ", "--country", "Russia"], "name is required"),
        (["--name", "X", "--country", "Y", "--kind", "giant"], "invalid choice: 'giant'"),
        (["--name", "X", "--country", "Y", "--status", "friends"], "invalid choice"),
        (["--name", "X"], "--country"),
    ],
)
def test_tenant_add_refusals_change_nothing(
    cli: Run, plan_file: Path, snapshot: Snapshot, arguments: list[str], expected: str
) -> None:
    before = snapshot(plan_file)
    refused(cli("tenant", "add", plan_file, *arguments), expected)
    assert snapshot(plan_file) == before


def test_tenant_set_status(cli: Run, plan_file: Path, snapshot: Snapshot) -> None:
    result = cli("tenant", "set-status", plan_file, "roscosmos", "approved")
    assert result.code == 0, result.err
    assert result.out == "Tenant Roscosmos: first-contact -> approved.\n"
    assert listed(cli, plan_file, "tenants")[0]["status"] == "approved"
    before = snapshot(plan_file)
    again = cli("tenant", "set-status", plan_file, "Roscosmos", "approved")
    assert again.code == 0 and "already approved" in again.out
    refused(cli("tenant", "set-status", plan_file, "Nobody", "approved"), "'Nobody'")
    refused(cli("tenant", "set-status", plan_file, "Roscosmos", "friends"), "invalid choice")
    assert snapshot(plan_file) == before


def test_tenant_remove_refuses_a_tenant_with_allocations_unless_cascade(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    before = snapshot(plan_file)
    refused(cli("tenant", "remove", plan_file, "Roscosmos"), "1 allocation", "cascade")
    assert snapshot(plan_file) == before
    result = cli("tenant", "remove", plan_file, "Roscosmos", "--cascade")
    assert result.code == 0, result.err
    assert result.out == "Removed tenant Roscosmos with 1 vehicle and 1 allocation.\n"
    for kind in ("tenants", "vehicles", "allocations"):
        assert listed(cli, plan_file, kind) == []


def test_tenant_remove_without_allocations(cli: Run, plan_file: Path) -> None:
    cli("tenant", "add", plan_file, "--name", "Orbex", "--country", "United Kingdom")
    cli("vehicle", "add", plan_file, "--tenant", "Orbex", "--name", "Prime",
        "--propellant", "lox-propane")  # fmt: skip
    result = cli("tenant", "remove", plan_file, "orbex")
    assert result.code == 0, result.err
    assert "with 1 vehicle and 0 allocations" in result.out
    assert [t["name"] for t in listed(cli, plan_file, "tenants")] == ["Roscosmos"]
    assert [v["name"] for v in listed(cli, plan_file, "vehicles")] == ["Soyuz-5"]


# -- vehicle -------------------------------------------------------------------------------
def test_vehicle_add_with_figures(cli: Run, plan_file: Path) -> None:
    cli("tenant", "add", plan_file, "--name", "HyImpulse", "--country", "Germany")
    result = cli(
        "vehicle", "add", plan_file, "--tenant", "hyimpulse", "--name", "SL1",
        "--propellant", "paraffin-lox", "--stages", "3", "--height-m", "32",
        "--diameter-m", "2", "--liftoff-mass-t", "42", "--thrust-kn", "600",
        "--payload-leo-kg", "600", "--launches-per-year", "4",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out == "Added vehicle 2: SL1 of HyImpulse (paraffin-lox).\n"
    assert listed(cli, plan_file, "vehicles")[1] == {
        "id": 2,
        "name": "SL1",
        "tenant": "HyImpulse",
        "propellant": "paraffin-lox",
        "stages": 3,
        "height_m": 32.0,
        "diameter_m": 2.0,
        "liftoff_mass_kg": 42_000.0,
        "vehicle_class": None,
    }
    project = Project.open(plan_file)
    try:
        sl1 = project.plan.vehicle_by_name("SL1")
    finally:
        project.close()
    assert sl1 is not None
    assert (sl1.liftoff_thrust_kn, sl1.payload_leo_kg, sl1.launches_per_year) == (600, 600, 4)
    assert sl1.propellant_mass_kg is None


def test_vehicle_add_with_safety_figures(cli: Run, plan_file: Path) -> None:
    cli("tenant", "add", plan_file, "--name", "Deep Blue", "--country", "China")
    result = cli(
        "vehicle", "add", plan_file, "--tenant", "Deep Blue", "--name", "Nebula-1",
        "--propellant", "lox-kerosene", "--division-1-1-kg", "150", "--tnt-factor", "0.25",
        "--factor-source", "range safety memo 12", "--class", "medium",
    )  # fmt: skip
    assert result.code == 0, result.err
    project = Project.open(plan_file)
    try:
        nebula = project.plan.vehicle_by_name("Nebula-1")
    finally:
        project.close()
    assert nebula is not None
    assert (nebula.division_1_1_kg, nebula.tnt_factor, nebula.tnt_factor_source) == (
        150,
        0.25,
        "range safety memo 12",
    )
    assert nebula.vehicle_class is not None and nebula.vehicle_class.value == "medium"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--tenant", "Nobody", "--name", "X", "--propellant", "solid"], "'Nobody'"),
        (
            ["--tenant", "Roscosmos", "--name", "X", "--propellant", "lox-methane",
             "--tnt-factor", "0.2"],
            "needs its source",
        ),
        (
            ["--tenant", "Roscosmos", "--name", "X", "--propellant", "solid", "--class", "huge"],
            "invalid choice",
        ),
        (["--tenant", "Roscosmos", "--name", "soyuz-5", "--propellant", "solid"], "exists"),
        (["--tenant", "Roscosmos", "--name", "X", "--propellant", "tea"], "invalid choice"),
        (
            ["--tenant", "Roscosmos", "--name", "X", "--propellant", "solid", "--height-m", "-3"],
            "height must be greater than zero",
        ),
        (
            ["--tenant", "Roscosmos", "--name", "X", "--propellant", "solid",
             "--liftoff-mass-kg", "1", "--liftoff-mass-t", "1"],
            "not allowed with argument",
        ),
        (
            ["--tenant", "Roscosmos", "--name", "X", "--propellant", "solid", "--stages", "2.5"],
            "invalid int value",
        ),
    ],
)  # fmt: skip
def test_vehicle_add_refusals_change_nothing(
    cli: Run, plan_file: Path, snapshot: Snapshot, arguments: list[str], expected: str
) -> None:
    before = snapshot(plan_file)
    refused(cli("vehicle", "add", plan_file, *arguments), expected)
    assert snapshot(plan_file) == before


# -- allocate ------------------------------------------------------------------------------
SOYUZ = ("--tenant", "roscosmos", "--vehicle", "SOYUZ-5", "--pad", "45/1")


def test_allocate_a_clean_allocation(cli: Run, plan_file: Path) -> None:
    result = cli(
        "allocate", plan_file, *SOYUZ, "--from", "2031-01-01", "--to", "2035-12-31",
        "--shared", "--fee-usd", "2500000", "--notes", "second lease",
    )  # fmt: skip
    assert result.code == 0, result.err
    *findings, added = result.out.splitlines()
    assert added == (
        "Added allocation 2: Soyuz-5 (Roscosmos) on pad 45/1 from 2031-01-01 to 2035-12-31, "
        "proposed, shared."
    )
    assert not [line for line in findings if line.startswith("error ")]
    added = allocation(plan_file, 2)
    assert (added.status, added.exclusive, added.annual_fee_usd, added.notes) == (
        AllocationStatus.PROPOSED,
        False,
        2_500_000,
        "second lease",
    )


def test_allocate_refuses_an_error_and_prints_the_findings(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    before = snapshot(plan_file)
    result = cli("allocate", plan_file, *SOYUZ, "--from", "2029-01-01", "--to", "2031-12-31")
    refused(result, "Allocation refused", "1 error rule", "--force")
    assert result.out.startswith("error allocation.overlap: Allocations of Roscosmos (Soyuz-5)")
    assert "overlap on pad 45/1 from 2029-01-01 to 2030-12-31 (730 days)" in result.out
    assert snapshot(plan_file) == before


def test_allocate_with_force_adds_it_and_prints_the_findings(cli: Run, plan_file: Path) -> None:
    result = cli(
        "allocate", plan_file, *SOYUZ, "--from", "2029-01-01", "--to", "2031-12-31", "--force"
    )
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("error allocation.overlap: ")
    assert re.fullmatch(r"Added allocation 2: .* from 2029-01-01 to 2031-12-31, proposed, "
                        r"exclusive\.", lines[-1])  # fmt: skip
    assert len(listed(cli, plan_file, "allocations")) == 2
    check = cli("check", plan_file, "--json", "--at", "2029-06-01")
    assert "allocation.overlap" in [f["rule"] for f in check.json()["findings"]]


def test_allocate_with_an_azimuth_outside_the_pads_range_is_refused(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    before = snapshot(plan_file)
    dates = ("--from", "2031-01-01", "--to", "2035-12-31")
    result = cli("allocate", plan_file, *SOYUZ, *dates, "--azimuth", "400")
    refused(result, "launch azimuth must be between 0.0 and 360.0")
    assert snapshot(plan_file) == before
    result = cli("allocate", plan_file, *SOYUZ, *dates, "--azimuth", "63.5")
    assert result.code == 0, result.err
    assert allocation(plan_file, 2).launch_azimuth_deg == 63.5


def test_allocate_checks_the_status_against_the_tenant(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    before = snapshot(plan_file)
    arguments = ("--from", "2031-01-01", "--to", "2031-12-31", "--status", "signed")
    result = cli("allocate", plan_file, *SOYUZ, *arguments)
    refused(result, "Allocation refused")
    assert result.out.startswith("error tenant.not_approved: ")
    assert snapshot(plan_file) == before
    cli("tenant", "set-status", plan_file, "Roscosmos", "approved")
    assert cli("allocate", plan_file, *SOYUZ, *arguments).code == 0


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--tenant", "Nobody", "--vehicle", "Soyuz-5", "--pad", "45/1"], "'Nobody'"),
        (["--tenant", "Roscosmos", "--vehicle", "Proton", "--pad", "45/1"], "'Proton'"),
        (["--tenant", "Roscosmos", "--vehicle", "Soyuz-5", "--pad", "99/1"], "'99/1'"),
        ([*SOYUZ, "--status", "dreaming"], "invalid choice"),
        ([*SOYUZ, "--fee-usd", "-5"], "annual fee must not be negative"),
        ([*SOYUZ, "--fee-usd", "lots"], "invalid float value"),
    ],
)
def test_allocate_refusals_change_nothing(
    cli: Run, plan_file: Path, snapshot: Snapshot, arguments: list[str], expected: str
) -> None:
    before = snapshot(plan_file)
    period = ["--from", "2031-01-01", "--to", "2031-12-31"]
    result = cli("allocate", plan_file, *arguments, *period)
    refused(result, expected)
    assert result.out == ""
    assert snapshot(plan_file) == before


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (["--from", "2031-12-31", "--to", "2031-01-01"], "end (2031-01-01) is before start"),
        (["--from", "2031-02-30", "--to", "2031-12-31"], "not a valid date: '2031-02-30'"),
        (["--from", "2031-01-01"], "--to"),
    ],
)
def test_allocate_refuses_bad_periods(
    cli: Run, plan_file: Path, snapshot: Snapshot, period: list[str], expected: str
) -> None:
    before = snapshot(plan_file)
    refused(cli("allocate", plan_file, *SOYUZ, *period), expected)
    assert snapshot(plan_file) == before


# -- deallocate and status changes --------------------------------------------------------
def test_deallocate_removes(cli: Run, plan_file: Path) -> None:
    result = cli("deallocate", plan_file, "1")
    assert result.code == 0, result.err
    assert result.out == (
        "Removed allocation 1: Soyuz-5 (Roscosmos) on pad 45/1 from 2026-01-01 to 2030-12-31.\n"
    )
    assert listed(cli, plan_file, "allocations") == []
    assert len(listed(cli, plan_file, "vehicles")) == 1


def test_deallocate_cancel_keeps_it_cancelled(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    result = cli("deallocate", plan_file, "1", "--cancel")
    assert result.code == 0, result.err
    assert result.out.endswith("(signed -> cancelled).\n")
    assert listed(cli, plan_file, "allocations")[0]["status"] == "cancelled"
    before = snapshot(plan_file)
    refused(cli("deallocate", plan_file, "1", "--cancel"), "already cancelled")
    refused(cli("deallocate", plan_file, "7"), "no allocation 7")
    refused(cli("deallocate", plan_file, "one"), "invalid int value")
    assert snapshot(plan_file) == before


def test_allocation_set_status_follows_the_lifecycle(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    result = cli("allocation", "set-status", plan_file, "1", "active")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Allocation 1: signed -> active."
    assert lines[1].startswith("error tenant.not_approved: "), "findings after the change"
    before = snapshot(plan_file)
    refused(
        cli("allocation", "set-status", plan_file, "1", "proposed"),
        "cannot go from active to proposed",
        "ended, cancelled",
    )
    refused(cli("allocation", "set-status", plan_file, "1", "paused"), "invalid choice")
    refused(cli("allocation", "set-status", plan_file, "2", "ended"), "no allocation 2")
    assert snapshot(plan_file) == before
    assert cli("allocation", "set-status", plan_file, "1", "ended").code == 0
    assert allocation(plan_file, 1).status is AllocationStatus.ENDED
    refused(cli("allocation", "set-status", plan_file, "1", "cancelled"), "final")


def test_missing_plan_and_missing_action(cli: Run, tmp_path: Path) -> None:
    refused(cli("deallocate", tmp_path / "none.cosmoplan", "1"), "No plan file")
    refused(cli("tenant"), "ACTION")
    assert not (tmp_path / "none.cosmoplan").exists()
