"""Populated places under a flight corridor, and the pad's allowed azimuths (§4.4 (d)).

Appendix A (d) (safety-rules.md §4.4): a populated area inside the overflight exclusion zone
means the proposal must change, or people must be shown absent or evacuated by agreement
(an error); inside the rest of the corridor it calls for a redesign, Appendix B or an
Appendix C risk analysis (a warning). Populated places are the plan's public-area zones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
import shapely

from cosmoplan.domain import Pad, Zone, ZoneKind
from cosmoplan.safety.corridor import FlightCorridor


class CorridorArea(StrEnum):
    """Which part of a flight corridor a place lies in (ids as in ``cosmoplan corridor``)."""

    OVERFLIGHT_EXCLUSION = "overflight-exclusion"
    FLIGHT_CORRIDOR = "flight-corridor"


@dataclass(frozen=True, slots=True)
class CorridorConflict:
    """A populated place inside a corridor: in its overflight exclusion zone it is an error."""

    zone: Zone
    area: CorridorArea

    @property
    def is_error(self) -> bool:
        """Whether the place is in the overflight exclusion zone (§4.4 (d)(2))."""
        return self.area is CorridorArea.OVERFLIGHT_EXCLUSION


def populated_places_under(
    corridor: FlightCorridor, zones: Iterable[Zone], day: date | None = None
) -> list[CorridorConflict]:
    """Public-area zones (valid on ``day`` if given) in the overflight exclusion zone or,
    failing that, in the flight corridor; one bulk STRtree query per area."""
    places = [
        z for z in zones if z.kind is ZoneKind.PUBLIC_AREA and (day is None or z.valid_on(day))
    ]
    if not places:
        return []
    tree = shapely.STRtree(np.array([z.geometry for z in places], dtype=object))
    oez, flight = corridor.in_model_crs()
    inside_oez = set(tree.query(oez, predicate="intersects").tolist())
    inside = set(tree.query(flight, predicate="intersects").tolist()) | inside_oez
    return [
        CorridorConflict(
            places[i],
            CorridorArea.OVERFLIGHT_EXCLUSION if i in inside_oez else CorridorArea.FLIGHT_CORRIDOR,
        )
        for i in sorted(inside, key=lambda i: places[i].id)
    ]


def azimuth_allowed(pad: Pad, azimuth_deg: float) -> bool:
    """Whether the pad's capabilities allow launching at ``azimuth_deg`` (wrapping north)."""
    return pad.capabilities.allows_azimuth(azimuth_deg)
