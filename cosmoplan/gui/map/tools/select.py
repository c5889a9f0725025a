"""The select tool: click picks the nearest feature, Ctrl+click toggles, a dragged rectangle
selects everything it meets, Shift+drag zooms to a box, double-click asks for the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cosmoplan.gui.map.tools.base import DragStart, MapMouseEvent, MapTool

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas


class SelectTool(MapTool):
    """Selection by click and by rectangle."""

    id = "select"

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._drag = DragStart()

    def press(self, event: MapMouseEvent) -> bool:
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
        start, dragging = self._drag.start, self._drag.dragging
        self._drag.reset()
        self.canvas.show_rubber_rect(None)
        selection = self.canvas.selection
        if dragging:
            bounds = (
                min(start.x, event.x),
                min(start.y, event.y),
                max(start.x, event.x),
                max(start.y, event.y),
            )
            if start.shift:
                self.canvas.zoom_to_bounds(bounds, padding=0.0)
                return True
            refs = self.canvas.refs_in_rect(bounds)
            selection.set(selection.refs | refs if event.ctrl else refs)
            return True
        ref = self.canvas.pick(event.x, event.y)
        if event.ctrl:
            if ref is not None:
                selection.toggle(ref)
        else:
            selection.set([] if ref is None else [ref])
        return True

    def double_click(self, event: MapMouseEvent) -> bool:
        ref = self.canvas.pick(event.x, event.y)
        if ref is None:
            return False
        self.canvas.selection.set([ref])
        self.canvas.edit_requested.emit(ref)
        return True

    def cancel(self) -> bool:
        if self._drag.dragging:
            self._drag.reset()
            self.canvas.show_rubber_rect(None)
            return True
        return False
