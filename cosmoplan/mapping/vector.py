"""A scene as a ReportLab vector drawing: the map page of reports, SVG and PDF output, and (through
:mod:`cosmoplan.mapping.raster`) PNG.

Coordinates are points with y up. The map fills a frame; a legend panel sits to its right and
latitude/longitude labels in the margins around it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, Shape
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Ref
from cosmoplan.mapping import decorations
from cosmoplan.mapping.fonts import embedded_drawing
from cosmoplan.mapping.labels import (
    LINE_HEIGHT,
    Callout,
    LabelLayout,
    PadPlate,
    PlacedLabel,
    place_labels,
)
from cosmoplan.mapping.scene import Extent, Scene
from cosmoplan.mapping.shapes import add_ring, color, color_alpha, styled, symbol, text
from cosmoplan.mapping.viewport import Box, Viewport

PAPER = "#ffffff"
LAND = "#f7f6f1"
FRAME = "#303030"
OUTER_MARGIN = 6.0
GRATICULE_MARGINS = (50.0, 16.0, 8.0)  # left, bottom, top: room for 45°59′30″N and such
LEGEND_GAP = 8.0
LEGEND_SHARE = 0.55  # the legend's columns take at most this share of the width
NARROW_COLUMN = 0.78  # the width of a column of several, as a share of a lone column's
#: Simplify geometry to this many page units: finer detail cannot be seen.
SIMPLIFY_PT = 0.2
#: How far beyond the frame features are kept (points): enough for the widest stroke to reach
#: the frame's edge, less than the narrowest margin, so that the white bands around the frame
#: hide every cut (a long corridor cut farther out would show above the map).
CLIP_PAD_PT = 4.0
LABEL_BACKGROUND = color_alpha("#ffffffc0")
LEADER = "#404040"
PLATE_EDGE = "#404040"
MARK_STROKE = "#1b1f24"


@dataclass(frozen=True, slots=True)
class Mark:
    """An extent outlined on the map (where an inset map shows it larger), named by ``text``."""

    key: str
    text: str
    extent: Extent


@dataclass(frozen=True, slots=True)
class MapLayout:
    """Where the map frame and the legend go on a page of ``width`` x ``height`` points."""

    width: float
    height: float
    frame: Box
    legend: Box | None
    viewport: Viewport
    legend_columns: int = 1
    legend_scale: float = 1.0


def map_layout(
    scene: Scene, width: float, height: float, legend: bool = True, graticule: bool = True
) -> MapLayout:
    """The page layout :func:`drawing_for_scene` uses (tests use it to find features on a PNG)."""
    left, bottom, top = GRATICULE_MARGINS if graticule else (OUTER_MARGIN,) * 3
    right_edge = width - OUTER_MARGIN
    legend_box, columns, scale = None, 1, 1.0
    if legend:
        column = min(190.0, max(120.0, 0.25 * width))
        most = int(width * LEGEND_SHARE // column)  # the map keeps the rest of the width
        columns, scale = decorations.legend_columns(scene, height - 2 * OUTER_MARGIN, column, most)
        if columns > 1:  # narrower columns (more lines wrapped) leave the map more room
            narrow = max(120.0, column * NARROW_COLUMN)
            found = decorations.legend_columns(scene, height - 2 * OUTER_MARGIN, narrow, most)
            if found[0] == columns:
                column, scale = narrow, found[1]
        legend_width = column * columns
        legend_box = (right_edge - legend_width, OUTER_MARGIN, right_edge, height - OUTER_MARGIN)
        right_edge -= legend_width + LEGEND_GAP
    frame = (left, bottom, right_edge, height - top)
    viewport = Viewport(scene.extent, frame)
    return MapLayout(width, height, frame, legend_box, viewport, columns, scale)


def drawing_for_scene(
    scene: Scene,
    width_pt: float,
    height_pt: float,
    legend: bool = True,
    graticule: bool = True,
    marks: Sequence[Mark] = (),
    unlabelled: Collection[Ref] = (),
) -> Drawing:
    """The map of ``scene`` on a ``width_pt`` x ``height_pt`` drawing, with scale bar, north arrow,
    and optionally a legend panel and a latitude/longitude grid; ``marks`` outlined and named,
    ``unlabelled`` objects not labelled (see :func:`map_labels`)."""
    layout = map_layout(scene, width_pt, height_pt, legend, graticule)
    viewport, frame = layout.viewport, layout.frame
    labels = map_labels(scene, layout, marks, unlabelled)
    drawing = embedded_drawing(width_pt, height_pt)
    drawing.add(Rect(0, 0, width_pt, height_pt, fillColor=color(PAPER), strokeColor=None))
    drawing.add(_rect(frame, fill=LAND))
    grid_lines, grid_labels = decorations.graticule(viewport) if graticule else (Group(), Group())
    drawing.add(grid_lines)
    drawing.add(Group(*feature_shapes(scene, viewport, labels.plated())))
    drawing.add(Group(*(_mark_shape(mark, viewport) for mark in marks)))
    drawing.add(Group(*plate_shapes(labels.plates)))
    drawing.add(Group(*label_shapes(labels.labels)))
    drawing.add(Group(*_masks(frame, width_pt, height_pt)))
    drawing.add(_rect(frame, stroke=FRAME, width=0.8))
    drawing.add(grid_labels)
    drawing.add(decorations.scale_bar(viewport))
    drawing.add(decorations.north_arrow(viewport))
    if layout.legend is not None:
        drawing.add(
            decorations.legend(scene, layout.legend, layout.legend_columns, layout.legend_scale)
        )
    return drawing


def map_labels(
    scene: Scene, layout: MapLayout, marks: Sequence[Mark] = (), unlabelled: Collection[Ref] = ()
) -> LabelLayout:
    """The labels and plates :func:`drawing_for_scene` draws on ``layout``: each mark named
    beside its outline, ``unlabelled`` objects left unnamed, the scale bar and north arrow
    kept clear."""
    viewport = layout.viewport
    callouts = [Callout(m.key, m.text, mark_box(m, viewport)) for m in marks]
    furniture = (decorations.scale_bar_box(viewport), decorations.north_arrow_box(viewport))
    return place_labels(
        scene, viewport, unlabelled=unlabelled, callouts=callouts, keep_clear=furniture
    )


def mark_box(mark: Mark, viewport: Viewport) -> Box:
    """The page box of a mark's outline."""
    (x0, y0), (x1, y1) = (viewport.to_page(*mark.extent[:2]), viewport.to_page(*mark.extent[2:]))
    return (x0, y0, x1, y1)


