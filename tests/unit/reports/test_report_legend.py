"""The map page's legend: every class drawn is in it, whole (wrapped, never cut or summed up as
"… and N more"), for the demo and for a plan with many tenants."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cosmoplan.demo import build_demo_plan, synthetic_plan
from cosmoplan.mapping.decorations import legend_columns
from cosmoplan.reports import Report, build_report, render_report

if TYPE_CHECKING:
    from conftest import PdfFile

Read = Callable[[Path], "PdfFile"]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _map_page(report: Report, path: Path, read_pdf: Read) -> str:
    pdf = read_pdf(render_report(report, path))
    (index,) = pdf.find("Site map as of")
    return _flat(pdf.pages[index].text)


@pytest.fixture(scope="module")
def demo() -> Report:
    """The demo's full report."""
    return build_report(build_demo_plan(), at=date(2026, 3, 22))


def test_each_drawn_style_has_a_legend_entry_and_each_entry_is_drawn(demo: Report) -> None:
    for layer in demo.map.layers:
        drawn = {f.style for f in layer.features if f.geometry is not None}
        assert {entry.style for entry in layer.legend} == drawn, layer.id


def test_the_demo_map_page_shows_every_legend_entry_whole(
    demo: Report, tmp_path: Path, read_pdf: Read
) -> None:
    page = _map_page(demo, tmp_path / "demo.pdf", read_pdf)
    entries = [entry.text for layer in demo.map.layers for entry in layer.legend]
    assert len(entries) >= 30  # zones, facilities, safety, pads: more than a column holds
    for text in entries:
        assert _flat(text) in page, text
    for hidden in ("Special economic zone", "Russian-leased territory", "Kazakh-controlled"):
        assert hidden in page
    assert "more" not in page.split("Launch pads", 1)[1]
    assert "…" not in page


def test_many_tenants_take_more_columns_and_lose_none(tmp_path: Path, read_pdf: Read) -> None:
    plan = synthetic_plan(pads=60, facilities=40, zones=4, allocations=200, tenants=50)
    report = build_report(plan, at=date(2030, 1, 1))
    entries = [entry.text for layer in report.map.layers for entry in layer.legend]
    assert len(entries) > 45
    columns, scale = legend_columns(report.map, 480.0, 190.0)
    assert columns >= 2 and scale > 0.5
    page = _map_page(report, tmp_path / "many.pdf", read_pdf)
    for text in entries:
        assert _flat(text) in page, text
    assert "… and" not in page
