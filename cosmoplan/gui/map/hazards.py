"""The "Hazard areas" layer: the public-area and public-traffic-route distances around the pads
held on the "as of" date and around the propellant stores in service then (safety rules §1.5),
drawn under the pads, with the required distance labelled at the top of each public-area
circle; the selected allocation's (or pad's, or store's) areas stand out.

The areas come from :func:`cosmoplan.mapping.hazards.hazard_areas`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from cosmoplan.domain import Allocation, Kind, Plan
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


def area_style(area: HazardArea, emphasised: bool) -> Style:
    """How one area is drawn: public area dashed red with a very light fill, public traffic
    route a thinner dashed orange outline; emphasised ones thicker (at most 2 px: the
    renderer repeats 1-pixel strokes, wider ones show as double lines) and filled darker."""
    if area.kind is HazardKind.PUBLIC_AREA:
        fill = PUBLIC_COLOUR + ("2e" if emphasised else "12")
        return Style(fill, PUBLIC_COLOUR, 2.0 if emphasised else 1.4, dash=(4.0, 3.0))
    return Style(None, ROUTE_COLOUR, 1.8 if emphasised else 1.0, dash=(4.0, 3.0))


def label_text(area: HazardArea) -> str:
    """The label of a public-area circle (translated): ``public area 597 m`` around a pad,
    ``store: public area 1,036 m`` around a propellant store, where the two often overlap."""
    distance = f"{area.distance_m:,.0f}"
    if area.facility_id is not None:
        return tr("store: public area {distance} m").format(distance=distance)
    return tr("public area {distance} m").format(distance=distance)


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
        super().__init__(document, selection, canvas, as_of, parent)

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
        return [(feature_key(a), a.geometry, area_style(a, strong(a))) for a in areas]

    def callouts(self, areas: list[HazardArea], emphasised: frozenset[int]) -> list[Callout]:
        colour = QColor(PUBLIC_COLOUR).darker(130)
        strong = self._strong(emphasised)
        found = []
        for area in areas:
            if area.kind is not HazardKind.PUBLIC_AREA:
                continue
            x0, y0, x1, y1 = area.geometry.bounds
            found.append(
                Callout((x0 + x1) / 2, y1, label_text(area), colour, 0.0, strong(area), y1 - y0)
            )
        return found
