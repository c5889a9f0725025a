"""The executive summary in words, read back from the PDF: the site's standing, the decisions
of the period with what blocks them, the blockers; a tenant's own only."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Plan
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.executive import years

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 7, 1)


def _summary(report_path: Path, read_pdf: Read) -> str:
    pdf = read_pdf(report_path)
    (index,) = [i for i in pdf.find("Executive summary") if "Blockers" in pdf.pages[i].text]
    return re.sub(r"\s+", " ", pdf.pages[index].text)


def test_years_of_a_period() -> None:
    assert years(date(2028, 1, 1), date(2032, 12, 31)) == "2028\u20132032"
    assert years(date(2028, 1, 1), date(2028, 6, 30)) == "2028"


def test_the_demo_summary_names_the_overlap_and_the_open_decisions(
    tmp_path: Path, read_pdf: Read
) -> None:
    report = build_report(build_demo_plan(), at=date(2026, 3, 22), sections=["executive"])
    text = _summary(render_report(report, tmp_path / "demo.pdf"), read_pdf)
    assert (
        "Rocket Factory Augsburg's proposed allocation of pad 45/1 (2028–2032) overlaps "
        "Baiterek JV's signed allocation (2026–2039)." in text
    )
    assert "Pad 1/5 is museum" in text  # Skyroot booked on a museum pad
    assert "HyImpulse Technologies: proposed allocation of pad SEZ-1 for SL1, 2028–2037: no " \
        "error stands in its way." in text  # fmt: skip
    assert "Rocket Factory Augsburg: proposed allocation of pad 45/1 for RFA One, 2028–2032: " \
        "1 error stands in its way." in text  # fmt: skip
    pads = report.summary.pads
    assert f"of {pads} pads:" in text
    figures = [int(n) for n in re.findall(r"(\d+) (?:allocated|proposed or reserved|ready and "
                                          r"free|inactive|not available)", text)]  # fmt: skip
    assert sum(figures) == pads  # every pad in one state


def test_a_tenants_summary_tells_its_own_only(
    make_plan: Callable[[], Plan], cast: Cast, tmp_path: Path, read_pdf: Read
) -> None:
    plan = make_plan()
    full = _summary(
        render_report(build_report(plan, at=AT, sections=["executive"]), tmp_path / "f.pdf"),
        read_pdf,
    )
    assert f"{cast.beta}'s proposed allocation of pad 45/1 (2028–2031) overlaps {cast.alpha}'s " \
        "signed allocation (2026–2028)." in full  # fmt: skip
    beta = build_report(plan, "tenant", at=AT, tenant=cast.beta, sections=["executive"])
    text = _summary(render_report(beta, tmp_path / "beta.pdf"), read_pdf)
    assert re.search(r"Your proposed allocation of pad 45/1 for Сұңқар, 2028–2031: \d errors? "
                     r"stands? in its way\.", text)  # fmt: skip
    assert "Your allocation of pad 45/1 for Сұңқар (2028-06-01 to 2031-12-31) overlaps another" \
        in text  # fmt: skip
    for other in cast.others_of(cast.beta):
        assert other not in text
    alpha = build_report(plan, "tenant", at=AT, tenant=cast.alpha, sections=["executive"])
    text = _summary(render_report(alpha, tmp_path / "alpha.pdf"), read_pdf)
    assert "No allocation awaits a decision in the period." in text
    assert "you have 2 allocations, 0 of them awaiting a decision" in text
