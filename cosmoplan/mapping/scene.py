"""A renderer-neutral description of a map: the styled features of each visible layer on a date.

Every renderer draws a :class:`Scene` (vector drawings for SVG/PDF and reports, the PNG
rasteriser, later the screen), so the map looks the same everywhere. No Qt, no drawing here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import shapely
from shapely.geometry import MultiPoint, Point
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import (
    Entity,
    Facility,
    Kind,
    LaunchComplex,
    Pad,
    PadStatus,
    Plan,
    Ref,
    Zone,
    display_name,
)
from cosmoplan.domain.geometry import drawn_geometry
from cosmoplan.geo import to_model
from cosmoplan.mapping.style import LAYER_BY_ID, LAYERS, LayerSpec, Style
from cosmoplan.messages import ValidationError, register

Extent = tuple[float, float, float, float]
StyleFunction = Callable[[Entity, date], Style]
LegendFunction = Callable[[Entity, date], str]

MSG_UNKNOWN_LAYER = register(
    "mapping.unknown_layer", "There is no map layer {layer!r}. Known layers: {known}."
)
MSG_BAD_EXTENT = register(
    "mapping.bad_extent",
    "A map extent is (min x, min y, max x, max y) in metres with min < max (got {extent}).",
)

#: Label priority by kind: lower is placed first (pads > complexes > zones > facilities).
LABEL_PRIORITY: dict[Kind, int] = {Kind.PAD: 0, Kind.COMPLEX: 1, Kind.ZONE: 2, Kind.FACILITY: 3}
#: Legend sections by kind, in the order layers put them (top layer first).
LEGEND_GROUPS: dict[Kind, str] = {
    Kind.PAD: "Launch pads",
    Kind.FACILITY: "Infrastructure",
    Kind.COMPLEX: "Sites and areas",
    Kind.ZONE: "Sites and areas",
}
#: Pads in these statuses get their labels placed before the others.
_STATUS_WEIGHT = {
    PadStatus.ACTIVE: 5.0,
    PadStatus.UNDER_MODERNISATION: 4.0,
    PadStatus.INACTIVE: 3.0,
    PadStatus.MUSEUM: 2.0,
    PadStatus.DAMAGED: 1.0,
    PadStatus.DESTROYED: 0.0,
}
#: Margin around the plan's features, as a share of the larger side, and at least this many metres.
EXTENT_MARGIN = 0.05
MIN_MARGIN_M = 300.0
#: The smallest automatic extent (a single pad still shows its surroundings).
MIN_EXTENT_M = 2000.0
#: Where an empty plan is shown: Baikonur town and the cosmodrome's south.
_DEFAULT_CENTRE_LON_LAT = (63.32, 45.62)
_DEFAULT_HALF_SIZE_M = 10_000.0


@dataclass(frozen=True, slots=True)
class SceneFeature:
    """One object as drawn: its geometry (metres), style and label.

    ``geometry`` is ``None`` for a label-only feature (a complex with no footprint, labelled at
    its pads). ``label_weight`` orders labels of the same priority: heavier ones are placed first.
    """

    ref: Ref
    geometry: BaseGeometry | None
    style: Style
    label: str | None = None
    label_at: tuple[float, float] | None = None
    label_priority: int = 3
    label_weight: float = 0.0


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One line of the legend: a swatch drawn with ``style`` as a point, line or polygon."""

    text: str
    style: Style
    shape: str  # "point", "line" or "polygon"


@dataclass(frozen=True, slots=True)
class SceneLayer:
    """The features of one layer, bottom first, with the legend entries they need."""

    id: str
    title: str
    features: tuple[SceneFeature, ...]
    legend: tuple[LegendEntry, ...] = ()
    min_label_scale: float = 0.0
    legend_group: str = ""


@dataclass(frozen=True, slots=True)
class Scene:
    """Layers bottom to top, the model extent to show, the date and a title."""

    at: date
    extent: Extent
    layers: tuple[SceneLayer, ...]
    title: str = ""
    #: The line under the title in the legend box ("As of <date>" when empty).
    dated: str = ""

    def features(self) -> Iterator[tuple[SceneLayer, SceneFeature]]:
        """Every feature with its layer, bottom to top."""
        return ((layer, f) for layer in self.layers for f in layer.features)

    def layer(self, layer_id: str) -> SceneLayer | None:
        """The layer with ``layer_id``, if the scene shows it."""
        return next((layer for layer in self.layers if layer.id == layer_id), None)

    def with_layer(self, layer: SceneLayer) -> Scene:
        """A copy with ``layer`` replacing the one of the same id (or added on top).

        Reports use this to recolour pads (by tenant) or to add hazard areas.
        """
        ids = [existing.id for existing in self.layers]
        if layer.id in ids:
            layers = tuple(layer if e.id == layer.id else e for e in self.layers)
        else:
            layers = (*self.layers, layer)
        return replace(self, layers=layers)


