"""`cosmoplan check PLAN [--at DATE] [--json]`: findings as text or JSON, exit status 1 on errors.

The small plan (conftest) has one error as it is: Roscosmos is at first contact but its
allocation of 45/1 (2026-01-01 to 2030-12-31) is signed. The safety rules may add warnings of
their own (Soyuz-5's masses are unknown there); the tests single out the allocation rules.
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
    allocation_rules = [f["rule"] for f in findings if not f["rule"].startswith("safety.")]
    assert allocation_rules == ["tenant.not_approved", "allocation.stale"]
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
    findings = cli("check", plan_file, "--json", "--at", "2031-06-01").json()["findings"]
    width = max(len(f["rule"]) for f in findings)
    expected: list[str] = []
    for severity, heading in (("error", "Errors"), ("warning", "Warnings")):
        group = [f for f in findings if f["severity"] == severity]
        expected += [f"{heading} ({len(group)})"]
        expected += [f"  {f['rule'].ljust(width)}  {f['message']}" for f in group]
        expected += [""]
    warnings = len(findings) - 1
    plural = "" if warnings == 1 else "s"
    expected += [
        f"{len(findings)} findings as of 2031-06-01: 1 error, {warnings} warning{plural}, 0 info."
    ]
    assert result.out.splitlines() == expected
    assert "  tenant.not_approved  Allocation of pad 45/1 to Roscosmos" in result.out
    assert "is over by 2031-06-01 but still signed" in result.out


def test_warnings_alone_exit_0(cli: Run, plan_file: Path, snapshot: Snapshot) -> None:
    assert cli("tenant", "set-status", plan_file, "Roscosmos", "approved").code == 0
    before = snapshot(plan_file)
    stale = cli("check", plan_file, "--at", "2031-06-01")
    assert stale.code == 0, stale.out
    assert stale.out.startswith("Warnings (") and "Errors" not in stale.out
    assert "allocation.stale" in stale.out
    assert snapshot(plan_file) == before, "check never writes"


def test_a_clean_plan_says_so(cli: Run, plan_file: Path) -> None:
    assert cli("deallocate", plan_file, "1").code == 0
    clean = cli("check", plan_file, "--at", "2027-01-01")
    assert (clean.code, clean.out) == (0, "No findings as of 2027-01-01.\n")
    assert cli("check", plan_file, "--json", "--at", "2027-01-01").json() == {"findings": []}


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
