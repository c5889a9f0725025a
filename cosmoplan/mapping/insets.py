"""Inset maps: where pads crowd on a map, a small framed map at a larger scale shows them apart
(plain geometry, no drawing).

Pads are crowded where their symbols touch on the page (they would be drawn on a plate). Each
crowd takes in the pads near it (symbols closer than :data:`REACH_PT`), and its inset shows their
box with a margin. Insets whose areas overlap are merged; the largest crowds get an inset first.
"""

from __future__ import annotations

from dataclasses import dataclass

from cosmoplan.domain import Kind, Ref
from cosmoplan.mapping.labels import PLATE_GAP
from cosmoplan.mapping.placement import clusters, overlaps, plates
from cosmoplan.mapping.scene import Extent, Scene
from cosmoplan.mapping.viewport import Viewport

#: Pads whose symbols are closer than this on the page (points) join a crowd near them.
REACH_PT = 14.0
#: Around the crowd's pads (points on the map page), and the least side of an inset (metres).
MARGIN_PT = 3.0
MIN_SIDE_M = 2500.0
#: The most insets a map gets.
MOST = 4


@dataclass(frozen=True, slots=True)
class Inset:
    """A crowd of pads and the model extent its inset shows (before fitting to a frame)."""

    pads: tuple[Ref, ...]
    extent: Extent


def find_insets(scene: Scene, viewport: Viewport, most: int = MOST) -> list[Inset]:
    """The insets the map of ``scene`` in ``viewport`` needs, north to south then west to
    east: one per crowd of touching pad symbols (with the pads near it), at most ``most``."""
    pads = [
        f
        for _, f in scene.features()
        if f.ref.kind is Kind.PAD and f.geometry is not None and f.geometry.geom_type == "Point"
    ]
    if len(pads) < 2:
        return []
    points = [viewport.to_page(f.geometry.x, f.geometry.y) for f in pads]  # type: ignore[union-attr]
    radius = max(f.style.size / 2 + f.style.stroke_width / 2 for f in pads)
    touching = {i for group in plates(points, radius, PLATE_GAP) if len(group) > 1 for i in group}
    groups = [g for g in clusters(points, radius + REACH_PT / 2) if touching.intersection(g)]
    boxes = [_extent(points, g, viewport) for g in groups]
    groups, boxes = _merged(groups, boxes)
    chosen = sorted(range(len(groups)), key=lambda i: -len(groups[i]))[:most]
    chosen.sort(key=lambda i: (-boxes[i][3], boxes[i][0]))
    return [Inset(tuple(pads[j].ref for j in groups[i]), boxes[i]) for i in chosen]


def _extent(points: list[tuple[float, float]], group: list[int], viewport: Viewport) -> Extent:
    """The model box of ``group``'s pads with a margin, at least :data:`MIN_SIDE_M` a side."""
    xs = [points[i][0] for i in group]
    ys = [points[i][1] for i in group]
    x0, y0 = viewport.to_model(min(xs) - MARGIN_PT, min(ys) - MARGIN_PT)
    x1, y1 = viewport.to_model(max(xs) + MARGIN_PT, max(ys) + MARGIN_PT)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = max(x1 - x0, MIN_SIDE_M) / 2, max(y1 - y0, MIN_SIDE_M) / 2
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def _merged(groups: list[list[int]], boxes: list[Extent]) -> tuple[list[list[int]], list[Extent]]:
    """Groups whose boxes overlap joined (their boxes too), until none overlap."""
    while True:
        pair = next(
            ((i, j) for i in range(len(boxes)) for j in range(i) if overlaps(boxes[i], boxes[j])),
            None,
        )
        if pair is None:
            return groups, boxes
        i, j = pair
        a, b = boxes[i], boxes[j]
        joined = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
        groups = [g for k, g in enumerate(groups) if k not in pair] + [groups[i] + groups[j]]
        boxes = [x for k, x in enumerate(boxes) if k not in pair] + [joined]
