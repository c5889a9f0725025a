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
    consecutive geometries is a slice (no shapely work when the level of detail changes)."""

    def __init__(self, geoms: Geoms, polygons: bool) -> None:
        if polygons:
            geoms = shapely.orient_polygons(geoms)
            rings_per_geom = shapely.get_num_interior_rings(geoms) + 1
            parts = shapely.get_rings(geoms)
        else:
            rings_per_geom = np.ones(len(geoms), np.int64)
            parts = geoms
        coords, ring = shapely.get_coordinates(parts, return_index=True)
        geom_of_ring = np.repeat(np.arange(len(geoms)), rings_per_geom)
        counts = (
            np.bincount(geom_of_ring[ring], minlength=len(geoms))
            if len(ring)
            else np.zeros(len(geoms), np.int64)
        )
        self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.x = np.ascontiguousarray(coords[:, 0])
        self.y = np.ascontiguousarray(coords[:, 1])
        self.connect = np.ones(len(coords), np.int32)
        if len(ring):
            self.connect[np.r_[np.flatnonzero(np.diff(ring)), len(ring) - 1]] = 0
        self.fill_rule = Qt.FillRule.WindingFill if polygons else Qt.FillRule.OddEvenFill

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


def _path(coords: NDArray[np.float64], ring_index: NDArray[np.int64]) -> QPainterPath:
    if len(coords) == 0:
        return QPainterPath()
    connect = np.ones(len(coords), dtype=np.int32)
    last = np.r_[np.flatnonzero(np.diff(ring_index)), len(ring_index) - 1]
    connect[last] = 0  # the last vertex of a ring does not connect to the next one
    return fn.arrayToQPath(
        np.ascontiguousarray(coords[:, 0]),
        np.ascontiguousarray(coords[:, 1]),
        connect=connect,
        finiteCheck=False,
    )


def polygon_path(polygons: Geoms) -> QPainterPath:
    """One path holding every ring; exteriors and holes wind oppositely (winding fill), so
    holes stay empty while overlapping polygons stay filled."""
    if len(polygons) == 0:
        return QPainterPath()
    rings = shapely.get_rings(shapely.orient_polygons(polygons))
    coords, index = shapely.get_coordinates(rings, return_index=True)
    path = _path(coords, index)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def line_path(lines: Geoms) -> QPainterPath:
    """One path holding every line (multi-lines exploded)."""
    if len(lines) == 0:
        return QPainterPath()
    parts = shapely.get_parts(lines)
    coords, index = shapely.get_coordinates(parts, return_index=True)
    return _path(coords, index)


def point_coords(points: Geoms) -> NDArray[np.float64]:
    """Coordinates of points and multi-points as an (n, 2) array."""
    if len(points) == 0:
        return np.empty((0, 2))
    return shapely.get_coordinates(points)