def _mark_shape(mark: Mark, viewport: Viewport) -> Rect:
    x0, y0, x1, y1 = mark_box(mark, viewport)
    return Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=color(MARK_STROKE),
                strokeWidth=1.1, strokeDashArray=[4, 2])  # fmt: skip


def feature_shapes(
    scene: Scene, viewport: Viewport, hidden: Collection[Ref] = ()
) -> Iterator[Shape]:
    """ReportLab shapes of every feature of ``scene`` inside the viewport, bottom to top (but
    the ``hidden`` ones: pads drawn on a plate)."""
    vx0, vy0, vx1, vy1 = viewport.visible
    pad = CLIP_PAD_PT / viewport.scale
    clip = (vx0 - pad, vy0 - pad, vx1 + pad, vy1 + pad)
    tolerance = SIMPLIFY_PT / viewport.scale
    for _, feature in scene.features():
        geometry = feature.geometry
        if geometry is None or geometry.is_empty or feature.ref in hidden:
            continue
        if geometry.geom_type in ("Point", "MultiPoint"):
            for point in getattr(geometry, "geoms", [geometry]):
                if clip[0] <= point.x <= clip[2] and clip[1] <= point.y <= clip[3]:
                    yield symbol(*viewport.to_page(point.x, point.y), feature.style)
            continue
        clipped = shapely.clip_by_rect(geometry, *clip)
        if clipped.is_empty:
            continue
        simplified = shapely.simplify(clipped, tolerance)
        path = geometry_path(simplified if not simplified.is_empty else clipped, viewport)
        if path is not None:
            yield styled(path, feature.style, filled=_polygonal(geometry))


def geometry_path(geometry: BaseGeometry, viewport: Viewport) -> Path | None:
    """Lines and polygons (with holes) as one even-odd path in page coordinates."""
    path = Path(fillMode=0)  # FILL_EVEN_ODD
    rings = 0
    for part in _parts(geometry):
        if part.geom_type == "Polygon":
            for ring in (part.exterior, *part.interiors):
                add_ring(path, viewport.to_page_array(np.asarray(ring.coords)), close=True)
                rings += 1
        elif part.geom_type in ("LineString", "LinearRing") and len(part.coords) >= 2:
            add_ring(path, viewport.to_page_array(np.asarray(part.coords)), close=False)
            rings += 1
    return path if rings else None


def plate_shapes(plates: Sequence[PadPlate]) -> Iterator[Shape]:
    """Each plate as a white rounded ground with its pads' symbols side by side."""
    for plate in plates:
        x0, y0, x1, y1 = plate.ground
        yield Rect(x0, y0, x1 - x0, y1 - y0, rx=3, ry=3, fillColor=color(PAPER),
                   strokeColor=color(PLATE_EDGE), strokeWidth=0.6)  # fmt: skip
        for (u, v), style in zip(plate.centres, plate.styles, strict=True):
            yield symbol(u, v, style)


def label_shapes(labels: Sequence[PlacedLabel]) -> Iterator[Shape]:
    """Each placed label as a soft white box with its lines on top, and its leader line."""
    for label in labels:
        if label.leader is not None:
            (a, b), (c, d) = label.leader
            yield Line(a, b, c, d, strokeColor=color(LEADER), strokeWidth=0.6)
    for label in labels:
        x0, y0, x1, y1 = label.box
        yield Rect(
            x0,
            y0,
            x1 - x0,
            y1 - y0,
            rx=1.5,
            ry=1.5,
            fillColor=LABEL_BACKGROUND[0],
            fillOpacity=LABEL_BACKGROUND[1],
            strokeColor=None,
        )
        step = label.size * LINE_HEIGHT
        for number, line in enumerate(label.lines or (label.text,)):
            yield text(label.x, label.y - number * step, line, label.size, label.bold, label.color)


def _rect(box: Box, fill: str | None = None, stroke: str | None = None, width: float = 1.0) -> Rect:
    x0, y0, x1, y1 = box
    return Rect(
        x0,
        y0,
        x1 - x0,
        y1 - y0,
        fillColor=color(fill),
        strokeColor=color(stroke),
        strokeWidth=width,
    )


def _masks(frame: Box, width: float, height: float) -> Iterator[Rect]:
    """White bands around the frame hiding symbols that stick out of it."""
    x0, y0, x1, y1 = frame
    for box in (
        (0, 0, x0, height),
        (x1, 0, width, height),
        (0, 0, width, y0),
        (0, y1, width, height),
    ):
        if box[2] > box[0] and box[3] > box[1]:
            yield _rect(box, fill=PAPER)


def _parts(geometry: BaseGeometry) -> Iterator[BaseGeometry]:
    if hasattr(geometry, "geoms"):
        for part in geometry.geoms:
            yield from _parts(part)
    else:
        yield geometry


def _polygonal(geometry: BaseGeometry) -> bool:
    return geometry.geom_type in ("Polygon", "MultiPolygon")
