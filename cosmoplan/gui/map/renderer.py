"""The map's one drawing item: every layer painted into a retained pixel buffer.

Why one item with a buffer (see the design notes on speed): a repaint of an unchanged view
(a rubber band, a snap marker, a label) is a blit; a pan renders only the newly exposed
strips; an edit re-renders only the edited envelope; while the user zooms with the wheel the
last image is stretched, and the map is drawn properly once the view settles.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from cosmoplan.gui.map.chunks import paint_features
from cosmoplan.gui.map.frame import Frame
from cosmoplan.gui.map.layer import Bounds
from cosmoplan.gui.map.layers import LayerStack
from cosmoplan.memory import collector_paused

#: Every item of the map claims this rectangle (model metres), which covers UTM zone 41N.
WORLD = QRectF(-5e6, -1e6, 1.6e7, 1.2e7)
#: Pixels around a redrawn area that symbols and wide strokes may reach into.
MARGIN_PX = 16
#: More separate areas to redraw than this are redrawn as one rectangle holding them all.
MAX_RECTS = 8
#: Layers with more points than this draw them as dots when zoomed far out.
DENSE_POINTS = 500
#: Layers with at most this many features always get their real stroke widths and dashes.
FEW_FEATURES = 200
#: A spatial query (paths built on the fly) replaces the cached chunk paths only for a
#: strip or an edited area, or from this zoom (pixels per metre: features are outlined
#: shapes there, costly to draw in bulk; further out most are cheap blocks) ...
QUERY_MIN_SCALE = 0.3
#: ... where it saves drawing at least this many features, ...
QUERY_MIN_SAVING = 2000
#: ... for areas with fewer features than this ...
QUERY_MAX = 600
#: ... and when they hold less than this share of the chunks they touch (else the cached
#: chunk paths are cheaper).
QUERY_SHARE = 0.25


@dataclass
class RenderStats:
    """What the renderer did, for tests and benchmarks."""

    full: int = 0
    partial: int = 0
    stale: int = 0
    blits: int = 0
    last_ms: float = 0.0


def _same_scale(a: QTransform, b: QTransform) -> bool:
    return all(
        abs(x - y) <= 1e-9 * max(abs(x), 1e-300)
        for x, y in ((a.m11(), b.m11()), (a.m22(), b.m22()), (a.m12(), b.m12()), (a.m21(), b.m21()))
    )


class MapItem(QGraphicsObject):
    """Draws a :class:`LayerStack` (put it in a pyqtgraph ViewBox, ignoring its bounds)."""

    def __init__(self, stack: LayerStack, background: QColor) -> None:
        super().__init__()
        self.stack = stack
        self.background = background
        self.stats = RenderStats()
        self._buffer: QImage | None = None
        self._pixels: np.ndarray | None = None
        self._buffer_transform = QTransform()
        self._full = True
        self._dirty: list[Bounds] = []
        self._interacting = False
        #: Draws under the plan's layers (the tile base maps): painter, transform, bounds.
        self.underlay: Callable[[QPainter, QTransform, Bounds], None] | None = None

    def boundingRect(self) -> QRectF:
        return WORLD

    # -- invalidation -------------------------------------------------------------------
    def invalidate(self, regions: list[Bounds] | None = None) -> None:
        """Redraw everything (``None``) or only the given envelopes (model metres)."""
        if regions is None:
            self._full = True
        else:
            self._dirty += regions
        self.update()

    def begin_interaction(self) -> None:
        """The user is zooming: stretch the last image until :meth:`settle`."""
        self._interacting = True

    def settle(self) -> None:
        """End the interaction: the next paint draws the map properly."""
        if self._interacting:
            self._interacting = False
            self.update()

    # -- painting -----------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        device = painter.device()
        dpr = device.devicePixelRatioF()
        width, height = round(device.width() * dpr), round(device.height() * dpr)
        if width <= 0 or height <= 0:
            return
        logical = painter.worldTransform()
        transform = logical * QTransform.fromScale(dpr, dpr)
        start = time.perf_counter()
        buffer = self._buffer
        if buffer is None or (buffer.width(), buffer.height()) != (width, height) or self._full:
            self._render_full(transform, width, height, dpr)
        elif not _same_scale(self._buffer_transform, transform):
            if self._interacting:
                self._draw_stale(painter, logical, dpr)
                return
            self._render_full(transform, width, height, dpr)
        else:
            dx = transform.dx() - self._buffer_transform.dx()
            dy = transform.dy() - self._buffer_transform.dy()
            whole = abs(dx - round(dx)) < 1e-3 and abs(dy - round(dy)) < 1e-3
            if not whole and self._interacting:
                self._draw_stale(painter, logical, dpr)
                return
            if not whole or abs(dx) >= width or abs(dy) >= height:
                self._render_full(transform, width, height, dpr)
            else:
                self._render_changes(transform, round(dx), round(dy), dpr)
        self.stats.last_ms = (time.perf_counter() - start) * 1000
        self._blit(painter, dpr)

    def _blit(self, painter: QPainter, dpr: float) -> None:
        assert self._buffer is not None
        self.stats.blits += 1
        painter.save()
        painter.resetTransform()
        self._buffer.setDevicePixelRatio(dpr)
        painter.drawImage(QPointF(0, 0), self._buffer)
        painter.restore()

    def _draw_stale(self, painter: QPainter, logical: QTransform, dpr: float) -> None:
        """Draw the last image moved and stretched to the new view (during interactions)."""
        assert self._buffer is not None
        self.stats.stale += 1
        old_logical = self._buffer_transform * QTransform.fromScale(1 / dpr, 1 / dpr)
        inverse, ok = old_logical.inverted()
        if not ok:
            return
        painter.save()
        painter.setWorldTransform(QTransform.fromScale(1 / dpr, 1 / dpr) * inverse * logical)
        self._buffer.setDevicePixelRatio(1.0)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QPointF(0, 0), self._buffer)
        painter.restore()

    def _size(self) -> tuple[int, int]:
        assert self._buffer is not None
        return self._buffer.width(), self._buffer.height()

    def _render_full(self, transform: QTransform, width: int, height: int, dpr: float) -> None:
        self._buffer = QImage(width, height, QImage.Format.Format_RGB32)
        bits = self._buffer.bits()
        stride = self._buffer.bytesPerLine() // 4
        self._pixels = np.frombuffer(bits, np.uint32).reshape(height, stride)[:, :width]
        self._buffer_transform = transform
        self._full = False
        self._dirty.clear()
        self.stats.full += 1
        with collector_paused():  # a first draw prepares every chunk: many new objects
            self._render([QRect(0, 0, width, height)], transform, dpr)

    def _render_changes(self, transform: QTransform, dx: int, dy: int, dpr: float) -> None:
        """Shift the buffer by a whole-pixel pan, then draw the exposed strips and edits."""
        assert self._buffer is not None and self._pixels is not None
        width, height = self._buffer.width(), self._buffer.height()
        rects: list[QRect] = []
        if dx or dy:
            pixels = self._pixels
            src = pixels[max(0, -dy) : height - max(0, dy), max(0, -dx) : width - max(0, dx)]
            pixels[max(0, dy) : height - max(0, -dy), max(0, dx) : width - max(0, -dx)] = src.copy()
            if dx:
                rects.append(QRect(0 if dx > 0 else width + dx, 0, abs(dx), height))
            if dy:
                rects.append(QRect(0, 0 if dy > 0 else height + dy, width, abs(dy)))
        buffer_rect = QRect(0, 0, width, height)
        for bounds in self._dirty:
            area = transform.mapRect(
                QRectF(QPointF(bounds[0], bounds[1]), QPointF(bounds[2], bounds[3]))
            )
            area = area.adjusted(
                -MARGIN_PX * dpr, -MARGIN_PX * dpr, MARGIN_PX * dpr, MARGIN_PX * dpr
            )
            rect = area.toAlignedRect().intersected(buffer_rect)
            if not rect.isEmpty():
                rects.append(rect)
        self._dirty.clear()
        self._buffer_transform = transform
        if len(rects) > MAX_RECTS:  # many scattered edits (a new date): one pass is quicker
            rects = [_union(rects)]
        if rects:
            self.stats.partial += 1
            self._render(rects, transform, dpr)

    def _render(self, rects: list[QRect], transform: QTransform, dpr: float) -> None:
        assert self._buffer is not None and self._pixels is not None
        inverse, ok = transform.inverted()
        if not ok:
            return
        painter = QPainter(self._buffer)
        self._buffer.setDevicePixelRatio(1.0)
        try:
            for rect in rects:
                painter.resetTransform()
                painter.setClipRect(rect)
                painter.setOpacity(1.0)
                painter.fillRect(rect, self.background)
                grown = QRectF(rect).adjusted(
                    -MARGIN_PX * dpr, -MARGIN_PX * dpr, MARGIN_PX * dpr, MARGIN_PX * dpr
                )
                area = inverse.mapRect(grown)
                bounds = (area.left(), area.top(), area.right(), area.bottom())
                if self.underlay is not None:
                    self.underlay(painter, transform, bounds)
                clip = (rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1)
                self._render_rect(painter, transform, bounds, clip, dpr)
        finally:
            painter.end()

    def _render_rect(
        self,
        painter: QPainter,
        transform: QTransform,
        bounds: Bounds,
        clip: tuple[int, int, int, int],
        dpr: float,
    ) -> None:
        assert self._pixels is not None
        frame = Frame(painter, transform, self._pixels, clip, dpr)
        for layer in self.stack.ordered():
            if not layer.visible or layer.opacity <= 0:
                continue
            frame.opacity = layer.opacity
            frame.dense_points = layer.point_count > DENSE_POINTS
            frame.few_features = len(layer.features) <= FEW_FEATURES
            painter.setOpacity(layer.opacity)
            painter.setWorldTransform(transform)
            inside, in_chunks = layer.estimate(bounds)
            if in_chunks == 0:
                continue
            wasted = in_chunks - inside  # features a chunk draw would process off the area
            local = frame.scale >= QUERY_MIN_SCALE or clip != (0, 0, *self._size())
            if (
                local
                and wasted >= QUERY_MIN_SAVING
                and inside <= min(QUERY_MAX, QUERY_SHARE * in_chunks)
            ):
                _, geoms, codes = layer.index.query(bounds)
                paint_features(frame, geoms, codes)
            else:
                rebuilt = False
                for chunk in layer.chunks_in(bounds):
                    if chunk.dirty:
                        chunk.prepare(layer.features)
                        rebuilt = True
                    chunk.paint(frame)
                if rebuilt:
                    layer.chunk_bounds_changed()
            frame.flush_dots()


def _union(rects: list[QRect]) -> QRect:
    """The smallest rectangle holding every one of ``rects``."""
    union = QRect(rects[0])
    for rect in rects[1:]:
        union = union.united(rect)
    return union
