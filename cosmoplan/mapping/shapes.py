"""Drawing primitives shared by the map and its furniture: colours, styled shapes, symbols, text."""

from __future__ import annotations

import numpy as np
from reportlab.graphics.shapes import Circle, Path, Shape, String
from reportlab.lib.colors import Color

from cosmoplan.mapping.fonts import font_name
from cosmoplan.mapping.style import Style


def symbol(u: float, v: float, style: Style) -> Shape:
    """A point symbol (circle, square, triangle, diamond or star) centred at ``(u, v)``."""
    r = style.size / 2
    if style.symbol == "o":
        return styled(Circle(u, v, r), style, filled=True)
    outline = _SYMBOL_OUTLINES.get(style.symbol, _SYMBOL_OUTLINES["s"])
    path = Path(fillMode=0)
    add_ring(path, np.asarray(outline) * r + (u, v), close=True)
    return styled(path, style, filled=True)


def styled(shape: Shape, style: Style, filled: bool) -> Shape:
    """Apply fill, stroke, width, dashes and opacity from ``style`` to a shape."""
    fill, fill_alpha = color_alpha(style.fill if filled else None)
    stroke, stroke_alpha = color_alpha(style.stroke)
    shape.fillColor = fill
    shape.fillOpacity = fill_alpha if fill is not None else None
    shape.strokeColor = stroke
    shape.strokeOpacity = stroke_alpha if stroke is not None else None
    shape.strokeWidth = style.stroke_width
    shape.strokeLineJoin = 1
    shape.strokeLineCap = 0 if style.dash else 1
    shape.strokeDashArray = list(style.dash) if style.dash else None
    return shape


def text(
    x: float,
    y: float,
    value: str,
    size: float,
    bold: bool = False,
    fill: str = "#202020",
    anchor: str = "start",
) -> String:
    """A string in DejaVu Sans (Cyrillic and Kazakh letters included)."""
    return String(
        x,
        y,
        value,
        fontName=font_name(bold),
        fontSize=size,
        fillColor=color(fill),
        textAnchor=anchor,
    )


def color(value: str | None) -> Color | None:
    """``#RRGGBB`` or ``#RRGGBBAA`` as a ReportLab colour (alpha included); ``None`` stays."""
    return color_alpha(value)[0]


def color_alpha(value: str | None) -> tuple[Color | None, float]:
    """A ReportLab colour with its alpha, and the alpha (0..1)."""
    if value is None:
        return None, 1.0
    digits = value.lstrip("#")
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
    return Color(r, g, b, alpha), alpha


def add_ring(path: Path, points: np.ndarray, close: bool) -> None:
    """Append a ring or line (n x 2 page points) to ``path`` as a new subpath."""
    path.moveTo(float(points[0, 0]), float(points[0, 1]))
    for u, v in points[1:]:
        path.lineTo(float(u), float(v))
    if close:
        path.closePath()


def _star(points: int = 5, inner: float = 0.45) -> tuple[tuple[float, float], ...]:
    angles = np.pi / 2 + np.arange(points * 2) * np.pi / points
    radii = np.where(np.arange(points * 2) % 2 == 0, 1.0, inner)
    return tuple(zip(radii * np.cos(angles), radii * np.sin(angles), strict=True))


#: Unit outlines of the point symbols (radius 1).
_SYMBOL_OUTLINES: dict[str, tuple[tuple[float, float], ...]] = {
    "s": ((-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)),
    "t": ((0.0, 1.0), (0.95, -0.7), (-0.95, -0.7)),
    "d": ((0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)),
    "star": _star(),
}
