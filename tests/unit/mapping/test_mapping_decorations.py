"""Map furniture: scale bar lengths, north arrow, latitude/longitude grid labels, fonts."""

from __future__ import annotations

import math

import pytest
from reportlab.graphics.shapes import Group, String

from cosmoplan.geo import to_model
from cosmoplan.mapping import decorations
from cosmoplan.mapping.fonts import FAMILY, font_path, register_fonts, text_width
from cosmoplan.mapping.viewport import Viewport


def strings(group: Group) -> list[str]:
    found = []
    for shape in group.contents:
        if isinstance(shape, Group):
            found += strings(shape)
        elif isinstance(shape, String):
            found.append(shape.text)
    return found


def baikonur_viewport(half_size_m: float) -> Viewport:
    x, y = to_model(63.3, 45.9)
    extent = (x - half_size_m, y - half_size_m, x + half_size_m, y + half_size_m)
    return Viewport(extent, (40.0, 20.0, 640.0, 620.0))


@pytest.mark.parametrize(
    ("metres", "nice"), [(3700.0, 2000.0), (12.0, 10.0), (999.0, 500.0), (5000.0, 5000.0)]
)
def test_scale_bar_lengths_are_round(metres: float, nice: float) -> None:
    assert decorations.nice_length(metres) == nice


def test_lengths_read_in_metres_or_kilometres() -> None:
    assert decorations.length_text(500) == "500 m"
    assert decorations.length_text(1000) == "1 km"
    assert decorations.length_text(2500) == "2.5 km"


def test_scale_bar_matches_the_viewport_scale() -> None:
    viewport = baikonur_viewport(10_000.0)  # 600 pt show 20 km: 0.03 pt/m
    labels = strings(decorations.scale_bar(viewport))
    assert labels == ["0", "2.5 km", "5 km"]  # a quarter of 20 km


def test_true_north_is_close_to_grid_north_near_the_central_meridian() -> None:
    angle = math.degrees(decorations.north_angle(baikonur_viewport(5000.0)))
    assert 0.0 < abs(angle) < 1.0


def test_graticule_labels_whole_minutes_inside_the_frame() -> None:
    lines, labels = decorations.graticule(baikonur_viewport(10_000.0))
    texts = strings(labels)
    east = [t for t in texts if t.endswith("E")]
    north = [t for t in texts if t.endswith("N")]
    assert len(east) >= 2 and len(north) >= 2
    assert all("°" in t and "′" in t for t in east + north)
    assert len(lines.contents) == len(east) + len(north)


def test_fonts_are_shipped_and_cover_kazakh_letters() -> None:
    assert register_fonts() == FAMILY
    assert font_path().exists() and font_path(bold=True).exists()
    assert (font_path().parent / "LICENSE").exists()
    assert text_width("Байқоңыр", 10) > text_width("Байкон", 10) > 0
    assert text_width("M", 10, bold=True) > text_width("M", 10)


def test_a_word_too_long_for_the_legend_breaks_after_its_hyphen_not_with_an_ellipsis() -> None:
    text = "Монтажно-испытательные корпуса (МИК)"
    width = text_width("испытательные корпуса", 7.0) + 1
    lines = decorations.wrap_lines(text, 7.0, width)
    assert lines[0] == "Монтажно-" and "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(text_width(line, 7.0) <= width for line in lines)
    assert not any("…" in line for line in lines)
