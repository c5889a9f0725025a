"""Screen-fixed map furniture: the scale bar (bottom left) and the north arrow (top right),
which points to true north, turned from grid north by the UTM meridian convergence."""

from __future__ import annotations

import math
from functools import lru_cache

from pyproj import Proj
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from cosmoplan.geo import MODEL_EPSG, to_wgs84
from cosmoplan.gui.map.formatting import format_scale_length, nice_length

SCALE_BAR_MAX_PX = 140
MARGIN = 12
INK = QColor("#202020")
PAPER = QColor(255, 255, 255, 200)


@lru_cache(maxsize=1)
def _projection() -> Proj:
    return Proj(f"EPSG:{MODEL_EPSG}")


@lru_cache(maxsize=256)
def _convergence_at(x_km: int, y_km: int) -> float:
    lon, lat = to_wgs84(x_km * 1000.0, y_km * 1000.0)
    return float(_projection().get_factors(lon, lat).meridian_convergence)


def grid_convergence(x: float, y: float) -> float:
    """Meridian convergence (degrees) at model point (x, y): the angle from true north to
    grid north, positive east of the zone's central meridian (63° E for zone 41N). True north
    on the map therefore points ``-convergence`` degrees clockwise from straight up."""
    return _convergence_at(round(x / 1000), round(y / 1000))


def paint_scale_bar(painter: QPainter, viewport: QRectF, pixels_per_metre: float) -> None:
    """A black-and-white bar of a round length (1-2-5 series) with its caption."""
    if pixels_per_metre <= 0 or not math.isfinite(pixels_per_metre):
        return
    metres = nice_length(SCALE_BAR_MAX_PX / pixels_per_metre)
    if metres <= 0:
        return
    length = metres * pixels_per_metre
    font = QFont()
    font.setPointSizeF(8.5)
    metrics = QFontMetricsF(font)
    caption = format_scale_length(metres)
    left = viewport.left() + MARGIN
    bottom = viewport.bottom() - MARGIN
    bar = QRectF(left, bottom - 6, length, 6)
    caption_width = metrics.horizontalAdvance(caption)
    box = QRectF(
        left - 6,
        bar.top() - metrics.height() - 8,
        length + 12 + caption_width / 2,
        metrics.height() + 20,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAPER)
    painter.drawRoundedRect(box, 3, 3)
    quarters = 4
    for i in range(quarters):
        segment = QRectF(
            bar.left() + i * length / quarters, bar.top(), length / quarters, bar.height()
        )
        painter.setBrush(INK if i % 2 == 0 else QColor("white"))
        painter.drawRect(segment)
    painter.setPen(QPen(INK, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    painter.setFont(font)
    painter.drawText(QPointF(bar.left(), bar.top() - 4), "0")
    painter.drawText(QPointF(bar.right() - caption_width / 2, bar.top() - 4), caption)
    painter.restore()


def paint_north_arrow(painter: QPainter, viewport: QRectF, convergence: float) -> None:
    """A north arrow pointing to true north; a thin tick marks grid north."""
    radius, disc = 16.0, 30.0
    centre = QPointF(viewport.right() - MARGIN - disc, viewport.top() + MARGIN + disc)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAPER)
    painter.drawEllipse(centre, disc, disc)
    painter.translate(centre + QPointF(0, 5))
    painter.setPen(QPen(QColor("#808080"), 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(0, -radius), QPointF(0, radius * 0.3))  # grid north
    painter.rotate(-convergence)
    left = QPolygonF(
        [QPointF(0, -radius), QPointF(-radius * 0.42, radius * 0.7), QPointF(0, radius * 0.35)]
    )
    right = QPolygonF(
        [QPointF(0, -radius), QPointF(radius * 0.42, radius * 0.7), QPointF(0, radius * 0.35)]
    )
    painter.setPen(QPen(INK, 1))
    painter.setBrush(INK)
    painter.drawPolygon(left)
    painter.setBrush(QColor("white"))
    painter.drawPolygon(right)
    font = QFont()
    font.setPointSizeF(9)
    font.setBold(True)
    path = QPainterPath()
    metrics = QFontMetricsF(font)
    path.addText(QPointF(-metrics.horizontalAdvance("N") / 2, -radius - 1.5), font, "N")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK)
    painter.drawPath(path)
    painter.restore()


def decoration_boxes(width: float, height: float) -> list[tuple[float, float, float, float]]:
    """Where the north arrow and the scale bar (at its longest) sit in a ``width`` x
    ``height`` viewport (pixels: x0, y0, x1, y1): no label goes there."""
    disc = 30.0
    arrow = (width - MARGIN - 2 * disc, MARGIN, width - MARGIN, MARGIN + 2 * disc)
    bar = (0.0, height - MARGIN - 40, MARGIN + SCALE_BAR_MAX_PX + 60, height)
    return [arrow, bar]
