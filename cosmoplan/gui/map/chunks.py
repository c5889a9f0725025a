"""Spatial chunks of a layer: the unit the map draws and rebuilds.

A layer's features are grouped into grid cells; a chunk holds one cell's features, grouped
by style, as a few big painter paths (never one item per feature). Paths are built lazily per
level of detail: features smaller than :data:`TINY_PX` pixels are drawn as dots straight into
the frame's pixel buffer, and many-vertex features are simplified to about a pixel.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import shapely
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTransform
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.map.frame import BLOCK_PX, Coords, Frame
from cosmoplan.gui.map.paths import Runs, line_path, point_coords, polygon_path, split_by_type
from cosmoplan.gui.qtstyle import brush, pen, solid_brush, stroke_offsets, symbol_pixmap
from cosmoplan.mapping.style import Style

#: Lines smaller than this many pixels are drawn as dots ...
TINY_PX = 3.0
#: ... and polygons smaller than frame.BLOCK_PX as blocks of their own extent (fills cost
#: per vertex, blocks almost nothing).
#: Polygons smaller than this many pixels (up to twice as many, by the power-of-two steps
#: of the level of detail) are filled without an outline: outlines are costly.
OUTLINE_PX = 16.0
#: Above this scale (pixels per metre) fills are antialiased and strokes get dashes and widths.
DETAIL_SCALE = 0.5
#: Below this scale, layers with many points draw them as dots rather than symbols.
SYMBOL_MIN_SCALE = 0.1
#: Only features with more vertices than this are simplified for display.
SIMPLIFY_MIN_VERTICES = 16
#: Cached levels of detail per style group.
CACHED_LEVELS = 3

_STYLES: list[Style] = []
_CODES: dict[Style, int] = {}
#: Codes by the identity of style objects seen (kept alive in :data:`_SEEN`): style functions
#: hand out the same few objects 100,000 times, and identity is quicker to test than equality.
_BY_ID: dict[int, int] = {}
_SEEN: list[Style] = []


def style_code(style: Style) -> int:
    """A small integer standing for ``style`` (styles are interned: grouping by code is fast)."""
    code = _BY_ID.get(id(style))
    if code is not None:
        return code
    code = _CODES.get(style)
    if code is None:
        code = _CODES[style] = len(_STYLES)
        _STYLES.append(style)
    if len(_SEEN) < 4096:
        _SEEN.append(style)
        _BY_ID[id(style)] = code
    return code


def style_of(code: int) -> Style:
    """The style behind a code from :func:`style_code`."""
    return _STYLES[code]


@dataclass(slots=True)
class Feature:
    """What a layer knows of one feature: where it is drawn, how (a style code), its label."""

    geometry: BaseGeometry
    code: int
    label: str = ""
    cell: tuple[int, int] = (0, 0)
    anchor: tuple[float, float] | None = None  # where the label goes (a point on the feature)
    size: float = 0.0  # the larger side of the envelope (metres)

    @property
    def style(self) -> Style:
        """The feature's style."""
        return _STYLES[self.code]


@dataclass(slots=True)
class _Level:
    outlined: QPainterPath  # polygons large enough for an outline
    filled: QPainterPath  # small polygons: fill only
    lines: QPainterPath
    tiny: Coords  # centres of features drawn as dots or blocks
    tiny_extents: Coords  # and their extents (metres)


def _quantized(pixels: float, scale: float, up: bool = False) -> float:
    """``pixels`` at ``scale`` in metres, rounded to a power of two (stable over a 2x zoom):
    down by default, up if ``up``."""
    exponent = math.log2(pixels / scale)
    return 2.0 ** (math.ceil(exponent) if up else math.floor(exponent))


