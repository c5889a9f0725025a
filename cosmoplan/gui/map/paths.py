"""Shapely geometry arrays to Qt painter paths, built in one vectorised pass per array."""

from __future__ import annotations

import numpy as np
import shapely
from numpy.typing import NDArray
from pyqtgraph import functions as fn
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath

Geoms = NDArray[np.object_]


def split_by_type(geoms: Geoms) -> tuple[Geoms, Geoms, Geoms]:
    """Polygons, lines and points of an array, multi-part geometries exploded into parts."""
    types = shapely.get_type_id(geoms)
    if np.isin(types, (4, 5, 6, 7)).any():
        return split_by_type(shapely.get_parts(geoms))
    return (
        geoms[types == 3],
        geoms[np.isin(types, (1, 2))],
        geoms[types == 0],
    )


class Runs:
    """The vertices of many polygons (or lines) in one array, so that the path of any run of
    consecutive geometries is a slice (no shapely work when the level of detail changes).

    Built from shapely's ragged arrays (no intermediate geometry objects, which matters for
    memory with 100,000 features); polygon exteriors are turned counter-clockwise and holes
    clockwise so that a winding fill keeps holes empty and overlaps filled.
    """

    def __init__(self, geoms: Geoms, polygons: bool) -> None:
        self.fill_rule = Qt.FillRule.WindingFill if polygons else Qt.FillRule.OddEvenFill
        if len(geoms) == 0:
            self._set(np.empty((0, 2)), np.zeros(1, np.int64), np.zeros(1, np.int64))
            return
        _, coords, offsets = shapely.to_ragged_array(geoms, include_z=False)
        ring_starts = np.asarray(offsets[0], np.int64)
        geom_rings = np.asarray(offsets[1], np.int64) if polygons else np.arange(len(geoms) + 1)
        if polygons:
            coords = _oriented(coords, ring_starts, geom_rings)
        self._set(coords, ring_starts, ring_starts[geom_rings])

    @classmethod
    def from_arrays(
        cls,
        coords: NDArray[np.float64],
        ring_starts: NDArray[np.int64],
        geom_starts: NDArray[np.int64],
    ) -> Runs:
        """Runs over ready-made polygon rings (coordinates already oriented)."""
        runs = cls.__new__(cls)
        runs.fill_rule = Qt.FillRule.WindingFill
        runs._set(coords, ring_starts, geom_starts)
        return runs

    def _set(
        self,
        coords: NDArray[np.float64],
        ring_starts: NDArray[np.int64],
        geom_starts: NDArray[np.int64],
    ) -> None:
        self.offsets = geom_starts
        self.ring_starts = ring_starts
        self.x = np.ascontiguousarray(coords[:, 0])
        self.y = np.ascontiguousarray(coords[:, 1])
        self.connect = np.ones(len(coords), np.int32)
        if len(coords):
            self.connect[ring_starts[1:] - 1] = 0  # the last vertex of a ring ends a subpath

    def path(self, first: int, stop: int) -> QPainterPath:
        """The path of geometries ``first`` to ``stop - 1``."""
        a, b = int(self.offsets[first]), int(self.offsets[stop])
        if a >= b:
            return QPainterPath()
        path = fn.arrayToQPath(
            self.x[a:b], self.y[a:b], connect=self.connect[a:b], finiteCheck=False
        )
        path.setFillRule(self.fill_rule)
        return path


def _oriented(
    coords: NDArray[np.float64], ring_starts: NDArray[np.int64], geom_rings: NDArray[np.int64]
) -> NDArray[np.float64]:
    """Coordinates with exteriors counter-clockwise and holes clockwise."""
    x, y = coords[:, 0], coords[:, 1]
    cross = np.zeros(len(coords))
    cross[:-1] = x[:-1] * y[1:] - x[1:] * y[:-1]
    cross[ring_starts[1:] - 1] = 0.0  # no term across two rings
    area = np.add.reduceat(cross, ring_starts[:-1]) if len(coords) else np.empty(0)
    exterior = np.zeros(len(ring_starts) - 1, bool)
    exterior[geom_rings[:-1]] = True
    flip = np.flatnonzero((area < 0) == exterior)  # exterior clockwise, or hole anticlockwise
    if len(flip) == 0:
        return coords
    index = np.arange(len(coords))
    starts, ends = ring_starts[flip], ring_starts[flip + 1]
    lengths = ends - starts
    rows = np.repeat(np.arange(len(flip)), lengths)
    within = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    index[starts[rows] + within] = ends[rows] - 1 - within
    return coords[index]


def polygon_path(polygons: Geoms) -> QPainterPath:
    """One path holding every ring of an array of polygons (winding fill)."""
    return Runs(polygons, polygons=True).path(0, len(polygons))


def line_path(lines: Geoms) -> QPainterPath:
    """One path holding every line of an array of line strings."""
    return Runs(lines, polygons=False).path(0, len(lines))


def point_coords(points: Geoms) -> NDArray[np.float64]:
    """Coordinates of points and multi-points as an (n, 2) array."""
    if len(points) == 0:
        return np.empty((0, 2))
    return shapely.get_coordinates(points)
