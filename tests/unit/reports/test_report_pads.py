"""The pad pages, read back from the PDF: a page per pad with its limits beside the vehicles
booked on it, its status history, bookings and findings; a tenant's report has only its pads,
others' use as "not available to you" in whole quarters."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Kind, Pad, PadCapabilities, Plan, Propellant
from cosmoplan.reports import build_report, render_report

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 3, 22)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pad_pages(pdf: PdfFile) -> dict[str, str]:
    """The text of each pad's pages by code (from its outline entry to the next)."""
    entries = [(t, p) for t, level, p in pdf.outline if level == 1 and t.startswith("Pad ")]
    ends = [p for _, p in entries[1:]] + [
        next((p for _, level, p in pdf.outline if level == 0 and p > entries[-1][1]),
             len(pdf.pages))
    ]  # fmt: skip
    return {
        title.removeprefix("Pad "): _flat(" ".join(pg.text for pg in pdf.pages[start:end]))
        for (title, start), end in zip(entries, ends, strict=True)
    }


def test_every_pad_of_the_demo_has_its_page(tmp_path: Path, read_pdf: Read) -> None:
    plan = build_demo_plan()
    report = build_report(plan, at=AT, sections=["pads"])
    pdf = read_pdf(render_report(report, tmp_path / "pads.pdf"))
    pages = _pad_pages(pdf)
    assert sorted(pages) == sorted(p.code for p in plan.pads())
    text = pages["45/1"]
    assert "What the pad can launch" in text and "Status history" in text
    assert "Status on 2026-03-22 Under modernisation" in text
    assert "Under modernisation 2018-08-22 2026-03-31" in text
    assert "Lift-off mass (t) up to 560" in text
    for row in report.allocations:
        if row.pad == "45/1":
            assert f"{row.tenant} {row.vehicle} {row.start} {row.end} {row.status}" in text


def test_a_vehicle_over_the_pads_limit_says_so(plan: Plan, cast: Cast, tmp_path: Path,
                                               read_pdf: Read) -> None:  # fmt: skip
    pad = plan.get(Kind.PAD, 1)
    assert isinstance(pad, Pad)
    limits = PadCapabilities(frozenset({Propellant.LOX_KEROSENE}), max_liftoff_mass_kg=80_000.0)
    plan.replace(dataclasses.replace(pad, capabilities=limits))
    report = build_report(plan, at=AT, sections=["pads"])
    text = _pad_pages(read_pdf(render_report(report, tmp_path / "p.pdf")))["45/1"]
    assert f"Capability Pad limit {cast.vehicles[cast.alpha]} {cast.vehicles[cast.beta]}" in text
    assert "Lift-off mass (t) up to 80 90 (over the limit) 90 (over the limit)" in text
    assert "Propellants LOX / kerosene LOX / methane LOX / methane" in text
    first = next(s for s in report.pads if s.code == "45/1")
    assert first.capabilities[0].fits == (False, False)


def test_a_tenants_pad_pages_show_only_its_pads_and_others_as_not_available(
    plan: Plan, cast: Cast, tmp_path: Path, read_pdf: Read
) -> None:
    report = build_report(plan, "tenant", at=AT, tenant=cast.beta, sections=["pads"])
    pdf = read_pdf(render_report(report, tmp_path / "beta.pdf"))
    pages = _pad_pages(pdf)
    assert list(pages) == ["45/1"]
    text = pages["45/1"]
    assert "Other use of the pad From To Use 2026-01-01 2028-12-31 Not available to you" in text
    assert f"45/1 {cast.vehicles[cast.beta]} 2028-06-01 2031-12-31 Proposed" in text
    for other in cast.others_of(cast.beta):
        assert other not in pdf.text
    assert "Signed" not in pdf.text and "1,111,000" not in pdf.text


def test_others_use_is_told_in_whole_quarters(plan: Plan, cast: Cast) -> None:
    """Alpha's booking moved to odd days: Beta sees the quarters it touches, not the days."""
    alpha = plan.get(Kind.ALLOCATION, 1)
    plan.replace(dataclasses.replace(alpha, start=date(2026, 2, 17), end=date(2028, 8, 3)))
    report = build_report(plan, "tenant", at=AT, tenant=cast.beta, sections=["pads"])
    assert report.pads[0].withheld == ((date(2026, 1, 1), date(2028, 9, 30)),)
