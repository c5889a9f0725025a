"""`cosmoplan check PLAN [--at DATE] [--json]`: findings as text or JSON, exit status 1 on errors.

The small plan (conftest) has one error as it is: Roscosmos is at first contact but its
allocation of 45/1 (2026-01-01 to 2030-12-31) is signed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cosmoplan.analysis import check_plan
from cosmoplan.demo import build_demo_plan
from cosmoplan.services.project import Project

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], tuple[str | None, list[str]]]  # the `snapshot` fixture


def test_json_is_exactly_the_findings_as_dicts(cli: Run, plan_file: Path) -> None:
    result = cli("check", plan_file, "--json", "--at", "2031-06-01")
    assert result.code == 1, result.err
    document = result.json()
    assert list(document) == ["findings"]
    findings = document["findings"]
    assert [f["rule"] for f in findings] == ["tenant.not_approved", "allocation.stale"]
    for finding in findings:
        assert list(finding) == ["rule", "severity", "message", "subjects"]
        assert all(list(s) == ["kind", "id"] for s in finding["subjects"])
    assert findings[0]["severity"] == "error"
    assert findings[0]["subjects"] == [
        {"kind": "allocations", "id": 1},
        {"kind": "tenants", "id": 1},
        {"kind": "pads", "id": 1},
    ]
    assert "not approved (talks: first contact)" in findings[0]["message"]
    project = Project.open(plan_file)
    try:
        expected = [f.as_dict() for f in check_plan(project.plan, date(2031, 6, 1))]
    finally:
        project.close()
    assert findings == expected


def test_text_groups_by_severity_with_counts(cli: Run, plan_file: Path) -> None:
    result = cli("check", plan_file, "--at", "2031-06-01")
    assert result.code == 1 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0] == "Errors (1)"
    assert lines[1].startswith("  tenant.not_approved  Allocation of pad 45/1 to Roscosmos")
    assert lines[2] == ""
    assert lines[3] == "Warnings (1)"
    assert lines[4].startswith("  allocation.stale     Allocation of pad 45/1")
    assert "is over by 2031-06-01 but still signed" in lines[4]
    assert lines[-1] == "2 findings as of 2031-06-01: 1 error, 1 warning, 0 info."
    columns = {line.index("Allocation of") for line in lines if line.startswith("  ")}
    assert len(columns) == 1, "messages start in one column"


def test_warnings_alone_exit_0_and_a_clean_plan_says_so(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    assert cli("tenant", "set-status", plan_file, "Roscosmos", "approved").code == 0
    before = snapshot(plan_file)
    clean = cli("check", plan_file, "--at", "2027-01-01")
    assert (clean.code, clean.out) == (0, "No findings as of 2027-01-01.\n")
    assert cli("check", plan_file, "--json", "--at", "2027-01-01").json() == {"findings": []}
    stale = cli("check", plan_file, "--at", "2031-06-01")
    assert stale.code == 0
    assert stale.out.splitlines()[0] == "Warnings (1)"
    assert snapshot(plan_file) == before, "check never writes"


def test_at_defaults_to_today(cli: Run, plan_file: Path) -> None:
    result = cli("check", plan_file)
    assert f"as of {date.today().isoformat()}:" in result.out


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--at", "2026-13-01"], "not a valid date"),
        (["--json", "--xml"], "unrecognized arguments: --xml"),
    ],
)
def test_bad_usage_exits_2(cli: Run, plan_file: Path, arguments: list[str], expected: str) -> None:
    result = cli("check", plan_file, *arguments)
    assert result.code == 2 and expected in result.err and result.out == ""


def test_a_missing_plan_exits_2(cli: Run, tmp_path: Path) -> None:
    result = cli("check", tmp_path / "absent.cosmoplan")
    assert result.code == 2 and "No plan file" in result.err
    assert not (tmp_path / "absent.cosmoplan").exists()


def test_the_demo_plan_has_errors_as_soon_as_it_is_made(cli: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.cosmoplan"
    assert cli("new", demo, "--demo").code == 0
    result = cli("check", demo, "--json", "--at", "2026-06-01")
    assert result.code == 1
    expected = [f.as_dict() for f in check_plan(build_demo_plan(), date(2026, 6, 1))]
    assert result.json()["findings"] == expected
    rules = {f["rule"] for f in expected if f["severity"] == "error"}
    assert {"allocation.overlap", "pad.unavailable", "territory.outside_control"} <= rules
