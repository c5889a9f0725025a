"""The zoom-box tool: drag a rectangle to zoom to it; click zooms in, right-click out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from cosmoplan.gui.map.tools.base import DragStart, MapMouseEvent, MapTool

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas


class ZoomBoxTool(MapTool):
    """Box zoom."""

    id = "zoom-box"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._drag = DragStart()

    def press(self, event: MapMouseEvent) -> bool:
        if event.button == Qt.MouseButton.RightButton:
            self.canvas.zoom_by(0.5, event.pos)
            return True
        if not event.left:
            return False
        self._drag.begin(event)
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if not self._drag.moved(event):
            return False
        self.canvas.show_rubber_rect(self._drag.bounds(event))
        return True

    def release(self, event: MapMouseEvent) -> bool:
        if not event.left or self._drag.start is None:
            return False
        dragging = self._drag.dragging
        bounds = self._drag.bounds(event)
        self._drag.reset()
        self.canvas.show_rubber_rect(None)
        if dragging:
            self.canvas.zoom_to_bounds(bounds, padding=0.0)
        else:
            self.canvas.zoom_by(2.0, event.pos)
        return True

    def cancel(self) -> bool:
        if self._drag.dragging:
            self._drag.reset()
            self.canvas.show_rubber_rect(None)
            return True
        return False
