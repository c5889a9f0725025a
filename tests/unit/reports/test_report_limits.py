"""Reports at the limits: a tenant name thousands of characters long keeps the footer, the
contents and the headings on their pages; dates outside the planning horizon are refused in one
line, never with a traceback."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cosmoplan.domain import Plan
from cosmoplan.messages import ValidationError
from cosmoplan.reports import build_report, default_period, render_report
from cosmoplan.reports.contents import MAX_TITLE

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 7, 1)
LONG = "Q" * 1_500  # one word: nowhere to break it
SPACED = "Longwinded " + " ".join(f"Part{i:04d}" for i in range(200))


@pytest.mark.parametrize("name", [LONG, SPACED])
@pytest.mark.parametrize("kind", ["full", "tenant"])
def test_a_very_long_tenant_name_breaks_nothing(
    plan: Plan, cast: Cast, tmp_path: Path, read_pdf: Read, name: str, kind: str
) -> None:
    tenant = plan.tenant_by_name(cast.gamma)
    assert tenant is not None
    object.__setattr__(tenant, "name", name)  # past the domain's limit, as a damaged row could
    report = build_report(plan, kind, at=AT, tenant=name if kind == "tenant" else None)
    pdf = read_pdf(render_report(report, tmp_path / "long.pdf"))
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        assert re.findall(r"Page (\d+) of (\d+)", page.text) == [(str(number), str(total))]
        if kind == "tenant":
            assert re.search(r"Prepared for (Q+|Longwinded[\w ]+)…", page.text)
    contents = pdf.pages[0].text + pdf.pages[1].text
    numbers = re.findall(r"\.{3,}\s*(\d+)", contents)
    assert len(numbers) == len([t for t, level, _ in pdf.outline if t != "Contents"])
    assert all(len(title) <= MAX_TITLE for title, _, _ in pdf.outline)


@pytest.mark.parametrize(
    ("at", "period"),
    [
        (date(1940, 1, 1), None),
        (date(2300, 1, 1), None),
        (date(9999, 12, 31), None),
        (AT, (date(1900, 1, 1), date(1960, 12, 31))),
        (AT, (date(2190, 1, 1), date(2240, 12, 31))),
    ],
)
def test_dates_outside_the_planning_horizon_are_refused(
    plan: Plan, at: date, period: tuple[date, date] | None
) -> None:
    with pytest.raises(ValidationError, match="outside the planning horizon, 1950-01-01 to"):
        build_report(plan, at=at, period=period)


def test_the_default_period_stops_at_the_horizon() -> None:
    assert default_period(date(2199, 5, 1)) == (date(2199, 1, 1), date(2200, 12, 31))
