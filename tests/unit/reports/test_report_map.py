"""The report's site map and its insets, read back from the layout drawn and from the PDF: each
pad named exactly once and clear of every other label and symbol, zone labels inside their zone
or joined to it by a leader, insets for the crowded sites with their pads, a held pad that cannot
be used showing its state, in the full report and in tenant reports."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import shapely
from shapely.geometry import Point

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Kind, PadStatus, Plan, Ref, display_name
from cosmoplan.mapping.labels import LabelLayout
from cosmoplan.mapping.scene import Scene, SceneFeature
from cosmoplan.mapping.style import PAD_STATUS_COLORS
from cosmoplan.mapping.vector import map_labels, map_layout
from cosmoplan.mapping.viewport import Viewport
from cosmoplan.reports import Report, build_report, render_report
from cosmoplan.reports.map_insets import MapInset, SiteMap, site_map
from cosmoplan.reports.pages import LANDSCAPE, frame_size

if TYPE_CHECKING:
    from conftest import PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 3, 22)
SITE_45 = {"45/1", "45/2"}
WEST = {"81/23", "81/24", "90/19", "90/20", "175/58", "175/59", "200/39", "200/40"}


@pytest.fixture(scope="module")
def demo_plan() -> Plan:
    return build_demo_plan()


@pytest.fixture(scope="module")
def demo(demo_plan: Plan) -> Report:
    return build_report(demo_plan, at=AT)


def a4_site(report: Report) -> SiteMap:
    return site_map(report.map, *frame_size("a4", LANDSCAPE))


def inset_labels(inset: MapInset) -> LabelLayout:
    """The labels an inset draws (its frame's own layout, as :func:`insets_drawing` does)."""
    x0, y0, x1, y1 = inset.frame
    layout = map_layout(inset.scene, x1 - x0, y1 - y0, legend=False, graticule=False)
    return map_labels(inset.scene, layout)


def pad_features(scene: Scene) -> list[SceneFeature]:
    layer = scene.layer("pads")
    return [] if layer is None else list(layer.features)


def pad_names(scene: Scene) -> dict[Ref, str]:
    return {f.ref: str(f.label) for f in pad_features(scene) if f.label}


def named_pads(layout: LabelLayout, scene: Scene) -> Counter[str]:
    names = pad_names(scene)
    return Counter(names[ref] for label in layout.labels for ref in label.refs if ref in names)


def pad_symbols(layout: LabelLayout, scene: Scene, viewport: Viewport) -> list[shapely.Polygon]:
    """The boxes of the pads' symbols as drawn in ``viewport``: on plates, or at their places."""
    boxes = [shapely.box(*plate.ground) for plate in layout.plates]
    plated = layout.plated()
    for feature in pad_features(scene):
        if feature.ref not in plated:
            assert feature.geometry is not None
            u, v = viewport.to_page(feature.geometry.x, feature.geometry.y)
            r = feature.style.size / 2
            if (
                viewport.frame[0] <= u <= viewport.frame[2]
                and viewport.frame[1] <= v <= viewport.frame[3]
            ):
                boxes.append(shapely.box(u - r, v - r, u + r, v + r))
    return boxes


def check_clear(layout: LabelLayout, symbols: list[shapely.Polygon]) -> None:
    boxes = [shapely.box(*label.box) for label in layout.labels]
    for i, first in enumerate(boxes):
        assert all(not first.intersects(other) for other in boxes[i + 1 :]), layout.labels[i]
        assert all(not first.intersects(symbol) for symbol in symbols), layout.labels[i]


@pytest.mark.parametrize("tenant", [None, "Baiterek JV", "Skyroot Aerospace"])
def test_every_pad_is_named_exactly_once_clear_of_labels_and_symbols(
    demo_plan: Plan, tenant: str | None
) -> None:
    report = build_report(demo_plan, "tenant" if tenant else "full", at=AT, tenant=tenant)
    site = a4_site(report)
    main = site.labels()
    layout = map_layout(site.scene, site.width, site.height)
    check_clear(main, pad_symbols(main, site.scene, layout.viewport))
    named = named_pads(main, site.scene)
    for inset in site.insets:
        labels = inset_labels(inset)
        x0, y0, x1, y1 = inset.frame
        inner = map_layout(inset.scene, x1 - x0, y1 - y0, legend=False, graticule=False)
        check_clear(labels, pad_symbols(labels, inset.scene, inner.viewport))
        named.update(named_pads(labels, inset.scene))
    expected = {display_name(pad) for pad in demo_plan.pads()}
    assert set(named) == expected
    assert all(count == 1 for count in named.values()), named


def test_zone_labels_sit_inside_their_zone_or_are_joined_to_it(demo: Report) -> None:
    site = a4_site(demo)
    viewport = map_layout(site.scene, site.width, site.height).viewport
    zones = {f.ref: f.geometry for _, f in site.scene.features() if f.ref.kind is Kind.ZONE}
    labelled = 0
    for label in site.labels().labels:
        (ref,) = label.refs or (None,)
        if ref not in zones:
            continue
        labelled += 1
        zone = zones[ref]
        assert zone is not None
        corners = [viewport.to_model(*label.box[:2]), viewport.to_model(*label.box[2:])]
        box = shapely.box(*corners[0], *corners[1])
        if label.leader is None:
            assert zone.intersects(box), label.text  # inside, or touching its pole
        else:
            start = Point(viewport.to_model(*label.leader[0]))
            assert zone.buffer(1.0 / viewport.scale * 3).contains(start), label.text
        if ref == Ref(Kind.ZONE, 7):  # the special economic zone: two parts
            assert label.leader is None and zone.contains(box)
    assert labelled >= 6


def test_the_crowded_sites_get_insets_with_their_pads(demo: Report) -> None:
    site = a4_site(demo)
    names = pad_names(site.scene)
    shown = [{names[ref] for ref in inset.pads} for inset in site.insets]
    assert any(pads >= SITE_45 for pads in shown)
    assert any(pads >= WEST for pads in shown)
    assert all(not (SITE_45 & pads and WEST & pads) for pads in shown)  # two places apart
    letters = {label.text for label in site.labels().labels if len(label.text) == 1}
    assert letters == {inset.letter for inset in site.insets}
    for inset in site.insets:  # the outline on the site map holds the inset's pads
        box = shapely.box(*inset.scene.extent)
        for feature in pad_features(site.scene):
            if feature.ref in inset.pads:
                assert box.contains(feature.geometry)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_pdf_has_the_site_map_then_its_insets_naming_the_crowded_pads(
    demo: Report, tmp_path: Path, read_pdf: Read
) -> None:
    pdf = read_pdf(render_report(demo, tmp_path / "demo.pdf"))
    (index,) = pdf.find("Site map as of")
    (insets,) = pdf.find("Site map: insets")
    assert insets == index + 1
    main, page = pdf.pages[index].text, _flat(pdf.pages[insets].text)
    assert "Site 45 (Baiterek, ex-Zenit)" in page and "Site 90 (Tsyklon)" in page
    for code in SITE_45 | WEST:
        assert re.search(rf"(?<![\w/]){re.escape(code)}(?![\w/])", page), code
    assert "31/6" in main and "SEZ-1" in main
    assert "Crowded pads are named in the insets on the next page." in _flat(main)


def test_a_held_pad_that_cannot_be_used_shows_its_state(plan: Plan) -> None:
    at = date(2027, 6, 1)  # Gamma holds 45/2 (reserved) while it is damaged
    report = build_report(plan, at=at)
    pads = report.map.layer("pads")
    assert pads is not None
    (entry,) = [e for e in pads.legend if e.text == "Gamma Rockets (not signed, pad damaged)"]
    assert entry.style.stroke == PAD_STATUS_COLORS[PadStatus.DAMAGED]
    (held,) = [f for f in pads.features if f.ref == Ref(Kind.PAD, 2)]
    assert held.style == entry.style
    own = build_report(plan, "tenant", at=at, tenant="Gamma Rockets").map.layer("pads")
    assert own is not None
    assert "Gamma Rockets (not signed, pad damaged)" in {e.text for e in own.legend}
    other = build_report(plan, "tenant", at=at, tenant="Alpha Launch").map.layer("pads")
    assert other is not None
    texts = {e.text for e in other.legend}
    assert "Not available: damaged" in texts and not any("Gamma" in t for t in texts)


def test_the_demo_museum_pad_booked_by_skyroot_is_ringed_in_the_museum_colour(
    demo_plan: Plan, tmp_path: Path, read_pdf: Read
) -> None:
    report = build_report(demo_plan, at=date(2028, 3, 22))  # Skyroot's proposal on 1/5
    pads = report.map.layer("pads")
    assert pads is not None
    (museum,) = [f for f in pads.features if f.label == "1/5"]
    assert museum.style.stroke == PAD_STATUS_COLORS[PadStatus.MUSEUM]
    text = "Skyroot Aerospace (not signed, pad museum)"
    assert {e.text: e.style for e in pads.legend}[text] == museum.style
    pdf = read_pdf(render_report(report, tmp_path / "museum.pdf"))
    (index,) = pdf.find("Site map as of")
    assert text in _flat(pdf.pages[index].text)
