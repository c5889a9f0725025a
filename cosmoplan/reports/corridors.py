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
from cosmoplan.mapping.corridors import AllocationCorridor, flight_corridors, format_azimuth
from cosmoplan.mapping.scene import LegendEntry, Scene, SceneFeature, SceneLayer
from cosmoplan.mapping.style import Style
from cosmoplan.messages import register
from cosmoplan.reports.language import ENGLISH, Language

LAYER_ID = "report/flight-corridors"
EXCLUSION_TITLE = "Overflight exclusion zone"
CORRIDOR_TITLE = "Flight corridor"
EXCLUSION_STYLE = Style("#c92a2a38", "#c92a2a", 0.8, label_color="#a51d1d")
CORRIDOR_STYLE = Style(None, "#e67700", 1.0)
#: Labels of exclusion zones come after those of pads, with those of complexes (before zones).
LABEL_PRIORITY = 1
MSG_CORRIDOR = register("report.map.corridor", "{vehicle_class} · {azimuth} · OEZ {km} km")


def corridor_label(plan: Plan, corridor: AllocationCorridor, lang: Language = ENGLISH) -> str:
    """The label of a corridor naming its pad and vehicle, e.g. ``45/1 Soyuz-5: medium-large
    · 51.8° · OEZ 7.9 km`` (the class and the zone's length in ``lang``)."""
    pad = plan.get(Kind.PAD, corridor.pad_id)
    allocation = plan.get(Kind.ALLOCATION, corridor.allocation_id)
    assert isinstance(allocation, Allocation)
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    about = corridor.label
    if lang.code != "en":  # the English label is the one mapping makes
        about = lang.t(
            MSG_CORRIDOR,
            vehicle_class=lang.enum(corridor.vehicle_class).lower(),
            azimuth=format_azimuth(corridor.azimuth_deg),
            km=round(corridor.exclusion_length_m / 1000, 1),
        )
    return f"{display_name(pad)} {display_name(vehicle)}: {about}"


def corridor_layer(
    plan: Plan, scene: Scene, tenant_id: int | None = None, lang: Language = ENGLISH
) -> SceneLayer | None:
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
                label=corridor_label(plan, corridor, lang),
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
