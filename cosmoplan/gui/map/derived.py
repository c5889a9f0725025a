"""Derived layers: features another part of the window computes from the plan (hazard areas,
flight corridors), drawn by the map's renderer among the plan's layers, and their callouts.

The areas go into the map's retained image like the plan's own layers, so that a pan draws only
the newly exposed strips whatever their size (a corridor crosses Kazakhstan); only their few
labels are drawn on every frame, by a :class:`CalloutsItem` above the map.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import shapely
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.map.chunks import Feature, style_code
from cosmoplan.gui.map.layer import Bounds, MapLayer
from cosmoplan.gui.map.renderer import WORLD
from cosmoplan.mapping.style import Style

#: Features wider or taller than this (metres) have their outline drawn as pieces of at most
#: :data:`PIECE_VERTICES` vertices, each in its own chunk of the layer, so that the strip a
#: pan exposes draws only the pieces it crosses, not a whole corridor across Kazakhstan.
LARGE_M = 50_000.0
PIECE_VERTICES = 24
#: Drawn feature ids: the caller's id times this, plus the piece number.
PIECES = 4096
POLYGONAL = ("Polygon", "MultiPolygon")
#: Pixels between a callout's anchor and its box.
GAP_PX = 3.0
#: Callout sizes kept measured before the ones no longer shown are forgotten.
MAX_SIZES = 4096


def replace_features(
    layer: MapLayer, features: Sequence[tuple[int, BaseGeometry, Style]]
) -> list[Bounds]:
    """Make ``features`` (id, geometry, style) the layer's features (large ones in pieces, see
    :func:`pieces`); returns the envelopes to redraw: those of pieces that came, went or
    changed."""
    drawn = [piece for feature in features for piece in pieces(*feature)]
    touched: list[Bounds] = []
    wanted = {feature_id for feature_id, _, _ in drawn}
    for feature_id in [i for i in layer.features if i not in wanted]:
        touched += layer.drop(feature_id)
    for feature_id, geometry, style in drawn:
        code = style_code(style)
        old = layer.features.get(feature_id)
        if old is not None and old.code == code and _same(old.geometry, geometry):
            continue
        touched += layer.put(feature_id, Feature(geometry, code))
    return touched


def pieces(
    feature_id: int, geometry: BaseGeometry, style: Style
) -> list[tuple[int, BaseGeometry, Style]]:
    """How one feature is drawn: as it is if it is at most :data:`LARGE_M` across, else its
    fill (if any) without outline and its outline as lines of at most
    :data:`PIECE_VERTICES` vertices (ids ``feature_id * PIECES + n``)."""
    x0, y0, x1, y1 = geometry.bounds
    key = feature_id * PIECES
    if max(x1 - x0, y1 - y0) <= LARGE_M or geometry.geom_type not in POLYGONAL:
        return [(key, geometry, style)]
    found: list[tuple[int, BaseGeometry, Style]] = []
    if style.fill is not None:
        found.append((key, geometry, replace(style, stroke=None)))
    if style.stroke is not None:
        line_style = replace(style, fill=None)
        lines = outline_pieces(geometry)[: PIECES - 1]
        found += [(key + 1 + n, line, line_style) for n, line in enumerate(lines)]
    return found


def outline_pieces(geometry: BaseGeometry) -> list[BaseGeometry]:
    """The rings of a polygon as lines of at most :data:`PIECE_VERTICES` vertices, each
    starting where the previous one ends."""
    found: list[BaseGeometry] = []
    for ring in shapely.get_parts(shapely.boundary(geometry)):
        coords = shapely.get_coordinates(ring)
        for start in range(0, len(coords) - 1, PIECE_VERTICES - 1):
            found.append(shapely.linestrings(coords[start : start + PIECE_VERTICES]))
    return found


def _same(a: BaseGeometry, b: BaseGeometry) -> bool:
    return a is b or bool(shapely.equals_exact(a, b, 0.0))


@dataclass(frozen=True, slots=True)
class Callout:
    """A label on the map: its text (lines split by ``\\n``) in a box just beyond the anchor
    (model metres) in ``direction_deg`` (clockwise from up: 0 above, 90 to the right), or
    ``centred`` on it, else on one of ``others`` (say along a ring). ``size_m`` is the size
    of what it labels: below 24 pixels it is not shown."""

    x: float
    y: float
    text: str
    color: QColor
    direction_deg: float = 0.0
    strong: bool = False
    size_m: float = math.inf
    centred: bool = False
    others: tuple[tuple[float, float], ...] = ()


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


@dataclass(frozen=True, slots=True)
class PlacedCallout:
    """A laid-out callout: its anchor (model metres), the offset (pixels) of its image's top
    left corner from the anchor, the image and the opacity to draw it with."""

    callout: Callout
    offset: QPointF
    image: QImage
    opacity: float


class CalloutsItem(QGraphicsObject):
    """Draws the callouts of several layers at a fixed pixel size over the map, where the
    map's :class:`~cosmoplan.gui.map.labels.LabelItem` placed them among the other labels
    (strong ones first, clear of the pads and their labels); each callout is a cached
    image. ``changed`` is called when the callouts change (to lay the labels out again)."""

    def __init__(self, changed: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.changed = changed
        self.groups: dict[str, tuple[list[Callout], float]] = {}
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.strong_font = QFont(self.font)
        self.strong_font.setBold(True)
        self.placed: list[PlacedCallout] = []
        self._images: dict[tuple[str, int, bool], QImage] = {}
        self._sizes: dict[tuple[str, bool], tuple[int, int]] = {}

    def boundingRect(self) -> QRectF:
        return WORLD

    def set_callouts(self, group: str, callouts: list[Callout], opacity: float = 1.0) -> None:
        """Replace the callouts of ``group`` (a layer id), drawn with ``opacity``."""
        self.groups[group] = (list(callouts), opacity)
        if self.changed is not None:
            self.changed()
        self.update()

    def callouts(self, group: str | None = None) -> list[Callout]:
        """The callouts of one group, or of all."""
        chosen = self.groups.values() if group is None else [self.groups.get(group, ([], 1.0))]
        return [c for callouts, _ in chosen for c in callouts]

    def rows(self) -> list[tuple[Callout, float]]:
        """Every callout with its opacity, strong ones first, then from north to south."""
        rows = [(c, opacity) for callouts, opacity in self.groups.values() for c in callouts]
        rows.sort(key=lambda row: (not row[0].strong, -row[0].y))
        return rows

    def image(self, callout: Callout) -> QImage:
        """The callout's image (cached while the callout is shown)."""
        key = (callout.text, callout.color.rgba(), callout.strong)
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = self._render(callout)
        return image

    def size(self, callout: Callout) -> tuple[int, int]:
        """The pixel size of the callout's image, measured without drawing it (a layout
        asks it of every callout in view, most of which it leaves out)."""
        key = (callout.text, callout.strong)
        found = self._sizes.get(key)
        if found is None:
            found = self._sizes[key] = self._measure(callout)
        return found

    def _measure(self, callout: Callout) -> tuple[int, int]:
        metrics = QFontMetricsF(self.strong_font if callout.strong else self.font)
        lines = callout.text.split("\n")
        width = math.ceil(max(metrics.horizontalAdvance(line) for line in lines) + 8)
        return width, math.ceil(metrics.height() * len(lines) + 2)

    def set_placed(self, placed: list[PlacedCallout]) -> None:
        """Show the callouts as laid out; forget the images of those not shown."""
        self.placed = placed
        keep = {(p.callout.text, p.callout.color.rgba(), p.callout.strong) for p in placed}
        self._images = {k: v for k, v in self._images.items() if k in keep}
        shown = {(text, strong) for text, _rgba, strong in keep}
        if len(self._sizes) > MAX_SIZES:
            self._sizes = {k: v for k, v in self._sizes.items() if k in shown}
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.placed:
            return
        transform = painter.worldTransform()
        device = painter.device()
        screen = QRectF(0, 0, device.width(), device.height())
        painter.save()
        painter.resetTransform()
        for placed in self.placed:
            corner = transform.map(QPointF(placed.callout.x, placed.callout.y)) + placed.offset
            if screen.intersects(QRectF(corner, QSizeF(placed.image.size()))):
                painter.setOpacity(placed.opacity)
                painter.drawImage(corner, placed.image)
        painter.restore()

    def _render(self, callout: Callout) -> QImage:
        """The callout's box: its text on a rounded, nearly opaque white background."""
        font = self.strong_font if callout.strong else self.font
        width, height = self.size(callout)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 228 if callout.strong else 210))
        painter.drawRoundedRect(QRectF(0, 0, width, height), 3, 3)
        painter.setFont(font)
        painter.setPen(callout.color)
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, callout.text)
        painter.end()
        return image
