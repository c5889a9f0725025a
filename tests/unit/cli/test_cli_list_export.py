"""`cosmoplan list KIND PLAN --format csv|xlsx [-o FILE]`: the window's table columns in files
read back with the csv module and openpyxl, compared with the plan."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], Any]

#: What the small plan's one object of each kind reads in some columns, on 2026-06-01.
EXPECTED: dict[str, dict[str, Any]] = {
    "complexes": {"Site": "45", "Name": "Zenit", "Controller": "Unknown"},
    "pads": {"Code": "45/1", "Name": "Zenit pad", "Status": "Active", "Max mass (t)": None},
    "facilities": {"Name": "45/1 cable mast", "Kind": "Cable mast", "In service": True},
    "zones": {"Name": "Pad 45/1 hazard area", "Valid from": datetime(2025, 1, 1)},
    "tenants": {"Name": "Roscosmos", "Country": "Russia", "Kind": "Incumbent"},
    "vehicles": {"Name": "Soyuz-5", "Tenant": "Roscosmos", "Height (m)": 61.9},
    "allocations": {
        "Id": 1,
        "Pad": "45/1",
        "From": datetime(2026, 1, 1),
        "To": datetime(2030, 12, 31),
        "Status": "Signed",
        "Use": "Exclusive",
    },
    "requests": {"Pads": "45/1", "Days": 730, "Earliest start": datetime(2031, 1, 1)},
}


def _as_csv(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_xlsx_holds_the_objects_with_real_dates_and_numbers(
    cli: Run, plan_file: Path, tmp_path: Path, kind: str, snapshot: Snapshot
) -> None:
    before = snapshot(plan_file)
    out = tmp_path / f"{kind}.xlsx"
    result = cli("list", kind, plan_file, "--at", "2026-06-01", "-o", out)
    assert result.code == 0, result.err
    assert result.out.startswith("Wrote 1 ") and result.out.endswith(f" to {out}.\n")
    page = openpyxl.load_workbook(out).active
    assert page.freeze_panes == "A2" and page.auto_filter.ref is not None
    header, *rows = [[cell.value for cell in row] for row in page.iter_rows()]
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert {key: row[key] for key in EXPECTED[kind]} == EXPECTED[kind]
    assert snapshot(plan_file) == before  # read only


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_csv_holds_the_same_cells_as_text(
    cli: Run, plan_file: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.csv"
    assert (
        cli("list", kind, plan_file, "--at", "2026-06-01", "--format", "csv", "-o", out).code == 0
    )
    with out.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == 1
    assert {key: records[0][key] for key in EXPECTED[kind]} == {
        key: _as_csv(value) for key, value in EXPECTED[kind].items()
    }


def test_csv_goes_to_the_terminal_without_a_file(cli: Run, plan_file: Path) -> None:
    result = cli("list", "allocations", plan_file, "--format", "csv")
    assert result.code == 0, result.err
    header, row = list(csv.reader(io.StringIO(result.out)))
    assert header[:4] == ["Id", "Tenant", "Vehicle", "Pad"]
    assert row[:6] == ["1", "Roscosmos", "Soyuz-5", "45/1", "2026-01-01", "2030-12-31"]


def test_findings_are_listed_and_exported(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    listed = cli("list", "findings", plan_file, "--json", "--at", "2026-06-01").json()
    checked = cli("check", plan_file, "--json", "--at", "2026-06-01").json()["findings"]
    assert listed == checked and listed
    out = tmp_path / "findings.xlsx"
    assert cli("list", "findings", plan_file, "--at", "2026-06-01", "-o", out).code == 0
    header, *rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert header[:4] == ["Severity", "Rule", "Finding", "Objects"]
    assert [row[2] for row in rows] == [finding["message"] for finding in checked]
    assert {row[0] for row in rows} <= {"Error", "Warning", "Information"}


def test_an_export_replaces_its_own_file(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pads.csv"
    for _ in range(2):
        assert cli("list", "pads", plan_file, "-o", out).code == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Code,Name,Complex")


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--format", "xlsx"], "name the file to write with -o FILE"),
        (["--json", "-o", "{dir}/pads.json"], "-o writes CSV or XLSX files; JSON goes to"),
        (["--format", "table", "-o", "{dir}/pads.csv"], "TABLE goes to the terminal"),
        (["-o", "{dir}/pads.ods"], "must end in .csv or .xlsx"),
        (["-o", "{plan}", "--format", "xlsx"], "is a cosmoplan plan"),
        (["-o", "{dir}/thesis.csv"], "does not hold CSV data"),
        (["-o", "{dir}", "--format", "csv"], "is a folder"),
        (["--format", "pdf"], "invalid choice: 'pdf'"),
    ],
)
def test_bad_output_is_refused_in_one_line_with_nothing_written(
    cli: Run, plan_file: Path, tmp_path: Path, snapshot: Snapshot, arguments: list[str], says: str
) -> None:
    (tmp_path / "thesis.csv").write_text("My thesis\n")
    folder = sorted(p.name for p in tmp_path.iterdir())
    before = snapshot(plan_file)
    argv = [a.replace("{dir}", str(tmp_path)).replace("{plan}", str(plan_file)) for a in arguments]
    result = cli("list", "pads", plan_file, *argv)
    assert result.code == 2
    assert result.err.count("\n") == 1 and says in result.err, result.err
    assert result.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == folder
    assert (tmp_path / "thesis.csv").read_text() == "My thesis\n"
    assert snapshot(plan_file) == before