class StyleGroup:
    """The features of one chunk that share a style, ready to draw at any scale.

    Polygons and lines are sorted by size, largest first, with their vertices laid out once
    (:class:`Runs`); a level of detail is then three slices: outlined polygons, small
    polygons filled from a coarse copy, and lines, while the smallest become dots.
    """

    def __init__(self, style: Style, geoms: NDArray[np.object_]) -> None:
        self.style = style
        polygons, lines, points = split_by_type(geoms)
        self.polygons, self.polygon_sizes = _by_size(polygons)
        self.lines, self.line_sizes = _by_size(lines)
        self.points = point_coords(points)
        self.count = len(self.polygons) + len(self.lines) + len(self.points)
        # vertices laid out when first drawn as shapes (far out, most are only blocks)
        self._polygon_runs: Runs | None = None
        self._coarse_runs: Runs | None = None
        self._line_runs: Runs | None = None
        self._polygon_centres, self._polygon_extents = _centres(self.polygons)
        self._line_centres, self._line_extents = _centres(self.lines)
        self.many_vertices = bool(
            (shapely.get_num_coordinates(self.polygons) > SIMPLIFY_MIN_VERTICES).any()
            or (shapely.get_num_coordinates(self.lines) > SIMPLIFY_MIN_VERTICES).any()
        )
        self._levels: OrderedDict[tuple[int, int, int, int], _Level] = OrderedDict()

    def level(self, scale: float) -> _Level:
        """Paths and dots for drawing at ``scale`` pixels per metre (cached)."""
        tiny, outline = _quantized(TINY_PX, scale), _quantized(OUTLINE_PX, scale, up=True)
        block = _quantized(BLOCK_PX, scale)
        k_poly = int(np.searchsorted(-self.polygon_sizes, -block, side="right"))
        k_outline = int(np.searchsorted(-self.polygon_sizes, -outline, side="right"))
        k_line = int(np.searchsorted(-self.line_sizes, -tiny, side="right"))
        tolerance_level = math.floor(math.log2(0.5 / scale)) if self.many_vertices else -99
        tolerance_level = max(tolerance_level, -2)
        key = (k_poly, k_outline, k_line, tolerance_level)
        found = self._levels.get(key)
        if found is not None:
            self._levels.move_to_end(key)
            return found
        if tolerance_level > -2:  # a few big, detailed features (zones, imported layers)
            tolerance = 2.0**tolerance_level
            outlined = polygon_path(_simplified(self.polygons[:k_outline], tolerance))
            lines = line_path(_simplified(self.lines[:k_line], tolerance))
        else:
            outlined = self._path(polygons=True, count=k_outline)
            lines = self._path(polygons=False, count=k_line)
        if k_outline < k_poly and self._coarse_runs is None:
            coarse = shapely.simplify(
                self.polygons, self.polygon_sizes / 6, preserve_topology=False
            )
            self._coarse_runs = Runs(coarse, polygons=True)
        level = _Level(
            outlined,
            self._coarse_runs.path(k_outline, k_poly) if self._coarse_runs else QPainterPath(),
            lines,
            np.concatenate([self._polygon_centres[k_poly:], self._line_centres[k_line:]]),
            np.concatenate([self._polygon_extents[k_poly:], self._line_extents[k_line:]]),
        )
        self._levels[key] = level
        if len(self._levels) > CACHED_LEVELS:
            self._levels.popitem(last=False)
        return level

    def _path(self, polygons: bool, count: int) -> QPainterPath:
        """The path of the ``count`` largest polygons (or lines)."""
        if count == 0:
            return QPainterPath()
        if polygons:
            if self._polygon_runs is None:
                self._polygon_runs = Runs(self.polygons, polygons=True)
            return self._polygon_runs.path(0, count)
        if self._line_runs is None:
            self._line_runs = Runs(self.lines, polygons=False)
        return self._line_runs.path(0, count)

    def paint(self, frame: Frame) -> None:
        """Draw the group into ``frame``."""
        style, painter, scale = self.style, frame.painter, frame.scale
        level = self.level(scale)
        detailed = scale >= DETAIL_SCALE
        emphasised = detailed or frame.few_features  # affordable: dashes, widths, smooth fills
        outline = pen(style, dashed=emphasised)
        offsets = stroke_offsets(style) if emphasised else ((0.0, 0.0),)
        if not level.filled.isEmpty():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            if style.fill is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(solid_brush(style))
            else:
                painter.setPen(pen(style, dashed=False))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(level.filled)
        if not level.outlined.isEmpty():
            if style.fill is not None:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush(style))
                painter.drawPath(level.outlined)
            self._stroke(frame, level.outlined, outline, offsets)
        if not level.lines.isEmpty():
            self._stroke(frame, level.lines, outline, offsets)
        dot_color = style.stroke or style.fill or "#000000"
        frame.dots(level.tiny, dot_color, level.tiny_extents)
        if len(self.points):
            if frame.dense_points and scale < SYMBOL_MIN_SCALE:
                frame.dots(self.points, style.fill or dot_color)
            else:
                frame.symbols(self.points, symbol_pixmap(style, frame.dpr))

    @staticmethod
    def _stroke(
        frame: Frame, path: QPainterPath, outline: QPen, offsets: tuple[tuple[float, float], ...]
    ) -> None:
        if outline.style() == Qt.PenStyle.NoPen:
            return
        painter = frame.painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(outline)
        for dx, dy in offsets:
            if dx or dy:
                painter.setWorldTransform(frame.transform * QTransform.fromTranslate(dx, dy))
            painter.drawPath(path)
        if len(offsets) > 1:
            painter.setWorldTransform(frame.transform)


