"""The pan tool: drag the map with the left button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.map.tools.base import MapMouseEvent, MapTool

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas


class PanTool(MapTool):
    """Left drag moves the map."""

    id = "pan"
    text = QT_TRANSLATE_NOOP("actions", "&Pan")
    shortcut = "H"
    cursor = Qt.CursorShape.OpenHandCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._last: QPointF | None = None

    def press(self, event: MapMouseEvent) -> bool:
        if not event.left:
            return False
        self._last = event.pos
        return True

    def move(self, event: MapMouseEvent) -> bool:
        if self._last is None or not event.dragging_left:
            return False
        delta = event.pos - self._last
        self._last = event.pos
        self.canvas.pan_by(delta.x(), delta.y())
        return True

    def release(self, event: MapMouseEvent) -> bool:
        if self._last is None:
            return False
        self._last = None
        return True
