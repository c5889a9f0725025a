"""Derived layers: features another part of the window computes from the plan (hazard areas,
flight corridors), drawn by the map's renderer among the plan's layers, and their callouts.

The areas go into the map's retained image like the plan's own layers, so that a pan draws only
the newly exposed strips whatever their size (a corridor crosses Kazakhstan); only their few
labels are drawn on every frame, by a :class:`CalloutsItem` above the map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.map.chunks import Feature, style_code
from cosmoplan.gui.map.layers import Bounds, MapLayer
from cosmoplan.gui.map.renderer import WORLD
from cosmoplan.mapping.style import Style

#: Pixels between a callout's anchor and its box.
GAP_PX = 3.0
#: Distances tried for a callout (on either side of its anchor), each a box height further
#: out, before it is left out.
PLACE_TRIES = 4


def replace_features(
    layer: MapLayer, features: Sequence[tuple[int, BaseGeometry, Style]]
) -> list[Bounds]:
    """Make ``features`` (id, geometry, style) the layer's features; returns the envelopes to
    redraw: those of features that came, went or changed."""
    touched: list[Bounds] = []
    wanted = {feature_id for feature_id, _, _ in features}
    for feature_id in [i for i in layer.features if i not in wanted]:
        touched += layer.drop(feature_id)
    for feature_id, geometry, style in features:
        code = style_code(style)
        old = layer.features.get(feature_id)
        if old is not None and old.code == code and _same(old.geometry, geometry):
            continue
        touched += layer.put(feature_id, Feature(geometry, code))
    return touched


def _same(a: BaseGeometry, b: BaseGeometry) -> bool:
    return a is b or bool(shapely.equals_exact(a, b, 0.0))


@dataclass(frozen=True, slots=True)
class Callout:
    """A label on the map: its text (lines split by ``\\n``) in a box just beyond the anchor
    (model metres) in ``direction_deg`` (clockwise from up: 0 above, 90 to the right)."""

    x: float
    y: float
    text: str
    color: QColor
    direction_deg: float = 0.0
    strong: bool = False


def callout_box(
    at: QPointF, width: float, height: float, direction_deg: float, further: float = 0.0
) -> QRectF:
    """The box (pixels) of a callout anchored at ``at``: its outline clears the anchor by
    :data:`GAP_PX` (plus ``further`` pixels) in ``direction_deg``."""
    dx = math.sin(math.radians(direction_deg))
    dy = -math.cos(math.radians(direction_deg))
    reach = min(
        width / 2 / abs(dx) if abs(dx) > 1e-9 else math.inf,
        height / 2 / abs(dy) if abs(dy) > 1e-9 else math.inf,
    )
    centre = at + QPointF(dx, dy) * (reach + GAP_PX + further)
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


class CalloutsItem(QGraphicsObject):
    """Draws the callouts of several layers at a fixed pixel size over the map (put it above
    the map item). Strong callouts are placed first; one that would hide an already placed
    box goes to the other side of its anchor or further out, and is left out if it still
    cannot fit."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: dict[str, tuple[list[Callout], float]] = {}
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.strong_font = QFont(self.font)
        self.strong_font.setBold(True)
        self.placed: list[tuple[Callout, QRectF]] = []  # the last paint's boxes (pixels)

    def boundingRect(self) -> QRectF:
        return WORLD

    def set_callouts(self, group: str, callouts: list[Callout], opacity: float = 1.0) -> None:
        """Replace the callouts of ``group`` (a layer id), drawn with ``opacity``."""
        self.groups[group] = (list(callouts), opacity)
        self.update()

    def callouts(self, group: str | None = None) -> list[Callout]:
        """The callouts of one group, or of all."""
        chosen = self.groups.values() if group is None else [self.groups.get(group, ([], 1.0))]
        return [c for callouts, _ in chosen for c in callouts]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rows = [(c, opacity) for callouts, opacity in self.groups.values() for c in callouts]
        self.placed = []
        if not rows:
            return
        transform = painter.worldTransform()
        device = painter.device()
        screen = QRectF(0, 0, device.width(), device.height())
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for callout, opacity in sorted(rows, key=lambda row: (not row[0].strong, row[0].y)):
            if opacity <= 0:
                continue
            font = self.strong_font if callout.strong else self.font
            box = self._place(
                callout, QFontMetricsF(font), transform.map(QPointF(callout.x, callout.y))
            )
            if box is None or not screen.intersects(box):
                continue
            self.placed.append((callout, box))
            painter.setOpacity(opacity)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225 if callout.strong else 205))
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(font)
            painter.setPen(callout.color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, callout.text)
        painter.restore()

    def _place(self, callout: Callout, metrics: QFontMetricsF, at: QPointF) -> QRectF | None:
        lines = callout.text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 8
        height = metrics.height() * len(lines) + 2
        for step in range(PLACE_TRIES):
            for direction in (callout.direction_deg, callout.direction_deg + 180.0):
                further = step * (height + GAP_PX)
                box = callout_box(at, width, height, direction, further)
                if not any(box.intersects(other) for _, other in self.placed):
                    return box
        return None
