"""One drawn layer of the map: its features by id, chunked on a grid for drawing and
indexed for picking, with the labels it offers."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from numpy.typing import NDArray

from cosmoplan.gui.map.chunks import Chunk, Feature, Grid, style_code, style_of
from cosmoplan.gui.map.spatial import SpatialIndex
from cosmoplan.mapping.style import LayerSpec, Style
from cosmoplan.services.viewstate.layers import LayerSettings

Bounds = tuple[float, float, float, float]
#: Label priority by layer group (lower goes first when labels compete for space).
LABEL_PRIORITY = {"pads": 0, "complexes": 1, "zones": 2, "facilities": 3, "base": 4}
#: The layers-panel group of derived layers (hazard areas, flight corridors).
DERIVED_GROUP = "safety"
#: A chunk holds about this many features (at most MAX_GRID_CELLS a side per layer).
FEATURES_PER_CHUNK = 1500
MAX_GRID_CELLS = 16
BASE_Z = -100


def group_of(spec: LayerSpec) -> str:
    """The layers-panel group of a plan layer: zones, complexes, facilities or pads."""
    return spec.kind.value


@dataclass(frozen=True, slots=True)
class LabelCandidates:
    """A layer's labels as arrays: ids, anchor points, texts and feature sizes (metres)."""

    ids: NDArray[np.int64]
    xy: NDArray[np.float64]
    texts: list[str]
    sizes: NDArray[np.float64]


