"""Vectorised random geometry for synthetic plans: building outlines, polylines, points.

Every generator takes a numpy ``Generator`` and arrays of centres, and returns a numpy array of
shapely geometries built in one call per shape family (no Python loop per geometry).
"""

from __future__ import annotations

import numpy as np
import shapely
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
GeometryArray = NDArray[np.object_]

#: How often each vertex count occurs among synthetic buildings (rectangles are the commonest).
VERTEX_WEIGHTS: dict[int, float] = {
    4: 0.25,
    5: 0.05,
    6: 0.10,
    7: 0.05,
    8: 0.15,
    9: 0.05,
    10: 0.10,
    11: 0.05,
    12: 0.20,
}


def _rotate(local: FloatArray, angle: FloatArray, centre: FloatArray) -> FloatArray:
    """Rotate ``(m, k, 2)`` local coordinates by ``angle`` (m,) and move them to ``centre``."""
    cos, sin = np.cos(angle)[:, None], np.sin(angle)[:, None]
    x, y = local[..., 0], local[..., 1]
    out = np.empty_like(local)
    out[..., 0] = x * cos - y * sin + centre[:, 0:1]
    out[..., 1] = x * sin + y * cos + centre[:, 1:2]
    return out


def _rectangles(width: FloatArray, height: FloatArray) -> FloatArray:
    w, h = width / 2, height / 2
    return np.stack(
        [
            np.stack([-w, -h], -1),
            np.stack([w, -h], -1),
            np.stack([w, h], -1),
            np.stack([-w, h], -1),
        ],
        axis=1,
    )


def _l_shapes(rng: np.random.Generator, width: FloatArray, height: FloatArray) -> FloatArray:
    """Rectangles with one corner notched out (6 vertices)."""
    a = width * rng.uniform(0.25, 0.6, width.shape)
    b = height * rng.uniform(0.25, 0.6, width.shape)
    w, h = width, height
    zero = np.zeros_like(w)
    corners = [(zero, zero), (w, zero), (w, h - b), (w - a, h - b), (w - a, h), (zero, h)]
    local = np.stack([np.stack(c, -1) for c in corners], axis=1)
    return local - np.stack([w / 2, h / 2], -1)[:, None, :]


def _u_shapes(rng: np.random.Generator, width: FloatArray, height: FloatArray) -> FloatArray:
    """Rectangles with both top corners notched out, a T seen upside down (8 vertices)."""
    a1 = width * rng.uniform(0.15, 0.35, width.shape)
    a2 = width * rng.uniform(0.15, 0.35, width.shape)
    b1 = height * rng.uniform(0.2, 0.5, width.shape)
    b2 = height * rng.uniform(0.2, 0.5, width.shape)
    w, h = width, height
    zero = np.zeros_like(w)
    corners = [
        (zero, zero),
        (w, zero),
        (w, h - b1),
        (w - a1, h - b1),
        (w - a1, h),
        (a2, h),
        (a2, h - b2),
        (zero, h - b2),
    ]
    local = np.stack([np.stack(c, -1) for c in corners], axis=1)
    return local - np.stack([w / 2, h / 2], -1)[:, None, :]


def _star_shapes(
    rng: np.random.Generator, vertices: int, width: FloatArray, height: FloatArray
) -> FloatArray:
    """Star-shaped outlines: strictly increasing angles and positive radii, hence simple."""
    m = width.shape[0]
    step = 2 * np.pi / vertices
    angles = np.arange(vertices) * step + rng.uniform(-0.3, 0.3, (m, vertices)) * step
    scale = rng.uniform(0.75, 1.0, (m, vertices))
    x = np.cos(angles) * scale * (width / 2)[:, None]
    y = np.sin(angles) * scale * (height / 2)[:, None]
    return np.stack([x, y], axis=-1)


def buildings(
    rng: np.random.Generator,
    centres: FloatArray,
    min_size_m: float = 10.0,
    max_size_m: float = 80.0,
) -> GeometryArray:
    """Building-sized polygons (4 to 12 vertices, 10 to 80 m) around ``centres`` (n, 2).

    About half the rectangles are axis-aligned; every other outline is rotated at random.
    """
    n = int(centres.shape[0])
    counts = np.array(list(VERTEX_WEIGHTS))
    weights = np.array(list(VERTEX_WEIGHTS.values()))
    vertex_count = rng.choice(counts, size=n, p=weights / weights.sum())
    width = rng.uniform(min_size_m, max_size_m, n)
    height = np.clip(width * rng.uniform(0.3, 1.5, n), min_size_m, max_size_m)
    angle = rng.uniform(0, np.pi, n)
    angle[(vertex_count == 4) & (rng.random(n) < 0.5)] = 0.0
    out = np.empty(n, dtype=object)
    for k in counts:
        index = np.flatnonzero(vertex_count == k)
        if index.size == 0:
            continue
        w, h = width[index], height[index]
        if k == 4:
            local = _rectangles(w, h)
        elif k == 6:
            local = _l_shapes(rng, w, h)
        elif k == 8:
            local = _u_shapes(rng, w, h)
        else:
            local = _star_shapes(rng, int(k), w, h)
        out[index] = shapely.polygons(_rotate(local, angle[index], centres[index]))
    return out


def polylines(
    rng: np.random.Generator,
    starts: FloatArray,
    bounds: tuple[float, float, float, float],
    min_vertices: int = 2,
    max_vertices: int = 10,
    min_step_m: float = 50.0,
    max_step_m: float = 500.0,
) -> GeometryArray:
    """Road- or rail-like LineStrings: random walks with a slowly turning heading.

    Vertices are clamped to ``bounds``; starts must lie strictly inside them.
    """
    n = int(starts.shape[0])
    if n == 0:
        return np.empty(0, dtype=object)
    vertices = rng.integers(min_vertices, max_vertices + 1, n)
    total = int(vertices.sum())
    owner = np.repeat(np.arange(n), vertices)
    first = np.zeros(total, dtype=bool)
    first[np.cumsum(vertices) - vertices] = True
    heading0 = rng.uniform(0, 2 * np.pi, n)
    turn = np.where(first, 0.0, rng.normal(0.0, 0.35, total))
    heading = heading0[owner] + _segmented_cumsum(turn, first)
    step = np.where(first, 0.0, rng.uniform(min_step_m, max_step_m, total))
    dx = _segmented_cumsum(step * np.cos(heading), first)
    dy = _segmented_cumsum(step * np.sin(heading), first)
    coords = np.column_stack([starts[owner, 0] + dx, starts[owner, 1] + dy])
    coords = np.clip(coords, bounds[:2], bounds[2:])
    return shapely.linestrings(coords, indices=owner)


def _segmented_cumsum(values: FloatArray, first: NDArray[np.bool_]) -> FloatArray:
    """Cumulative sum restarting at each ``first`` position."""
    total = np.cumsum(values)
    starts = np.flatnonzero(first)
    offsets = np.repeat(total[starts] - values[starts], np.diff(np.append(starts, len(values))))
    return total - offsets


def points(centres: FloatArray) -> GeometryArray:
    """Points at ``centres`` (n, 2)."""
    return shapely.points(centres)
