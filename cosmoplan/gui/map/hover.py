"""Hover tips on the map: when the mouse rests on the map for a moment, a tip names what lies
under it (the plan's object nearest the cursor, then whatever the derived layers say: the
hazard areas there and the allocations owning them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QToolTip

from cosmoplan.domain import Entity, Facility, Kind, Pad, display_name
from cosmoplan.gui.labels import label, one

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas

#: How long the mouse rests before the tip shows.
HOVER_MS = 450
#: A source of tip lines: (x, y, tolerance in metres) -> lines about what is there.
TipSource = Callable[[float, float, float], list[str]]
REACH_PX = 6.0


class HoverTips(QObject):
    """Shows a tip for what lies under the resting mouse; ``text`` is the last tip."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.sources: list[TipSource] = []
        self.text = ""
        self._at: tuple[float, float] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOVER_MS)
        self._timer.timeout.connect(self._rested)

    def add_source(self, source: TipSource) -> None:
        """Ask ``source`` for lines each time a tip is made."""
        self.sources.append(source)

    def moved(self, x: float, y: float, buttons: Qt.MouseButton) -> None:
        """The mouse moved to model point (x, y): tip there once it rests (not in a drag)."""
        self._at = None if buttons != Qt.MouseButton.NoButton else (x, y)
        self._timer.start()

    def _rested(self) -> None:
        if self._at is None:
            QToolTip.hideText()
            return
        x, y = self._at
        text = self.tip_at(x, y)
        viewport = self.canvas.viewport()
        if text:
            spot = viewport.mapToGlobal(self.canvas.map_to_widget(x, y) + QPoint(12, 12))
            QToolTip.showText(spot, text, viewport)
        else:
            QToolTip.hideText()

    def tip_at(self, x: float, y: float) -> str:
        """The tip for model point (x, y): what is there, one line each."""
        tolerance = self.canvas.pixels_to_metres(REACH_PX)
        lines: list[str] = []
        ref = self.canvas.pick(x, y)
        if ref is not None:
            entity = self.canvas.document.plan.find(ref.kind, ref.id)
            if entity is not None:
                lines.append(self.describe(ref.kind, entity))
        for source in self.sources:
            lines += source(x, y, tolerance)
        self.text = "\n".join(lines)
        return self.text

    def describe(self, kind: Kind, entity: Entity) -> str:
        """One line about a plan object: its kind, its name and its state on the date."""
        name = display_name(entity)
        if isinstance(entity, Pad):
            status = label(entity.status_at(self.canvas.day))
            return f"{one(Kind.PAD).capitalize()} {name} · {status}"
        if isinstance(entity, Facility):
            return f"{name} · {label(entity.kind)}"
        return f"{one(kind).capitalize()}: {name}"
