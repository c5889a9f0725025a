"""The zoom-box tool: drag a rectangle to zoom to it; click zooms in, right-click out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.map.tools.base import MapMouseEvent, RubberBandTool


class ZoomBoxTool(RubberBandTool):
    """Box zoom."""

    id = "zoom-box"
    text = QT_TRANSLATE_NOOP("actions", "&Zoom to Box")
    shortcut = "Z"
    cursor = Qt.CursorShape.CrossCursor

    def press(self, event: MapMouseEvent) -> bool:
        if event.button == Qt.MouseButton.RightButton:
            self.canvas.zoom_by(0.5, event.pos)
            return True
        return super().press(event)

    def dragged(
        self, start: MapMouseEvent, bounds: tuple[float, float, float, float], end: MapMouseEvent
    ) -> None:
        self.canvas.zoom_to_bounds(bounds, padding=0.0)

    def clicked(self, event: MapMouseEvent) -> None:
        self.canvas.zoom_by(2.0, event.pos)
