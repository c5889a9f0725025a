"""A tenant report names no other tenant: every tenant of the demo and of a plan with hard names,
read back from the PDF with two extractors, its metadata, bookmarks, annotations and page labels.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Plan, Tenant
from cosmoplan.messages import ValidationError
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.redaction import name_words
from cosmoplan.reports.styles import money

AT = date(2026, 11, 25)
PERIOD = (date(2026, 1, 1), date(2030, 12, 31))
ANNOTATION_KEYS = ("Contents", "T", "NM", "Subj")


def forbidden(plan: Plan, tenant: Tenant) -> set[str]:
    """What the report for ``tenant`` must not print: other tenants' names and name words,
    their vehicles and their fees (unless the tenant's own names or fees say the same)."""
    own = {tenant.name, *(v.name for v in plan.vehicles() if v.tenant_id == tenant.id)}
    own_words = {w.casefold() for name in own for w in re.findall(r"\w+", name)}
    own_fees = {a.annual_fee_usd for a in plan.allocations() if a.tenant_id == tenant.id}
    terms: set[str] = set()
    for other in plan.tenants():
        if other.id == tenant.id:
            continue
        terms.add(other.name)
        terms.update(w for w in name_words(other.name) if w.casefold() not in own_words)
    terms.update(v.name for v in plan.vehicles() if v.tenant_id != tenant.id)
    terms.update(
        money(a.annual_fee_usd)
        for a in plan.allocations()
        if a.tenant_id != tenant.id and a.annual_fee_usd and a.annual_fee_usd not in own_fees
    )
    return {t for t in terms if t not in own}


def leaks(text: str, terms: set[str], own: set[str]) -> list[str]:
    """The terms ``text`` prints as whole words, outside the tenant's own names."""
    flat = " ".join(text.split())
    for name in sorted(own, key=len, reverse=True):
        flat = flat.replace(" ".join(name.split()), " ")
    return sorted(
        t for t in terms if re.search(rf"(?<!\w){re.escape(' '.join(t.split()))}(?!\w)", flat)
    )


def pdf_texts(path: Path) -> dict[str, str]:
    """Each place a reader (or a program) finds text in the PDF, by where it comes from."""
    found: dict[str, str] = {}
    document = pdfium.PdfDocument(str(path))
    try:
        found["pdfium"] = "\n".join(page.get_textpage().get_text_range() for page in document)
        found["metadata"] = "\n".join(str(v) for v in document.get_metadata_dict().values())
        found["bookmarks"] = "\n".join(item.get_title() for item in document.get_toc())
        found["labels"] = "\n".join(document.get_page_label(i) or "" for i in range(len(document)))
        found["annotations"] = "\n".join(_annotation_texts(document))
    finally:
        document.close()
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
        found["pdftotext"] = result.stdout.decode()
    return found


def _annotation_texts(document: pdfium.PdfDocument) -> list[str]:
    texts = []
    for page in document:
        for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
            annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
            for key in ANNOTATION_KEYS:
                size = pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode(), None, 0)
                if size > 2:
                    buffer = ctypes.create_string_buffer(size)
                    pointer = ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR))
                    pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode(), pointer, size)
                    texts.append(buffer.raw[: size - 2].decode("utf-16-le"))
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return texts


def _check_every_tenant(plan: Plan, folder: Path) -> int:
    checked = 0
    for tenant in plan.tenants():
        report = build_report(plan, "tenant", at=AT, period=PERIOD, tenant=tenant.name)
        path = render_report(report, folder / f"tenant-{tenant.id}.pdf")
        terms = forbidden(plan, tenant)
        own = {tenant.name, *(v.name for v in plan.vehicles() if v.tenant_id == tenant.id)}
        texts = pdf_texts(path)
        assert len(" ".join(tenant.name.split()[:1])) and tenant.name.split()[0] in texts["pdfium"]
        for where, text in texts.items():
            assert leaks(text, terms, own) == [], (tenant.name, where)
        checked += 1
    return checked


def test_no_demo_tenant_report_names_another_tenant(tmp_path: Path) -> None:
    plan = build_demo_plan()
    assert _check_every_tenant(plan, tmp_path) == len(list(plan.tenants())) >= 10


def test_no_report_of_a_plan_with_hard_names_names_another_tenant(
    tmp_path: Path, hard_plan: Plan
) -> None:
    plan = hard_plan
    assert _check_every_tenant(plan, tmp_path) == 14


def test_a_tenant_whose_name_is_in_another_keeps_its_own_texts(hard_plan: Plan) -> None:
    plan = hard_plan
    report = build_report(plan, "tenant", at=AT, period=PERIOD, tenant="Skyroot Aerospace")
    assert report.cover.plan_name == "[…] plan: […], […] and […]"
    assert report.cover.title.endswith("Skyroot Aerospace")
    texts = [row.text for row in report.findings]
    assert texts and all("0 allocation" not in text for text in texts)
    assert any("Vikram-1" in text for text in texts)  # its own vehicle, named
    labels = [f.label for _, f in report.map.features() if f.label]
    assert "Site 45 (Skyroot Aerospace and […] complex)" in labels


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_blank_tenant_is_refused(blank: str, hard_plan: Plan) -> None:
    with pytest.raises(ValidationError) as error:
        build_report(hard_plan, "tenant", at=AT, tenant=blank)
    assert error.value.message.id == "report.tenant_required"


def test_the_cover_names_a_file_never_its_folders_or_credentials(
    tmp_path: Path, hard_plan: Plan
) -> None:
    plan = hard_plan
    folder = tmp_path / "bids of Skyroot"
    folder.mkdir()
    saved = folder / "plan.cosmoplan"
    saved.write_bytes(b"plan bytes")
    full = build_report(plan, at=AT, plan_location=str(saved))
    assert full.cover.plan_location == "plan.cosmoplan"
    assert full.cover.hash_basis == "file"
    url = "postgresql://planner:s3cret@db.example.org:5432/cosmodrome?sslmode=require"
    assert build_report(plan, at=AT, plan_location=url).cover.plan_location == (
        "postgresql://db.example.org:5432/cosmodrome"
    )
    tenant = build_report(plan, "tenant", at=AT, tenant="Free", plan_location=str(saved))
    assert tenant.cover.plan_location is None
    assert tenant.cover.hash_basis == "content"


def test_a_tenant_timeline_shows_others_only_as_not_available_in_quarters(hard_plan: Plan) -> None:
    plan = hard_plan
    report = build_report(plan, "tenant", at=AT, period=PERIOD, tenant="Skyroot")
    (row,) = report.timeline.rows  # only the pad Skyroot is booked on
    others = [bar for bar in row.bars if bar.label != "Skyroot"]
    assert [(b.start, b.end, b.status, b.vehicle) for b in others] == [
        (date(2026, 1, 1), date(2029, 6, 30), None, None)  # 2026-03-02..2029-05-02 in quarters
    ]
    assert not any(bar.conflict for bar in others)
