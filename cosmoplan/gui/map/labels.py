"""Map labels: fixed pixel size at any zoom, placed by priority (pads, complexes, zones,
facilities) and dropped where they would overlap a label already placed.

The layout is computed when the view settles or the plan changes; while the view moves the
last layout is only moved along, which costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from cosmoplan.gui.map.layers import LABEL_PRIORITY, LayerStack, MapLayer
from cosmoplan.gui.map.renderer import WORLD

#: At most this many candidates are tried per layer, and this many labels placed in all.
MAX_TRIED = 3000
MAX_PLACED = 500
#: A facility or zone is labelled only if it is at least this many pixels across.
MIN_FEATURE_PX = 6.0
#: Occupancy grid cell (pixels) for overlap tests.
CELL = 48
PAD_OFFSET = 9.0  # label to the right of a pad symbol


@dataclass(frozen=True, slots=True)
class _Look:
    point_size: float
    bold: bool
    italic: bool


LOOKS = {
    "pads": _Look(9.5, True, False),
    "complexes": _Look(9.0, True, True),
    "zones": _Look(8.5, False, True),
    "facilities": _Look(7.5, False, False),
    "base": _Look(7.5, False, False),
}


@dataclass(frozen=True, slots=True)
class Placement:
    """One placed label: its anchor (model metres), pixel offset of its image, and the image."""

    layer_id: str
    feature_id: int
    x: float
    y: float
    offset: QPointF
    image: QImage

    @property
    def text_key(self) -> int:
        """Identity of the image (for tests)."""
        return self.image.cacheKey()


class _ImageCache:
    """Label images with a white halo, by text, colour and look (least recently used out)."""

    def __init__(self, size: int = 4000) -> None:
        self._images: OrderedDict[tuple[str, str, _Look], QImage] = OrderedDict()
        self._size = size

    def get(self, text: str, color: str, look: _Look) -> QImage:
        key = (text, color, look)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        image = _render(text, color, look)
        self._images[key] = image
        if len(self._images) > self._size:
            self._images.popitem(last=False)
        return image


def _render(text: str, color: str, look: _Look) -> QImage:
    font = QFont()
    font.setPointSizeF(look.point_size)
    font.setBold(look.bold)
    font.setItalic(look.italic)
    metrics = QFontMetricsF(font)
    halo = 2.0
    width = metrics.horizontalAdvance(text) + 2 * halo + 2
    height = metrics.height() + 2 * halo
    image = QImage(int(width + 1), int(height + 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    path = QPainterPath()
    path.addText(QPointF(halo + 1, halo + metrics.ascent()), font, text)
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * halo)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawPath(stroker.createStroke(path))
    painter.setBrush(QColor(color[:7]))
    painter.drawPath(path)
    painter.end()
    return image


class LabelItem(QGraphicsObject):
    """Draws the labels of a :class:`LayerStack` on top of the map."""

    def __init__(self, stack: LayerStack) -> None:
        super().__init__()
        self.stack = stack
        self.placements: list[Placement] = []
        self.layouts = 0
        self._stale = True
        self._moving = False
        self._layout_transform = QTransform()
        self._images = _ImageCache()

    def boundingRect(self) -> QRectF:
        return WORLD

    def invalidate(self) -> None:
        """Lay the labels out again at the next paint (the plan or the layers changed)."""
        self._stale = True
        self.update()

    def set_moving(self, moving: bool) -> None:
        """While the view moves, keep the layout; when it settles, lay out again."""
        self._moving = moving
        if not moving:
            self.invalidate()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        transform = painter.worldTransform()
        if self._stale or (not self._moving and transform != self._layout_transform):
            device = painter.device()
            self._layout(transform, QRectF(0, 0, device.width(), device.height()))
        painter.save()
        painter.resetTransform()
        for placement in self.placements:
            anchor = transform.map(QPointF(placement.x, placement.y))
            painter.drawImage(anchor + placement.offset, placement.image)
        painter.restore()

    # -- layout -------------------------------------------------------------------------
    def _layout(self, transform: QTransform, viewport: QRectF) -> None:
        self.layouts += 1
        self._stale = False
        self._layout_transform = QTransform(transform)
        self.placements = []
        inverse, ok = transform.inverted()
        if not ok:
            return
        area = inverse.mapRect(viewport)
        bounds = (area.left(), area.top(), area.right(), area.bottom())
        scale = abs(transform.m11())
        taken: dict[tuple[int, int], list[QRectF]] = {}
        layers = [layer for layer in self.stack.ordered() if self._labelled(layer, scale)]
        layers.sort(key=lambda layer: (LABEL_PRIORITY.get(layer.group, 9), -layer.z))
        pads = [layer for layer in layers if layer.group == "pads"]
        for layer in pads:  # pad symbols are obstacles for every label
            for xy in self._in_view(layer, bounds)[1]:
                centre = transform.map(QPointF(*xy))
                _take(taken, QRectF(centre.x() - 7, centre.y() - 7, 14, 14))
        for layer in layers:
            if len(self.placements) >= MAX_PLACED:
                break
            self._place_layer(layer, transform, viewport, scale, bounds, taken)

    @staticmethod
    def _labelled(layer: MapLayer, scale: float) -> bool:
        spec = layer.spec
        return (
            layer.visible
            and layer.opacity > 0
            and spec is not None
            and spec.labelled
            and scale >= spec.min_label_scale
        )

    @staticmethod
    def _in_view(
        layer: MapLayer, bounds: tuple[float, float, float, float]
    ) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
        labels = layer.labels()
        xy = labels.xy
        inside = (xy[:, 0] >= bounds[0]) & (xy[:, 0] <= bounds[2])
        inside &= (xy[:, 1] >= bounds[1]) & (xy[:, 1] <= bounds[3])
        rows = np.flatnonzero(inside)
        rows = rows[np.argsort(-labels.sizes[rows], kind="stable")]
        return labels.ids[rows], xy[rows], [labels.texts[i] for i in rows], labels.sizes[rows]

    def _place_layer(
        self,
        layer: MapLayer,
        transform: QTransform,
        viewport: QRectF,
        scale: float,
        bounds: tuple[float, float, float, float],
        taken: dict[tuple[int, int], list[QRectF]],
    ) -> None:
        ids, xy, texts, sizes = self._in_view(layer, bounds)
        look = LOOKS.get(layer.group, LOOKS["facilities"])
        is_pad = layer.group == "pads"
        for i in range(min(len(ids), MAX_TRIED)):
            if not is_pad and sizes[i] * scale < MIN_FEATURE_PX and layer.group != "complexes":
                break  # sorted by size: the rest are smaller still
            feature = layer.features.get(int(ids[i]))
            if feature is None:
                continue
            style = feature.style
            color = style.label_color if is_pad or style.stroke is None else style.stroke
            image = self._images.get(texts[i], color, look)
            anchor = transform.map(QPointF(xy[i, 0], xy[i, 1]))
            if is_pad:
                offset = QPointF(PAD_OFFSET, -image.height() / 2)
            else:
                offset = QPointF(-image.width() / 2, -image.height() / 2)
            rect = QRectF(anchor + offset, image.size().toSizeF()).adjusted(2, 2, -2, -2)
            if not viewport.contains(rect) or _collides(taken, rect):
                continue
            _take(taken, rect)
            self.placements.append(
                Placement(layer.id, int(ids[i]), float(xy[i, 0]), float(xy[i, 1]), offset, image)
            )
            if len(self.placements) >= MAX_PLACED:
                return


def _cells(rect: QRectF) -> list[tuple[int, int]]:
    return [
        (cx, cy)
        for cx in range(int(rect.left() // CELL), int(rect.right() // CELL) + 1)
        for cy in range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1)
    ]


def _collides(taken: dict[tuple[int, int], list[QRectF]], rect: QRectF) -> bool:
    return any(other.intersects(rect) for cell in _cells(rect) for other in taken.get(cell, ()))


def _take(taken: dict[tuple[int, int], list[QRectF]], rect: QRectF) -> None:
    for cell in _cells(rect):
        taken.setdefault(cell, []).append(rect)
