"""Drawing tools: a point (one click), a line or a polygon (clicks; double-click or Enter
finishes, Backspace removes the last vertex, Esc cancels; typing a number types the next
vertex as distance and bearing, see :mod:`..typed_vertex`). Vertices snap to other features
(Shift disables snapping). A finished shape is checked and emitted as ``geometry_drawn``;
the main window decides what to create from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.map.decorations import grid_convergence
from cosmoplan.gui.map.formatting import format_area, format_distance, offset_point
from cosmoplan.gui.map.overlays import Sketch, polyline
from cosmoplan.gui.map.tools.base import MapMouseEvent, MapTool
from cosmoplan.gui.map.vertices import problem

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas

#: Two clicks closer than this (pixels) make one vertex (the two halves of a double-click).
SAME_VERTEX_PX = 1.5
#: Keys that open the typed-vertex field (with the key typed in it).
TYPED_START = frozenset("0123456789.")


def refusal(reason: str) -> str:
    """A status-bar text for a geometry problem from :func:`vertices.problem`."""
    if reason == "too-few-points":
        return tr("Not enough points: a line needs 2 and a polygon 3.")
    if reason == "empty":
        return tr("The shape is empty.")
    if reason.startswith("Self-intersection") or reason.startswith("Ring Self-intersection"):
        return tr("The outline crosses itself; move or remove a vertex.")
    return tr("The shape is not valid: {reason}.").format(reason=reason)


class DrawPointTool(MapTool):
    """One click places a point."""

    id = "draw-point"
    text = QT_TRANSLATE_NOOP("actions", "Draw P&oint")
    cursor = Qt.CursorShape.CrossCursor

    def press(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        x, y, _ = self.canvas.snap_point(event)
        self.canvas.geometry_drawn.emit(self.id, shapely.Point(x, y))
        return True

    def move(self, event: MapMouseEvent) -> bool:
        x, y, snap = self.canvas.snap_point(event)
        self.canvas.sketch.show_sketch(Sketch(snap=None if snap is None else (x, y, snap.kind)))
        return False


class _VertexDrawTool(MapTool):
    """Clicks add vertices; the shape follows the cursor until it is finished."""

    closed = False
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.points: list[tuple[float, float]] = []
        self._cursor: tuple[float, float] | None = None
        self._snap: tuple[float, float, str] | None = None

    def press(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        x, y, _ = self.canvas.snap_point(event, extra=self._own_shape())
        if not self._same_as_last(x, y):
            self.points.append((x, y))
        self._show()
        return True

    def move(self, event: MapMouseEvent) -> bool:
        x, y, snap = self.canvas.snap_point(event, extra=self._own_shape())
        self._cursor = (x, y)
        self._snap = None if snap is None else (x, y, snap.kind)
        self._show()
        return False

    def double_click(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        x, y, _ = self.canvas.snap_point(event, extra=self._own_shape())
        if not self._same_as_last(x, y):
            self.points.append((x, y))
        self.finish()
        return True

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._show()
            return True
        typed = event.text()
        if self.points and (event.key() == Qt.Key.Key_Tab or (typed and typed in TYPED_START)):
            self.canvas.typed.start("" if event.key() == Qt.Key.Key_Tab else typed)
            return True
        return False

    def add_offset(self, distance: float, bearing: float) -> bool:
        """Add a vertex ``distance`` metres from the last one on the true ``bearing``."""
        if not self.points:
            self.canvas.message.emit(tr("Click the first vertex, then type the next ones."))
            return False
        x, y = self.points[-1]
        self.points.append(offset_point(x, y, distance, bearing, grid_convergence(x, y)))
        self._show()
        return True

    def cancel(self) -> bool:
        had = bool(self.points)
        self.points = []
        self.canvas.typed.close_field()
        self._show()
        return had

    def finish(self) -> None:
        """Check the shape; emit it if it is valid, else say why and keep drawing."""
        geometry = self.shape(self.points)
        reason = problem(geometry) if geometry is not None else "too-few-points"
        if reason is not None:
            self.canvas.message.emit(refusal(reason))
            return
        assert geometry is not None
        self.points = []
        self.canvas.typed.close_field()
        self._show()
        self.canvas.geometry_drawn.emit(self.id, geometry)

    def shape(self, points: list[tuple[float, float]]) -> BaseGeometry | None:
        """The geometry the points make."""
        raise NotImplementedError

    def _same_as_last(self, x: float, y: float) -> bool:
        if not self.points:
            return False
        last = self.canvas.map_to_widget_f(*self.points[-1])
        here = self.canvas.map_to_widget_f(x, y)
        return abs(last.x() - here.x()) + abs(last.y() - here.y()) < SAME_VERTEX_PX

    def _own_shape(self) -> list[BaseGeometry]:
        return [shapely.MultiPoint(self.points)] if self.points else []

    def _show(self) -> None:
        pending = list(self.points)
        if self._cursor is not None and pending:
            pending.append(self._cursor)
        shape = polyline(pending, closed=self.closed)
        text = ""
        if len(pending) >= 2:
            line = shapely.LineString(pending)
            text = format_distance(line.length)
            if self.closed and len(pending) >= 3:
                text += "\n" + format_area(shapely.Polygon(pending).area)
        handles = self.points
        self.canvas.sketch.show_sketch(
            Sketch(
                shape=shape,
                closed=self.closed,
                handles=_array(handles),
                snap=self._snap,
                text=text,
                text_at=self._cursor,
            )
        )


def _array(points: list[tuple[float, float]]) -> np.ndarray:
    return np.asarray(points, dtype=float).reshape(-1, 2)


class DrawLineTool(_VertexDrawTool):
    """A polyline."""

    id = "draw-line"
    text = QT_TRANSLATE_NOOP("actions", "Draw &Line")

    def shape(self, points: list[tuple[float, float]]) -> BaseGeometry | None:
        return shapely.LineString(points) if len(points) >= 2 else None


class DrawPolygonTool(_VertexDrawTool):
    """A polygon (closed automatically)."""

    id = "draw-polygon"
    text = QT_TRANSLATE_NOOP("actions", "Draw Pol&ygon")
    closed = True

    def shape(self, points: list[tuple[float, float]]) -> BaseGeometry | None:
        return shapely.Polygon(points) if len(points) >= 3 else None
