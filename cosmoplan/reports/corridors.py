"""Flight corridors on the report map: the overflight exclusion zone and flight corridor of
each allocation binding on the report date that gives a launch azimuth (safety rules §4.4), as
on the window's map (:mod:`cosmoplan.mapping.corridors`).

Corridors run for thousands of kilometres: they are clipped to a box well around the map's
extent, so that the page only carries what the frame can show (the vector drawing clips again
at the frame). The exclusion zone is labelled with its pad, vehicle, class, azimuth and
downrange length; a tenant report draws only the tenant's own corridors.
"""

from __future__ import annotations

import shapely

from cosmoplan.domain import Allocation, Kind, Plan, Ref, display_name
from cosmoplan.mapping.corridors import AllocationCorridor, flight_corridors
from cosmoplan.mapping.scene import LegendEntry, Scene, SceneFeature, SceneLayer
from cosmoplan.mapping.style import Style

LAYER_ID = "report/flight-corridors"
EXCLUSION_TITLE = "Overflight exclusion zone"
CORRIDOR_TITLE = "Flight corridor"
EXCLUSION_STYLE = Style("#c92a2a38", "#c92a2a", 0.8, label_color="#a51d1d")
CORRIDOR_STYLE = Style(None, "#e67700", 1.0)
#: Labels of exclusion zones come after those of pads, with those of complexes (before zones).
LABEL_PRIORITY = 1


def corridor_label(plan: Plan, corridor: AllocationCorridor) -> str:
    """The label of a corridor naming its pad and vehicle, e.g. ``45/1 Soyuz-5: medium-large
    · 51.8° · OEZ 7.9 km``."""
    pad = plan.get(Kind.PAD, corridor.pad_id)
    allocation = plan.get(Kind.ALLOCATION, corridor.allocation_id)
    assert isinstance(allocation, Allocation)
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    return f"{display_name(pad)} {display_name(vehicle)}: {corridor.label}"


def corridor_layer(plan: Plan, scene: Scene, tenant_id: int | None = None) -> SceneLayer | None:
    """The corridors of the allocations binding on the scene's date, clipped to a box around
    its extent (``None`` if there is none); only ``tenant_id``'s if given."""
    x0, y0, x1, y1 = scene.extent
    margin = max(x1 - x0, y1 - y0)
    box = (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    features = []
    for corridor in flight_corridors(plan, scene.at):
        if tenant_id is not None and corridor.tenant_id != tenant_id:
            continue
        ref = Ref(Kind.ALLOCATION, corridor.allocation_id)
        flight = shapely.clip_by_rect(corridor.flight, *box)
        if not flight.is_empty:
            features.append(SceneFeature(ref, flight, CORRIDOR_STYLE))
        exclusion = shapely.clip_by_rect(corridor.overflight_exclusion, *box)
        if exclusion.is_empty:
            continue
        features.append(
            SceneFeature(
                ref,
                exclusion,
                EXCLUSION_STYLE,
                label=corridor_label(plan, corridor),
                label_at=corridor.label_at,
                label_priority=LABEL_PRIORITY,
            )
        )
    if not features:
        return None
    return SceneLayer(
        id=LAYER_ID,
        title=CORRIDOR_TITLE,
        features=tuple(features),
        legend=(
            LegendEntry(EXCLUSION_TITLE, EXCLUSION_STYLE, "polygon"),
            LegendEntry(CORRIDOR_TITLE, CORRIDOR_STYLE, "line"),
        ),
        legend_group="Safety",
    )
