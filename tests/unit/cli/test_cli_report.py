"""`cosmoplan report`: the allocation report written to PDF, and what it refuses."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], tuple[str | None, list[str]]]  # the `snapshot` fixture


def pdf_facts(path: Path) -> tuple[list[tuple[float, float]], str]:
    """Page sizes (portrait order) and the text of every page."""
    document = pdfium.PdfDocument(str(path))
    try:
        sizes, texts = [], []
        for page in document:
            width, height = page.get_size()
            sizes.append((round(min(width, height)), round(max(width, height))))
            texts.append(str(page.get_textpage().get_text_range()))
        return sizes, "\n".join(texts)
    finally:
        document.close()


def test_full_report(snapshot: Snapshot, cli: Run, plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    before = snapshot(plan_file)
    result = cli(
        "report", plan_file, "-o", out, "--at", "2026-06-01", "--author", "Planning Department"
    )
    assert result.code == 0, result.err
    assert result.out == (
        f"Wrote the allocation report as of 2026-06-01 (2026-01-01 to 2030-12-31) to {out}.\n"
    )
    sizes, text = pdf_facts(out)
    assert set(sizes) == {(595, 842)}
    assert "Planning Department" in text and "Roscosmos" in text and "Soyuz-5" in text
    assert plan_file.name in text  # the plan file's name on the cover, with its hash
    assert str(plan_file.parent) not in text  # not its folders
    assert snapshot(plan_file) == before


def test_tenant_report_on_letter_with_a_period(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "roscosmos.pdf"
    result = cli(
        "report",
        plan_file,
        "-o",
        out,
        "--tenant",
        "roscosmos",
        "--at",
        "2027-01-01",
        "--from",
        "2026-01-01",
        "--to",
        "2035-12-31",
        "--paper",
        "letter",
    )
    assert result.code == 0, result.err
    assert result.out == (
        "Wrote the allocation report for Roscosmos as of 2027-01-01 (2026-01-01 to 2035-12-31) "
        f"to {out}.\n"
    )
    sizes, text = pdf_facts(out)
    assert set(sizes) == {(612, 792)}
    assert "Prepared for Roscosmos" in text and "2035-12-31" in text


def test_from_alone_runs_five_calendar_years(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    result = cli("report", plan_file, "-o", tmp_path / "r.pdf", "--from", "2028-03-01")
    assert result.code == 0, result.err
    assert "(2028-03-01 to 2032-12-31)" in result.out


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        (["--tenant", "Nobody"], "There is no tenant 'Nobody' in the plan. Tenants: Roscosmos."),
        (
            ["--from", "2030-01-01", "--to", "2029-01-01"],
            "The report period ends (2029-01-01) before it starts (2030-01-01).",
        ),
        (["--at", "2026-02-30"], "not a valid date: '2026-02-30' (expected YYYY-MM-DD)"),
        (["--paper", "a3"], "argument --paper: invalid choice: 'a3'"),
        (["--at", "1940-01-01"], "the date (1940-01-01) is outside the planning horizon"),
        (["--from", "2150-01-01", "--to", "2250-12-31"], "(2250-12-31) is outside the planning"),
    ],
)
def test_refused_input_writes_nothing(
    cli: Run, plan_file: Path, tmp_path: Path, arguments: list[str], error: str
) -> None:
    result = cli("report", plan_file, "-o", tmp_path / "report.pdf", *arguments)
    assert result.code == 2
    assert result.err.startswith("cosmoplan: error: ") and error in result.err
    assert result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan_file.name]


def test_unwritable_output_writes_nothing(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    result = cli("report", plan_file, "-o", tmp_path / "no" / "such" / "folder" / "report.pdf")
    assert result.code == 2
    assert result.err.startswith("cosmoplan: error: Cannot write the report ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan_file.name]


def test_missing_plan(cli: Run, tmp_path: Path) -> None:
    result = cli("report", tmp_path / "none.cosmoplan", "-o", tmp_path / "report.pdf")
    assert result.code == 2
    assert "No plan file at" in result.err
    assert list(tmp_path.iterdir()) == []


def test_since_an_earlier_plan_file_lists_the_changes_on_the_control_page(
    snapshot: Snapshot, cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    earlier = tmp_path / "earlier.cosmoplan"
    shutil.copy(plan_file, earlier)
    before = snapshot(earlier)
    assert cli("allocate", plan_file, "--tenant", "Roscosmos", "--vehicle", "Soyuz-5", "--pad",
               "45/1", "--from", "2031-01-01", "--to", "2032-12-31").code == 0  # fmt: skip
    assert cli("deallocate", plan_file, "1", "--cancel").code == 0
    out = tmp_path / "report.pdf"
    result = cli(
        "report", plan_file, "-o", out, "--at", "2026-06-01", "--since", earlier,
        "--document-version", "2.1", "--distribution", "Ministry", "--distribution", "Archive",
    )  # fmt: skip
    assert result.code == 0, result.err
    _, text = pdf_facts(out)
    control = text.split("Document control")[2]  # after the contents line, the page itself
    assert "2.1" in control and "Ministry; Archive" in control
    assert "2 allocations changed" in control
    flat = " ".join(control.split())
    assert "Cancelled Roscosmos Soyuz-5 45/1, 2026-01-01 to 2030-12-31, signed" in flat
    assert "Added Roscosmos Soyuz-5 — 45/1, 2031-01-01 to 2032-12-31, proposed" in flat
    assert snapshot(earlier) == before  # read, never written


def test_since_a_hash_says_whether_the_plan_is_the_same(
    cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    digest = hashlib.sha256(plan_file.read_bytes()).hexdigest()
    out = tmp_path / "report.pdf"
    assert cli("report", plan_file, "-o", out, "--since", digest[:12]).code == 0
    assert "The plan is the same as that of the earlier report" in pdf_facts(out)[1]
    assert cli("report", plan_file, "-o", out, "--since", "0123456789abcdef").code == 0
    assert "The plan has changed since the earlier report" in pdf_facts(out)[1]
    result = cli("report", plan_file, "-o", tmp_path / "other.pdf", "--since", "no-such-report")
    assert result.code == 2 and result.err.count("\n") == 1
    assert "An earlier report is named by its plan file or by the SHA-256" in result.err
    assert not (tmp_path / "other.pdf").exists()


def test_the_marking_is_on_every_page_of_a_tenant_report(
    cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    assert cli("report", plan_file, "-o", out, "--tenant", "Roscosmos").code == 0
    document = pdfium.PdfDocument(str(out))
    try:
        pages = [str(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()
    assert all("Prepared for Roscosmos only" in page for page in pages)


def test_a_scenarios_report_says_so_on_every_page(
    snapshot: Snapshot, cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    assert cli("optimise", plan_file, "--scenario", "Soyuz-5 later", "--time-limit", "2").code == 0
    before = snapshot(plan_file)
    plain, scenario = tmp_path / "plan.pdf", tmp_path / "scenario.pdf"
    period = ("--at", "2026-06-01", "--to", "2034-12-31")
    assert cli("report", plan_file, "-o", plain, *period).code == 0
    result = cli(
        "report", plan_file, "-o", scenario, *period, "--scenario", "soyuz-5 LATER",
    )  # fmt: skip
    assert result.code == 0, result.err
    document = pdfium.PdfDocument(str(scenario))
    try:
        pages = [str(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()
    assert len(pages) > 2
    assert all("Scenario: Soyuz-5 later — not the plan" in text for text in pages)
    plain_text = pdf_facts(plain)[1]
    # the scenario's proposed allocation is in its tables, not in the plan's
    assert "\n".join(pages).count("Proposed") > plain_text.count("Proposed")
    assert "not the plan" not in plain_text
    assert snapshot(plan_file) == before
    refused = cli(
        "report", plan_file, "-o", tmp_path / "no.pdf", "--scenario", "Soyuz-5 later",
        "--as-of-time", "2027-01-01 12:00",
    )  # fmt: skip
    assert refused.code == 2 and "leave out --as-of-time" in refused.err
    missing = cli("report", plan_file, "-o", tmp_path / "no.pdf", "--scenario", "Nope")
    assert missing.code == 2 and "There is no scenario 'Nope'" in missing.err
    assert not (tmp_path / "no.pdf").exists() and snapshot(plan_file) == before
