"""render_map: PNG, SVG and PDF files of a plan's map, and the errors it refuses with."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from shapely.geometry import LineString

from cosmoplan.domain import Kind, Plan, Ref
from cosmoplan.mapping.render import page_size, render_map
from cosmoplan.mapping.scene import Extent, Scene, SceneFeature, SceneLayer, build_scene
from cosmoplan.mapping.style import PAD_STATUS_COLORS, Style
from cosmoplan.mapping.vector import LAND, feature_shapes, map_labels, map_layout
from cosmoplan.messages import CosmoplanError, ValidationError

BEFORE, AFTER = date(2024, 6, 1), date(2026, 6, 1)
SVG = "{http://www.w3.org/2000/svg}"
TOWN_EXTENT = (522_000.0, 5_068_000.0, 534_000.0, 5_078_000.0)


def rgb(hex_color: str) -> tuple[int, int, int]:
    return (int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16))


def pixel_at(
    plan: Plan,
    day: date,
    size: tuple[int, int],
    x: float,
    y: float,
    extent: Extent | None = None,
    pad: Ref | None = None,
) -> tuple[int, int]:
    """Where model point (x, y) lands on a PNG drawn by render_map (where ``pad``'s symbol is
    drawn, if it sits on a plate beside pads it would touch)."""
    width_pt, height_pt = page_size(*size)
    scene = build_scene(plan, day, extent)
    layout = map_layout(scene, width_pt, height_pt)
    u, v = layout.viewport.to_page(x, y)
    for plate in map_labels(scene, layout).plates:
        if pad in plate.refs:
            u, v = plate.centres[plate.refs.index(pad)]
    scale = size[0] / width_pt
    return round(u * scale), round((height_pt - v) * scale)


def words(texts: list[str]) -> set[str]:
    """The pad codes and words of texts (a plate's label names its pads: ``45/1 · 45/2``)."""
    return {part for text in texts for part in text.replace(" · ", " ").split()} | set(texts)


def close(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 3) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual[:3], expected, strict=True))


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return str(document[0].get_textpage().get_text_range())
    finally:
        document.close()


@pytest.mark.parametrize(("day", "status"), [(BEFORE, "active"), (AFTER, "under-modernisation")])
def test_png_has_the_size_and_the_pad_status_colour(
    plan: Plan, tmp_path: Path, day: date, status: str
) -> None:
    size = (900, 700)
    out = render_map(plan, tmp_path / "map.png", at=day, size=size)
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    with Image.open(out) as image:
        assert image.size == size
        pixel = image.convert("RGB").getpixel(
            pixel_at(plan, day, size, pad.location.x, pad.location.y, pad=Ref(Kind.PAD, pad.id))
        )
    expected = next(c for s, c in PAD_STATUS_COLORS.items() if s.value == status)
    assert close(pixel, rgb(expected)), (pixel, expected)


def test_png_zone_fill_is_semi_transparent_and_its_hole_stays_empty(
    plan: Plan, tmp_path: Path
) -> None:
    size = (800, 600)
    out = render_map(plan, tmp_path / "town.png", at=AFTER, size=size, extent=TOWN_EXTENT)
    with Image.open(out) as image:
        image = image.convert("RGB")
        in_ring = image.getpixel(pixel_at(plan, AFTER, size, 525_000, 5_075_300, TOWN_EXTENT))
        in_hole = image.getpixel(pixel_at(plan, AFTER, size, 528_000, 5_073_000, TOWN_EXTENT))
        outside = image.getpixel(pixel_at(plan, AFTER, size, 533_000, 5_077_000, TOWN_EXTENT))
    land, grey, alpha = rgb(LAND), rgb("#bdbdbd"), 0x66 / 255  # public areas: #bdbdbd66
    blended = tuple(round(g * alpha + c * (1 - alpha)) for g, c in zip(grey, land, strict=True))
    assert close(in_ring, blended), (in_ring, blended)
    assert close(in_hole, land) and close(outside, land)


