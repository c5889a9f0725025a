"""The move tool: drag a feature to a new place (a grabbed vertex snaps onto other features);
on release the moved geometry is emitted as ``geometry_edited``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Ref
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.map.overlays import Sketch
from cosmoplan.gui.map.tools.base import DragStart, MapMouseEvent, MapTool
from cosmoplan.gui.map.vertices import nearest_vertex, translated, vertex_array

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas


class MoveTool(MapTool):
    """Drag a (selected) feature."""

    id = "move"
    text = QT_TRANSLATE_NOOP("actions", "Mo&ve Feature")
    cursor = Qt.CursorShape.SizeAllCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._drag = DragStart()
        self._ref: Ref | None = None
        self._geometry: BaseGeometry | None = None
        self._anchor = (0.0, 0.0)
        self._moved: BaseGeometry | None = None

    def press(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        ref = self.canvas.pick(event.x, event.y)
        if ref is None:
            return False
        if ref not in self.canvas.selection.refs:
            self.canvas.selection.set([ref])
        geometry = self.canvas.feature_geometry(ref)
        if geometry is None:
            return False
        self._ref, self._geometry, self._moved = ref, geometry, None
        tolerance = self.canvas.pixels_to_metres(8)
        vertex = nearest_vertex(geometry, event.x, event.y, tolerance)
        if vertex is not None:  # the grabbed vertex is what snaps
            coords, refs = vertex_array(geometry)
            x, y = coords[refs.index(vertex)]
            self._anchor = (float(x), float(y))
        else:
            self._anchor = (event.x, event.y)
        self._drag.begin(event)
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if self._geometry is None or not self._drag.moved(event):
            return False
        x, y, snap = self.canvas.snap_point(event, exclude=self._ref)
        if snap is None:  # keep the grab offset when not snapping
            x = self._anchor[0] + event.x - self._drag.start.x  # type: ignore[union-attr]
            y = self._anchor[1] + event.y - self._drag.start.y  # type: ignore[union-attr]
        dx, dy = x - self._anchor[0], y - self._anchor[1]
        self._moved = translated(self._geometry, dx, dy)
        closed = self._moved.geom_type in ("Polygon", "MultiPolygon")
        marker = None if snap is None else (x, y, snap.kind)
        self.canvas.sketch.show_sketch(Sketch(shape=self._moved, closed=closed, snap=marker))
        return True

    def release(self, event: MapMouseEvent) -> bool:
        if self._ref is None:
            return False
        ref, moved = self._ref, self._moved
        self.cancel()
        if moved is not None:
            self.canvas.geometry_edited.emit(ref, moved)
        return True

    def cancel(self) -> bool:
        had = self._ref is not None
        self._drag.reset()
        self._ref = self._geometry = self._moved = None
        self.canvas.sketch.clear()
        return had
