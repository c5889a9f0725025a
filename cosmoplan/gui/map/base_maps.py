"""Tile base maps under the plan's layers: each XYZ/WMTS server or MBTiles file is drawn into
the map's retained image before the plan's layers (so a pan draws only the exposed strips).

Tiles at hand (in memory, in the disk cache, in an MBTiles file) are drawn at once; missing
ones are fetched by one background thread, and the map redraws the place of each tile that
arrives. Offline, what was seen before is still there and the rest is the plain background.
"""

from __future__ import annotations

import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QImage, QPainter, QPolygonF, QTransform

from cosmoplan.gis.tiles import (
    MbtilesFile,
    TileKey,
    TileSource,
    UrlTiles,
    tile_corners,
    tiles_for,
)

#: Decoded tiles kept in memory (least recently used out).
MEMORY_TILES = 768
Bounds = tuple[float, float, float, float]
_STOP = None


def open_source(spec: str, cache: Path) -> TileSource:
    """A tile source from what the planner gave: a URL template or an MBTiles file's path
    (TileError if unusable)."""
    if "://" in spec:
        return UrlTiles(spec.split("/")[2], spec, cache)
    return MbtilesFile(Path(spec))


class BaseMaps(QObject):
    """The canvas's tile base maps, bottom to top (``specs`` as given, for the settings);
    ``redraw`` is told which model regions to draw again (``None``: all)."""

    arrived = Signal(int, int, object, object)  # generation, source, TileKey, bytes

    def __init__(self, cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.specs: list[str] = []
        self.sources: list[TileSource] = []
        self._images: OrderedDict[tuple[int, TileKey], QImage | None] = OrderedDict()
        self._asked: set[tuple[int, TileKey]] = set()
        self._jobs: queue.Queue[tuple[int, int, TileSource, TileKey] | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._generation = 0  # counts clearings: tiles fetched before one are dropped
        self.arrived.connect(self._arrived)
        self.redraw: Callable[[list[Bounds] | None], None] = lambda regions: None

    # -- sources ------------------------------------------------------------------------
    def add(self, spec: str) -> TileSource:
        """Add a base map on top of the others (TileError if it cannot be used)."""
        source = open_source(spec, self.cache)
        self.specs.append(spec)
        self.sources.append(source)
        self.redraw(None)
        return source

    def clear(self) -> None:
        """Remove every base map."""
        for source in self.sources:
            if isinstance(source, MbtilesFile):
                source.close()
        self.specs, self.sources = [], []
        self._images.clear()
        self._asked.clear()
        self._generation += 1
        self.redraw(None)

    def close(self) -> None:
        """Stop the download thread (the window closes)."""
        if self._worker is not None:
            self._jobs.put(_STOP)
            self._worker.join(timeout=2)
            self._worker = None
        for source in self.sources:
            if isinstance(source, MbtilesFile):
                source.close()

    # -- drawing ------------------------------------------------------------------------
    def paint(self, painter: QPainter, transform: QTransform, bounds: Bounds) -> None:
        """Draw the tiles covering model ``bounds`` (the painter's clip) with ``transform``."""
        scale = abs(transform.m11())
        for number, source in enumerate(self.sources):
            _, keys = tiles_for(bounds, scale, source.max_zoom)
            for key in keys:
                image = self._image(number, source, key)
                if image is not None:
                    _draw(painter, transform, key, image)

    def _image(self, number: int, source: TileSource, key: TileKey) -> QImage | None:
        slot = (number, key)
        if slot in self._images:
            self._images.move_to_end(slot)
            return self._images[slot]
        data = source.cached(key)
        if data is None:
            self._ask(number, source, key)
            return None
        return self._keep(slot, data)

    def _keep(self, slot: tuple[int, TileKey], data: bytes) -> QImage | None:
        image = QImage.fromData(data)
        found = None if image.isNull() else image
        self._images[slot] = found
        while len(self._images) > MEMORY_TILES:
            self._images.popitem(last=False)
        return found

    def _ask(self, number: int, source: TileSource, key: TileKey) -> None:
        slot = (number, key)
        if slot in self._asked:
            return
        self._asked.add(slot)
        if self._worker is None:
            self._worker = threading.Thread(target=self._fetch_loop, daemon=True)
            self._worker.start()
        self._jobs.put((self._generation, number, source, key))

    def _fetch_loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            generation, number, source, key = job
            data = source.fetch(key)
            if data is not None:
                self.arrived.emit(generation, number, key, data)

    def _arrived(self, generation: int, number: int, key: TileKey, data: bytes) -> None:
        if generation != self._generation:
            return  # the base maps were removed meanwhile
        self._keep((number, key), data)
        corners = tile_corners(key)
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        self.redraw([(min(xs), min(ys), max(xs), max(ys))])

    def pending(self) -> int:
        """Tiles asked for and not yet arrived (or missing)."""
        return sum(1 for slot in self._asked if slot not in self._images)


def _draw(painter: QPainter, transform: QTransform, key: TileKey, image: QImage) -> None:
    """Draw one tile stretched onto its corners (a projective fit of its four corners)."""
    corners: Sequence[tuple[float, float]] = tile_corners(key)
    target = QPolygonF([transform.map(QPointF(x, y)) for x, y in corners])
    w, h = image.width(), image.height()
    source = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)])
    fit = QTransform()
    if not QTransform.quadToQuad(source, target, fit):
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.setWorldTransform(fit)
    painter.drawImage(QPointF(0, 0), image)
    painter.restore()
