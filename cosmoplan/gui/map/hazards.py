"""The "Hazard areas" layer: the public-area and public-traffic-route distances around the pads
held on the "as of" date and around the propellant stores in service then (safety rules §1.5),
drawn under the pads as outlines, each public-area circle labelled on its ring with its pad and
distance; only the selected allocation's (or pad's, or store's) areas and the one under the
mouse are filled, and the hover tip names the allocation that owns each area under it.

The areas come from :func:`cosmoplan.mapping.hazards.hazard_areas`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

import shapely
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from cosmoplan.domain import Allocation, Kind, Pad, Plan, display_name
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.map.derived import Callout
from cosmoplan.gui.map.safety import SAFETY_KINDS, DrawnFeature, SafetyLayer
from cosmoplan.mapping.hazards import (
    BufferCache,
    HazardArea,
    HazardKind,
    allocation_hazard_areas,
    hazard_areas,
)
from cosmoplan.mapping.style import Style
from cosmoplan.services.viewstate import AsOfDate, Selection

LAYER_ID = "safety/hazard-areas"
LAYER_TITLE = QT_TRANSLATE_NOOP("layers", "Hazard areas")
#: Above the facilities, under the pads (see cosmoplan.mapping.style.LAYERS).
Z = 45
PUBLIC_COLOUR = "#c92a2a"
ROUTE_COLOUR = "#e8590c"
DRAWN = (HazardKind.PUBLIC_AREA, HazardKind.PUBLIC_TRAFFIC_ROUTE)


def area_style(area: HazardArea, emphasised: bool, hovered: bool = False) -> Style:
    """How one area is drawn: public area a dashed red outline, public traffic route a
    thinner dashed orange one, neither filled (stacked fills would hide whose is whose);
    emphasised ones thicker (at most 2 px: the renderer repeats 1-pixel strokes, wider ones
    show as double lines) and, like the one under the mouse, filled."""
    fill = PUBLIC_COLOUR + "2e" if emphasised or hovered else None
    if area.kind is HazardKind.PUBLIC_AREA:
        return Style(fill, PUBLIC_COLOUR, 2.0 if emphasised else 1.4, dash=(4.0, 3.0))
    return Style(fill and ROUTE_COLOUR + "24", ROUTE_COLOUR, 1.8 if emphasised else 1.0, (4.0, 3.0))


def label_text(area: HazardArea, plan: Plan) -> str:
    """The label of a public-area circle (translated), naming whose it is:
    ``45/1: public area 597 m`` around a pad, ``store: public area 1,036 m`` around a
    propellant store."""
    distance = f"{area.distance_m:,.0f}"
    if area.facility_id is not None:
        return tr("store: public area {distance} m").format(distance=distance)
    pad = plan.find(Kind.PAD, area.pad_id) if area.pad_id is not None else None
    code = pad.code if isinstance(pad, Pad) else "?"
    return tr("{pad}: public area {distance} m").format(pad=code, distance=distance)


def ring_points(area: HazardArea) -> tuple[tuple[float, float], ...]:
    """Points on a circle's ring (from its envelope) where its label may sit: top first,
    then bottom, the sides and the diagonals."""
    x0, y0, x1, y1 = area.geometry.bounds
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    d = math.sqrt(0.5)
    steps = ((0, 1), (0, -1), (1, 0), (-1, 0), (d, d), (-d, d), (d, -d), (-d, -d))
    return tuple((cx + dx * rx, cy + dy * ry) for dx, dy in steps)


def feature_key(area: HazardArea) -> int:
    """The area's feature id on the layer, unique and stable: from its allocation's (even)
    or store's (odd) id and its kind."""
    slot = area.source.id * len(DRAWN) + DRAWN.index(area.kind)
    return 2 * slot + int(area.allocation_id is None)


