"""The labels of a drawn map (PDF, SVG, PNG): what asks for a label, at the output scale, laid
out by the screen's placer (:func:`cosmoplan.mapping.placement.place`): pure geometry.

Pads go first (the heavier status first), then complexes, zones, facilities and others. A point
is labelled beside its symbol, further out with a leader line if need be. Pads whose symbols
touch are drawn side by side on a *plate* named by one label (``45/1 · 45/2``), so that no pad
hides another. An area is labelled inside itself: at the pole of inaccessibility of its largest
part in view (:func:`shapely.ops.polylabel`), else at other points where the label fits inside,
its text wrapped to the area's width; an area too small to hold its label is labelled beside
its pole, with a leader line from the pole if the label must go further out. Labels never
cover a symbol or another label; those that find no room are left out.

Page coordinates are points with y up; the placer works with y down (its "above" is up).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from cosmoplan.domain import Kind, Ref, natural_key
from cosmoplan.mapping.fonts import text_width
from cosmoplan.mapping.placement import Label, Placed, place, plate_box, plate_offsets, plates
from cosmoplan.mapping.scene import Scene, SceneFeature
from cosmoplan.mapping.style import Style
from cosmoplan.mapping.viewport import Box, Viewport

Measure = Callable[[str, float, bool], float]
Point = tuple[float, float]

#: Font size (points) and boldness of labels by kind.
LABEL_FONTS: dict[Kind, tuple[float, bool]] = {
    Kind.PAD: (8.0, True),
    Kind.COMPLEX: (7.5, False),
    Kind.ZONE: (7.5, False),
    Kind.FACILITY: (6.5, False),
}
PAD_X = 1.5  # horizontal padding inside a label box
LINE_HEIGHT = 1.25  # line height in font sizes
BASELINE = 0.3  # baseline above the line's bottom, in font sizes
MIN_AREA_PT = 4.0  # areas smaller than this on the page are not labelled
#: An area label wraps to lines no wider than this share of the area (but at least
#: :data:`MIN_WRAP_PT`), in at most :data:`MAX_LINES` lines.
WRAP_SHARE = 0.9
MIN_WRAP_PT = 45.0
#: A label beside its area wraps to lines of this width.
BESIDE_WRAP_PT = 120.0
#: An area that cannot hold its label has it beside this small a box round its pole (with a
#: leader line from the pole when it must go further out).
POLE_PT = 1.5
MAX_LINES = 3
#: Points tried inside an area besides its pole, on a grid this many label heights apart.
GRID_STEP = 1.5
MAX_INSIDE = 60
#: Gap between the symbols of a plate, and its margin.
PLATE_GAP = 2.0


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label that made it onto the map: its lines (the first line's baseline origin at ``x``,
    ``y``), font, colour, box (page units, y up) and leader line, if it was moved off what it
    names. ``refs`` are the objects it names (several for a plate)."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    color: str
    box: Box
    lines: tuple[str, ...] = ()
    leader: tuple[Point, Point] | None = None
    refs: tuple[Ref, ...] = ()


@dataclass(frozen=True, slots=True)
class PadPlate:
    """Pads drawn side by side where their symbols would touch: their refs and styles in the
    order of their names, each symbol's centre and the plate's white ground (page, y up)."""

    refs: tuple[Ref, ...]
    styles: tuple[Style, ...]
    centres: tuple[Point, ...]
    ground: Box


@dataclass(frozen=True, slots=True)
class Callout:
    """A label for something that is not a scene feature (an inset's outline): its text goes
    beside ``box`` (page, y up), with a leader line if need be."""

    key: str
    text: str
    box: Box
    size: float = 8.0
    bold: bool = True
    color: str = "#202020"


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """What :func:`place_labels` decided: the labels placed and the plates of pads."""

    labels: tuple[PlacedLabel, ...]
    plates: tuple[PadPlate, ...] = ()

    def plated(self) -> set[Ref]:
        """The pads drawn on a plate (not at their own place)."""
        return {ref for plate in self.plates for ref in plate.refs}


@dataclass
class _Requests:
    labels: list[Label] = field(default_factory=list)
    symbols: list[Box] = field(default_factory=list)
    looks: dict[object, tuple[float, bool, str, tuple[str, ...], tuple[Ref, ...]]] = field(
        default_factory=dict
    )


def place_labels(
    scene: Scene,
    viewport: Viewport,
    measure: Measure = text_width,
    unlabelled: Collection[Ref] = (),
    callouts: Sequence[Callout] = (),
    keep_clear: Sequence[Box] = (),
) -> LabelLayout:
    """The labels of ``scene`` that fit in ``viewport`` without covering each other or any
    symbol, and the plates of touching pads. ``unlabelled`` objects get no label (they are
    labelled elsewhere: an inset); ``callouts`` are labelled first; nothing covers
    ``keep_clear`` (the scale bar, the north arrow)."""
    requests = _Requests(symbols=[_down(box) for box in keep_clear])
    for callout in callouts:
        _callout(requests, callout, measure)
    features = [
        (layer.min_label_scale, feature)
        for layer, feature in scene.features()
        if _in_view(feature, viewport)
    ]
    pads = [f for _, f in features if _is_pad(f)]
    layout_plates = _plates(pads, viewport)
    on_plate = {ref for plate in layout_plates for ref in plate.refs}
    for plate in layout_plates:
        requests.symbols.append(_down(plate.ground))
    for _, feature in features:
        if feature.ref not in on_plate and _is_point(feature):
            requests.symbols.append(_down(_symbol_box(feature, viewport)))
    for plate in layout_plates:
        _plate_label(requests, plate, scene, unlabelled, measure)
    ordered = sorted(
        (item for item in features if item[1].ref not in on_plate),
        key=lambda item: (item[1].label_priority, -item[1].label_weight, item[1].label or ""),
    )
    for min_scale, feature in ordered:
        if feature.label and feature.ref not in unlabelled and viewport.scale >= min_scale:
            _feature_label(requests, feature, viewport, measure)
    frame = _down(viewport.frame)
    placed = place(requests.labels, requests.symbols, frame)
    return LabelLayout(tuple(_placed(p, requests) for p in placed), tuple(layout_plates))


def _in_view(feature: SceneFeature, viewport: Viewport) -> bool:
    """Whether ``feature`` (a point's centre, a label-only feature's anchor) is in view."""
    x0, y0, x1, y1 = viewport.visible
    if feature.geometry is None:
        return feature.label_at is not None and (
            x0 <= feature.label_at[0] <= x1 and y0 <= feature.label_at[1] <= y1
        )
    if feature.geometry.geom_type == "Point":
        return x0 <= feature.geometry.x <= x1 and y0 <= feature.geometry.y <= y1
    return True


def _is_pad(feature: SceneFeature) -> bool:
    return feature.ref.kind is Kind.PAD and _is_point(feature)


def _is_point(feature: SceneFeature) -> bool:
    return feature.geometry is not None and feature.geometry.geom_type == "Point"


def _symbol_box(feature: SceneFeature, viewport: Viewport) -> Box:
    assert feature.geometry is not None
    u, v = viewport.to_page(feature.geometry.x, feature.geometry.y)
    r = feature.style.size / 2 + feature.style.stroke_width / 2
    return (u - r, v - r, u + r, v + r)


def _plates(pads: list[SceneFeature], viewport: Viewport) -> list[PadPlate]:
    """Plates of the pads whose symbols touch on the page, their pads in the order of names."""
    if len(pads) < 2:
        return []
    points = [viewport.to_page(f.geometry.x, f.geometry.y) for f in pads]  # type: ignore[union-attr]
    radius = max(f.style.size / 2 + f.style.stroke_width / 2 for f in pads)
    side = 2 * radius + PLATE_GAP
    found = []
    for group in plates(points, radius, PLATE_GAP):
        if len(group) < 2:
            continue
        members = sorted(group, key=lambda i: natural_key(pads[i].label or ""))
        ground = plate_box(points, group, side, PLATE_GAP)
        u, v = (ground[0] + ground[2]) / 2, (ground[1] + ground[3]) / 2
        offsets = plate_offsets(len(members), side)  # rows from the top: y down
        found.append(
            PadPlate(
                tuple(pads[i].ref for i in members),
                tuple(pads[i].style for i in members),
                tuple((u + dx, v - dy) for dx, dy in offsets),
                ground,
            )
        )
    return found


def _plate_label(
    requests: _Requests,
    plate: PadPlate,
    scene: Scene,
    unlabelled: Collection[Ref],
    measure: Measure,
) -> None:
    texts = {f.ref: f.label for _, f in scene.features() if f.ref in plate.refs}
    named = [ref for ref in plate.refs if ref not in unlabelled and texts.get(ref)]
    if not named:
        return
    text = " · ".join(str(texts[ref]) for ref in named)
    size, bold = LABEL_FONTS[Kind.PAD]
    box = _down(plate.ground)
    key = ("plate", plate.refs)
    label = Label(key, text, *_size(text, size, bold, measure), _middle(box), -1, box)
    requests.labels.append(label)
    requests.looks[key] = (size, bold, "#202020", (text,), tuple(named))


def _callout(requests: _Requests, callout: Callout, measure: Measure) -> None:
    box = _down(callout.box)
    width, height = _size(callout.text, callout.size, callout.bold, measure)
    key = ("callout", callout.key)
    requests.labels.append(Label(key, callout.text, width, height, _middle(box), -2, box))
    requests.looks[key] = (callout.size, callout.bold, callout.color, (callout.text,), ())


def _feature_label(
    requests: _Requests, feature: SceneFeature, viewport: Viewport, measure: Measure
) -> None:
    assert feature.label is not None
    size, bold = LABEL_FONTS.get(feature.ref.kind, (7.0, False))
    key = (feature.ref, len(requests.labels))
    lines: tuple[str, ...] = (feature.label,)
    geometry = feature.geometry
    priority = feature.label_priority
    if geometry is None:  # a label-only complex, at the middle of its pads
        assert feature.label_at is not None
        u, v = _down_point(viewport.to_page(*feature.label_at))
        label = Label(key, feature.label, *_size(feature.label, size, bold, measure), (u, v),
                      priority, (u - 3, v - 3, u + 3, v + 3))  # fmt: skip
    elif geometry.geom_type == "Point":
        box = _down(_symbol_box(feature, viewport))
        width, height = _size(feature.label, size, bold, measure)
        label = Label(key, feature.label, width, height, _middle(box), priority, box)
    elif geometry.geom_type in ("LineString", "MultiLineString"):
        if feature.label_at is None:
            return
        width, height = _size(feature.label, size, bold, measure)
        if geometry.length * viewport.scale < width * 1.5:
            return
        anchor = _down_point(viewport.to_page(*feature.label_at))
        label = Label(key, feature.label, width, height, anchor, priority, leader=False)
    else:
        found = _area_label(key, feature, viewport, measure, size, bold)
        if found is None:
            return
        label, lines = found
    requests.labels.append(label)
    requests.looks[key] = (size, bold, feature.style.label_color, lines, (feature.ref,))


def _area_label(
    key: object,
    feature: SceneFeature,
    viewport: Viewport,
    measure: Measure,
    size: float,
    bold: bool,
) -> tuple[Label, tuple[str, ...]] | None:
    """A label inside the area's largest part in view (its text wrapped to the part's width),
    or beside the part's pole, with a leader line from it if need be."""
    assert feature.geometry is not None and feature.label is not None
    shown = shapely.clip_by_rect(feature.geometry, *viewport.visible)
    parts = [p for p in _polygons(shown) if p.area > 0]
    if not parts:
        return None
    on_page = sorted((_page_polygon(p, viewport) for p in parts), key=lambda p: -p.area)
    largest = on_page[0]
    x0, y0, x1, y1 = largest.bounds
    if x1 - x0 < MIN_AREA_PT and y1 - y0 < MIN_AREA_PT:
        return None
    lines = _wrapped(feature.label, size, bold, max(WRAP_SHARE * (x1 - x0), MIN_WRAP_PT), measure)
    width = max(measure(line, size, bold) for line in lines) + 2 * PAD_X
    height = size * LINE_HEIGHT * len(lines)
    inside = list(_inside_points(on_page, width, height))
    text = " ".join(lines)
    if inside:
        label = Label(key, text, width, height, inside[0], feature.label_priority,
                      anchors=tuple(inside[1:]))  # fmt: skip
        return label, lines
    lines = _wrapped(feature.label, size, bold, BESIDE_WRAP_PT, measure)
    width = max(measure(line, size, bold) for line in lines) + 2 * PAD_X
    height = size * LINE_HEIGHT * len(lines)
    pole = polylabel(largest, tolerance=max(height / 4, 0.5))
    spot = (pole.x - POLE_PT, pole.y - POLE_PT, pole.x + POLE_PT, pole.y + POLE_PT)
    label = Label(key, " ".join(lines), width, height, (pole.x, pole.y), feature.label_priority,
                  spot)  # fmt: skip
    return label, lines


