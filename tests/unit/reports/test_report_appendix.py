"""The glossary and the sources appendix, read back from the PDF: every term and every object's
sources; a tenant's appendix holds nothing of other tenants; every text in the report's
language."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cosmoplan.demo import build_demo_plan, demo_sources
from cosmoplan.demo.reading import source_keys
from cosmoplan.messages import TEMPLATES
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports import language as language_module
from cosmoplan.reports.glossary import TERMS

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 3, 22)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _section(pdf: PdfFile, first: str, last: str | None = None) -> str:
    """The text from the page whose heading is ``first`` up to the one of ``last``."""
    starts = [page for title, level, page in pdf.outline if level == 0]
    titles = [title for title, level, _ in pdf.outline if level == 0]
    begin = starts[titles.index(first)]
    end = starts[titles.index(last)] if last else len(pdf.pages)
    return _flat(" ".join(page.text for page in pdf.pages[begin:end]))


def test_the_glossary_defines_the_terms(tmp_path: Path, read_pdf: Read) -> None:
    report = build_report(build_demo_plan(), at=AT, sections=["glossary"])
    text = _section(read_pdf(render_report(report, tmp_path / "g.pdf")), "Glossary")
    for term in ("Public-area distance", "Intraline distance", "OEZ (overflight exclusion zone)"):
        assert term in text
    for word in ("Proposed", "Signed", "Cancelled", "Under modernisation", "Museum", "Error"):
        assert re.search(rf"\b{word}\b", text), word
    assert len(re.findall(r"14 CFR 420", text)) == 2


def test_every_object_of_the_demo_is_listed_with_its_sources(
    tmp_path: Path, read_pdf: Read
) -> None:
    plan = build_demo_plan()
    report = build_report(plan, at=AT, sections=["sources"])
    text = _section(read_pdf(render_report(report, tmp_path / "s.pdf")), "Sources")
    body, references = text.split("References Key Reference")
    for pad in plan.pads():
        keys = ", ".join(source_keys(pad.provenance.source))
        assert re.search(rf"{re.escape(pad.code)} {re.escape(keys)}", body), pad.code
    for tenant in plan.tenants():
        assert tenant.name in body
    assert len(report.sources.rows) == sum(
        len(plan.objects(kind)) for kind in {row.kind for row in report.sources.rows}
    )
    known = demo_sources()
    for key in ("GCAT", "LL2T", "RSW-31"):
        assert key in references and known[key].split()[0] in references


def test_a_tenants_sources_hold_its_own_and_the_site_only(cast: Cast, make_plan, tmp_path: Path,
                                                         read_pdf: Read) -> None:  # fmt: skip
    plan = make_plan()
    report = build_report(plan, "tenant", at=AT, tenant=cast.beta, sections=["sources"])
    names = {row.name for row in report.sources.rows}
    assert {cast.beta, cast.vehicles[cast.beta], "45/1", "45/2", "45/3"} <= names
    text = read_pdf(render_report(report, tmp_path / "beta.pdf")).text
    for other in cast.others_of(cast.beta):
        assert other not in text


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_glossary_and_sources_speak_the_reports_language(
    code: str, tmp_path: Path, read_pdf: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a catalogue that marks every glossary and sources text, no English one is left."""
    marked = {
        ("messages", key): f"Ж{text}"
        for key, text in TEMPLATES.items()
        if key.startswith(("report.glossary.", "report.sources."))
    }
    monkeypatch.setattr(language_module, "catalogue", lambda _code: marked)
    report = build_report(
        build_demo_plan(), at=AT, sections=["glossary", "sources"], language_code=code
    )
    pdf = read_pdf(render_report(report, tmp_path / f"{code}.pdf"))
    text = _flat(pdf.text)
    for term, meaning in TERMS:
        assert f"Ж{TEMPLATES[term]}" in text
        assert _flat(f"Ж{TEMPLATES[meaning]}") in text
    assert "ЖReferences" in text and "ЖConfidence" in text
    assert re.findall(r"/Lang \((\w+)\)", pdf_bytes(tmp_path / f"{code}.pdf")) == [code]


def pdf_bytes(path: Path) -> str:
    """The file's bytes as Latin-1 text (for the catalogue's keys)."""
    return path.read_bytes().decode("latin-1")
