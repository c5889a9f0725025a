"""Map labels: fixed pixel size at any zoom, placed by priority (pads, the derived layers'
callouts, complexes, zones, facilities) clear of each other and of every symbol, moved out
with a leader line where crowded and dropped where they cannot fit
(:func:`cosmoplan.mapping.placement.place`; what asks for them: :mod:`.label_sources`).

The layout is computed when the view settles or the plan changes; while the view moves the
last layout is only moved along, which costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from cosmoplan.gui.map.decorations import decoration_boxes
from cosmoplan.gui.map.derived import Callout, CalloutsItem, PlacedCallout
from cosmoplan.gui.map.label_sources import Plate, Requests, View, collect
from cosmoplan.gui.map.layers import LayerStack
from cosmoplan.gui.map.renderer import WORLD
from cosmoplan.gui.qtstyle import symbol_pixmap
from cosmoplan.mapping.placement import Placer

#: At most this many labels are placed in all.
MAX_PLACED = 300
HALO = 2.0
#: The placed box is the image less this margin on every side (the halo may touch others).
INSET = 1.5
LEADER = QColor(60, 60, 60, 200)
PLATE = QColor(255, 255, 255)


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
    """One placed label: its anchor (model metres), pixel offset of its image, the image
    and, if it was moved away from its symbol, its leader line (pixels from the anchor)."""

    layer_id: str
    feature_id: int
    x: float
    y: float
    offset: QPointF
    image: QImage
    text: str = ""
    leader: tuple[QPointF, QPointF] | None = None


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
    """Draws the labels of a :class:`LayerStack` on top of the map, and lays out those of
    ``callouts`` (the derived layers') with them."""

    def __init__(self, stack: LayerStack, callouts: CalloutsItem | None = None) -> None:
        super().__init__()
        self.stack = stack
        self.callouts = callouts or CalloutsItem()
        self.callouts.changed = self.invalidate
        self.placements: list[Placement] = []
        self.plates: list[Plate] = []
        self.layouts = 0
        self._stale = True
        self._moving = False
        self._layout_transform = QTransform()
        self._images = _ImageCache()
        self.placer = Placer()

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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for plate in self.plates:
            self._paint_plate(painter, transform.map(QPointF(plate.x, plate.y)), plate)
        painter.setPen(QPen(LEADER, 1.0))
        for placement in self.placements:
            if placement.leader is not None:
                anchor = transform.map(QPointF(placement.x, placement.y))
                painter.drawLine(anchor + placement.leader[0], anchor + placement.leader[1])
        for placement in self.placements:
            anchor = transform.map(QPointF(placement.x, placement.y))
            painter.drawImage(anchor + placement.offset, placement.image)
        painter.restore()

    def _paint_plate(self, painter: QPainter, centre: QPointF, plate: Plate) -> None:
        """The pads of a plate side by side on a white ground."""
        x0, y0, x1, y1 = plate.ground
        painter.setPen(QPen(LEADER, 1.0))
        painter.setBrush(PLATE)
        rect = QRectF(x0, y0, x1 - x0, y1 - y0).translated(centre)
        painter.drawRoundedRect(rect, 4, 4)
        for style, offset in zip(plate.styles, plate.offsets, strict=True):
            pixmap = symbol_pixmap(style)
            at = centre + offset
            painter.drawPixmap(
                QPointF(at.x() - pixmap.width() / 2, at.y() - pixmap.height() / 2), pixmap
            )

    # -- layout -------------------------------------------------------------------------
    def _layout(self, transform: QTransform, viewport: QRectF) -> None:
        self.layouts += 1
        self._stale = False
        self._layout_transform = QTransform(transform)
        self.placements, self.plates = [], []
        inverse, ok = transform.inverted()
        if not ok:
            self.callouts.set_placed([])
            return
        area = inverse.mapRect(viewport)
        bounds = (area.left(), area.top(), area.right(), area.bottom())
        frame = (0.0, 0.0, viewport.width(), viewport.height())
        view = View(transform, frame, bounds)
        requests = collect(
            self.stack.ordered(), self.callouts.rows(), view, self._measure, self._callout_size
        )
        requests.symbols += decoration_boxes(viewport.width(), viewport.height())
        self.plates = requests.plates
        self._place(requests, view)

    def _place(self, requests: Requests, view: View) -> None:
        transform = view.transform
        callouts: list[PlacedCallout] = []
        for placed in self.placer.place(requests.labels, requests.symbols, view.frame):
            source = requests.sources[placed.label.key]
            anchor = transform.map(QPointF(source.x, source.y))
            corner = QPointF(placed.box[0] - INSET, placed.box[1] - INSET)
            if source.callout is not None:
                image = self.callouts.image(source.callout)
                callouts.append(
                    PlacedCallout(source.callout, corner - anchor, image, source.opacity)
                )
                continue
            if len(self.placements) >= MAX_PLACED:
                continue
            look = LOOKS.get(self.stack.get(source.layer_id).group, LOOKS["facilities"])
            image = self._images.get(source.text, source.color, look)
            leader = None
            if placed.leader is not None:
                (a, b), (c, d) = placed.leader
                leader = (QPointF(a, b) - anchor, QPointF(c, d) - anchor)
            self.placements.append(
                Placement(
                    source.layer_id,
                    source.feature_id,
                    source.x,
                    source.y,
                    corner - anchor,
                    image,
                    source.text,
                    leader,
                )
            )
        self.callouts.set_placed(callouts)

    def _measure(self, text: str, group: str) -> tuple[float, float]:
        width, height = label_size(text, LOOKS.get(group, LOOKS["facilities"]))
        return width - 2 * INSET, height - 2 * INSET

    def _callout_size(self, callout: Callout) -> tuple[float, float]:
        width, height = self.callouts.size(callout)
        return width - 2 * INSET, height - 2 * INSET
