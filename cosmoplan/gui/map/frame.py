"""One drawing pass into the map's pixel buffer: the painter, the transform, and the cheap
ways to draw many small things (blocks written straight into the pixels, pre-rendered
symbols drawn as pixmap fragments)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from pyqtgraph.Qt import internals
from PySide6.QtGui import QPainter, QPixmap, QTransform

from cosmoplan.gui.qtstyle import argb32

#: Dot size in device pixels (lines and points drawn as dots).
DOT_PX = 2
#: The largest block (pixels) a tiny polygon is drawn as.
BLOCK_PX = 6

Coords = NDArray[np.float64]


@dataclass
class Frame:
    """One drawing pass into the map's pixel buffer."""

    painter: QPainter
    transform: QTransform  # model metres -> buffer pixels (axis-aligned)
    pixels: NDArray[np.uint32]  # the buffer, (height, width)
    clip: tuple[int, int, int, int]  # x0, y0, x1, y1 in buffer pixels
    dpr: float = 1.0
    opacity: float = 1.0
    dense_points: bool = False
    few_features: bool = False  # the layer is small: wide strokes and dashes are affordable
    fragments: internals.PrimitiveArray = field(
        default_factory=lambda: internals.PrimitiveArray(QPainter.PixmapFragment, 10)
    )
    _dot_xy: list[Coords] = field(default_factory=list)
    _dot_extents: list[Coords] = field(default_factory=list)
    _dot_colors: list[tuple[str, int]] = field(default_factory=list)

    @property
    def scale(self) -> float:
        """Logical pixels per metre."""
        return abs(self.transform.m11()) / self.dpr

    def to_device(self, xy: Coords) -> Coords:
        """Model coordinates to buffer pixels."""
        t = self.transform
        return np.column_stack([xy[:, 0] * t.m11() + t.dx(), xy[:, 1] * t.m22() + t.dy()])

    def dots(self, xy: Coords, color: str, extents: Coords | None = None) -> None:
        """Queue small blocks: :data:`DOT_PX` squares, or the features' own extents (metres,
        at most :data:`BLOCK_PX` pixels). :meth:`flush_dots` writes them straight into the
        pixels, much cheaper than QPainter for tens of thousands of tiny features."""
        if len(xy) == 0:
            return
        if extents is None:
            extents = np.full((len(xy), 2), DOT_PX / (self.scale or 1.0))
        self._dot_xy.append(xy)
        self._dot_extents.append(extents)
        self._dot_colors.append((color, len(xy)))

    def flush_dots(self) -> None:
        """Write the queued dots (call after each layer, so later layers cover them)."""
        if not self._dot_xy:
            return
        xy, extents = np.concatenate(self._dot_xy), np.concatenate(self._dot_extents)
        colors = [argb32(c, self.opacity) for c, _ in self._dot_colors]
        counts = [n for _, n in self._dot_colors]
        value = np.repeat(np.array([c[0] for c in colors], np.uint32), counts)
        alpha = np.repeat(np.array([c[1] for c in colors]), counts)
        self._dot_xy.clear()
        self._dot_extents.clear()
        self._dot_colors.clear()
        scale = abs(self.transform.m11())
        size = np.clip(np.rint(extents * scale), 1, BLOCK_PX * self.dpr).astype(np.int64)
        corner = np.floor(self.to_device(xy) - (size - 1) / 2).astype(np.int64)
        opaque = alpha >= 0.999
        x0, y0, x1, y1 = self.clip
        for dy in range(int(size[:, 1].max())):
            for dx in range(int(size[:, 0].max())):
                xs, ys = corner[:, 0] + dx, corner[:, 1] + dy
                take = (size[:, 0] > dx) & (size[:, 1] > dy)
                take &= (xs >= x0) & (xs < x1) & (ys >= y0) & (ys < y1)
                self._write(xs, ys, value, alpha, take & opaque, take & ~opaque)

    def _write(
        self,
        xs: NDArray[np.int64],
        ys: NDArray[np.int64],
        value: NDArray[np.uint32],
        alpha: NDArray[np.float64],
        solid: NDArray[np.bool_],
        blended: NDArray[np.bool_],
    ) -> None:
        """Set pixels (``solid``) or blend them over what is there (``blended``)."""
        self.pixels[ys[solid], xs[solid]] = value[solid]
        if not blended.any():
            return
        xs, ys, value, alpha = xs[blended], ys[blended], value[blended], alpha[blended]
        dst = self.pixels[ys, xs]
        out = np.full(len(dst), 0xFF000000, np.uint32)
        for shift in (16, 8, 0):
            src_c = (value >> shift) & 0xFF
            dst_c = (dst >> shift) & 0xFF
            mixed = (src_c * alpha + dst_c * (1.0 - alpha) + 0.5).astype(np.uint32)
            out |= mixed << shift
        self.pixels[ys, xs] = out

    def symbols(self, xy: Coords, pixmap: QPixmap) -> None:
        """Pre-rendered symbols centred on points, in one fragment call."""
        if len(xy) == 0:
            return
        device = self.to_device(xy)
        self.fragments.resize(len(device))
        frags = self.fragments.ndarray()
        frags[:, 0:2] = device
        frags[:, 2:6] = (0, 0, pixmap.width(), pixmap.height())
        frags[:, 6:10] = (1.0, 1.0, 0.0, 1.0)
        self.painter.save()
        self.painter.resetTransform()
        self.painter.drawPixmapFragments(*self.fragments.drawargs(), pixmap)  # type: ignore[call-arg]
        self.painter.restore()