def build_scene(
    plan: Plan,
    at: date,
    extent: Extent | None = None,
    layer_ids: set[str] | None = None,
    styles: Mapping[str, StyleFunction] | None = None,
    legend_texts: Mapping[str, LegendFunction] | None = None,
) -> Scene:
    """Describe the map of ``plan`` on ``at``: each visible layer in :data:`LAYERS` order.

    ``extent`` (metres) limits the features to those touching it; by default it covers every
    feature with a margin. ``layer_ids`` picks layers (all by default). ``styles`` overrides the
    style function of some layers by id (reports colour pads by tenant), and ``legend_texts``
    names their legend entries (one entry per text, e.g. the tenant); an overridden layer
    without legend texts gets one entry titled like the layer. Unknown layer ids or a bad
    extent raise :class:`~cosmoplan.messages.ValidationError`.
    """
    overrides, texts = styles or {}, legend_texts or {}
    specs = _chosen_layers(layer_ids, {*overrides, *texts})
    if extent is not None:
        extent = validate_extent(extent)
    layers = []
    for spec in specs:
        if spec.id in texts:
            legend_of: LegendFunction = texts[spec.id]
        elif spec.id in overrides:
            legend_of = _titled(spec.title)
        else:
            legend_of = _default_legend(spec)
        style_of = overrides.get(spec.id, spec.style)
        layer = _scene_layer(plan, spec, at, style_of, legend_of, extent)
        if layer.features:
            layers.append(layer)
    scene_extent = extent if extent is not None else compute_extent(layers)
    return Scene(at=at, extent=scene_extent, layers=tuple(layers), title=plan.info.name)


def validate_extent(extent: Iterable[float]) -> Extent:
    """``extent`` as four finite floats with min < max; ValidationError otherwise."""
    values = tuple(float(v) for v in extent)
    if (
        len(values) != 4
        or not all(math.isfinite(v) for v in values)
        or not (values[0] < values[2] and values[1] < values[3])
    ):
        raise ValidationError(MSG_BAD_EXTENT, field="extent", extent=values)
    return (values[0], values[1], values[2], values[3])


def compute_extent(layers: Iterable[SceneLayer]) -> Extent:
    """The box around every feature and label anchor, with a margin; a default box if empty."""
    boxes = []
    for layer in layers:
        for feature in layer.features:
            if feature.geometry is not None:
                boxes.append(tuple(shapely.bounds(feature.geometry)))
            elif feature.label_at is not None:
                boxes.append((*feature.label_at, *feature.label_at))
    if not boxes:
        cx, cy = to_model(*_DEFAULT_CENTRE_LON_LAT)
        half = _DEFAULT_HALF_SIZE_M
        return (cx - half, cy - half, cx + half, cy + half)
    array = np.asarray(boxes, dtype=float)
    min_x, min_y = np.nanmin(array[:, 0]), np.nanmin(array[:, 1])
    max_x, max_y = np.nanmax(array[:, 2]), np.nanmax(array[:, 3])
    cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
    half_w = max(max_x - min_x, MIN_EXTENT_M) / 2
    half_h = max(max_y - min_y, MIN_EXTENT_M) / 2
    margin = max(EXTENT_MARGIN * 2 * max(half_w, half_h), MIN_MARGIN_M)
    return (
        float(cx - half_w - margin),
        float(cy - half_h - margin),
        float(cx + half_w + margin),
        float(cy + half_h + margin),
    )


def _chosen_layers(layer_ids: set[str] | None, overridden: set[str]) -> tuple[LayerSpec, ...]:
    wanted = set(layer_ids) if layer_ids is not None else set(LAYER_BY_ID)
    unknown = sorted((wanted | overridden) - set(LAYER_BY_ID))
    if unknown:
        raise ValidationError(
            MSG_UNKNOWN_LAYER, field="layers", layer=unknown[0], known=", ".join(LAYER_BY_ID)
        )
    return tuple(spec for spec in LAYERS if spec.id in wanted)


