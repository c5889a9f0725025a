"""render_report: the PDFs read back with pypdfium2 (text, pages, sizes, objects, pictures)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pypdfium2 as pdfium
import pytest

from cosmoplan.demo import build_demo_plan, synthetic_plan
from cosmoplan.domain import Kind, Plan, Tenant
from cosmoplan.domain.progress import Cancelled
from cosmoplan.messages import CosmoplanError, ValidationError
from cosmoplan.reports import Report, build_report, render_report
from cosmoplan.reports.pages import LANDSCAPE, frame_size
from cosmoplan.reports.sections import HEADING_ROOM
from cosmoplan.reports.styles import money
from cosmoplan.reports.timeline import MIN_YEAR_PT, sheets, windows

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)
AT = date(2026, 11, 25)
ALLOCATION_HEADER = re.compile(r"Pad\s+Tenant\s+Vehicle\s+From\s+To\s+Status\s+Excl\.")


def _render(report: Report, path: Path, paper: str = "a4") -> Path:
    return render_report(report, path, paper)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    """The demo plan's full report on A4."""
    report = build_report(build_demo_plan(), at=AT, author="Planning Department")
    return report, _render(report, tmp_path_factory.mktemp("demo") / "demo.pdf")


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    """A synthetic plan with 400 allocations over 15 years: long tables."""
    plan = synthetic_plan(pads=30, facilities=40, zones=4, allocations=400, tenants=40)
    period = (date(2026, 1, 1), date(2040, 12, 31))
    report = build_report(plan, at=date(2030, 1, 1), period=period)
    return report, _render(report, tmp_path_factory.mktemp("many") / "many.pdf")


@pytest.fixture(scope="module")
def tenancy(
    tmp_path_factory: pytest.TempPathFactory, make_plan: Callable[[], Plan], cast: Cast
) -> dict[str, Path]:
    """The tenancy plan's full report (A4) and Alpha's report (US Letter)."""
    folder = tmp_path_factory.mktemp("tenancy")
    plan = make_plan()
    full = build_report(plan, at=date(2026, 7, 1))
    alpha = build_report(plan, "tenant", at=date(2026, 7, 1), tenant=cast.alpha)
    return {
        "full": _render(full, folder / "full.pdf"),
        "alpha": _render(alpha, folder / "alpha.pdf", "letter"),
    }


def test_every_page_has_the_header_and_page_x_of_y(
    demo: tuple[Report, Path], many: tuple[Report, Path], read_pdf: Read
) -> None:
    for report, path in (demo, many):
        pdf = read_pdf(path)
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            assert re.findall(r"Page (\d+) of (\d+)", page.text) == [(str(number), str(total))]
            assert page.text.startswith(f"{report.title} {report.cover.plan_name}")
            assert "Generated " in page.text


def test_a4_portrait_with_landscape_map_and_timeline(
    demo: tuple[Report, Path], read_pdf: Read
) -> None:
    pdf = read_pdf(demo[1])
    outline = {title: page for title, level, page in pdf.outline if level == 0}
    landscape = {i for i, page in enumerate(pdf.pages) if page.landscape}
    assert landscape and landscape == set(range(outline["Site map"], outline["Allocations"]))
    assert outline["Timeline"] in landscape
    for page in pdf.pages:
        size = (page.height, page.width) if page.landscape else (page.width, page.height)
        assert size == A4


def test_us_letter(tenancy: dict[str, Path], read_pdf: Read) -> None:
    pdf = read_pdf(tenancy["alpha"])
    assert {(min(p.width, p.height), max(p.width, p.height)) for p in pdf.pages} == {LETTER}
    assert any(p.landscape for p in pdf.pages) and not pdf.pages[0].landscape


def test_allocation_table_header_repeats_on_every_page(
    many: tuple[Report, Path], read_pdf: Read
) -> None:
    report, path = many
    pdf = read_pdf(path)
    outline = {title: page for title, level, page in pdf.outline if level == 0}
    table_pages = range(outline["Allocations"], outline["Findings"])
    assert len(table_pages) >= 3
    for index in table_pages:
        assert len(ALLOCATION_HEADER.findall(pdf.pages[index].text)) == 1
    shown = sum(
        len(re.findall(r"\d{4}-\d\d-\d\d \d{4}-\d\d-\d\d", pdf.pages[i].text)) for i in table_pages
    )
    assert shown == len(report.allocations) == 400


