"""Rasterise the map's ReportLab drawings with Pillow (ReportLab's own renderPM needs pycairo).

Handles exactly the shapes cosmoplan draws: groups (with affine transforms), paths of straight
segments (even-odd or non-zero fill), circles, rectangles (rounded too), lines and strings, with
colour alpha, fill/stroke opacity and dashes. Anything else raises :class:`TypeError`, so that a
new kind of shape cannot silently vanish from PNGs. Antialiasing comes from drawing at a
multiple of the size and scaling down with a Lanczos filter.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Rect,
    Shape,
    String,
    mmult,
)
from reportlab.lib.colors import Color

from cosmoplan.mapping.fonts import BOLD, font_path

Point = tuple[float, float]
Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
Ink = int | tuple[int, int, int]
_MOVETO, _LINETO, _CURVETO, _CLOSEPATH = range(4)
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


def rasterise(drawing: Drawing, width: int, height: int, supersample: int = 2) -> Image.Image:
    """``drawing`` as an RGB image of ``width`` x ``height`` pixels."""
    big = (width * supersample, height * supersample)
    sx, sy = big[0] / drawing.width, big[1] / drawing.height
    painter = _Painter(Image.new("RGB", big, "white"))
    painter.group(drawing.contents, (sx, 0.0, 0.0, -sy, 0.0, float(big[1])))
    if supersample == 1:
        return painter.image
    return painter.image.resize((width, height), Image.Resampling.LANCZOS)


class _Painter:
    """Paints shapes onto an opaque RGB image through per-shape coverage masks."""

    def __init__(self, image: Image.Image) -> None:
        self.image = image
        self._fonts: dict[tuple[bool, int], ImageFont.FreeTypeFont] = {}

    def group(self, shapes: Sequence[Shape], ctm: Matrix) -> None:
        for shape in shapes:
            self.shape(shape, ctm)

    def shape(self, shape: Shape, ctm: Matrix) -> None:
        if isinstance(shape, Group):
            self.group(shape.contents, mmult(ctm, shape.transform))
        elif isinstance(shape, Path):
            self._path(shape, ctm)
        elif isinstance(shape, Circle):
            self._circle(shape, ctm)
        elif isinstance(shape, Rect):
            self._rect(shape, ctm)
        elif isinstance(shape, Line):
            ends = [_apply(ctm, (shape.x1, shape.y1)), _apply(ctm, (shape.x2, shape.y2))]
            self._stroke([(ends, False)], shape, ctm)
        elif isinstance(shape, String):
            self._string(shape, ctm)
        else:
            raise TypeError(f"cannot rasterise {type(shape).__name__}")

    # -- shapes ----------------------------------------------------------------------------
    def _path(self, path: Path, ctm: Matrix) -> None:
        subpaths: list[list[Point]] = []
        closed: list[bool] = []
        points = iter(zip(path.points[0::2], path.points[1::2], strict=True))
        for op in path.operators:
            if op == _MOVETO:
                subpaths.append([_apply(ctm, next(points))])
                closed.append(False)
            elif op == _LINETO:
                subpaths[-1].append(_apply(ctm, next(points)))
            elif op == _CLOSEPATH:
                closed[-1] = True
            else:
                raise TypeError("cannot rasterise curved path segments")
        if path.fillColor is not None:
            even_odd = getattr(path, "fillMode", 0) == 0
            self._fill([s for s in subpaths if len(s) >= 3], path, even_odd)
        self._stroke(list(zip(subpaths, closed, strict=True)), path, ctm)

    def _circle(self, circle: Circle, ctm: Matrix) -> None:
        cx, cy = _apply(ctm, (circle.cx, circle.cy))
        r = circle.r * _scale(ctm)
        if circle.fillColor is not None:
            box = (cx - r, cy - r, cx + r, cy + r)
            self._paint(
                circle.fillColor,
                _opacity(circle, "fill"),
                box,
                lambda pen, o, ink: pen.ellipse(_shift_box(box, o), fill=ink),
            )
        if circle.strokeColor is not None and circle.strokeWidth > 0:
            w = max(1.0, circle.strokeWidth * _scale(ctm))
            outer = r + w / 2
            ring = (cx - outer, cy - outer, cx + outer, cy + outer)
            self._paint(
                circle.strokeColor,
                _opacity(circle, "stroke"),
                ring,
                lambda pen, o, ink: pen.ellipse(_shift_box(ring, o), outline=ink, width=round(w)),
            )

    def _rect(self, rect: Rect, ctm: Matrix) -> None:
        corners = [
            (rect.x, rect.y),
            (rect.x + rect.width, rect.y),
            (rect.x + rect.width, rect.y + rect.height),
            (rect.x, rect.y + rect.height),
        ]
        page = [_apply(ctm, p) for p in corners]
        radius = (rect.rx or 0) * _scale(ctm)
        if rect.fillColor is not None:
            if radius > 0:
                xs, ys = [p[0] for p in page], [p[1] for p in page]
                box = (min(xs), min(ys), max(xs), max(ys))
                self._paint(
                    rect.fillColor,
                    _opacity(rect, "fill"),
                    box,
                    lambda pen, o, ink: pen.rounded_rectangle(
                        _shift_box(box, o), radius=radius, fill=ink
                    ),
                )
            else:
                self._fill([page], rect, even_odd=True)
        self._stroke([(page, True)], rect, ctm)

    def _string(self, string: String, ctm: Matrix) -> None:
        if not string.text or string.fillColor is None:
            return
        size = max(1, round(string.fontSize * _scale(ctm)))
        font = self._font(string.fontName == BOLD, size)
        x, y = _apply(ctm, (string.x, string.y))
        anchor = _ANCHORS[string.textAnchor]
        box = font.getbbox(string.text, anchor=anchor)
        area = (x + box[0] - 2, y + box[1] - 2, x + box[2] + 2, y + box[3] + 2)
        self._paint(
            string.fillColor,
            _opacity(string, "fill"),
            area,
            lambda pen, o, ink: pen.text(
                (x - o[0], y - o[1]), string.text, fill=ink, font=font, anchor=anchor
            ),
        )

    # -- fill and stroke -------------------------------------------------------------------
    def _fill(self, rings: list[list[Point]], shape: Shape, even_odd: bool) -> None:
        if not rings:
            return
        area = _bounds([p for ring in rings for p in ring])
        color, alpha = shape.fillColor, _opacity(shape, "fill")
        if not even_odd or len(rings) == 1:

            def draw(pen: ImageDraw.ImageDraw, offset: Point, ink: Ink) -> None:
                for ring in rings:
                    pen.polygon(_shift(ring, offset), fill=ink)

            self._paint(color, alpha, area, draw)
            return
        region = self._region(area)
        if region is None:
            return
        mask = Image.new("L", (region[2] - region[0], region[3] - region[1]), 0)
        for ring in rings:  # even-odd: each ring flips coverage (holes, islands in holes)
            layer = Image.new("L", mask.size, 0)
            ImageDraw.Draw(layer).polygon(_shift(ring, (region[0], region[1])), fill=255)
            mask = ImageChops.difference(mask, layer)
        self._blend(mask, region, color, alpha)

    def _stroke(self, lines: list[tuple[list[Point], bool]], shape: Shape, ctm: Matrix) -> None:
        color = getattr(shape, "strokeColor", None)
        width = getattr(shape, "strokeWidth", 1.0) * _scale(ctm)
        if color is None or width <= 0:
            return
        width = max(1.0, width)
        runs = [[*line, line[0]] if closed and len(line) > 2 else line for line, closed in lines]
        dash = getattr(shape, "strokeDashArray", None)
        if dash:
            pattern = [max(0.5, float(d) * _scale(ctm)) for d in dash]
            runs = [piece for run in runs for piece in dash_runs(run, pattern)]
        runs = [run for run in runs if len(run) >= 2]
        if not runs:
            return
        area = _bounds([p for run in runs for p in run])
        margin = width / 2 + 1
        area = (area[0] - margin, area[1] - margin, area[2] + margin, area[3] + margin)
        round_joins = getattr(shape, "strokeLineJoin", 0) == 1

        def draw(pen: ImageDraw.ImageDraw, offset: Point, ink: Ink) -> None:
            for run in runs:
                pen.line(
                    _shift(run, offset),
                    fill=ink,
                    width=round(width),
                    joint="curve" if round_joins else None,
                )

        self._paint(color, _opacity(shape, "stroke"), area, draw)

    def _paint(
        self,
        color: Color,
        alpha: float,
        area: Box,
        draw: Callable[[ImageDraw.ImageDraw, Point, Ink], object],
    ) -> None:
        """Paint with ``draw(pen, offset, ink)``: straight onto the image when opaque, else
        through a coverage mask over ``area`` blended with ``alpha``."""
        if alpha >= 1:
            draw(ImageDraw.Draw(self.image), (0.0, 0.0), _rgb(color))
            return
        region = self._region(area)
        if region is None or alpha <= 0:
            return
        mask = Image.new("L", (region[2] - region[0], region[3] - region[1]), 0)
        draw(ImageDraw.Draw(mask), (float(region[0]), float(region[1])), 255)
        self._blend(mask, region, color, alpha)

    def _region(self, area: Box) -> tuple[int, int, int, int] | None:
        """The pixel box covering ``area`` (with a margin), clipped to the image."""
        left, top = max(0, math.floor(area[0]) - 1), max(0, math.floor(area[1]) - 1)
        right = min(self.image.width, math.ceil(area[2]) + 2)
        bottom = min(self.image.height, math.ceil(area[3]) + 2)
        return (left, top, right, bottom) if right > left and bottom > top else None

    def _blend(
        self, mask: Image.Image, region: tuple[int, int, int, int], color: Color, alpha: float
    ) -> None:
        if alpha < 1:
            mask = mask.point([round(v * alpha) for v in range(256)])
        self.image.paste(_rgb(color), region, mask)

    def _font(self, bold: bool, size: int) -> ImageFont.FreeTypeFont:
        key = (bold, size)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(font_path(bold)), size)
        return self._fonts[key]


def dash_runs(points: list[Point], pattern: list[float]) -> list[list[Point]]:
    """Split a polyline into the "on" pieces of a dash ``pattern`` (on, off, on, off...)."""
    pieces: list[list[Point]] = []
    index, left, on = 0, pattern[0], True
    current: list[Point] = [points[0]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            cut = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if on:
                current.append(cut)
                pieces.append(current)
            current = [cut]
            on = not on
            index = (index + 1) % len(pattern)
            left = pattern[index]
        left -= length - done
        if on:
            current.append((x1, y1))
    if on and len(current) >= 2:
        pieces.append(current)
    return pieces


def _rgb(color: Color) -> tuple[int, int, int]:
    return (round(color.red * 255), round(color.green * 255), round(color.blue * 255))


def _opacity(shape: Shape, which: str) -> float:
    explicit = getattr(shape, f"{which}Opacity", None)
    if explicit is not None:
        return float(explicit)
    color = getattr(shape, f"{which}Color", None)
    return float(getattr(color, "alpha", 1.0)) if color is not None else 1.0


def _apply(m: Matrix, point: tuple[float, float]) -> Point:
    x, y = point
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _scale(m: Matrix) -> float:
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def _shift(points: Sequence[Sequence[float]], offset: Point) -> list[Point]:
    return [(p[0] - offset[0], p[1] - offset[1]) for p in points]


def _shift_box(box: Box, offset: Point) -> Box:
    return (box[0] - offset[0], box[1] - offset[1], box[2] - offset[0], box[3] - offset[1])


def _bounds(points: list[Point]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))
