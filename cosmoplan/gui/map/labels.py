"""Map labels: fixed pixel size at any zoom, placed by priority (pads, complexes, zones,
facilities) and dropped where they would overlap a label already placed.

The layout is computed when the view settles or the plan changes; while the view moves the
last layout is only moved along, which costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from cosmoplan.gui.map.layer import LABEL_PRIORITY, MapLayer
from cosmoplan.gui.map.layers import LayerStack
from cosmoplan.gui.map.renderer import WORLD

#: At most this many candidates are tried per layer, and this many labels placed in all.
MAX_TRIED = 600
MAX_PLACED = 300
#: Facility labels are thinned to one per square of this many pixels, whatever their layer
#: (the largest feature in each square gets the chance).
THIN_CELL_PX = 120.0
#: A facility or zone is labelled only if it is at least this many pixels across.
MIN_FEATURE_PX = 10.0
#: Occupancy grid cell (pixels) for overlap tests.
CELL = 48
PAD_OFFSET = 9.0  # from a pad's centre to its label
HALO = 2.0


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


@lru_cache(maxsize=16)
def _font(look: _Look) -> QFont:
    font = QFont()
    font.setPointSizeF(look.point_size)
    font.setBold(look.bold)
    font.setItalic(look.italic)
    return font


@lru_cache(maxsize=16)
def _metrics(look: _Look) -> QFontMetricsF:
    return QFontMetricsF(_font(look))


def label_size(text: str, look: _Look) -> tuple[int, int]:
    """Pixel size of a label image (text and halo), known without drawing it."""
    metrics = _metrics(look)
    return (
        int(metrics.horizontalAdvance(text) + 2 * HALO + 3),
        int(metrics.height() + 2 * HALO + 1),
    )


#: Offsets (pixels) at which the white halo is drawn around the text.
HALO_OFFSETS = [
    QPointF(dx * HALO, dy * HALO)
    for dx, dy in (
        (-1, 0),
        (1, 0),
        (0, -1),
        (0, 1),
        (-0.7, -0.7),
        (0.7, -0.7),
        (-0.7, 0.7),
        (0.7, 0.7),
    )
]


def _render(text: str, color: str, look: _Look) -> QImage:
    """The label's text over a white halo (the text drawn around itself: cheap glyph blits)."""
    width, height = label_size(text, look)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    origin = QPointF(HALO + 1, HALO + _metrics(look).ascent())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setFont(_font(look))
    painter.setPen(QColor(255, 255, 255, 235))
    for offset in HALO_OFFSETS:
        painter.drawText(origin + offset, text)
    painter.setPen(QColor(color[:7]))
    painter.drawText(origin, text)
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
        used: set[int] = set()  # thinning squares that already hold a facility label
        layers = [layer for layer in self.stack.ordered() if self._labelled(layer, scale)]
        layers.sort(key=lambda layer: (LABEL_PRIORITY.get(layer.group, 9), -layer.z))
        pads = [layer for layer in layers if layer.group == "pads"]
        for layer in pads:  # pad symbols are obstacles for every label
            for xy in self._in_view(layer, bounds)[1]:
                centre = transform.map(QPointF(*xy))
                take(taken, QRectF(centre.x() - 7, centre.y() - 7, 14, 14))
        for layer in layers:
            if len(self.placements) >= MAX_PLACED:
                break
            self._place_layer(layer, transform, viewport, scale, bounds, taken, used)

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
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows of the layer's label arrays with anchors in view, largest feature first."""
        labels = layer.labels()
        xy = labels.xy
        inside = (xy[:, 0] >= bounds[0]) & (xy[:, 0] <= bounds[2])
        inside &= (xy[:, 1] >= bounds[1]) & (xy[:, 1] <= bounds[3])
        rows = np.flatnonzero(inside)
        rows = rows[np.argsort(-labels.sizes[rows], kind="stable")]
        return rows, xy[rows], labels.sizes[rows]

    @staticmethod
    def _thinned(device: np.ndarray, cell: float, used: set[int]) -> list[int]:
        """Positions of the first (largest) candidate in each ``cell``-pixel square not yet
        ``used``: crowded labels could not all fit anyway."""
        cells = np.floor(device / cell).astype(np.int64)
        keys = cells[:, 0] * 1_000_003 + cells[:, 1]
        _, first = np.unique(keys, return_index=True)
        return [int(i) for i in np.sort(first) if int(keys[i]) not in used]

    def _place_layer(
        self,
        layer: MapLayer,
        transform: QTransform,
        viewport: QRectF,
        scale: float,
        bounds: tuple[float, float, float, float],
        taken: dict[tuple[int, int], list[QRectF]],
        used: set[int],
    ) -> None:
        rows, xy, sizes = self._in_view(layer, bounds)
        look = LOOKS.get(layer.group, LOOKS["facilities"])
        is_pad = layer.group == "pads"
        if not is_pad and layer.group != "complexes":
            big = sizes * scale >= MIN_FEATURE_PX
            rows, xy, sizes = rows[big], xy[big], sizes[big]
        device = np.column_stack(
            [
                xy[:, 0] * transform.m11() + transform.dx(),
                xy[:, 1] * transform.m22() + transform.dy(),
            ]
        )
        thin = layer.group == "facilities"  # one facility label per square, across layers
        chosen = self._thinned(device, THIN_CELL_PX, used) if thin else range(len(rows))
        labels = layer.labels()
        for position in list(chosen)[:MAX_TRIED]:
            feature_id = int(labels.ids[rows[position]])
            feature = layer.features.get(feature_id)
            if feature is None:
                continue
            text = labels.texts[rows[position]]
            style = feature.style
            width, height = label_size(text, look)
            anchor = QPointF(device[position, 0], device[position, 1])
            for offset in _offsets(is_pad, width, height):
                rect = QRectF(anchor + offset, QSizeF(width, height)).adjusted(2, 2, -2, -2)
                if viewport.contains(rect) and not collides(taken, rect):
                    break
            else:
                continue
            take(taken, rect)
            if thin:
                cell = np.floor(device[position] / THIN_CELL_PX).astype(np.int64)
                used.add(int(cell[0]) * 1_000_003 + int(cell[1]))
            color = style.label_color if is_pad or style.stroke is None else style.stroke
            image = self._images.get(text, color, look)
            x, y = float(xy[position, 0]), float(xy[position, 1])
            self.placements.append(Placement(layer.id, feature_id, x, y, offset, image))
            if len(self.placements) >= MAX_PLACED:
                return