def test_contents_and_outline_point_to_the_sections(
    demo: tuple[Report, Path], read_pdf: Read
) -> None:
    report, path = demo
    pdf = read_pdf(path)
    titles = [title for title, level, _ in pdf.outline if level == 0]
    assert titles == [
        "Contents",
        "Document control",
        "Executive summary",
        "Summary",
        "Site map",
        "Timeline",
        "Allocations",
        "Findings",
        "Pads",
        "Tenants",
        "Glossary",
        "Sources",
    ]
    parts = [title for title, level, _ in pdf.outline if level == 1]
    assert parts == [f"Pad {p.code}" for p in report.pads] + [t.name for t in report.tenants]
    # The numbers are drawn last (once the pages are known): in the order of the entries.
    first = next(page for title, _, page in pdf.outline if title == "Document control")
    contents = " ".join(page.text for page in pdf.pages[:first])
    numbers = [int(n) for n in re.findall(r"\.{3,}\s*(\d+)", contents)]
    assert numbers == [page + 1 for title, _, page in pdf.outline if title != "Contents"]
    for title, _, page in pdf.outline:
        assert title in pdf.pages[page].text


def test_tenant_report_names_no_other_tenant_and_no_other_fee(
    tenancy: dict[str, Path], read_pdf: Read, cast: Cast
) -> None:
    pdf = read_pdf(tenancy["alpha"])
    text = pdf.text
    for name in cast.others_of(cast.alpha):
        assert name not in text
    for allocation_id in (2, 3):  # Beta's and Gamma's
        assert money(cast.fees[allocation_id]) not in text
    assert money(cast.fees[1]) in text
    flowing = " ".join(text.split())  # table cells wrap lines
    assert "overlaps another allocation on pad 45/1 from 2028-06-01 to 2028-12-31" in flowing
    assert "Not available to you" in text
    assert all(f"Prepared for {cast.alpha}" in page.text for page in pdf.pages)


def test_demo_tenant_report_names_no_other_tenant(tmp_path: Path, read_pdf: Read) -> None:
    plan = build_demo_plan()
    held = {a.tenant_id for a in plan.allocations()}
    tenant = next(t for t in plan.tenants() if t.id in held and t.kind.value == "startup")
    report = build_report(plan, "tenant", at=AT, tenant=tenant.name)
    text = read_pdf(render_report(report, tmp_path / "tenant.pdf")).text
    assert tenant.name in text
    for other in plan.tenants():
        if other.id != tenant.id:
            assert other.name not in text
    own = {v.name for v in plan.vehicles() if v.tenant_id == tenant.id}
    for vehicle in plan.vehicles():
        if vehicle.tenant_id != tenant.id and vehicle.name not in own:
            assert vehicle.name not in text
    own_fees = {money(a.annual_fee_usd) for a in plan.allocations() if a.tenant_id == tenant.id}
    for allocation in plan.allocations():
        fee = money(allocation.annual_fee_usd)
        if allocation.tenant_id != tenant.id and fee and fee not in own_fees:
            assert fee not in text


def test_cyrillic_and_kazakh_text_is_real_text(
    tenancy: dict[str, Path], read_pdf: Read, make_plan: Callable[[], Plan], cast: Cast
) -> None:
    text = read_pdf(tenancy["full"]).text
    assert make_plan().info.name in text  # Байқоңыр ғарыш айлағы: сынақ жоспары
    assert cast.beta in text and cast.vehicles[cast.beta] in text
    assert "Байқоңыр" in text


def test_map_page_is_vector_graphics(demo: tuple[Report, Path], read_pdf: Read) -> None:
    pdf = read_pdf(demo[1])
    (index,) = pdf.find("Site map as of 2026-11-25")
    page = pdf.pages[index]
    assert page.landscape
    assert page.paths > 100 and page.images == 0
    assert "45/1" in page.text and "As of 2026-11-25" in page.text
    assert all(p.images == 0 for p in pdf.pages)