def test_svg_is_xml_with_pad_codes_cyrillic_and_legend(plan: Plan, tmp_path: Path) -> None:
    out = render_map(plan, tmp_path / "map.svg", at=AFTER, size=(1200, 900))
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height")) == ("1200", "900")
    texts = svg_texts(out)
    for expected in ("45/1", "45/2", "1/5", "Байқоңыр", "Under modernisation", "Test site"):
        assert expected in words(texts)
    assert any(t.endswith("′E") for t in texts) and any(t.endswith("′N") for t in texts)
    assert any(t.endswith("km") for t in texts)  # the scale bar
    assert "fill-opacity" in out.read_text(encoding="utf-8")  # zones are semi-transparent


def test_pdf_has_real_text_and_embedded_fonts(plan: Plan, tmp_path: Path) -> None:
    out = render_map(plan, tmp_path / "map.pdf", at=AFTER, size=(1000, 800))
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data
    text = pdf_text(out)
    for expected in ("45/1", "1/5", "Байқоңыр", "Launch pads", "As of 2026-06-01"):
        assert expected in text


def test_render_accepts_a_string_path_and_replaces_a_file(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    out.write_bytes(b"\x89PNG\r\n\x1a\nold")
    written = render_map(plan, str(out), at=AFTER, size=(300, 200))
    assert written == out and out.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


def test_an_empty_plan_renders(tmp_path: Path) -> None:
    out = render_map(Plan(), tmp_path / "empty.png", at=AFTER, size=(400, 300))
    with Image.open(out) as image:
        assert image.size == (400, 300)


@pytest.mark.parametrize("name", ["map.jpg", "map", "map.png.txt"])
def test_unknown_formats_are_refused(plan: Plan, tmp_path: Path, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        render_map(plan, tmp_path / name)
    assert caught.value.message.id == "mapping.render.unknown_format"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("size", "message_id"),
    [
        ((0, 100), "mapping.render.bad_size"),
        ((-5, 100), "mapping.render.bad_size"),
        ((63, 100), "mapping.render.bad_size"),
        ((10_001, 100), "mapping.render.bad_size"),
        ((100,), "mapping.render.bad_size"),
        ((100.5, 100), "mapping.render.bad_size"),
        ((True, 100), "mapping.render.bad_size"),
        ((9000, 9000), "mapping.render.too_large"),
    ],
)
def test_bad_sizes_are_refused(
    plan: Plan, tmp_path: Path, size: tuple[object, ...], message_id: str
) -> None:
    out = tmp_path / "map.png"
    with pytest.raises(ValidationError) as caught:
        render_map(plan, out, size=size)  # type: ignore[arg-type]
    assert caught.value.message.id == message_id
    assert not out.exists()


def test_an_unwritable_place_is_a_clear_error(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(CosmoplanError) as caught:
        render_map(plan, tmp_path / "missing" / "map.svg", at=AFTER)
    assert caught.value.message.id == "mapping.render.write_failed"
    assert list(tmp_path.iterdir()) == []


def test_the_demo_plan_renders(tmp_path: Path) -> None:
    from cosmoplan.demo import build_demo_plan

    out = render_map(build_demo_plan(), tmp_path / "demo.svg", at=date(2026, 3, 1))
    texts = svg_texts(out)
    assert {"45/1", "31/6", "81/24"} <= words(texts)


def test_long_lines_are_cut_where_the_white_bands_around_the_frame_hide_the_cut() -> None:
    extent = (0.0, 0.0, 10_000.0, 10_000.0)
    far = LineString([(-1e6, 5_000), (5_000, 5_000), (5_000, 1e6)])  # a corridor's edge
    layer = SceneLayer(
        "line", "Line", (SceneFeature(Ref(Kind.ZONE, 1), far, Style(None, "#e67700", 1.0)),)
    )
    scene = Scene(date(2026, 1, 1), extent, (layer,))
    layout = map_layout(scene, 400.0, 300.0, legend=False)
    x0, y0, x1, y1 = layout.frame
    margin = min(x0, y0, 300.0 - y1, 400.0 - x1)
    [shape] = list(feature_shapes(scene, layout.viewport))
    bx0, by0, bx1, by1 = shape.getBounds()
    assert x0 - margin < bx0 and by1 < y1 + margin  # within the white bands, not beyond
    assert x0 <= bx1 <= x1 and y0 <= by0 <= y1
