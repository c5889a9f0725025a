"""The vertex editor: handles on the vertices of the one selected feature. Drag a vertex
(it snaps to other features), Ctrl+click an edge to insert a vertex, Alt+click or Delete a
vertex to remove it. Each edit is checked, then emitted as ``geometry_edited``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Ref
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.map.overlays import Sketch
from cosmoplan.gui.map.tools.base import DragStart, MapMouseEvent, MapTool
from cosmoplan.gui.map.tools.draw import refusal
from cosmoplan.gui.map.vertices import (
    VertexRef,
    insert_vertex,
    move_vertex,
    nearest_edge,
    nearest_vertex,
    problem,
    remove_vertex,
    vertex_array,
)

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas

HANDLE_PX = 8.0


class EditVerticesTool(MapTool):
    """Vertex handles of the single selected feature."""

    id = "edit-vertices"
    text = QT_TRANSLATE_NOOP("actions", "Edit &Vertices")
    cursor = Qt.CursorShape.PointingHandCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._drag = DragStart()
        self._ref: Ref | None = None
        self._geometry: BaseGeometry | None = None
        self._vertex: VertexRef | None = None
        self._hover: VertexRef | None = None
        self._preview: BaseGeometry | None = None
        self._snap: tuple[float, float, str] | None = None

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        refs = self.canvas.selection.refs
        ref = next(iter(refs)) if len(refs) == 1 else None
        self._ref = ref
        self._geometry = None if ref is None else self.canvas.feature_geometry(ref)
        self._vertex = self._hover = None
        self._preview = None
        self._show()

    def press(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        geometry = self._geometry
        tolerance = self.canvas.pixels_to_metres(HANDLE_PX)
        vertex = None if geometry is None else nearest_vertex(geometry, event.x, event.y, tolerance)
        if geometry is not None and event.ctrl:
            edge = nearest_edge(geometry, event.x, event.y, tolerance)
            if edge is not None:
                after, x, y = edge
                self._commit(insert_vertex(geometry, after, x, y))
                return True
        if geometry is not None and vertex is not None and event.alt:
            self._commit(remove_vertex(geometry, vertex))
            return True
        if vertex is not None:
            self._vertex = vertex
            self._drag.begin(event)
            return True
        ref = self.canvas.pick(event.x, event.y)  # no handle hit: pick another feature
        self.canvas.selection.set([] if ref is None else [ref])
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if self._geometry is None:
            return False
        if self._vertex is not None and self._drag.moved(event):
            x, y, snap = self.canvas.snap_point(event, exclude=self._ref)
            self._snap = None if snap is None else (x, y, snap.kind)
            self._preview = move_vertex(self._geometry, self._vertex, x, y)
            self._show()
            return True
        tolerance = self.canvas.pixels_to_metres(HANDLE_PX)
        hover = nearest_vertex(self._geometry, event.x, event.y, tolerance)
        if hover != self._hover:
            self._hover = hover
            self._show()
        return False

    def release(self, event: MapMouseEvent) -> bool:
        if self._vertex is None:
            return False
        preview = self._preview
        self._vertex, self._preview, self._snap = None, None, None
        self._drag.reset()
        if preview is not None:
            self._commit(preview)
        else:
            self._show()
        return True

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._hover is not None:
            assert self._geometry is not None
            self._commit(remove_vertex(self._geometry, self._hover))
            return True
        return False

    def cancel(self) -> bool:
        if self._vertex is None:
            return False
        self._vertex, self._preview, self._snap = None, None, None
        self._drag.reset()
        self._show()
        return True

    def _commit(self, geometry: BaseGeometry) -> None:
        reason = problem(geometry)
        if reason is not None:
            self.canvas.message.emit(refusal(reason))
            self._show()
            return
        if self._ref is None:
            return
        self._hover = None
        self.canvas.geometry_edited.emit(self._ref, geometry)
        self.canvas.message.emit(tr("Vertices edited."))

    def _show(self) -> None:
        shown = self._preview if self._preview is not None else self._geometry
        if shown is None:
            self.canvas.sketch.clear()
            return
        coords, refs = vertex_array(shown)
        active = self._vertex or self._hover
        closed = shown.geom_type in ("Polygon", "MultiPolygon")
        self.canvas.sketch.show_sketch(
            Sketch(
                shape=shown if self._preview is not None else None,
                closed=closed,
                handles=coords,
                active_handle=refs.index(active) if active in refs else None,
                snap=self._snap,
            )
        )