class HazardOverlay(SafetyLayer[HazardArea]):
    """The hazard-area layer of the canvas (View > Show Hazard Areas)."""

    watched = SAFETY_KINDS | {Kind.FACILITY}

    layer_id = LAYER_ID
    title = LAYER_TITLE
    z = Z
    action_id = "view.hazard-areas"
    action_text = QT_TRANSLATE_NOOP("actions", "Show &Hazard Areas")
    action_tip = QT_TRANSLATE_NOOP(
        "actions", "Draw the public-area and public-traffic-route distances around held pads"
    )

    def __init__(
        self,
        document: Document,
        selection: Selection,
        canvas: MapCanvas,
        as_of: AsOfDate,
        parent: QObject | None = None,
    ) -> None:
        self.buffers = BufferCache()  # kept between dates and edits; the first compute needs it
        self.hovered: int | None = None  # the feature key of the area under the mouse
        super().__init__(document, selection, canvas, as_of, parent)
        canvas.hover.add_source(self.hover)

    def hover(self, x: float, y: float, tolerance: float) -> list[str]:
        """Fill the area under (x, y) whose ring is nearest and name the owner of every area
        there, nearest ring first."""
        point = shapely.Point(x, y)
        here = [a for a in self.areas if a.geometry.distance(point) <= tolerance]
        here.sort(key=lambda a: shapely.boundary(a.geometry).distance(point))
        hovered = feature_key(here[0]) if here else None
        if hovered != self.hovered:
            self.hovered = hovered
            emphasised = self.emphasised()
            self.canvas.set_derived_features(self.layer_id, self.features(self.areas, emphasised))
        plan = self.document.plan
        return [area_tip(a, plan) for a in here]

    def compute(self, plan: Plan, day: date, also: list[Allocation]) -> list[HazardArea]:
        cache = self.buffers
        found = hazard_areas(plan, day, cache)
        found += [area for a in also for area in allocation_hazard_areas(plan, a, cache=cache)]
        return [a for a in found if a.kind in DRAWN]

    def areas_of_store(self, facility_id: int) -> list[HazardArea]:
        """The shown areas of one propellant store."""
        return [a for a in self.areas if a.facility_id == facility_id]

    def emphasised_stores(self) -> frozenset[int]:
        """Ids of the selected propellant stores that have areas shown."""
        stores = self.selected(Kind.FACILITY)
        return frozenset(a.facility_id for a in self.areas if a.facility_id in stores)

    def _strong(self, emphasised: frozenset[int]) -> Callable[[HazardArea], bool]:
        """Whether an area is emphasised: its allocation is in ``emphasised`` or its store
        is selected."""
        stores = self.emphasised_stores()

        def strong(area: HazardArea) -> bool:
            if area.allocation_id is not None:
                return area.allocation_id in emphasised
            return area.facility_id in stores

        return strong

    def features(self, areas: list[HazardArea], emphasised: frozenset[int]) -> list[DrawnFeature]:
        strong = self._strong(emphasised)
        hovered = self.hovered
        return [
            (key, a.geometry, area_style(a, strong(a), key == hovered))
            for a in areas
            for key in (feature_key(a),)
        ]

    def callouts(self, areas: list[HazardArea], emphasised: frozenset[int]) -> list[Callout]:
        colour = QColor(PUBLIC_COLOUR).darker(130)
        strong = self._strong(emphasised)
        plan = self.document.plan
        found = []
        for area in areas:
            if area.kind is not HazardKind.PUBLIC_AREA:
                continue
            (x, y), *others = ring_points(area)
            text = label_text(area, plan)
            size = area.geometry.bounds[3] - area.geometry.bounds[1]
            found.append(Callout(x, y, text, colour, 0.0, strong(area), size, True, tuple(others)))
        return found


def area_tip(area: HazardArea, plan: Plan) -> str:
    """The hover tip of one area, naming whose it is: ``Public area 597 m: Soyuz-5 of
    Roscosmos on 45/1, 2030-01-01 – 2031-12-31`` or ``Public area 1,036 m around LOX and
    kerosene store (Site 45)``."""
    what = tr("Public area") if area.kind is HazardKind.PUBLIC_AREA else tr("Public traffic route")
    distance = f"{area.distance_m:,.0f}"
    if area.facility_id is not None:
        store = plan.find(Kind.FACILITY, area.facility_id)
        name = display_name(store) if store is not None else "?"
        return tr("{area} {distance} m around {store}").format(
            area=what, distance=distance, store=name
        )
    allocation = plan.find(Kind.ALLOCATION, area.allocation_id or 0)
    if not isinstance(allocation, Allocation):
        return f"{what} {distance} m"
    names = {
        key: display_name(entity) if entity is not None else "?"
        for key, entity in (
            ("vehicle", plan.find(Kind.VEHICLE, allocation.vehicle_id)),
            ("tenant", plan.find(Kind.TENANT, allocation.tenant_id)),
            ("pad", plan.find(Kind.PAD, allocation.pad_id)),
        )
    }
    return tr("{area} {distance} m: {vehicle} of {tenant} on {pad}, {start} – {end}").format(
        area=what,
        distance=distance,
        start=allocation.start.isoformat(),
        end=allocation.end.isoformat(),
        **names,
    )
