"""The map's layers and their styles, shared by the screen canvas, `cosmoplan render` and the
PDF reports, so that paper matches the screen. Plain data: no Qt.

Colours are ``#RRGGBB`` or ``#RRGGBBAA`` strings. Widths and sizes are in screen pixels (or
points on paper).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from cosmoplan.domain import (
    Entity,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    LaunchComplex,
    Pad,
    PadStatus,
    Plan,
    Zone,
    ZoneKind,
)


@dataclass(frozen=True, slots=True)
class Style:
    """How one feature is drawn."""

    fill: str | None = None
    stroke: str | None = "#404040"
    stroke_width: float = 1.0
    dash: tuple[float, ...] | None = None
    symbol: str = "o"  # for points: o circle, s square, t triangle, d diamond, star
    size: float = 7.0  # point symbol size
    label_color: str = "#202020"


@dataclass(frozen=True, slots=True)
class LayerSpec:
    """One layer of the map: which objects it shows and how each is styled. ``accepts``
    decides by the object's class and its own ``kind`` (a facility's, a zone's) alone: the
    map asks it once for each such pair."""

    id: str
    title: str
    kind: Kind
    z: int
    accepts: Callable[[Entity], bool]
    style: Callable[[Entity, date], Style]
    labelled: bool = False
    min_label_scale: float = 0.0  # pixels per metre above which labels show

    def objects(self, plan: Plan) -> Iterator[Entity]:
        """The plan's objects on this layer."""
        return (e for e in plan.objects(self.kind).values() if self.accepts(e))


ZONE_STYLES: dict[ZoneKind, Style] = {
    ZoneKind.COSMODROME_BOUNDARY: Style(None, "#7a4b00", 2.0, dash=(8, 4)),
    ZoneKind.RUSSIAN_LEASE: Style("#d6604d22", "#b2182b", 1.2, dash=(4, 3)),
    ZoneKind.KAZAKH_TERRITORY: Style("#4393c322", "#2166ac", 1.2),
    ZoneKind.SPECIAL_ECONOMIC_ZONE: Style("#1b9e7733", "#1b7837", 1.6),
    ZoneKind.PUBLIC_AREA: Style("#bdbdbd66", "#636363", 1.0),
    ZoneKind.RESTRICTED_AREA: Style("#fdae6133", "#e66101", 1.2, dash=(2, 2)),
}

PAD_STATUS_COLORS: dict[PadStatus, str] = {
    PadStatus.ACTIVE: "#1a9641",
    PadStatus.INACTIVE: "#8c8c8c",
    PadStatus.UNDER_MODERNISATION: "#2c7bb6",
    PadStatus.DAMAGED: "#fdae61",
    PadStatus.DESTROYED: "#d7191c",
    PadStatus.MUSEUM: "#9e7bb5",
}

FACILITY_COLORS: dict[FacilityKind, str] = {
    FacilityKind.CABLE_MAST: "#ff7f00",
    FacilityKind.SERVICE_TOWER: "#e08214",
    FacilityKind.ASSEMBLY_BUILDING: "#6a51a3",
    FacilityKind.FUELLING_STATION: "#e7298a",
    FacilityKind.PROPELLANT_STORE: "#ce1256",
    FacilityKind.POWER_SUBSTATION: "#fec44f",
    FacilityKind.RAIL_LINE: "#252525",
    FacilityKind.ROAD: "#969696",
    FacilityKind.PIPELINE: "#8c510a",
    FacilityKind.WATER: "#4292c6",
    FacilityKind.CONTROL_BUNKER: "#525252",
    FacilityKind.HOUSING: "#bf812d",
    FacilityKind.AIRPORT: "#35978f",
    FacilityKind.OTHER: "#737373",
}

FACILITY_SYMBOLS: dict[FacilityKind, str] = {
    FacilityKind.CABLE_MAST: "t",
    FacilityKind.SERVICE_TOWER: "t",
    FacilityKind.POWER_SUBSTATION: "s",
    FacilityKind.CONTROL_BUNKER: "s",
    FacilityKind.PROPELLANT_STORE: "d",
    FacilityKind.FUELLING_STATION: "d",
}

#: Facility kinds drawn as lines (rail first: it is the site's backbone).
LINEAR_KINDS = (
    FacilityKind.RAIL_LINE,
    FacilityKind.ROAD,
    FacilityKind.PIPELINE,
    FacilityKind.WATER,
)


def zone_style(zone: Entity, day: date) -> Style:
    """Zones are semi-transparent fills with a coloured outline; expired ones are faint."""
    assert isinstance(zone, Zone)
    style = ZONE_STYLES[zone.kind]
    if not zone.valid_on(day):
        return Style(None, "#bdbdbd", 0.8, dash=(2, 4))
    return style


def complex_style(entity: Entity, day: date) -> Style:
    """Complex footprints: a thin dark outline with a light fill."""
    return Style("#ffffff55", "#3f3f3f", 1.0, dash=(6, 3))