def _offsets(is_pad: bool, width: float, height: float) -> list[QPointF]:
    """Where a label may go relative to its anchor: around a pad (right, left, above,
    below), else centred on the feature."""
    if not is_pad:
        return [QPointF(-width / 2, -height / 2)]
    return [
        QPointF(PAD_OFFSET, -height / 2),
        QPointF(-PAD_OFFSET - width, -height / 2),
        QPointF(-width / 2, -PAD_OFFSET - height),
        QPointF(-width / 2, PAD_OFFSET),
    ]


def _cells(rect: QRectF) -> list[tuple[int, int]]:
    return [
        (cx, cy)
        for cx in range(int(rect.left() // CELL), int(rect.right() // CELL) + 1)
        for cy in range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1)
    ]


def collides(taken: dict[tuple[int, int], list[QRectF]], rect: QRectF) -> bool:
    """Whether ``rect`` overlaps a rectangle of ``taken`` (an occupancy grid of pixels)."""
    return any(other.intersects(rect) for cell in _cells(rect) for other in taken.get(cell, ()))


def take(taken: dict[tuple[int, int], list[QRectF]], rect: QRectF) -> None:
    """Mark ``rect`` as taken in the occupancy grid ``taken``."""
    for cell in _cells(rect):
        taken.setdefault(cell, []).append(rect)