def test_long_timeline_is_tiled_never_squeezed(tmp_path: Path, read_pdf: Read) -> None:
    plan = synthetic_plan(pads=60, facilities=10, zones=2, allocations=300, tenants=20)
    period = (date(2026, 1, 1), date(2045, 12, 31))
    report = build_report(plan, at=date(2030, 1, 1), period=period, sections={"timeline"})
    pdf = read_pdf(render_report(report, tmp_path / "timeline.pdf"))
    width, height = frame_size("a4", LANDSCAPE)
    cut = sheets(report.timeline, width, height - HEADING_ROOM)
    assert cut[0].row_chunks > 1 and cut[0].windows > 1
    assert len(pdf.pages) == len(cut) > 2
    assert all(page.landscape for page in pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Sheet {number} of {len(cut)}" in page.text
    text = pdf.text
    assert all(str(year) in text for year in range(2026, 2046))
    assert all(row.pad in text for row in report.timeline.rows)


def test_windows_keep_a_minimum_width_per_year() -> None:
    start, end = date(2026, 3, 1), date(2045, 12, 31)
    spans, scale = windows(start, end, 600.0)
    assert scale * 365.25 >= MIN_YEAR_PT
    assert spans[0][0] == start and spans[-1][1] == end
    for (_, last), (first, _) in pairwise(spans):
        assert (first - last).days == 1 and first.month == first.day == 1
    short, scale = windows(date(2026, 1, 1), date(2027, 12, 31), 600.0)
    assert short == [(date(2026, 1, 1), date(2027, 12, 31))]
    assert scale * 730 == pytest.approx(600.0)  # a short period fills the width


def test_pages_render_to_pictures_that_are_not_blank(demo: tuple[Report, Path]) -> None:
    document = pdfium.PdfDocument(str(demo[1]))
    try:
        for index in range(len(document)):
            image = document[index].render(scale=0.5).to_pil().convert("RGB")
            pixels = np.asarray(image).reshape(-1, 3).astype(int)
            ink = float(np.mean(pixels.sum(axis=1) < 600))
            assert ink > 0.01, f"page {index + 1} looks blank"
            assert len(np.unique(pixels, axis=0)) > 20
    finally:
        document.close()


def test_nothing_is_written_when_the_file_cannot_be(
    demo: tuple[Report, Path], tmp_path: Path
) -> None:
    report = demo[0]
    with pytest.raises(CosmoplanError) as caught:
        render_report(report, tmp_path / "missing" / "report.pdf")
    assert caught.value.message.id == "report.write_failed"
    with pytest.raises(CosmoplanError) as caught:
        render_report(report, tmp_path)
    assert caught.value.message.id == "files.output_is_folder"
    with pytest.raises(ValidationError) as caught:
        render_report(report, tmp_path / "report.pdf", paper="a3")
    assert caught.value.message.id == "report.unknown_paper"
    assert list(tmp_path.iterdir()) == []


class Recorder:
    """A progress that records the steps and cancels after ``stop_after`` of them."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.steps: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def update(self, done: int, total: int, message: str = "") -> None:
        self.steps.append((done, total))

    @property
    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.steps) >= self.stop_after


def test_progress_is_reported_up_to_the_end(demo: tuple[Report, Path], tmp_path: Path) -> None:
    progress = Recorder()
    render_report(demo[0], tmp_path / "report.pdf", progress=progress)
    done = [step for step, _ in progress.steps]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 100
    assert len(set(done)) > 10 and {total for _, total in progress.steps} == {100}


def test_cancel_leaves_the_existing_file_alone(demo: tuple[Report, Path], tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-1.4 the previous report")
    with pytest.raises(Cancelled):
        render_report(demo[0], out, progress=Recorder(stop_after=5))
    assert out.read_bytes() == b"%PDF-1.4 the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_report_of_some_sections(
    make_plan: Callable[[], Plan], tmp_path: Path, read_pdf: Read
) -> None:
    plan = make_plan()
    report = build_report(plan, at=date(2026, 7, 1), sections={"allocations", "findings"})
    pdf = read_pdf(render_report(report, tmp_path / "some.pdf"))
    titles = [title for title, level, _ in pdf.outline if level == 0]
    assert titles == ["Allocations", "Findings"]
    assert "Contents" not in pdf.text and "Summary" not in pdf.text
    tenant = plan.get(Kind.TENANT, 1)
    assert isinstance(tenant, Tenant) and tenant.name in pdf.text


def test_findings_are_summarised_by_rule_and_long_rules_are_cut(
    many: tuple[Report, Path], read_pdf: Read
) -> None:
    from cosmoplan.reports.findings_pages import LISTED_PER_RULE
    from cosmoplan.reports.tenant_pages import LISTED_FINDINGS

    report, path = many
    pdf = read_pdf(path)
    outline = {title: page for title, level, page in pdf.outline if level == 0}
    findings = " ".join(
        " ".join(pdf.pages[i].text.split()) for i in range(outline["Findings"], outline["Pads"])
    )
    per_rule: dict[str, int] = {}
    titles = {row.rule: row.title for row in report.findings}
    for row in report.findings:
        per_rule[row.rule] = per_rule.get(row.rule, 0) + 1
    assert max(per_rule.values()) > LISTED_PER_RULE
    for rule, count in per_rule.items():
        assert f"{titles[rule]} · {count:,}" in findings  # the heading of the rule's findings
        assert rule not in findings  # words, not ids
        note = f"The first {LISTED_PER_RULE} of {count:,} findings of this rule are listed"
        assert (note in findings) == (count > LISTED_PER_RULE)
    # A tenant with many findings has them counted by rule in its part, not listed again.
    busy = next(t for t in report.tenants if len(t.findings) > LISTED_FINDINGS)
    parts = " ".join(" ".join(page.text.split()) for page in pdf.pages[outline["Tenants"] :])
    assert busy.findings[0].text not in parts and busy.name in parts
