"""Hazard areas on the report map: the public-area distance around each occupied pad and each
propellant store in service.

The distance is that of the vehicle occupying the pad on the report date (safety rules §1.5),
or of the store's maximum quantity (§1.5, storage tables [NF] §2.4), as on the window's map
(:mod:`cosmoplan.mapping.hazards`); vehicles and stores whose explosive weight cannot be
computed (no mass or quantity, no TNT factor) get no area.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from cosmoplan.domain import Allocation, Kind, Plan, Ref
from cosmoplan.mapping.hazards import HazardKind, allocation_hazard_areas, store_areas
from cosmoplan.mapping.scene import LegendEntry, Scene, SceneFeature, SceneLayer
from cosmoplan.mapping.style import Style

LAYER_ID = "report/hazard-areas"
TITLE = "Hazard area (public distance)"
STYLE = Style("#e8590c1f", "#d9480f", 0.9, dash=(3.0, 2.0))


def hazard_layer(
    plan: Plan, occupants: Mapping[int, list[Allocation]], at: date
) -> SceneLayer | None:
    """The layer of hazard areas around occupied pads (``occupants`` by pad id) and the
    propellant stores in service on ``at``, or ``None`` if there is none."""
    features = []
    for pad_id, allocations in sorted(occupants.items()):
        for area in allocation_hazard_areas(plan, allocations[0]):
            if area.kind is HazardKind.PUBLIC_AREA:
                features.append(SceneFeature(Ref(Kind.PAD, pad_id), area.geometry, STYLE))
    for area in store_areas(plan, at):
        if area.kind is HazardKind.PUBLIC_AREA:
            features.append(SceneFeature(area.source, area.geometry, STYLE))
    if not features:
        return None
    return SceneLayer(
        id=LAYER_ID,
        title=TITLE,
        features=tuple(features),
        legend=(LegendEntry(TITLE, STYLE, "polygon"),),
        legend_group="Safety",
    )


def under_pads(scene: Scene, layer: SceneLayer | None) -> Scene:
    """``scene`` with ``layer`` (hazard areas, corridors) just below the pads (on top if
    there are no pads); unchanged if ``layer`` is ``None``."""
    if layer is None:
        return scene
    layers = list(scene.layers)
    index = next((i for i, existing in enumerate(layers) if existing.id == "pads"), len(layers))
    layers.insert(index, layer)
    return Scene(at=scene.at, extent=scene.extent, layers=tuple(layers), title=scene.title)
