"""Mouse, wheel and keyboard on the map: the middle button pans in every tool, the wheel
zooms about the cursor, arrows pan, +/- zoom, Home shows all, Esc cancels then deselects;
everything else goes to the active tool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

from cosmoplan.gui.map.tools import MapMouseEvent

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas

WHEEL_STEP = 1.25
KEY_PAN_FRACTION = 0.125

_MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress: "press",
    QEvent.Type.MouseMove: "move",
    QEvent.Type.MouseButtonRelease: "release",
    QEvent.Type.MouseButtonDblClick: "double_click",
}


class MapInput(QObject):
    """Event filter on the map view and its viewport."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self._pan_from: QPointF | None = None
        self._viewport = canvas.view.viewport()
        self._view = canvas.view
        self._viewport.setMouseTracking(True)
        self._viewport.installEventFilter(self)
        self._view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _MOUSE_EVENTS and kind not in (QEvent.Type.Wheel, QEvent.Type.KeyPress):
            return False  # (also keeps clear of half-destroyed widgets at shutdown)
        if watched is self._viewport:
            if kind in _MOUSE_EVENTS:
                assert isinstance(event, QMouseEvent)
                return self.mouse(event, _MOUSE_EVENTS[kind])
            if kind == QEvent.Type.Wheel:
                assert isinstance(event, QWheelEvent)
                steps = event.angleDelta().y() / 120
                if steps:
                    self.canvas.zoom_by(WHEEL_STEP**steps, event.position())
                return True
        if kind == QEvent.Type.KeyPress and (watched is self._view or watched is self._viewport):
            assert isinstance(event, QKeyEvent)
            return self.key(event)
        return False

    def mouse(self, event: QMouseEvent, handler: str) -> bool:
        pos = event.position()
        x, y = self.canvas.widget_to_map(pos)
        if handler == "move":
            self.canvas.cursor_moved.emit(x, y)
            self.canvas.hover.moved(x, y, event.buttons())
        if event.button() == Qt.MouseButton.MiddleButton and handler == "press":
            self._pan_from = pos
            return True
        if self._pan_from is not None:
            if handler == "move":
                delta = pos - self._pan_from
                self._pan_from = pos
                self.canvas.pan_by(delta.x(), delta.y())
            elif handler == "release" and event.button() == Qt.MouseButton.MiddleButton:
                self._pan_from = None
            return True
        map_event = MapMouseEvent(pos, x, y, event.button(), event.buttons(), event.modifiers())
        if handler == "press":
            self.canvas.view.setFocus()
        getattr(self.canvas.tool, handler)(map_event)
        return True

    def key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            if not self.canvas.tool.cancel():
                self.canvas.selection.clear()
            return True
        if self.canvas.tool.key(event):
            return True
        step = KEY_PAN_FRACTION * min(
            self.canvas.view.viewport().width(), self.canvas.view.viewport().height()
        )
        pans = {
            Qt.Key.Key_Left: (step, 0),
            Qt.Key.Key_Right: (-step, 0),
            Qt.Key.Key_Up: (0, step),
            Qt.Key.Key_Down: (0, -step),
        }
        if key in pans:
            self.canvas.pan_by(*pans[key])
            return True
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.canvas.zoom_by(2.0)
            return True
        if key == Qt.Key.Key_Minus:
            self.canvas.zoom_by(0.5)
            return True
        if key == Qt.Key.Key_Home:
            self.canvas.zoom_to_all()
            return True
        return False
