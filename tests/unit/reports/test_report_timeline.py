"""The timeline sheets: status samples never in a tenant's colour, 30 tenants told apart, a
conflict outlined over its overlapping days only, a booking on a pad that cannot be used marked,
the report date's line under the bars and their labels."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Group, Line, Rect

from cosmoplan.domain import AllocationStatus, Plan
from cosmoplan.mapping.shapes import color
from cosmoplan.mapping.tenants import CONFLICT, OCCUPIED, STATUS_SAMPLE, bar_style, tenant_colours
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.colours import ACCENT
from cosmoplan.reports.timeline import LABEL_PT, RIGHT_PT, sheet_drawing, sheets, windows

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

AT = date(2026, 3, 22)
WIDTH, HEIGHT = 770.0, 480.0


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(first: str, second: str) -> float:
    """CIE76 colour difference."""
    return math.dist(_lab(first), _lab(second))


def test_thirty_tenants_are_told_apart_and_no_status_sample_has_a_tenants_colour() -> None:
    colours = list(tenant_colours(range(1, 31)).values())
    assert len(set(colours)) == 30
    assert min(delta_e(a, b) for a, b in itertools.combinations(colours, 2)) >= 10
    status_colours = {STATUS_SAMPLE, CONFLICT, OCCUPIED, bar_style(None, OCCUPIED).fill or ""}
    for tenant in colours:
        assert min(delta_e(tenant, other) for other in status_colours) >= 15
    withheld = bar_style(None, OCCUPIED).fill or ""
    for status in AllocationStatus:  # each status sample stands apart from others' use
        sample = bar_style(status, STATUS_SAMPLE).fill
        assert sample is None or delta_e(sample, withheld) >= 10, status


def _shapes(group: Any) -> Iterator[Any]:
    for item in getattr(group, "contents", []):
        yield item
        if isinstance(item, Group):
            yield from _shapes(item)


def _drawing(plan: Plan) -> tuple[Any, Any, float]:
    report = build_report(plan, at=AT, period=(date(2026, 1, 1), date(2030, 12, 31)))
    sheet = sheets(report.timeline, WIDTH, HEIGHT)[0]
    _, scale = windows(report.timeline.start, report.timeline.end, WIDTH - LABEL_PT - RIGHT_PT)
    return sheet_drawing(report.timeline, sheet, WIDTH, HEIGHT, report.language), sheet, scale


def _red_outlines(drawing: Any, dashed: bool) -> list[tuple[float, float]]:
    red = color(CONFLICT)
    return sorted(
        (round(r.x, 1), round(r.x + r.width, 1))
        for r in _shapes(drawing)
        if isinstance(r, Rect) and r.fillColor is None and r.strokeColor == red
        and bool(r.strokeDashArray) == dashed and r.y > 40  # above the legend's samples
    )  # fmt: skip


def test_a_conflict_is_outlined_over_its_overlapping_days_only(plan: Plan) -> None:
    drawing, sheet, scale = _drawing(plan)

    def x_of(day: date) -> float:
        return round(LABEL_PT + (day - sheet.start).days * scale, 1)

    # Alpha (to 2028-12-31) and Beta (from 2028-06-01) overlap on 45/1 for seven months.
    assert _red_outlines(drawing, dashed=False) == [
        (x_of(date(2028, 6, 1)), x_of(date(2029, 1, 1)))
    ]
    # Gamma holds 45/2 through 2027, while it is damaged: those days are marked.
    assert _red_outlines(drawing, dashed=True) == [
        (x_of(date(2027, 1, 1)), x_of(date(2027, 12, 31) + timedelta(days=1)))
    ]


def test_the_report_dates_line_runs_under_the_bars(plan: Plan) -> None:
    drawing, _, _ = _drawing(plan)
    items = list(drawing.contents)
    accent = color(ACCENT)
    cursor = next(
        i for i, g in enumerate(items)
        if any(isinstance(s, Line) and s.strokeColor == accent for s in _shapes(g))
    )  # fmt: skip
    bars = next(
        i for i, g in enumerate(items)
        if any(isinstance(s, Rect) and s.strokeColor == color(CONFLICT) for s in _shapes(g))
    )  # fmt: skip
    assert cursor < bars


def test_a_timeline_speaks_the_reports_language(plan: Plan, cast: Cast, tmp_path: Path,
                                                read_pdf: Any) -> None:  # fmt: skip
    report = build_report(plan, at=AT, sections=["timeline"], language_code="ru")
    pdf: PdfFile = read_pdf(render_report(report, tmp_path / "ru.pdf"))
    for word in ("Подписано", "Предложено", "Забронировано"):
        assert word in pdf.text, word
