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

import numpy as np
import shapely
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.map.chunks import Feature, style_code
from cosmoplan.gui.map.labels import collides, take
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
#: Half the side of the square (pixels) around an obstacle that callouts keep clear of.
OBSTACLE_PX = 8.0
#: A callout shows only if what it labels is at least this many pixels across.
MIN_FEATURE_PX = 24.0
#: Distances tried for a callout (on either side of its anchor), each a box height further
#: out, before it is left out.
PLACE_TRIES = 4


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
    (model metres) in ``direction_deg`` (clockwise from up: 0 above, 90 to the right).
    ``size_m`` is the size of what it labels: below :data:`MIN_FEATURE_PX` pixels it is
    not shown."""

    x: float
    y: float
    text: str
    color: QColor
    direction_deg: float = 0.0
    strong: bool = False
    size_m: float = math.inf


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
    """Draws the callouts of several layers at a fixed pixel size over the map (put it above
    the map item). Strong callouts are placed first; one that would hide an already placed
    box goes to the other side of its anchor or further out, and is left out if it still
    cannot fit; ``obstacles`` gives points (model metres, an (n, 2) array) no callout may
    cover, such as the pads. The layout depends only on the scale: a pan just moves it
    along, and each callout is a cached image."""

    def __init__(self, obstacles: Callable[[], NDArray[np.float64]] | None = None) -> None:
        super().__init__()
        self.obstacles = obstacles
        self.groups: dict[str, tuple[list[Callout], float]] = {}
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.strong_font = QFont(self.font)
        self.strong_font.setBold(True)
        self.placed: list[PlacedCallout] = []
        self.layouts = 0
        self._scale: tuple[float, float, float, float] | None = None
        self._images: dict[tuple[str, int, bool], QImage] = {}

    def boundingRect(self) -> QRectF:
        return WORLD

    def set_callouts(self, group: str, callouts: list[Callout], opacity: float = 1.0) -> None:
        """Replace the callouts of ``group`` (a layer id), drawn with ``opacity``."""
        self.groups[group] = (list(callouts), opacity)
        self._scale = None
        self.update()

    def callouts(self, group: str | None = None) -> list[Callout]:
        """The callouts of one group, or of all."""
        chosen = self.groups.values() if group is None else [self.groups.get(group, ([], 1.0))]
        return [c for callouts, _ in chosen for c in callouts]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        scale = (transform.m11(), transform.m12(), transform.m21(), transform.m22())
        if scale != self._scale:
            self._layout(transform)
            self._scale = scale
        if not self.placed:
            return
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

    def _layout(self, transform: QTransform) -> None:
        self.layouts += 1
        rows = [(c, opacity) for callouts, opacity in self.groups.values() for c in callouts]
        rows.sort(key=lambda row: (not row[0].strong, -row[0].y))
        taken: dict[tuple[int, int], list[QRectF]] = {}
        points = self.obstacles() if self.obstacles is not None else np.empty((0, 2))
        for x, y in points.tolist():
            at = transform.map(QPointF(x, y))
            take(
                taken,
                QRectF(
                    at.x() - OBSTACLE_PX, at.y() - OBSTACLE_PX, 2 * OBSTACLE_PX, 2 * OBSTACLE_PX
                ),
            )
        self.placed = []
        images: dict[tuple[str, int, bool], QImage] = {}
        scale = math.hypot(transform.m11(), transform.m12())
        for callout, opacity in rows:
            if opacity <= 0 or callout.size_m * scale < MIN_FEATURE_PX:
                continue
            key = (callout.text, callout.color.rgba(), callout.strong)
            image = images[key] = self._images.get(key) or self._render(callout)
            at = transform.map(QPointF(callout.x, callout.y))
            box = _free_box(at, image.width(), image.height(), callout.direction_deg, taken)
            if box is not None:
                take(taken, box)
                self.placed.append(PlacedCallout(callout, box.topLeft() - at, image, opacity))
        self._images = images

    def _render(self, callout: Callout) -> QImage:
        """The callout's box: its text on a rounded, nearly opaque white background."""
        font = self.strong_font if callout.strong else self.font
        metrics = QFontMetricsF(font)
        lines = callout.text.split("\n")
        width = math.ceil(max(metrics.horizontalAdvance(line) for line in lines) + 8)
        height = math.ceil(metrics.height() * len(lines) + 2)
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


def _free_box(
    at: QPointF,
    width: float,
    height: float,
    direction_deg: float,
    taken: dict[tuple[int, int], list[QRectF]],
) -> QRectF | None:
    """The first box beyond ``at`` (in ``direction_deg``, then the other way, each time a
    little further out) that overlaps nothing ``taken``."""
    for step in range(PLACE_TRIES):
        for direction in (direction_deg, direction_deg + 180.0):
            box = callout_box(at, width, height, direction, step * (height + GAP_PX))
            if not collides(taken, box):
                return box
    return None