def facility_style(entity: Entity, day: date) -> Style:
    """Facilities by kind; ones not in service on ``day`` are dashed and pale."""
    assert isinstance(entity, Facility)
    return _facility_look(entity.kind, entity.in_service_on(day), entity.status)


@lru_cache(maxsize=512)
def _facility_look(kind: FacilityKind, in_service: bool, status: FacilityStatus) -> Style:
    color = FACILITY_COLORS[kind]
    dash = None if in_service else (3.0, 3.0)
    if kind is FacilityKind.RAIL_LINE:
        return Style(None, color, 1.6, dash=dash or (10.0, 2.0))
    if kind in LINEAR_KINDS:
        return Style(None, color, 1.4, dash=dash)
    fill = f"{color}{'aa' if in_service else '33'}"
    if status is FacilityStatus.DECOMMISSIONED:
        fill = f"{color}22"
    return Style(fill, color, 1.0, dash=dash, symbol=FACILITY_SYMBOLS.get(kind, "s"), size=8.0)


def pad_style(entity: Entity, day: date) -> Style:
    """Pads are large circles coloured by their status on ``day``."""
    assert isinstance(entity, Pad)
    color = PAD_STATUS_COLORS[entity.status_at(day)]
    return Style(f"{color}ff", "#000000", 1.2, symbol="o", size=12.0)


def _facility_layer(
    kinds: tuple[FacilityKind, ...], layer_id: str, title: str, z: int
) -> LayerSpec:
    return LayerSpec(
        id=layer_id,
        title=title,
        kind=Kind.FACILITY,
        z=z,
        accepts=lambda e: isinstance(e, Facility) and e.kind in kinds,
        style=facility_style,
        labelled=True,
        min_label_scale=0.2,
    )


def _zone_layer(kind: ZoneKind, title: str, z: int) -> LayerSpec:
    return LayerSpec(
        id=f"zones/{kind.value}",
        title=title,
        kind=Kind.ZONE,
        z=z,
        accepts=lambda e: isinstance(e, Zone) and e.kind is kind,
        style=zone_style,
        labelled=True,
        min_label_scale=0.0,
    )


#: Every layer, bottom to top. Titles are English; the GUI translates them.
LAYERS: tuple[LayerSpec, ...] = (
    _zone_layer(ZoneKind.COSMODROME_BOUNDARY, "Cosmodrome boundary", 0),
    _zone_layer(ZoneKind.RUSSIAN_LEASE, "Russian-leased territory", 1),
    _zone_layer(ZoneKind.KAZAKH_TERRITORY, "Kazakh-controlled territory", 2),
    _zone_layer(ZoneKind.SPECIAL_ECONOMIC_ZONE, "Special economic zone", 3),
    _zone_layer(ZoneKind.PUBLIC_AREA, "Public areas (towns, airport)", 4),
    _zone_layer(ZoneKind.RESTRICTED_AREA, "Restricted areas", 5),
    LayerSpec(
        id="complexes",
        title="Launch complexes",
        kind=Kind.COMPLEX,
        z=10,
        accepts=lambda e: isinstance(e, LaunchComplex),
        style=complex_style,
        labelled=True,
        min_label_scale=0.02,
    ),
    *(
        _facility_layer((k,), f"facilities/{k.value}", t, 20 + i)
        for i, (k, t) in enumerate(
            (
                (FacilityKind.WATER, "Water lines"),
                (FacilityKind.PIPELINE, "Pipelines"),
                (FacilityKind.ROAD, "Roads"),
                (FacilityKind.RAIL_LINE, "Rail lines"),
            )
        )
    ),
    *(
        _facility_layer((k,), f"facilities/{k.value}", t, 30 + i)
        for i, (k, t) in enumerate(
            (
                (FacilityKind.HOUSING, "Housing"),
                (FacilityKind.AIRPORT, "Airports"),
                (FacilityKind.ASSEMBLY_BUILDING, "Assembly-test buildings (MIK)"),
                (FacilityKind.PROPELLANT_STORE, "Propellant stores"),
                (FacilityKind.FUELLING_STATION, "Fuelling stations"),
                (FacilityKind.POWER_SUBSTATION, "Power substations"),
                (FacilityKind.CONTROL_BUNKER, "Control bunkers"),
                (FacilityKind.SERVICE_TOWER, "Service towers"),
                (FacilityKind.CABLE_MAST, "Cable masts"),
                (FacilityKind.OTHER, "Other facilities"),
            )
        )
    ),
    LayerSpec(
        id="pads",
        title="Launch pads",
        kind=Kind.PAD,
        z=50,
        accepts=lambda e: isinstance(e, Pad),
        style=pad_style,
        labelled=True,
        min_label_scale=0.0,
    ),
)

LAYER_BY_ID: dict[str, LayerSpec] = {layer.id: layer for layer in LAYERS}


#: How selected objects are highlighted (on screen; reports may reuse it for emphasis).
SELECTION_STYLE = Style(fill="#00e5ff33", stroke="#00b8d4", stroke_width=2.5, size=20.0)