class MapLayer:
    """One drawn layer: features by id, their chunks and a spatial index."""

    def __init__(
        self, layer_id: str, title: str, z: int, group: str, settings: LayerSettings
    ) -> None:
        self.id = layer_id
        self.title = title
        self.z = z
        self.group = group
        self.settings = settings  # the layer model's: how the planner has it shown
        self.spec: LayerSpec | None = None  # plan layers: which objects, styled how
        self.derived = False  # computed from the plan by someone else: not picked nor snapped
        self.style: Style | None = None  # base layers: one style for all
        self.features: dict[int, Feature] = {}
        self.chunks: dict[tuple[int, int], Chunk] = {}
        self.grid = Grid(0.0, 0.0, 1000.0)
        self.index = SpatialIndex(self._index_source)
        self._chunk_keys: list[tuple[int, int]] | None = None
        self._chunk_bounds = np.empty((0, 4))
        self._chunk_counts = np.empty(0)
        self._labels: LabelCandidates | None = None
        self.point_count = 0

    @property
    def visible(self) -> bool:
        """Whether the layer is shown."""
        return self.settings.visible

    @property
    def opacity(self) -> float:
        """How opaque the layer is drawn (0 to 1)."""
        return self.settings.opacity

    # -- loading and editing ----------------------------------------------------------
    def load(
        self,
        ids: Sequence[int],
        geometries: NDArray[np.object_],
        styles: Sequence[Style],
        labels: Sequence[str],
    ) -> None:
        """Replace every feature at once (vectorised chunk assignment)."""
        self.features.clear()
        self.chunks.clear()
        self.index.reset()
        self._invalidate()
        if len(ids) == 0:
            self.point_count = 0
            return
        bounds = shapely.bounds(geometries)
        self.grid = grid_for(envelope_of(bounds), len(ids))
        cx = np.floor(((bounds[:, 0] + bounds[:, 2]) / 2 - self.grid.x0) / self.grid.size)
        cy = np.floor(((bounds[:, 1] + bounds[:, 3]) / 2 - self.grid.y0) / self.grid.size)
        cells = list(zip(cx.astype(int).tolist(), cy.astype(int).tolist(), strict=True))
        sizes = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]).tolist()
        for i, feature_id in enumerate(ids):
            code = style_code(styles[i])
            self.features[feature_id] = Feature(
                geometries[i], code, labels[i], cells[i], None, sizes[i]
            )  # label anchors: when the labels are first asked for
            chunk = self.chunks.get(cells[i])
            if chunk is None:
                chunk = self.chunks[cells[i]] = Chunk(cells[i])
            chunk.ids.add(feature_id)
        self._set_chunk_bounds(ids, bounds)
        self.point_count = int(np.isin(shapely.get_type_id(geometries), (0, 4)).sum())

    def _set_chunk_bounds(self, ids: Sequence[int], bounds: NDArray[np.float64]) -> None:
        position = {feature_id: i for i, feature_id in enumerate(ids)}
        for chunk in self.chunks.values():
            rows = bounds[[position[i] for i in chunk.ids]]
            chunk.bounds = envelope_of(rows)

    def put(self, feature_id: int, feature: Feature) -> list[Bounds]:
        """Add or replace one feature; returns the envelopes to redraw (old and new)."""
        touched = self.drop(feature_id)
        bounds = feature.geometry.bounds
        feature.cell = self.grid.cell_of(bounds)
        feature.size = max(bounds[2] - bounds[0], bounds[3] - bounds[1])
        feature.anchor = None  # (found with the labels)
        self.features[feature_id] = feature
        chunk = self.chunks.get(feature.cell)
        if chunk is None:
            chunk = self.chunks[feature.cell] = Chunk(feature.cell)
        chunk.add(feature_id, feature.geometry.bounds)
        self.index.update(feature_id, feature.geometry, feature.code)
        if shapely.get_type_id(feature.geometry) in (0, 4):
            self.point_count += 1
        self._invalidate()
        return [*touched, feature.geometry.bounds]

    def drop(self, feature_id: int) -> list[Bounds]:
        """Remove one feature if present; returns its envelope (to redraw)."""
        feature = self.features.pop(feature_id, None)
        if feature is None:
            return []
        chunk = self.chunks[feature.cell]
        chunk.discard(feature_id)
        if not chunk.ids:
            del self.chunks[feature.cell]
        self.index.update(feature_id, None)
        if shapely.get_type_id(feature.geometry) in (0, 4):
            self.point_count -= 1
        self._invalidate()
        return [feature.geometry.bounds]

    def restyle(self, style: Style) -> None:
        """Give every feature one style (base layers)."""
        self.style = style
        code = style_code(style)
        for feature in self.features.values():
            feature.code = code
        self.index.reset()
        for chunk in self.chunks.values():
            chunk.dirty = True

    def _invalidate(self) -> None:
        self._chunk_keys = None
        self._labels = None

    # -- reading ------------------------------------------------------------------------
    def _chunk_table(self) -> list[tuple[int, int]]:
        if self._chunk_keys is None:
            self._chunk_keys = list(self.chunks)
            self._chunk_bounds = np.array(
                [self.chunks[k].bounds for k in self._chunk_keys], dtype=float
            ).reshape(-1, 4)
            self._chunk_counts = np.array([len(self.chunks[k].ids) for k in self._chunk_keys])
        return self._chunk_keys

    def _hits(self, bounds: Bounds) -> NDArray[np.bool_]:
        b = self._chunk_bounds
        hit = (b[:, 0] <= bounds[2]) & (b[:, 2] >= bounds[0])
        hit &= (b[:, 1] <= bounds[3]) & (b[:, 3] >= bounds[1])
        return hit

    def chunks_in(self, bounds: Bounds) -> Iterator[Chunk]:
        """Chunks whose envelope meets ``bounds`` (vectorised test over all chunks)."""
        keys = self._chunk_table()
        return (self.chunks[keys[i]] for i in np.flatnonzero(self._hits(bounds)))

    def estimate(self, bounds: Bounds) -> tuple[float, int]:
        """About how many features lie in ``bounds`` (chunk counts times area overlap), and
        how many the chunks meeting ``bounds`` hold in all."""
        self._chunk_table()
        b = self._chunk_bounds
        hit = self._hits(bounds)
        if not hit.any():
            return 0.0, 0
        b = b[hit]
        w = np.clip(np.minimum(b[:, 2], bounds[2]) - np.maximum(b[:, 0], bounds[0]), 0, None)
        h = np.clip(np.minimum(b[:, 3], bounds[3]) - np.maximum(b[:, 1], bounds[1]), 0, None)
        area = np.maximum((b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]), 1e-9)
        share = np.where(area > 1e-9, np.clip(w * h / area, 0, 1), 1.0)
        counts = self._chunk_counts[hit]
        return float((counts * share).sum()), int(counts.sum())

    def chunk_bounds_changed(self) -> None:
        """Call after chunks were rebuilt (their bounds may have shrunk)."""
        self._chunk_keys = None

    def point_symbol_radius(self) -> float:
        """Half the largest point symbol of the layer (pixels), for picking."""
        codes = {f.code for f in self.features.values()}
        return max((style_of(c).size for c in codes), default=0.0) / 2

    def envelope(self) -> Bounds | None:
        """The envelope of every feature, or ``None`` if the layer is empty."""
        if not self.chunks:
            return None
        return envelope_of(np.array([c.bounds for c in self.chunks.values()]))

    def labels(self) -> LabelCandidates:
        """Label anchors of every feature with a label (cached until the layer changes)."""
        if self._labels is None:
            items = [(i, f) for i, f in self.features.items() if f.label]
            _find_anchors([f for _, f in items if f.anchor is None])
            self._labels = LabelCandidates(
                np.fromiter((i for i, _ in items), np.int64, len(items)),
                np.array([f.anchor for _, f in items], dtype=float).reshape(-1, 2),
                [f.label for _, f in items],
                np.fromiter((f.size for _, f in items), float, len(items)),
            )
        return self._labels

    def _index_source(self) -> tuple[NDArray[np.int64], NDArray[np.object_], NDArray[np.int64]]:
        ids = np.fromiter(self.features, np.int64, len(self.features))
        geoms = np.empty(len(ids), object)
        geoms[:] = [f.geometry for f in self.features.values()]
        codes = np.fromiter((f.code for f in self.features.values()), np.int64, len(ids))
        return ids, geoms, codes


