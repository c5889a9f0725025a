"""The Pillow rasteriser of ReportLab drawings: holes, opacity, dashes, text, refusals."""

from __future__ import annotations

import numpy as np
import pytest
from reportlab.graphics.shapes import Drawing, Ellipse, Line, Path, Rect
from reportlab.lib.colors import Color

from cosmoplan.mapping.raster import dash_runs, rasterise
from cosmoplan.mapping.shapes import text


def square_with_hole() -> Path:
    path = Path(fillMode=0)
    for ring in (
        ((10, 10), (90, 10), (90, 90), (10, 90)),
        ((40, 40), (60, 40), (60, 60), (40, 60)),
    ):
        path.moveTo(*ring[0])
        for point in ring[1:]:
            path.lineTo(*point)
        path.closePath()
    path.fillColor = Color(0, 0, 1)
    path.strokeColor = None
    return path


def test_even_odd_paths_leave_holes_and_y_points_up() -> None:
    drawing = Drawing(100, 100)
    drawing.add(square_with_hole())
    drawing.add(Rect(0, 90, 10, 10, fillColor=Color(1, 0, 0), strokeColor=None))
    image = rasterise(drawing, 100, 100, supersample=1)
    assert image.getpixel((20, 50)) == (0, 0, 255)
    assert image.getpixel((50, 50)) == (255, 255, 255)  # the hole
    assert image.getpixel((95, 50)) == (255, 255, 255)  # outside
    assert image.getpixel((5, 5)) == (255, 0, 0)  # drawing y=95 is the image's top row band


def test_fill_opacity_blends_over_what_is_below() -> None:
    drawing = Drawing(40, 40)
    drawing.add(Rect(0, 0, 40, 40, fillColor=Color(0, 0, 0), strokeColor=None))
    drawing.add(
        Rect(0, 0, 40, 40, fillColor=Color(1, 1, 1, 0.25), fillOpacity=0.25, strokeColor=None)
    )
    image = rasterise(drawing, 40, 40)
    assert all(abs(c - 64) <= 1 for c in image.getpixel((20, 20)))


def test_dashed_lines_have_gaps() -> None:
    drawing = Drawing(100, 20)
    line = Line(0, 10, 100, 10, strokeColor=Color(0, 0, 0), strokeWidth=4)
    line.strokeDashArray = [10, 10]
    drawing.add(line)
    image = rasterise(drawing, 100, 20, supersample=1)
    assert image.getpixel((5, 10)) == (0, 0, 0)
    assert image.getpixel((15, 10)) == (255, 255, 255)
    assert image.getpixel((25, 10)) == (0, 0, 0)


def test_dash_runs_split_a_polyline_by_the_pattern() -> None:
    runs = dash_runs([(0.0, 0.0), (5.0, 0.0), (5.0, 5.0)], [2.0, 2.0])
    assert runs[0] == [(0.0, 0.0), (2.0, 0.0)]
    assert runs[1] == [(4.0, 0.0), (5.0, 0.0), (5.0, 1.0)]  # a dash turns the corner
    assert runs[-1] == [(5.0, 3.0), (5.0, 5.0)]
    assert len(runs) == 3


def test_text_is_drawn_in_its_colour() -> None:
    drawing = Drawing(200, 40)
    drawing.add(text(10, 10, "Байқоңыр", 24, bold=True, fill="#ff0000"))
    image = rasterise(drawing, 200, 40)
    pixels = np.asarray(image)
    reds = (pixels[:, :, 0] > 200) & (pixels[:, :, 1] < 60) & (pixels[:, :, 2] < 60)
    assert reds.sum() > 100


def test_unknown_shapes_are_refused_rather_than_dropped() -> None:
    drawing = Drawing(10, 10)
    drawing.add(Ellipse(5, 5, 3, 2))
    with pytest.raises(TypeError, match="Ellipse"):
        rasterise(drawing, 10, 10)
