"""The summary figures of the demo plan against figures worked out by hand, and the summary page
printing the same figures in its tiles, tables and chart."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from cosmoplan.demo import build_demo_plan
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.figures import PadState
from cosmoplan.reports.summary import fee_text

AT = date(2026, 11, 25)
PERIOD = (date(2026, 1, 1), date(2030, 12, 31))  # 1,826 days


@pytest.fixture(scope="module")
def demo_report():  # type: ignore[no-untyped-def]
    return build_report(build_demo_plan(), at=AT, period=PERIOD)


def test_demo_pad_states_by_hand(demo_report) -> None:  # type: ignore[no-untyped-def]
    summary = demo_report.summary
    # 17 pads: museum 1/5 and destroyed 45/2 cannot be used; 31/6, 81/24, 200/39 (Roscosmos,
    # active) and 45/1 (Baiterek, signed) are allocated; the 11 inactive pads hold nothing;
    # no active pad is free.
    assert summary.pads == 17
    assert dict(summary.pads_by_state) == {
        PadState.ALLOCATED: 4,
        PadState.RESERVED: 0,
        PadState.FREE: 0,
        PadState.IDLE: 11,
        PadState.NOT_AVAILABLE: 2,
    }
    by_status = {c.label: c.count for c in summary.pads_by_status}
    assert by_status == {"active": 4, "inactive": 11, "destroyed": 1, "museum": 1}
    assert summary.unavailable_pads == by_status["destroyed"] + by_status["museum"]


def test_demo_utilisation_by_hand(demo_report) -> None:  # type: ignore[no-untyped-def]
    uses = {
        u.pad: (u.days, u.usable_days, u.booked_unusable_days)
        for u in demo_report.summary.utilisation
    }
    assert uses == {
        "1/5": (0, 0, 1461),  # museum all period; Skyroot booked 2027-2030
        "31/6": (1765, 1765, 61),  # damaged to 2 March 2026 (61 days)
        "45/1": (1736, 1736, 0),  # modernised to 31 March 2026 (90 days); then booked
        "81/23": (1280, 1826, 0),  # Deep Blue from 1 July 2027
        "81/24": (365, 1826, 0),  # Roscosmos to the end of 2026
        "200/39": (365, 1826, 0),
        "SEZ-1": (1096, 1826, 0),  # HyImpulse 2028-2030; Isar's is cancelled
    }
    shares = {u.pad: u.share for u in demo_report.summary.utilisation}
    assert shares["1/5"] is None and shares["31/6"] == 1.0
    assert shares["81/23"] == pytest.approx(1280 / 1826)


def test_demo_fees_by_hand(demo_report) -> None:  # type: ignore[no-untyped-def]
    lines = {line.tenant: line for line in demo_report.summary.fees}
    lang = demo_report.language
    roscosmos = lines["Roscosmos"]
    assert fee_text(roscosmos.committed_annual, lang) == "unknown"  # no fee known: not 0
    assert fee_text(roscosmos.period_signed, lang) == "unknown"
    assert fee_text(roscosmos.period_proposed, lang) == ""
    skyroot = lines["Skyroot Aerospace"]  # US$ 1.0 M a year, proposed, 1,461 days = 4 years
    assert skyroot.period_proposed.known == pytest.approx(4_000_000)
    assert skyroot.period_signed.count == 0
    rfa = lines["Rocket Factory Augsburg"]  # US$ 1.5 M, 2028-2030: 1,096 days
    assert rfa.period_proposed.known == pytest.approx(1_500_000 * 1096 / 365.25)
    total = demo_report.summary.total("period_proposed")
    expected = 1_500_000 * 1096 + 1_000_000 * 1461 + 2_000_000 * 1280 + 1_200_000 * 1096
    assert total.known == pytest.approx(expected / 365.25) and total.exact
    signed = demo_report.summary.total("period_signed")
    assert fee_text(signed, lang) == "unknown"


def test_the_summary_page_prints_the_same_figures(demo_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    path = render_report(demo_report, tmp_path / "demo.pdf")
    document = pdfium.PdfDocument(str(path))
    try:
        text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()
    assert re.search(r"17 4 0 0 11 2 9 ", text)  # the tiles: pads, allocated ... allocations
    assert "Museum 1" in text and "Destroyed 1" in text
    assert "1/5 0 0 1,461 not available" in text
    assert "Roscosmos unknown unknown" in text