def _find_anchors(features: list[Feature]) -> None:
    """Give ``features`` their label anchors (a point on each), in one vectorised call."""
    if not features:
        return
    geometries = np.empty(len(features), object)
    geometries[:] = [f.geometry for f in features]
    points = shapely.get_coordinates(shapely.point_on_surface(geometries)).tolist()
    for feature, (x, y) in zip(features, points, strict=True):
        feature.anchor = (x, y)


def envelope_of(bounds: NDArray[np.float64]) -> Bounds:
    """The envelope of rows of (x0, y0, x1, y1) bounds."""
    return (
        float(bounds[:, 0].min()),
        float(bounds[:, 1].min()),
        float(bounds[:, 2].max()),
        float(bounds[:, 3].max()),
    )


def grid_for(bounds: Bounds | None, count: int) -> Grid:
    """A grid over ``bounds`` giving about :data:`FEATURES_PER_CHUNK` features a chunk."""
    if bounds is None:
        return Grid(0.0, 0.0, 2000.0)
    cells = min(MAX_GRID_CELLS, max(1, round(math.sqrt(count / FEATURES_PER_CHUNK))))
    side = max(bounds[2] - bounds[0], bounds[3] - bounds[1])
    return Grid(bounds[0], bounds[1], max(side / cells * 1.0001, 50.0))


def expand(bounds: Bounds, margin: float) -> Bounds:
    """``bounds`` grown by ``margin`` on every side."""
    return (bounds[0] - margin, bounds[1] - margin, bounds[2] + margin, bounds[3] + margin)


def finite(bounds: Bounds) -> bool:
    """Whether every number of ``bounds`` is finite."""
    return all(math.isfinite(v) for v in bounds)
