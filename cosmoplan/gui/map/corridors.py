"""The "Flight corridors" layer: the 14 CFR 420 Appendix A overflight exclusion zone (filled red)
and flight corridor (amber outline) of each allocation binding on the "as of" date that gives a
launch azimuth (safety rules §4.4), drawn under the pads; a label at the exclusion zone's
downrange tip names the class, the azimuth and the zone's downrange length. The selected
allocation's (or pad's) corridors stand out.

The corridors come from :func:`cosmoplan.mapping.corridors.flight_corridors` (cached, clipped
to Kazakhstan). They are thousands of kilometres long: being drawn into the map's retained
image, a pan costs only the newly exposed strips.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from cosmoplan.domain import Allocation, Plan
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.map.derived import Callout
from cosmoplan.gui.map.formatting import format_distance
from cosmoplan.gui.map.safety import DrawnFeature, SafetyLayer
from cosmoplan.mapping.corridors import (
    AllocationCorridor,
    allocation_corridor,
    flight_corridors,
    format_azimuth,
)
from cosmoplan.mapping.style import Style
from cosmoplan.safety.units import M_PER_NM

LAYER_ID = "safety/flight-corridors"
LAYER_TITLE = QT_TRANSLATE_NOOP("layers", "Flight corridors")
#: Above the facilities, under the hazard areas and the pads.
Z = 44
EXCLUSION_COLOUR = "#c92a2a"
CORRIDOR_COLOUR = "#e67700"
EMPHASISED_CORRIDOR_COLOUR = "#c05600"


#: The corridor classes' names (context "enums", as in the vehicle editor).
def exclusion_style(emphasised: bool) -> Style:
    """The overflight exclusion zone: a red fill with a solid outline."""
    if emphasised:
        return Style(EXCLUSION_COLOUR + "5c", "#a51d1d", 2.0)
    return Style(EXCLUSION_COLOUR + "38", EXCLUSION_COLOUR, 1.3)


def corridor_style(emphasised: bool) -> Style:
    """The flight corridor: an amber outline (it is drawn in pieces: no fill, no dashes; at
    most 2 px wide, as wider strokes of the renderer show as double lines)."""
    if emphasised:
        return Style(None, EMPHASISED_CORRIDOR_COLOUR, 2.0)
    return Style(None, CORRIDOR_COLOUR, 1.5)


def label_text(corridor: AllocationCorridor) -> str:
    """The corridor's label (translated), e.g. ``Medium-large orbital · 51.8°`` over
    ``overflight exclusion 7.88 km``."""
    name = label(corridor.vehicle_class)
    first = tr("{vehicle_class} · {azimuth}").format(
        vehicle_class=name, azimuth=format_azimuth(corridor.azimuth_deg)
    )
    second = tr("overflight exclusion {length}").format(
        length=format_distance(corridor.exclusion_length_m)
    )
    return f"{first}\n{second}"


class CorridorOverlay(SafetyLayer[AllocationCorridor]):
    """The flight-corridor layer of the canvas (View > Show Flight Corridors)."""

    layer_id = LAYER_ID
    title = LAYER_TITLE
    z = Z
    action_id = "view.flight-corridors"
    action_text = QT_TRANSLATE_NOOP("actions", "Show &Flight Corridors")
    action_tip = QT_TRANSLATE_NOOP(
        "actions",
        "Draw the overflight exclusion zone and flight corridor of each launch azimuth "
        "given by the allocations held on the date",
    )

    def compute(self, plan: Plan, day: date, also: list[Allocation]) -> list[AllocationCorridor]:
        extra = (allocation_corridor(plan, a) for a in also)
        return flight_corridors(plan, day) + [c for c in extra if c is not None]

    def features(
        self, areas: list[AllocationCorridor], emphasised: frozenset[int]
    ) -> list[DrawnFeature]:
        drawn: list[DrawnFeature] = []
        for corridor in areas:
            strong = corridor.allocation_id in emphasised
            key = corridor.allocation_id * 2
            if not corridor.flight.is_empty:
                drawn.append((key, corridor.flight, corridor_style(strong)))
            if not corridor.overflight_exclusion.is_empty:
                drawn.append((key + 1, corridor.overflight_exclusion, exclusion_style(strong)))
        return drawn

    def callouts(
        self, areas: list[AllocationCorridor], emphasised: frozenset[int]
    ) -> list[Callout]:
        colour = QColor(EXCLUSION_COLOUR).darker(130)
        found: dict[tuple[float, float, str], Callout] = {}
        for corridor in areas:
            x, y = corridor.label_at
            text = label_text(corridor)
            strong = corridor.allocation_id in emphasised
            key = (round(x), round(y), text)  # one label for identical launches from a pad
            if key not in found or strong:
                length = corridor.exclusion_length_m + 2 * corridor.dimensions.dmax_nm * M_PER_NM
                found[key] = Callout(x, y, text, colour, corridor.azimuth_deg, strong, length)
        return list(found.values())
