"""Qt pens, brushes and point symbols for :class:`cosmoplan.mapping.style.Style` values, cached.

Performance rule (see the design notes): only 1-pixel cosmetic pens are cheap in the raster
engine, so wide strokes are used only where few features are drawn.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from cosmoplan.mapping.style import Style


@lru_cache(maxsize=512)
def qcolor(text: str) -> QColor:
    """``#RRGGBB`` or ``#RRGGBBAA`` (the style's notation) as a QColor."""
    text = text.strip()
    color = QColor(text[:7])
    if len(text) == 9:
        color.setAlpha(int(text[7:9], 16))
    return color


def argb32(text: str, opacity: float = 1.0) -> tuple[int, float]:
    """Opaque ``0xAARRGGBB`` colour and the alpha (0..1) to blend it with."""
    color = qcolor(text)
    alpha = color.alphaF() * opacity
    return (0xFF000000 | (color.red() << 16) | (color.green() << 8) | color.blue()), alpha


@lru_cache(maxsize=1024)
def pen(style: Style, dashed: bool = True) -> QPen:
    """The outline pen of ``style``: always a 1-pixel cosmetic pen, the only cheap kind in
    the raster engine (wider strokes are drawn as offset passes, see :func:`stroke_offsets`);
    dashes only when ``dashed`` (they cost a lot on thousands of far-away lines)."""
    if style.stroke is None:
        return QPen(Qt.PenStyle.NoPen)
    result = QPen(qcolor(style.stroke))
    result.setCosmetic(True)
    result.setWidthF(1.0)
    if style.dash and dashed:
        result.setDashPattern([max(d, 0.1) for d in style.dash])
    result.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    result.setCapStyle(Qt.PenCapStyle.FlatCap)
    return result


def stroke_offsets(style: Style) -> tuple[tuple[float, float], ...]:
    """Device-pixel offsets at which to repeat a 1-pixel stroke to look ``stroke_width`` wide."""
    extra = style.stroke_width - 1.0
    if extra < 0.3:
        return ((0.0, 0.0),)
    return ((0.0, 0.0), (extra, 0.0), (0.0, extra))


@lru_cache(maxsize=1024)
def brush(style: Style) -> QBrush:
    """The fill brush of ``style`` (no brush if it has no fill)."""
    if style.fill is None:
        return QBrush(Qt.BrushStyle.NoBrush)
    return QBrush(qcolor(style.fill))


#: The map's paper: a pale steppe tone.
PAPER = "#f3f0e6"


@lru_cache(maxsize=1024)
def solid_brush(style: Style) -> QBrush:
    """An opaque brush that looks like the style's (translucent) fill laid on the paper, for
    polygons a few pixels across: opaque fills are a quarter cheaper to draw."""
    if style.fill is None:
        return QBrush(Qt.BrushStyle.NoBrush)
    fill, paper = qcolor(style.fill), qcolor(PAPER)
    a = fill.alphaF()
    return QBrush(
        QColor(
            round(fill.red() * a + paper.red() * (1 - a)),
            round(fill.green() * a + paper.green() * (1 - a)),
            round(fill.blue() * a + paper.blue() * (1 - a)),
        )
    )


def symbol_path(symbol: str, size: float) -> QPainterPath:
    """The outline of a point symbol centred on (0, 0), ``size`` pixels across."""
    r = size / 2
    path = QPainterPath()
    if symbol == "s":
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))
    elif symbol == "t":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
        path.closeSubpath()
    elif symbol == "d":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        path.closeSubpath()
    elif symbol == "star":
        points = [
            QPointF(
                (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                -(r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


@lru_cache(maxsize=256)
def symbol_pixmap(style: Style, dpr: float = 1.0) -> QPixmap:
    """A pre-rendered, antialiased point symbol for ``style``, in device pixels (``dpr``
    times its size; drawn centred on the point into the device-pixel map buffer)."""
    extent = style.size + 2 * max(style.stroke_width, 1.0) + 2
    side = max(round(extent * dpr), 2)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(side / 2, side / 2)
    painter.scale(dpr, dpr)
    painter.setBrush(brush(style))
    if style.stroke is None:
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        outline = QPen(qcolor(style.stroke))
        outline.setWidthF(style.stroke_width)
        painter.setPen(outline)
    painter.drawPath(symbol_path(style.symbol, style.size))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    return pixmap
