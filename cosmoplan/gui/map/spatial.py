"""Spatial look-ups for the map: a per-layer STRtree kept up to date cheaply, picking and
snapping (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry.base import BaseGeometry

Ids = NDArray[np.int64]
Geoms = NDArray[np.object_]
Codes = NDArray[np.int64]
Source = Callable[[], tuple[Ids, Geoms, Codes]]


class SpatialIndex:
    """An STRtree over one layer's geometries, by feature id, with an integer code per
    feature (the map keeps its style code there).

    Built lazily from ``source`` on the first query. Edits are kept aside as overrides
    (checked linearly) so that one edit does not rebuild 100,000 entries; past
    :attr:`REBUILD_AFTER` overrides the tree is dropped and rebuilt on the next query.
    """

    REBUILD_AFTER = 256

    def __init__(self, source: Source) -> None:
        self._source = source
        self._tree: shapely.STRtree | None = None
        self._ids: Ids = np.empty(0, np.int64)
        self._geoms: Geoms = np.empty(0, object)
        self._codes: Codes = np.empty(0, np.int64)
        self._overrides: dict[int, tuple[BaseGeometry, int] | None] = {}
        self.builds = 0

    def reset(self) -> None:
        """Forget everything; the next query rebuilds from the source."""
        self._tree = None
        self._overrides.clear()

    def update(self, feature_id: int, geometry: BaseGeometry | None, code: int = 0) -> None:
        """Record that a feature was added or changed (``geometry``) or removed (``None``)."""
        if self._tree is None:
            return
        self._overrides[feature_id] = None if geometry is None else (geometry, code)
        if len(self._overrides) > self.REBUILD_AFTER:
            self.reset()

    def query(self, bounds: tuple[float, float, float, float]) -> tuple[Ids, Geoms, Codes]:
        """Ids, geometries and codes of the features whose envelope meets the box
        ``(x0, y0, x1, y1)``."""
        if self._tree is None:
            self._ids, self._geoms, self._codes = self._source()
            self._tree = shapely.STRtree(self._geoms)
            self._overrides.clear()
            self.builds += 1
        box = shapely.box(*bounds)
        hits = self._tree.query(box)
        ids, geoms, codes = self._ids[hits], self._geoms[hits], self._codes[hits]
        if not self._overrides:
            return ids, geoms, codes
        keep = ~np.isin(ids, np.fromiter(self._overrides, np.int64, len(self._overrides)))
        extra = [(i, v) for i, v in self._overrides.items() if v is not None]
        extra_ids = np.fromiter((i for i, _ in extra), np.int64, len(extra))
        extra_geoms = np.empty(len(extra), object)
        extra_geoms[:] = [v[0] for _, v in extra]
        extra_codes = np.fromiter((v[1] for _, v in extra), np.int64, len(extra))
        meets = (
            shapely.intersects(shapely.envelope(extra_geoms), box)
            if len(extra)
            else np.zeros(0, bool)
        )
        return (
            np.concatenate([ids[keep], extra_ids[meets]]),
            np.concatenate([geoms[keep], extra_geoms[meets]]),
            np.concatenate([codes[keep], extra_codes[meets]]),
        )


def around(x: float, y: float, radius: float) -> tuple[float, float, float, float]:
    """The square box of half-side ``radius`` around a point."""
    return (x - radius, y - radius, x + radius, y + radius)


def nearest(
    ids: Ids, geoms: Geoms, x: float, y: float, tolerance: float
) -> tuple[int, float] | None:
    """The id of the geometry nearest to (x, y) within ``tolerance`` (inside a polygon = 0)."""
    if len(ids) == 0:
        return None
    distances = shapely.distance(geoms, shapely.Point(x, y))
    best = int(np.argmin(distances))
    if distances[best] > tolerance:
        return None
    return int(ids[best]), float(distances[best])


@dataclass(frozen=True, slots=True)
class Snap:
    """Where the cursor snapped: onto a vertex or onto an edge of another feature."""

    x: float
    y: float
    kind: Literal["vertex", "edge"]


def snap(geoms: Geoms, x: float, y: float, tolerance: float) -> Snap | None:
    """Snap (x, y) to the nearest vertex within ``tolerance``, else to the nearest edge."""
    if len(geoms) == 0:
        return None
    coords = shapely.get_coordinates(geoms)
    if len(coords):
        d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
        best = int(np.argmin(d))
        if d[best] <= tolerance:
            return Snap(float(coords[best, 0]), float(coords[best, 1]), "vertex")
    edges = _edges(geoms)
    if len(edges) == 0:
        return None
    point = shapely.Point(x, y)
    distances = shapely.distance(edges, point)
    best = int(np.argmin(distances))
    if distances[best] > tolerance:
        return None
    line = edges[best]
    on_edge = line.interpolate(line.project(point))
    return Snap(float(on_edge.x), float(on_edge.y), "edge")


def _edges(geoms: Geoms) -> Geoms:
    """The linear parts of geometries: polygon boundaries and lines (points have none)."""
    types = shapely.get_type_id(geoms)
    polygonal = np.isin(types, (3, 6))
    linear = np.isin(types, (1, 2, 5))
    return np.concatenate([shapely.boundary(geoms[polygonal]), geoms[linear]])
