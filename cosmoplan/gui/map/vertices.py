"""Vertex editing of shapely geometries: list, move, insert and remove vertices, and check a
drawn or edited geometry before it goes to a command (no Qt).

A geometry is seen as parts (polygons, lines or points of a multi-geometry), each made of
rings (a polygon's exterior and holes; a line's single coordinate list), kept unclosed here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry import (
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

Coords = NDArray[np.float64]
Parts = list[list[Coords]]


@dataclass(frozen=True, slots=True)
class VertexRef:
    """One vertex: its part, its ring within the part, and its index in the (unclosed) ring."""

    part: int
    ring: int
    index: int


def _rings_of_polygon(polygon: Polygon) -> list[Coords]:
    rings = [polygon.exterior, *polygon.interiors]
    return [np.asarray(r.coords)[:-1, :2].copy() for r in rings]


def decompose(geometry: BaseGeometry) -> Parts:
    """The parts and rings of a geometry (rings unclosed, 2-D)."""
    if isinstance(geometry, Polygon):
        return [_rings_of_polygon(geometry)]
    if isinstance(geometry, MultiPolygon):
        return [_rings_of_polygon(p) for p in geometry.geoms]
    if isinstance(geometry, LineString | Point):
        return [[np.asarray(geometry.coords)[:, :2].copy()]]
    if isinstance(geometry, MultiLineString | MultiPoint):
        return [[np.asarray(g.coords)[:, :2].copy()] for g in geometry.geoms]
    raise TypeError(f"cannot edit the vertices of a {geometry.geom_type}")


def compose(template: BaseGeometry, parts: Parts) -> BaseGeometry:
    """Rebuild a geometry of the same type as ``template`` from edited parts."""
    if isinstance(template, Polygon):
        return _polygon(parts[0])
    if isinstance(template, MultiPolygon):
        return MultiPolygon([_polygon(rings) for rings in parts])
    if isinstance(template, LineString):
        return LineString(parts[0][0]) if len(parts[0][0]) >= 2 else LineString()
    if isinstance(template, MultiLineString):
        return MultiLineString([rings[0] for rings in parts])
    if isinstance(template, Point):
        return Point(parts[0][0][0])
    if isinstance(template, MultiPoint):
        return MultiPoint([rings[0][0] for rings in parts])
    raise TypeError(f"cannot edit the vertices of a {template.geom_type}")


def _polygon(rings: list[Coords]) -> Polygon:
    if len(rings[0]) < 3:
        return Polygon()
    return Polygon(rings[0], [r for r in rings[1:] if len(r) >= 3])


def vertex_array(geometry: BaseGeometry) -> tuple[Coords, list[VertexRef]]:
    """All editable vertices as an (n, 2) array and their refs."""
    coords: list[Coords] = []
    refs: list[VertexRef] = []
    for p, rings in enumerate(decompose(geometry)):
        for r, ring in enumerate(rings):
            coords.append(ring)
            refs += [VertexRef(p, r, i) for i in range(len(ring))]
    return (np.concatenate(coords) if coords else np.empty((0, 2))), refs


def nearest_vertex(
    geometry: BaseGeometry, x: float, y: float, tolerance: float
) -> VertexRef | None:
    """The vertex nearest to (x, y) within ``tolerance``."""
    coords, refs = vertex_array(geometry)
    if not refs:
        return None
    d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
    best = int(np.argmin(d))
    return refs[best] if d[best] <= tolerance else None


def move_vertex(geometry: BaseGeometry, ref: VertexRef, x: float, y: float) -> BaseGeometry:
    """A copy of ``geometry`` with one vertex moved."""
    parts = decompose(geometry)
    parts[ref.part][ref.ring][ref.index] = (x, y)
    return compose(geometry, parts)


def remove_vertex(geometry: BaseGeometry, ref: VertexRef) -> BaseGeometry:
    """A copy with one vertex removed (may come out empty or invalid: check it)."""
    parts = decompose(geometry)
    ring = parts[ref.part][ref.ring]
    parts[ref.part][ref.ring] = np.delete(ring, ref.index, axis=0)
    return compose(geometry, parts)


def nearest_edge(
    geometry: BaseGeometry, x: float, y: float, tolerance: float
) -> tuple[VertexRef, float, float] | None:
    """The edge nearest to (x, y) within ``tolerance``: the vertex it starts from and the
    foot of the perpendicular (where a new vertex would go)."""
    best: tuple[float, VertexRef, float, float] | None = None
    closed = isinstance(geometry, Polygon | MultiPolygon)
    for p, rings in enumerate(decompose(geometry)):
        for r, ring in enumerate(rings):
            if len(ring) < 2:
                continue
            a = ring
            b = np.roll(ring, -1, axis=0) if closed else ring[1:]
            a = a if closed else ring[:-1]
            ab = b - a
            length2 = np.maximum((ab**2).sum(axis=1), 1e-18)
            t = np.clip(((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1]) / length2, 0, 1)
            foot = a + ab * t[:, None]
            d = np.hypot(foot[:, 0] - x, foot[:, 1] - y)
            i = int(np.argmin(d))
            if d[i] <= tolerance and (best is None or d[i] < best[0]):
                best = (float(d[i]), VertexRef(p, r, i), float(foot[i, 0]), float(foot[i, 1]))
    return None if best is None else best[1:]


def insert_vertex(geometry: BaseGeometry, after: VertexRef, x: float, y: float) -> BaseGeometry:
    """A copy with a new vertex inserted after ``after`` (on the edge that starts there)."""
    parts = decompose(geometry)
    ring = parts[after.part][after.ring]
    parts[after.part][after.ring] = np.insert(ring, after.index + 1, (x, y), axis=0)
    return compose(geometry, parts)


def translated(geometry: BaseGeometry, dx: float, dy: float) -> BaseGeometry:
    """A copy of ``geometry`` moved by (dx, dy)."""
    offset = np.array([dx, dy])
    return shapely.transform(geometry, lambda c: c + offset)


def problem(geometry: BaseGeometry) -> str | None:
    """Why ``geometry`` cannot be stored (``"too-few-points"``, ``"empty"`` or shapely's
    reason such as ``"Self-intersection[x y]"``), or ``None`` if it is fine."""
    if isinstance(geometry, Polygon | MultiPolygon):
        polygons = [geometry] if isinstance(geometry, Polygon) else list(geometry.geoms)
        if not polygons or any(len(_distinct(p.exterior.coords)) < 3 for p in polygons):
            return "too-few-points"
    if isinstance(geometry, LineString) and len(_distinct(geometry.coords)) < 2:
        return "too-few-points"
    if geometry.is_empty:
        return "empty"
    if not geometry.is_valid:
        return shapely.is_valid_reason(geometry)
    return None


def _distinct(coords: object) -> set[tuple[float, float]]:
    return {(float(c[0]), float(c[1])) for c in coords}  # type: ignore[attr-defined]