def _by_size(geoms: NDArray[np.object_]) -> tuple[NDArray[np.object_], NDArray[np.float64]]:
    """Geometries sorted by their envelope's larger side, largest first, and those sizes."""
    if len(geoms) == 0:
        return geoms, np.empty(0)
    bounds = shapely.bounds(geoms)
    sizes = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    order = np.argsort(-sizes, kind="stable")
    return geoms[order], sizes[order]


def _centres(geoms: NDArray[np.object_]) -> tuple[Coords, Coords]:
    """Envelope centres and extents (width, height) of geometries."""
    if len(geoms) == 0:
        return np.empty((0, 2)), np.empty((0, 2))
    bounds = shapely.bounds(geoms)
    return (bounds[:, :2] + bounds[:, 2:]) / 2, bounds[:, 2:] - bounds[:, :2]


def _simplified(geoms: NDArray[np.object_], tolerance: float) -> NDArray[np.object_]:
    """Simplify only the many-vertex geometries (buildings are not worth it)."""
    if len(geoms) == 0:
        return geoms
    heavy = shapely.get_num_coordinates(geoms) > SIMPLIFY_MIN_VERTICES
    if not heavy.any():
        return geoms
    result = geoms.copy()
    result[heavy] = shapely.simplify(geoms[heavy], tolerance, preserve_topology=False)
    return result[~shapely.is_empty(result)]


class Chunk:
    """One grid cell of one layer."""

    __slots__ = ("bounds", "builds", "dirty", "groups", "ids", "key")

    def __init__(self, key: tuple[int, int]) -> None:
        self.key = key
        self.ids: set[int] = set()
        self.bounds = (math.inf, math.inf, -math.inf, -math.inf)
        self.dirty = True
        self.builds = 0
        self.groups: list[StyleGroup] = []

    def add(self, feature_id: int, bounds: tuple[float, float, float, float]) -> None:
        """Take a feature (its envelope widens the chunk's bounds at once)."""
        self.ids.add(feature_id)
        self.bounds = _union(self.bounds, bounds)
        self.dirty = True

    def discard(self, feature_id: int) -> None:
        """Drop a feature (bounds shrink at the next rebuild)."""
        self.ids.discard(feature_id)
        self.dirty = True

    def prepare(self, features: dict[int, Feature]) -> None:
        """Rebuild the style groups if features changed since the last build."""
        if not self.dirty:
            return
        by_code: dict[int, list[BaseGeometry]] = {}
        for feature_id in self.ids:
            feature = features[feature_id]
            by_code.setdefault(feature.code, []).append(feature.geometry)
        self.groups = []
        for code, geometries in by_code.items():
            array = np.empty(len(geometries), object)
            array[:] = geometries
            self.groups.append(StyleGroup(_STYLES[code], array))
        if self.ids:
            all_bounds = shapely.bounds(np.concatenate([_geoms(g) for g in self.groups]))
            self.bounds = (
                float(all_bounds[:, 0].min()),
                float(all_bounds[:, 1].min()),
                float(all_bounds[:, 2].max()),
                float(all_bounds[:, 3].max()),
            )
        self.dirty = False
        self.builds += 1

    def paint(self, frame: Frame) -> None:
        """Draw every style group (call :meth:`prepare` first)."""
        for group in self.groups:
            group.paint(frame)


def _geoms(group: StyleGroup) -> NDArray[np.object_]:
    points = shapely.points(group.points) if len(group.points) else np.empty(0, object)
    return np.concatenate([group.polygons, group.lines, points])


def _union(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


@dataclass(frozen=True, slots=True)
class Grid:
    """The chunk grid: an origin and a cell size in metres (cells extend without limit)."""

    x0: float
    y0: float
    size: float

    def cell_of(self, bounds: tuple[float, float, float, float]) -> tuple[int, int]:
        """The cell holding the centre of an envelope."""
        cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
        return (math.floor((cx - self.x0) / self.size), math.floor((cy - self.y0) / self.size))


def paint_features(frame: Frame, geoms: NDArray[np.object_], codes: NDArray[np.int64]) -> None:
    """Draw features found by a spatial query (strips, edited areas, close-ups): built on the
    fly, with the same level-of-detail rules as the chunks so the pieces match."""
    for code in np.unique(codes).tolist():
        StyleGroup(_STYLES[code], geoms[codes == code]).paint(frame)
