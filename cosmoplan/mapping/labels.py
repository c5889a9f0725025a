"""Label placement with decluttering, at the output scale: pure geometry, no drawing.

Labels are placed greedily in priority order (pads, then complexes, zones, facilities; within a
priority the heavier first). A label tries a few positions around its anchor and is dropped when
every position overlaps a label already placed, a more important point symbol or the frame edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Kind
from cosmoplan.mapping.fonts import text_width
from cosmoplan.mapping.scene import Scene, SceneFeature
from cosmoplan.mapping.viewport import Box, Viewport

Measure = Callable[[str, float, bool], float]

#: Font size (points) and boldness of labels by kind.
LABEL_FONTS: dict[Kind, tuple[float, bool]] = {
    Kind.PAD: (8.0, True),
    Kind.COMPLEX: (7.5, False),
    Kind.ZONE: (7.5, False),
    Kind.FACILITY: (6.5, False),
}
PAD_X = 1.5  # horizontal padding inside a label box
GAP = 1.5  # between a point symbol and its label
LINE_HEIGHT = 1.25  # box height in font sizes
BASELINE = 0.3  # baseline above the box bottom, in font sizes
AREA_OVERHANG = 1.3  # an area label may be this many times wider than the area
MIN_AREA_PT = 4.0  # areas smaller than this on the page are not labelled
#: Positions around a point, in cartographic order of preference (dx, dy signs).
_AROUND = ((1, 0), (1, 1), (1, -1), (-1, 0), (0, 1), (0, -1), (-1, 1), (-1, -1))


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label that made it onto the map: text, baseline origin, font and its box (page units)."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    color: str
    box: Box


@dataclass(frozen=True, slots=True)
class _Request:
    feature: SceneFeature
    candidates: tuple[Box, ...]
    size: float
    bold: bool


def place_labels(
    scene: Scene, viewport: Viewport, measure: Measure = text_width
) -> list[PlacedLabel]:
    """The labels of ``scene`` that fit in ``viewport`` without overlapping, best first."""
    requests = sorted(
        _requests(scene, viewport, measure),
        key=lambda r: (r.feature.label_priority, -r.feature.label_weight, r.feature.label or ""),
    )
    boxes = [box for r in requests for box in r.candidates]
    if not boxes:
        return []
    tree = STRtree(shapely.box(*np.asarray(boxes).T))
    placed = np.zeros(len(boxes), dtype=bool)
    symbols, symbol_priority = _symbols(scene, viewport)
    symbol_tree = STRtree(shapely.box(*np.asarray(symbols).T)) if symbols else None
    starts = np.cumsum([0] + [len(r.candidates) for r in requests])
    result = []
    for request, start in zip(requests, starts, strict=False):
        for offset, box in enumerate(request.candidates):
            if _fits(box, viewport.frame) and not _blocked(
                box, request, tree, placed, symbol_tree, symbol_priority
            ):
                placed[start + offset] = True
                result.append(_placed(request, box))
                break
    return result


def _blocked(
    box: Box,
    request: _Request,
    tree: STRtree,
    placed: np.ndarray,
    symbol_tree: STRtree | None,
    symbol_priority: np.ndarray,
) -> bool:
    shape = shapely.box(*box)
    if placed[tree.query(shape, predicate="intersects")].any():
        return True
    if symbol_tree is None:
        return False
    hits = symbol_tree.query(shape, predicate="intersects")
    return bool((symbol_priority[hits] <= request.feature.label_priority).any())


def _placed(request: _Request, box: Box) -> PlacedLabel:
    return PlacedLabel(
        text=request.feature.label or "",
        x=box[0] + PAD_X,
        y=box[1] + BASELINE * request.size,
        size=request.size,
        bold=request.bold,
        color=request.feature.style.label_color,
        box=box,
    )


def _requests(scene: Scene, viewport: Viewport, measure: Measure) -> Iterator[_Request]:
    for layer, feature in scene.features():
        if feature.label is None or feature.label_at is None:
            continue
        if viewport.scale < layer.min_label_scale:
            continue
        size, bold = LABEL_FONTS.get(feature.ref.kind, (7.0, False))
        width = measure(feature.label, size, bold) + 2 * PAD_X
        height = size * LINE_HEIGHT
        candidates = _candidates(feature, viewport, width, height)
        if candidates:
            yield _Request(feature, candidates, size, bold)


def _candidates(
    feature: SceneFeature, viewport: Viewport, width: float, height: float
) -> tuple[Box, ...]:
    assert feature.label_at is not None
    u, v = viewport.to_page(*feature.label_at)
    centred = _centred_at((u, v), width, height)
    geometry = feature.geometry
    if geometry is None:  # a label-only complex, at the middle of its pads
        return (centred, *_around((u - 3, v - 3, u + 3, v + 3), width, height))
    if geometry.geom_type == "Point":
        r = feature.style.size / 2
        return tuple(_around((u - r, v - r, u + r, v + r), width, height))
    if geometry.geom_type in ("LineString", "MultiLineString"):
        return (centred,) if geometry.length * viewport.scale >= width * 1.5 else ()
    min_x, min_y, max_x, max_y = geometry.bounds
    (x0, y0), (x1, y1) = viewport.to_page(min_x, min_y), viewport.to_page(max_x, max_y)
    if feature.ref.kind is Kind.COMPLEX:  # inside if it fits, else beside the footprint
        fits = x1 - x0 >= width and y1 - y0 >= height
        return ((centred,) if fits else ()) + tuple(_around((x0, y0, x1, y1), width, height))
    if x1 - x0 < width / AREA_OVERHANG or y1 - y0 < height:
        small = x1 - x0 >= MIN_AREA_PT or y1 - y0 >= MIN_AREA_PT
        return tuple(_around((x0, y0, x1, y1), width, height)) if small else ()
    if x1 - x0 < 3 * width and y1 - y0 < 6 * height:
        return (centred,)
    shown = shapely.clip_by_rect(geometry, *viewport.visible)  # large areas: label what is seen
    if shown.is_empty:
        return ()
    anchor = shown.point_on_surface()
    inside = (viewport.to_page(*p) for p in ((anchor.x, anchor.y), *_inside(shown)))
    return (centred, *(_centred_at(p, width, height) for p in inside))


def _inside(geometry: BaseGeometry) -> Iterator[tuple[float, float]]:
    """Points well inside a large area, on a 3 x 3 grid over its bounds (more places to try)."""
    min_x, min_y, max_x, max_y = geometry.bounds
    step_x, step_y = (max_x - min_x) / 3, (max_y - min_y) / 3
    for row in (1, 0, 2):
        for col in (1, 0, 2):
            cell = shapely.box(
                min_x + col * step_x,
                min_y + row * step_y,
                min_x + (col + 1) * step_x,
                min_y + (row + 1) * step_y,
            )
            piece = shapely.intersection(geometry, cell)
            if not piece.is_empty and piece.area > 0.25 * cell.area:
                point = piece.point_on_surface()
                yield (point.x, point.y)


def _centred_at(page: tuple[float, float], width: float, height: float) -> Box:
    u, v = page
    return (u - width / 2, v - height / 2, u + width / 2, v + height / 2)


def _around(box: Box, width: float, height: float) -> Iterator[Box]:
    """Label boxes just outside ``box`` (a symbol or a small area), in order of preference."""
    x0, y0, x1, y1 = box
    cu, cv = (x0 + x1) / 2, (y0 + y1) / 2
    for dx, dy in _AROUND:
        left = x1 + GAP if dx > 0 else x0 - GAP - width if dx < 0 else cu - width / 2
        bottom = y1 + GAP if dy > 0 else y0 - GAP - height if dy < 0 else cv - height / 2
        yield (left, bottom, left + width, bottom + height)


def _symbols(scene: Scene, viewport: Viewport) -> tuple[list[Box], np.ndarray]:
    """Page boxes of point symbols (labels keep off more important ones) and their priority."""
    boxes, priorities = [], []
    for _, feature in scene.features():
        geometry = feature.geometry
        if geometry is None or geometry.geom_type != "Point":
            continue
        u, v = viewport.to_page(geometry.x, geometry.y)
        r = feature.style.size / 2 + feature.style.stroke_width / 2
        boxes.append((u - r, v - r, u + r, v + r))
        priorities.append(feature.label_priority)
    return boxes, np.asarray(priorities, dtype=int)


def _fits(box: Box, frame: Box) -> bool:
    return box[0] >= frame[0] and box[1] >= frame[1] and box[2] <= frame[2] and box[3] <= frame[3]
