"""Qt pens and brushes of the timeline, from the look shared with the reports
(:mod:`cosmoplan.mapping.tenants`), and the small samples the legend shows.

Pens are 1-pixel cosmetic ones (cheap in the raster engine); hatches are Qt's predefined
patterns, which Qt 6 keeps cosmetic: they stay the same on screen at any zoom.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from cosmoplan.domain import AllocationStatus
from cosmoplan.gui.qtstyle import qcolor
from cosmoplan.mapping.tenants import (
    CONFLICT,
    OUTAGE_FILL,
    OUTAGE_HATCH,
    OUTAGE_OVERLAY,
    bar_style,
    is_dark,
)

INK = "#1b1f24"
MUTED = "#5f6b7a"
ACCENT = "#1f3a5f"
ZEBRA = "#f5f7fa"
GRID_MAJOR = "#c3cad4"
GRID_MINOR = "#e6e9ee"
RULE = "#d5dae1"
GROUP_RULE = "#aeb7c4"
SELECTED_ROW = "#e3ecf7"
HEADER = "#eef1f5"
SELECTION = "#0b63ce"
CURSOR = "#1f3a5f"
OUTAGE_LABEL = "#f7f4ef"


class BarPaint(NamedTuple):
    """How one kind of bar is painted: ground, hatch (or none), outline, label ink."""

    ground: QBrush
    hatch: QBrush | None
    pen: QPen
    ink: QColor


@lru_cache(maxsize=256)
def pen(colour: str, width: float = 1.0, dashed: bool = False, alpha: int = 255) -> QPen:
    """A cosmetic pen (``width`` in pixels)."""
    color = QColor(qcolor(colour))
    color.setAlpha(alpha)
    result = QPen(color)
    result.setCosmetic(True)
    result.setWidthF(width)
    if dashed:
        result.setDashPattern([4.0, 3.0])
    result.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return result


def hatch_brush(colour: str, alpha: int = 255) -> QBrush:
    """Diagonal hatching in ``colour``."""
    color = QColor(qcolor(colour))
    color.setAlpha(alpha)
    return QBrush(color, Qt.BrushStyle.BDiagPattern)


@lru_cache(maxsize=512)
def bar_paint(colour: str, status: AllocationStatus) -> BarPaint:
    """The paint of a bar of ``status`` in a tenant's ``colour`` (see
    :func:`cosmoplan.mapping.tenants.bar_style`)."""
    style = bar_style(status, colour)
    ground = QBrush(qcolor(style.fill or "#ffffff"))
    if status is AllocationStatus.CANCELLED:
        ground = QBrush(Qt.BrushStyle.NoBrush)
    hatch = hatch_brush(colour) if style.hatched else None
    width = 2.0 if status is AllocationStatus.ACTIVE else 1.0
    outline = pen(style.stroke, width, dashed=style.fill is None)
    dark = style.fill is not None and not style.hatched and is_dark(style.fill)
    ink = QColor("#ffffff" if dark else INK)
    if status is AllocationStatus.CANCELLED:
        ink = QColor(MUTED)
    return BarPaint(ground, hatch, outline, ink)


@lru_cache(maxsize=1)
def outage_paint() -> tuple[QBrush, QBrush, QBrush]:
    """Ground and hatch of a pad outage, and the hatch laid over bars held during one."""
    return (
        QBrush(qcolor(OUTAGE_FILL)),
        hatch_brush(OUTAGE_HATCH),
        hatch_brush(OUTAGE_OVERLAY, alpha=110),
    )


def conflict_pen() -> QPen:
    """The red outline of a bar named by an error finding."""
    return pen(CONFLICT, 2.0)


def selection_pen() -> QPen:
    """The outline of a selected bar."""
    return pen(SELECTION, 2.0)


def paint_bar_sample(
    painter: QPainter, rect: QRectF, colour: str, status: AllocationStatus
) -> None:
    """A small bar of ``status`` (legend)."""
    paint = bar_paint(colour, status)
    painter.fillRect(rect, paint.ground)
    if paint.hatch is not None:
        painter.fillRect(rect, paint.hatch)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(paint.pen)
    painter.drawRect(rect)


def paint_outage_sample(painter: QPainter, rect: QRectF) -> None:
    """A small pad-outage sample (legend)."""
    ground, hatch, _ = outage_paint()
    painter.fillRect(rect, ground)
    painter.fillRect(rect, hatch)
