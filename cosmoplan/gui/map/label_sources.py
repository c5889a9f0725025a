"""What asks for a label on the map, in pixels of the current view: the plan layers' features
(pads first), the callouts of the derived layers, and the symbols no label may cover.

Pads whose symbols touch on screen are drawn as one *plate*: their symbols side by side (in
a row, or a compact grid for many) in the order of their names, named in that order by a
single label (``45/1 · 45/2``), so that every pad stays visible and one label names them.
The placement itself is :func:`cosmoplan.mapping.placement.place`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import numpy as np
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QTransform

from cosmoplan.gui.map.chunks import SYMBOL_MIN_SCALE, style_of
from cosmoplan.gui.map.derived import Callout, callout_box
from cosmoplan.gui.map.layer import LABEL_PRIORITY, Bounds, MapLayer
from cosmoplan.gui.map.renderer import DENSE_POINTS
from cosmoplan.mapping.placement import Box, Label, plate_box, plate_offsets, plates
from cosmoplan.mapping.style import Style

#: Facility labels are thinned to one per square of this many pixels, whatever their layer
#: (the largest feature in each square gets the chance).
THIN_CELL_PX = 60.0
#: A facility or zone is labelled only if it is at least this many pixels across (points are
#: labelled whatever their size: they have a symbol).
MIN_FEATURE_PX = 10.0
#: At most this many features are tried per layer.
MAX_TRIED = 600
#: Layers with more point symbols than this in view are not obstacles (too dense to read).
MAX_SYMBOLS = 5000
#: An area is labelled beside its outline (like a symbol) unless it is this many times wider
#: than its label and :data:`TALL` times taller.
WIDE, TALL = 1.6, 2.5
#: A callout shows only if what it labels is at least this many pixels across.
MIN_CALLOUT_PX = 24.0
#: Distances tried for a directed callout, each a box height further out.
CALLOUT_TRIES = 4
#: Gap between the symbols of a plate, and its margin.
PLATE_GAP = 2.0


@dataclass(frozen=True, slots=True)
class Plate:
    """Pads drawn side by side where their symbols would overlap: their ids and styles in
    order, the centre (model metres), the pixel offsets of each symbol's centre and of the
    white ground's corners (it covers the pads' own symbols too) from the centre."""

    layer_id: str
    ids: tuple[int, ...]
    styles: tuple[Style, ...]
    x: float
    y: float
    offsets: tuple[QPointF, ...]
    ground: Box  # pixels from the centre
    box: Box  # pixels, in the view laid out


@dataclass(frozen=True, slots=True)
class Source:
    """Where a label comes from: a feature of a layer, or a callout."""

    layer_id: str
    feature_id: int
    x: float  # anchor, model metres
    y: float
    text: str
    color: str = "#202020"
    callout: Callout | None = None
    opacity: float = 1.0


@dataclass
class Requests:
    """Everything the labels of one view ask for."""

    labels: list[Label] = field(default_factory=list)
    symbols: list[Box] = field(default_factory=list)
    plates: list[Plate] = field(default_factory=list)
    sources: dict[object, Source] = field(default_factory=dict)

    def add(self, label: Label, source: Source) -> None:
        """Ask for ``label``, coming from ``source``."""
        self.labels.append(label)
        self.sources[label.key] = source


Measure = Callable[[str, str], tuple[float, float]]  # text, layer group -> box size (pixels)


class View:
    """The view being laid out: model metres to pixels, and what is in sight."""

    def __init__(self, transform: QTransform, frame: Box, bounds: Bounds) -> None:
        self.transform = transform
        self.frame = frame
        self.bounds = bounds
        self.scale = abs(transform.m11())

    def px(self, x: float, y: float) -> tuple[float, float]:
        """A model point in pixels."""
        t = self.transform
        return x * t.m11() + t.dx(), y * t.m22() + t.dy()

    def box(self, bounds: Bounds) -> Box:
        """A model envelope in pixels."""
        x0, y0 = self.px(bounds[0], bounds[1])
        x1, y1 = self.px(bounds[2], bounds[3])
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def point_symbols(layer: MapLayer, view: View) -> tuple[np.ndarray, np.ndarray, list[Style]]:
    """Ids, pixel positions and styles of the layer's point symbols in view (none for a
    layer the renderer draws as dots at this scale: labels may cover dots)."""
    dots = layer.point_count > DENSE_POINTS and view.scale < SYMBOL_MIN_SCALE
    if layer.point_count == 0 or dots:
        return np.empty(0, np.int64), np.empty((0, 2)), []
    ids, geoms, codes = layer.index.query(view.bounds)
    points = shapely.get_type_id(geoms) == 0
    ids, geoms, codes = ids[points], geoms[points], codes[points]
    if len(ids) == 0 or len(ids) > MAX_SYMBOLS:
        return np.empty(0, np.int64), np.empty((0, 2)), []
    xy = shapely.get_coordinates(geoms)
    t = view.transform
    device = np.column_stack([xy[:, 0] * t.m11() + t.dx(), xy[:, 1] * t.m22() + t.dy()])
    return ids, device, [style_of(int(c)) for c in codes]


def symbol_box(u: float, v: float, style: Style) -> Box:
    """The pixel box of a point symbol centred at (u, v)."""
    r = style.size / 2 + max(style.stroke_width, 1.0) / 2
    return (u - r, v - r, u + r, v + r)


def collect(
    layers: list[MapLayer],
    callouts: list[tuple[Callout, float]],
    view: View,
    measure: Measure,
    callout_size: Callable[[Callout], tuple[float, float]],
) -> Requests:
    """The labels, symbols and plates of ``layers`` (visible, labelled at this scale, in
    stacking order) and ``callouts`` (with their opacities) in ``view``."""
    found = Requests()
    grouped: dict[tuple[str, int], Plate] = {}  # pads on a plate: the plate
    for layer in layers:
        if not layer.visible or layer.derived:
            continue
        ids, device, styles = point_symbols(layer, view)
        found.symbols += [symbol_box(u, v, s) for (u, v), s in zip(device, styles, strict=True)]
        if layer.group == "pads":
            for plate in _plates(layer, ids, device, styles, view):
                found.plates.append(plate)
                found.symbols.append(plate.box)
                grouped.update({(layer.id, i): plate for i in plate.ids})
    _callouts(found, callouts, view, callout_size)
    used: set[int] = set()  # thinning squares that already hold a facility label
    labelled = [layer for layer in layers if _labelled(layer, view.scale)]
    labelled.sort(key=lambda layer: (LABEL_PRIORITY.get(layer.group, 9), -layer.z))
    for layer in labelled:
        _features(found, layer, view, measure, grouped, used)
    return found


def _labelled(layer: MapLayer, scale: float) -> bool:
    spec = layer.spec
    return (
        layer.visible
        and layer.opacity > 0
        and spec is not None
        and spec.labelled
        and scale >= spec.min_label_scale
    )


def _plates(
    layer: MapLayer, ids: np.ndarray, device: np.ndarray, styles: list[Style], view: View
) -> Iterator[Plate]:
    """The plates of pads whose symbols touch in ``view``."""
    if len(ids) < 2:
        return
    radius = max(s.size for s in styles) / 2 + 1.0
    side = 2 * radius + PLATE_GAP
    points = [(float(u), float(v)) for u, v in device]
    inverse, _ = view.transform.inverted()
    for group in plates(points, radius, PLATE_GAP):
        if len(group) < 2:
            continue
        members = sorted(group, key=lambda i: _text(layer, int(ids[i])))
        grid = plate_box(points, group, side, PLATE_GAP)
        u, v = (grid[0] + grid[2]) / 2, (grid[1] + grid[3]) / 2
        own = [symbol_box(*points[i], styles[i]) for i in group]
        box = (
            min(grid[0], *(b[0] for b in own)) - PLATE_GAP,
            min(grid[1], *(b[1] for b in own)) - PLATE_GAP,
            max(grid[2], *(b[2] for b in own)) + PLATE_GAP,
            max(grid[3], *(b[3] for b in own)) + PLATE_GAP,
        )
        offsets = tuple(QPointF(dx, dy) for dx, dy in plate_offsets(len(members), side))
        centre = inverse.map(QPointF(u, v))
        yield Plate(
            layer.id,
            tuple(int(ids[i]) for i in members),
            tuple(styles[i] for i in members),
            centre.x(),
            centre.y(),
            offsets,
            (box[0] - u, box[1] - v, box[2] - u, box[3] - v),
            box,
        )


def _text(layer: MapLayer, feature_id: int) -> str:
    feature = layer.features.get(feature_id)
    return "" if feature is None else feature.label


def _callouts(
    found: Requests,
    callouts: list[tuple[Callout, float]],
    view: View,
    size: Callable[[Callout], tuple[float, float]],
) -> None:
    seen: dict[tuple[float, float, str], int] = {}
    for n, (callout, opacity) in enumerate(callouts):
        if opacity <= 0 or callout.size_m * view.scale < MIN_CALLOUT_PX:
            continue
        # keyed by what it says where (not by its place in the list), so that a callout
        # kept from one layout to the next keeps its key (and its box: Placer)
        at_key = (callout.x, callout.y, callout.text)
        seen[at_key] = seen.get(at_key, -1) + 1
        width, height = size(callout)
        u, v = view.px(callout.x, callout.y)
        if callout.centred:
            centres = [(u, v), *(view.px(x, y) for x, y in callout.others)]
        else:
            centres = []
            at = QPointF(u, v)
            for step in range(CALLOUT_TRIES):
                for direction in (callout.direction_deg, callout.direction_deg + 180.0):
                    box = callout_box(at, width, height, direction, step * (height + 3.0))
                    centres.append((box.center().x(), box.center().y()))
        label = Label(
            ("callout", *at_key, seen[at_key]),
            callout.text,
            width,
            height,
            centres[0],
            1 if callout.strong else 2,
            anchors=tuple(centres[1:]),
            framed=False,
        )
        source = Source("", n, callout.x, callout.y, callout.text, callout=callout)
        found.add(label, replace(source, opacity=opacity))


def _features(
    found: Requests,
    layer: MapLayer,
    view: View,
    measure: Measure,
    grouped: dict[tuple[str, int], Plate],
    used: set[int],
) -> None:
    labels = layer.labels()
    xy = labels.xy
    b = view.bounds
    inside = (xy[:, 0] >= b[0]) & (xy[:, 0] <= b[2]) & (xy[:, 1] >= b[1]) & (xy[:, 1] <= b[3])
    rows = np.flatnonzero(inside)
    rows = rows[np.argsort(-labels.sizes[rows], kind="stable")]
    t = view.transform
    device = np.column_stack(
        [xy[rows, 0] * t.m11() + t.dx(), xy[rows, 1] * t.m22() + t.dy()]
    ).reshape(-1, 2)
    is_pad = layer.group == "pads"
    thin = layer.group == "facilities"
    chosen = _thinned(device, used) if thin else range(len(rows))
    priority = 0 if is_pad else 3 + LABEL_PRIORITY.get(layer.group, 6)
    done: set[Box] = set()  # plates already labelled
    for position in list(chosen)[:MAX_TRIED]:
        feature_id = int(labels.ids[rows[position]])
        feature = layer.features.get(feature_id)
        if feature is None:
            continue
        point = feature.geometry.geom_type == "Point"
        small = feature.size * view.scale < MIN_FEATURE_PX
        if small and not (point or is_pad or layer.group == "complexes"):
            continue
        plate = grouped.get((layer.id, feature_id))
        if plate is not None and plate.box in done:
            continue  # one label for the whole plate, made with its first pad
        u, v = float(device[position, 0]), float(device[position, 1])
        text = labels.texts[rows[position]]
        anchor = (float(xy[rows[position], 0]), float(xy[rows[position], 1]))
        if plate is not None:
            done.add(plate.box)
            text = " · ".join(_text(layer, i) for i in plate.ids)
            anchor = (plate.x, plate.y)
        width, height = measure(text, layer.group)
        symbol = (
            plate.box
            if plate is not None
            else _symbol_of(feature.geometry, feature.style, u, v, view, width, height)
        )
        if thin and symbol is not None and not point:
            found.symbols.append(symbol)  # a small facility is a symbol too: keep labels off
        style = feature.style
        color = style.label_color if is_pad or style.stroke is None else style.stroke
        leader = point or plate is not None  # areas are not worth a line
        label = Label(
            (layer.id, feature_id), text, width, height, (u, v), priority, symbol, leader=leader
        )
        found.add(label, Source(layer.id, feature_id, anchor[0], anchor[1], text, color))
        if thin:
            cell = np.floor(device[position] / THIN_CELL_PX).astype(np.int64)
            used.add(int(cell[0]) * 1_000_003 + int(cell[1]))


def _symbol_of(
    geometry: shapely.Geometry,
    style: Style,
    u: float,
    v: float,
    view: View,
    width: float,
    height: float,
) -> Box | None:
    """What a label goes around: a point's symbol, or the outline of an area too small to
    hold its label; ``None`` for areas that hold it (the label is centred inside)."""
    if geometry.geom_type == "Point":
        return symbol_box(u, v, style)
    box = view.box(geometry.bounds)
    if box[2] - box[0] >= WIDE * width and box[3] - box[1] >= TALL * height:
        return None
    return box


def _thinned(device: np.ndarray, used: set[int]) -> list[int]:
    """Positions of the first (largest) candidate in each square of :data:`THIN_CELL_PX`
    pixels not yet ``used``: crowded labels could not all fit anyway."""
    if len(device) == 0:
        return []
    cells = np.floor(device / THIN_CELL_PX).astype(np.int64)
    keys = cells[:, 0] * 1_000_003 + cells[:, 1]
    _, first = np.unique(keys, return_index=True)
    return [int(i) for i in np.sort(first) if int(keys[i]) not in used]
