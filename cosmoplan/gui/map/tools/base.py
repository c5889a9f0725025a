"""What every map tool shares: the mouse event it receives and the methods it may handle."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas

#: Pixels the mouse must travel with a button down before a click becomes a drag.
DRAG_START_PX = 4.0


@dataclass(frozen=True, slots=True)
class MapMouseEvent:
    """A mouse event on the map: widget pixels, model metres, buttons and modifiers."""

    pos: QPointF
    x: float
    y: float
    button: Qt.MouseButton
    buttons: Qt.MouseButton
    modifiers: Qt.KeyboardModifier

    @property
    def ctrl(self) -> bool:
        """Whether Ctrl (Cmd on macOS) is held."""
        return bool(self.modifiers & Qt.KeyboardModifier.ControlModifier)

    @property
    def shift(self) -> bool:
        """Whether Shift is held."""
        return bool(self.modifiers & Qt.KeyboardModifier.ShiftModifier)

    @property
    def alt(self) -> bool:
        """Whether Alt is held."""
        return bool(self.modifiers & Qt.KeyboardModifier.AltModifier)

    @property
    def left(self) -> bool:
        """Whether this event concerns the left button."""
        return self.button == Qt.MouseButton.LeftButton

    @property
    def dragging_left(self) -> bool:
        """Whether the left button is held during a move."""
        return bool(self.buttons & Qt.MouseButton.LeftButton)


class MapTool:
    """Base of the tools: each handler returns whether it used the event."""

    id: ClassVar[str] = ""
    #: The menu text (context ``actions``, translated where the action is made).
    text: ClassVar[str] = ""
    #: The keyboard shortcut, if the tool has one.
    shortcut: ClassVar[str] = ""
    cursor: ClassVar[Qt.CursorShape] = Qt.CursorShape.ArrowCursor

    def __init__(self, canvas: MapCanvas) -> None:
        self.canvas = canvas

    def activate(self) -> None:
        """The tool became active."""

    def deactivate(self) -> None:
        """Another tool takes over: drop work in progress."""
        self.cancel()
        self.canvas.sketch.clear()

    def press(self, event: MapMouseEvent) -> bool:
        """A mouse button went down."""
        return False

    def move(self, event: MapMouseEvent) -> bool:
        """The mouse moved (with or without a button)."""
        return False

    def release(self, event: MapMouseEvent) -> bool:
        """A mouse button went up."""
        return False

    def double_click(self, event: MapMouseEvent) -> bool:
        """A double click."""
        return False

    def key(self, event: QKeyEvent) -> bool:
        """A key press (Esc is offered to :meth:`cancel` first)."""
        return False

    def cancel(self) -> bool:
        """Esc: drop work in progress; returns whether there was any."""
        return False

    def refresh(self) -> None:
        """The plan or the selection changed: update what the tool shows."""


class DragStart:
    """Remembers where a left drag began and tells when it became a real drag."""

    def __init__(self) -> None:
        self.start: MapMouseEvent | None = None
        self.dragging = False

    def begin(self, event: MapMouseEvent) -> None:
        """The left button went down here."""
        self.start = event
        self.dragging = False

    def moved(self, event: MapMouseEvent) -> bool:
        """Whether we are now dragging (past :data:`DRAG_START_PX`)."""
        if self.start is None or not event.dragging_left:
            return False
        delta = event.pos - self.start.pos
        if not self.dragging and (abs(delta.x()) + abs(delta.y())) >= DRAG_START_PX:
            self.dragging = True
        return self.dragging

    def bounds(self, event: MapMouseEvent) -> tuple[float, float, float, float]:
        """The model rectangle from the start to ``event``."""
        assert self.start is not None
        s = self.start
        return (min(s.x, event.x), min(s.y, event.y), max(s.x, event.x), max(s.y, event.y))

    def reset(self) -> None:
        """Forget the drag."""
        self.start = None
        self.dragging = False


class RubberBandTool(MapTool):
    """A tool whose left drag shows a rubber-band rectangle; subclasses act on release."""

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
        start, dragging, bounds = self._drag.start, self._drag.dragging, self._drag.bounds(event)
        self._drag.reset()
        self.canvas.show_rubber_rect(None)
        if dragging:
            self.dragged(start, bounds, event)
        else:
            self.clicked(event)
        return True

    def dragged(
        self, start: MapMouseEvent, bounds: tuple[float, float, float, float], end: MapMouseEvent
    ) -> None:
        """The rectangle ``bounds`` was dragged from ``start`` to ``end``."""

    def clicked(self, event: MapMouseEvent) -> None:
        """The button went down and up without dragging."""

    def cancel(self) -> bool:
        if self._drag.dragging:
            self._drag.reset()
            self.canvas.show_rubber_rect(None)
            return True
        return False
