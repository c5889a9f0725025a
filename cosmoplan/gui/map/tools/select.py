"""The select tool: click picks the nearest feature, Ctrl+click toggles, a dragged rectangle
selects everything it meets, Shift+drag zooms to a box, double-click asks for the editor."""

from __future__ import annotations

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.map.tools.base import MapMouseEvent, RubberBandTool


class SelectTool(RubberBandTool):
    """Selection by click and by rectangle."""

    id = "select"
    text = QT_TRANSLATE_NOOP("actions", "&Select")
    shortcut = "S"

    def dragged(
        self, start: MapMouseEvent, bounds: tuple[float, float, float, float], end: MapMouseEvent
    ) -> None:
        if start.shift:
            self.canvas.zoom_to_bounds(bounds, padding=0.0)
            return
        selection = self.canvas.selection
        refs = self.canvas.refs_in_rect(bounds)
        selection.set(selection.refs | refs if end.ctrl else refs)

    def clicked(self, event: MapMouseEvent) -> None:
        selection = self.canvas.selection
        ref = self.canvas.pick(event.x, event.y)
        if event.ctrl:
            if ref is not None:
                selection.toggle(ref)
        else:
            selection.set([] if ref is None else [ref])

    def double_click(self, event: MapMouseEvent) -> bool:
        ref = self.canvas.pick(event.x, event.y)
        if ref is None:
            return False
        self.canvas.selection.set([ref])
        self.canvas.edit_requested.emit(ref)
        return True