def _inside_points(parts: list[Polygon], width: float, height: float) -> Iterator[Point]:
    """Centres where a ``width`` x ``height`` box lies inside one of ``parts`` (page, y down):
    the pole of inaccessibility of each part first, then a grid nearest it first."""
    count = 0
    for part in parts:
        x0, y0, x1, y1 = part.bounds
        if x1 - x0 < width or y1 - y0 < height:
            continue
        pole = polylabel(part, tolerance=max(height / 4, 0.5))
        points = [(pole.x, pole.y)]
        step = GRID_STEP * height
        xs = np.arange(x0 + width / 2, x1 - width / 2 + 1e-9, step)
        ys = np.arange(y0 + height / 2, y1 - height / 2 + 1e-9, step)
        grid = sorted(
            ((float(x), float(y)) for x in xs for y in ys),
            key=lambda p: (p[0] - pole.x) ** 2 + (p[1] - pole.y) ** 2,
        )
        points += grid
        boxes = shapely.box(*np.asarray([_centred(p, width, height) for p in points]).T)
        fits = shapely.contains(part, boxes)
        for point, fit in zip(points, np.atleast_1d(fits), strict=True):
            if fit:
                yield point
                count += 1
                if count >= MAX_INSIDE:
                    return


def _wrapped(text: str, size: float, bold: bool, width: float, measure: Measure) -> tuple[str, ...]:
    """``text`` broken at spaces into lines of ``width`` points, at most :data:`MAX_LINES`
    (the last takes the rest)."""
    words = text.split()
    lines: list[str] = []
    for word in words:
        if lines and (
            len(lines) == MAX_LINES or measure(f"{lines[-1]} {word}", size, bold) <= width
        ):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return tuple(lines) or (text,)


