"""The measure tool: clicks add points; the running length, the true bearing of the last
segment (and, from three points, the enclosed area) show by the cursor, and the length and
area go out as ``measured(distance_m, area_m2)``. Double-click or Enter finishes; the last
measurement can be kept as a guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.map.decorations import grid_convergence
from cosmoplan.gui.map.formatting import (
    format_area,
    format_bearing,
    format_distance,
    grid_bearing,
)
from cosmoplan.gui.map.overlays import Sketch, polyline
from cosmoplan.gui.map.tools.base import MapMouseEvent, MapTool

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas


def measure(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Length of the polyline through ``points`` and, with three or more, the polygon area."""
    if len(points) < 2:
        return 0.0, 0.0
    distance = shapely.LineString(points).length
    area = shapely.Polygon(points).area if len(points) >= 3 else 0.0
    return float(distance), float(area)


def bearing(points: list[tuple[float, float]]) -> float:
    """The true bearing (degrees clockwise from true north) of the last segment of ``points``:
    its grid bearing plus the meridian convergence there."""
    (x0, y0), (x1, y1) = points[-2], points[-1]
    return (grid_bearing(x0, y0, x1, y1) + grid_convergence(x0, y0)) % 360.0


class MeasureTool(MapTool):
    """Distances and areas in metres (UTM plane, as every analysis of the plan)."""

    id = "measure"
    text = QT_TRANSLATE_NOOP("actions", "&Measure")
    shortcut = "M"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.points: list[tuple[float, float]] = []
        self.finished = False
        self._cursor: tuple[float, float] | None = None
        self._snap: tuple[float, float, str] | None = None

    @property
    def result(self) -> BaseGeometry | None:
        """The measured line (or point), if any."""
        return polyline(self.points)

    def press(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        if self.finished:
            self.points, self.finished = [], False
        x, y, _ = self.canvas.snap_point(event)
        if not self.points or self.points[-1] != (x, y):
            self.points.append((x, y))
        self._cursor = (x, y)
        self._update()
        return True

    def move(self, event: MapMouseEvent) -> bool:
        x, y, snap = self.canvas.snap_point(event)
        self._cursor = (x, y)
        self._snap = None if snap is None else (x, y, snap.kind)
        if not self.finished:
            self._update()
        return False

    def double_click(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        if not self.finished:  # the first click of a double-click may not have come as a press
            x, y, _ = self.canvas.snap_point(event)
            if not self.points or self.points[-1] != (x, y):
                self.points.append((x, y))
        self.finish()
        return True

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Backspace and self.points and not self.finished:
            self.points.pop()
            self._update()
            return True
        return False

    def finish(self) -> None:
        """Stop adding points; the result stays shown."""
        if not self.points:
            return
        self.finished = True
        self._update()
        self.canvas.message.emit(
            tr("Measured {text}.").format(text=self._text(self.points).replace("\n", ", "))
        )

    def cancel(self) -> bool:
        had = bool(self.points)
        self.points, self.finished = [], False
        self.canvas.sketch.clear()
        return had

    def _text(self, points: list[tuple[float, float]]) -> str:
        distance, area = measure(points)
        text = format_distance(distance)
        if len(points) >= 2:
            text += "\n" + tr("bearing {angle}").format(angle=format_bearing(bearing(points)))
        if len(points) >= 3:
            text += "\n" + format_area(area)
        return text

    def _update(self) -> None:
        pending = list(self.points)
        if (
            not self.finished
            and self._cursor is not None
            and pending
            and pending[-1] != self._cursor
        ):
            pending.append(self._cursor)
        distance, area = measure(pending)
        self.canvas.measured.emit(distance, area)
        at = pending[-1] if pending else None
        self.canvas.sketch.show_sketch(
            Sketch(
                shape=polyline(pending),
                handles=np.asarray(self.points, dtype=float).reshape(-1, 2),
                snap=self._snap,
                text=self._text(pending) if len(pending) >= 2 else "",
                text_at=at,
            )
        )