def _scene_layer(
    plan: Plan,
    spec: LayerSpec,
    at: date,
    style_of: StyleFunction,
    legend_of: LegendFunction,
    extent: Extent | None,
) -> SceneLayer:
    entities = sorted(spec.objects(plan), key=lambda e: e.id)
    features = [_feature(plan, spec, entity, at, style_of(entity, at)) for entity in entities]
    if extent is not None:
        inside = _inside(features, extent)
        entities = [e for e, keep in zip(entities, inside, strict=True) if keep]
        features = [f for f, keep in zip(features, inside, strict=True) if keep]
    legend: dict[str, LegendEntry] = {}
    for entity, feature in zip(entities, features, strict=True):
        if feature.geometry is not None:
            text = legend_of(entity, at)
            legend.setdefault(text, LegendEntry(text, feature.style, _shape(feature.geometry)))
    entries = sorted(legend.values(), key=_legend_rank)  # stable: other texts keep their order
    return SceneLayer(
        id=spec.id,
        title=spec.title,
        features=tuple(features),
        legend=tuple(entries),
        min_label_scale=spec.min_label_scale,
        legend_group=LEGEND_GROUPS.get(spec.kind, ""),
    )


def _feature(plan: Plan, spec: LayerSpec, entity: Entity, at: date, style: Style) -> SceneFeature:
    geometry = drawn_geometry(entity)
    labelled = spec.labelled and not (isinstance(entity, Zone) and not entity.valid_on(at))
    label_at = _label_anchor(plan, entity, geometry) if labelled else None
    return SceneFeature(
        ref=Ref(spec.kind, entity.id),
        geometry=geometry,
        style=style,
        label=display_name(entity) if label_at is not None else None,
        label_at=label_at,
        label_priority=LABEL_PRIORITY.get(spec.kind, 3),
        label_weight=_label_weight(entity, geometry, at),
    )


def _label_anchor(
    plan: Plan, entity: Entity, geometry: BaseGeometry | None
) -> tuple[float, float] | None:
    if isinstance(entity, LaunchComplex) and geometry is None:
        pads = [p.location for p in plan.pads() if p.complex_id == entity.id]
        geometry = MultiPoint(pads).centroid if pads else None
    if geometry is None or geometry.is_empty:
        return None
    if isinstance(geometry, Point):
        point = geometry
    elif geometry.geom_type in ("LineString", "MultiLineString"):
        longest = max(getattr(geometry, "geoms", [geometry]), key=lambda g: g.length)
        point = longest.interpolate(0.5, normalized=True)
    else:
        largest = max(getattr(geometry, "geoms", [geometry]), key=lambda g: g.area)
        point = largest.point_on_surface()
    return (float(point.x), float(point.y))


def _label_weight(entity: Entity, geometry: BaseGeometry | None, at: date) -> float:
    if isinstance(entity, Pad):
        return _STATUS_WEIGHT[entity.status_at(at)]
    if geometry is None:
        return 0.0
    return float(geometry.area or geometry.length)


def _titled(title: str) -> LegendFunction:
    return lambda entity, at: title


def _legend_rank(entry: LegendEntry) -> tuple[int, bool]:
    """Pad statuses in their order first, entries out of service or force last."""
    return (_STATUS_RANK.get(entry.text, len(_STATUS_RANK)), " (not in " in entry.text)


def _default_legend(spec: LayerSpec) -> LegendFunction:
    """Pads by status; others by layer, with features out of service or force apart."""

    def text(entity: Entity, at: date) -> str:
        if isinstance(entity, Pad):
            return status_text(entity.status_at(at))
        if isinstance(entity, Facility) and not entity.in_service_on(at):
            return f"{spec.title} (not in service)"
        if isinstance(entity, Zone) and not entity.valid_on(at):
            return f"{spec.title} (not in force)"
        return spec.title

    return text


def status_text(status: PadStatus) -> str:
    """A pad status for people: ``under-modernisation`` -> ``Under modernisation``."""
    return status.value.replace("-", " ").capitalize()


_STATUS_RANK = {status_text(status): rank for rank, status in enumerate(PadStatus)}


def _shape(geometry: BaseGeometry) -> str:
    kind = geometry.geom_type
    if kind in ("Point", "MultiPoint"):
        return "point"
    if kind in ("LineString", "MultiLineString", "LinearRing"):
        return "line"
    return "polygon"


def _inside(features: list[SceneFeature], extent: Extent) -> list[bool]:
    """Which features touch ``extent`` (label-only ones by their label anchor)."""
    shapes = [
        f.geometry if f.geometry is not None else Point(f.label_at) if f.label_at else None
        for f in features
    ]
    hits = shapely.intersects(np.asarray(shapes, dtype=object), shapely.box(*extent))
    return [bool(hit) for hit in np.atleast_1d(hits)] if features else []