def _polygons(geometry: BaseGeometry) -> Iterator[Polygon]:
    if isinstance(geometry, Polygon):
        yield geometry
    for part in getattr(geometry, "geoms", ()):
        yield from _polygons(part)


def _page_polygon(polygon: Polygon, viewport: Viewport) -> Polygon:
    """``polygon`` (model metres) on the page with y down."""
    flip = np.array([1.0, -1.0])
    return shapely.transform(polygon, lambda c: viewport.to_page_array(c) * flip)


def _size(text: str, size: float, bold: bool, measure: Measure) -> tuple[float, float]:
    return measure(text, size, bold) + 2 * PAD_X, size * LINE_HEIGHT


def _placed(placed: Placed, requests: _Requests) -> PlacedLabel:
    size, bold, colour, lines, refs = requests.looks[placed.label.key]
    box = _down(placed.box)  # back to y up
    leader = None
    if placed.leader is not None and placed.leader[0] != placed.leader[1]:
        leader = (_down_point(placed.leader[0]), _down_point(placed.leader[1]))
    return PlacedLabel(
        text=placed.label.text,
        x=box[0] + PAD_X,
        y=box[3] - size * LINE_HEIGHT + BASELINE * size,
        size=size,
        bold=bold,
        color=colour,
        box=box,
        lines=lines,
        leader=leader,
        refs=refs,
    )


def _down(box: Box) -> Box:
    """A box flipped between y up and y down."""
    return (box[0], -box[3], box[2], -box[1])


def _down_point(point: Point) -> Point:
    return (point[0], -point[1])


def _middle(box: Box) -> Point:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def _centred(point: Point, width: float, height: float) -> Box:
    return (
        point[0] - width / 2,
        point[1] - height / 2,
        point[0] + width / 2,
        point[1] + height / 2,
    )
