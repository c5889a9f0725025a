"""Small items drawn over the map: the selection highlight, the guides, and the sketch of
the active tool (rubber band, vertex handles, snap marker, measurement text)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.map.paths import line_path, point_coords, polygon_path, split_by_type
from cosmoplan.gui.map.renderer import WORLD
from cosmoplan.gui.qtstyle import qcolor
from cosmoplan.mapping.style import SELECTION_STYLE, Style


@dataclass(frozen=True, slots=True)
class Mark:
    """A geometry to draw over the map with a pen, an optional fill and a point size."""

    geometry: BaseGeometry
    pen: QPen
    brush: QBrush = field(default_factory=lambda: QBrush(Qt.BrushStyle.NoBrush))
    point_size: float = 10.0


def cosmetic(
    color: str | QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QPen:
    """A cosmetic pen (width in pixels whatever the zoom)."""
    pen = QPen(QColor(color) if isinstance(color, str) else color, width, style)
    pen.setCosmetic(True)
    return pen


def _draw_mark(painter: QPainter, mark: Mark) -> None:
    geoms = np.empty(1, object)
    geoms[0] = mark.geometry
    polygons, lines, points = split_by_type(geoms)
    painter.setPen(mark.pen)
    if len(polygons):
        painter.setBrush(mark.brush)
        painter.drawPath(polygon_path(polygons))
    if len(lines):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line_path(lines))
    if len(points):
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setBrush(mark.brush)
        r = mark.point_size / 2
        for x, y in point_coords(points):
            painter.drawEllipse(transform.map(QPointF(x, y)), r, r)
        painter.restore()


class MarksItem(QGraphicsObject):
    """Draws a list of :class:`Mark` (subclasses add more)."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[Mark] = []

    def boundingRect(self) -> QRectF:
        return WORLD

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the marks."""
        self.marks = marks
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for mark in self.marks:
            _draw_mark(painter, mark)


def selection_marks(geometries: list[BaseGeometry], style: Style = SELECTION_STYLE) -> list[Mark]:
    """Highlight marks for selected geometries: a halo under a bright outline; only points
    are filled (a ring with a light disc), areas never, so that a selection of large zones
    leaves the map readable under it."""
    halo = cosmetic(QColor(255, 255, 255, 200), style.stroke_width + 3)
    line = cosmetic(style.stroke or "#00bcd4", style.stroke_width)
    none = QBrush(Qt.BrushStyle.NoBrush)
    fill = QBrush(qcolor(style.fill)) if style.fill else none
    marks = []
    for geometry in geometries:
        point = geometry.geom_type in ("Point", "MultiPoint")
        marks.append(Mark(geometry, halo, none, style.size + 3))
        marks.append(Mark(geometry, line, fill if point else none, style.size))
    return marks


@dataclass
class Sketch:
    """What the active tool shows: a shape being drawn, handles, a snap marker and a text."""

    shape: BaseGeometry | None = None
    closed: bool = False
    handles: np.ndarray = field(default_factory=lambda: np.empty((0, 2)))
    active_handle: int | None = None
    snap: tuple[float, float, str] | None = None
    text: str = ""
    text_at: tuple[float, float] | None = None
    rect: tuple[float, float, float, float] | None = None  # rubber rectangle (model metres)


SKETCH_COLOR = QColor("#d81b60")


class SketchItem(QGraphicsObject):
    """The tool's feedback layer (one per canvas)."""

    def __init__(self) -> None:
        super().__init__()
        self.sketch = Sketch()

    def boundingRect(self) -> QRectF:
        return WORLD

    def show_sketch(self, sketch: Sketch) -> None:
        """Replace what is shown."""
        self.sketch = sketch
        self.update()

    def clear(self) -> None:
        """Show nothing."""
        self.show_sketch(Sketch())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        sketch = self.sketch
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if sketch.rect is not None:
            x0, y0, x1, y1 = sketch.rect
            painter.setPen(cosmetic(SKETCH_COLOR, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(216, 27, 96, 30))
            painter.drawRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
        if sketch.shape is not None and not sketch.shape.is_empty:
            fill = QBrush(QColor(216, 27, 96, 40)) if sketch.closed else QBrush()
            _draw_mark(painter, Mark(sketch.shape, cosmetic(SKETCH_COLOR, 2), fill, 6))
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        for i, (x, y) in enumerate(sketch.handles):
            centre = transform.map(QPointF(x, y))
            active = i == sketch.active_handle
            painter.setPen(cosmetic(SKETCH_COLOR, 1))
            painter.setBrush(SKETCH_COLOR if active else QColor("white"))
            painter.drawRect(QRectF(centre.x() - 4, centre.y() - 4, 8, 8))
        if sketch.snap is not None:
            self._paint_snap(
                painter, transform.map(QPointF(sketch.snap[0], sketch.snap[1])), sketch.snap[2]
            )
        if sketch.text and sketch.text_at is not None:
            self._paint_text(painter, transform.map(QPointF(*sketch.text_at)), sketch.text)
        painter.restore()

    @staticmethod
    def _paint_snap(painter: QPainter, at: QPointF, kind: str) -> None:
        """A square on a snapped vertex, an X on a snapped edge."""
        painter.setPen(cosmetic("#ff6f00", 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "vertex":
            painter.drawRect(QRectF(at.x() - 6, at.y() - 6, 12, 12))
        else:
            painter.drawLine(at + QPointF(-6, -6), at + QPointF(6, 6))
            painter.drawLine(at + QPointF(-6, 6), at + QPointF(6, -6))

    @staticmethod
    def _paint_text(painter: QPainter, at: QPointF, text: str) -> None:
        font = QFont()
        font.setPointSizeF(9)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 10
        height = metrics.height() * len(lines) + 6
        box = QRectF(at.x() + 14, at.y() + 10, width, height)
        painter.setPen(cosmetic(SKETCH_COLOR, 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(font)
        painter.setPen(QColor("#202020"))
        for i, line in enumerate(lines):
            painter.drawText(
                QPointF(box.left() + 5, box.top() + 3 + metrics.ascent() + i * metrics.height()),
                line,
            )


def guide_marks(guides: list[BaseGeometry]) -> list[Mark]:
    """Kept measurement lines: thin dashed lines, not part of the plan."""
    pen = cosmetic("#6a1b9a", 1.5, Qt.PenStyle.DashLine)
    return [Mark(g, pen, QBrush(Qt.BrushStyle.NoBrush), 5) for g in guides]


def polyline(points: list[tuple[float, float]], closed: bool = False) -> BaseGeometry | None:
    """A sketch shape from clicked points: a point, a line, or a closed ring."""
    if not points:
        return None
    if len(points) == 1:
        return shapely.Point(points[0])
    if closed and len(points) >= 3:
        return shapely.Polygon(points)
    return shapely.LineString(points)
