"""Hazard areas of the allocations binding on a date, ready to draw (plain Python, no Qt).

Each allocation's vehicle gives the public-area, public-traffic-route and intraline
distances (14 CFR Part 420, safety rules §1.4); each area is a buffer of the pad's hazard
source by that distance (§1.5, :mod:`cosmoplan.safety.hazard_areas`). Vehicles whose net
explosive weight cannot be computed (no mass, no TNT factor) get no area.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Vehicle
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety.hazard_areas import pad_hazard_areas, vehicle_distances
from cosmoplan.safety.norm import PART_420, QDNorm


class HazardKind(StrEnum):
    """Which distance a hazard area stands for."""

    PUBLIC_AREA = "public-area"
    PUBLIC_TRAFFIC_ROUTE = "public-traffic-route"
    INTRALINE = "intraline"


@dataclass(frozen=True, slots=True)
class HazardArea:
    """One hazard area of one allocation: a buffer (model CRS) of its pad's hazard source."""

    allocation_id: int
    pad_id: int
    tenant_id: int
    kind: HazardKind
    distance_m: float
    geometry: BaseGeometry


def binding_allocations(plan: Plan, day: date) -> list[Allocation]:
    """Allocations that hold their pad on ``day`` (binding status, period covering it)."""
    return [a for a in plan.allocations() if a.status.binding and a.covers(day)]


def allocation_hazard_areas(
    plan: Plan, allocation: Allocation, norm: QDNorm = PART_420
) -> list[HazardArea]:
    """The three hazard areas of ``allocation`` (none if its vehicle's NEW is unknown)."""
    pad = plan.find(Kind.PAD, allocation.pad_id)
    vehicle = plan.find(Kind.VEHICLE, allocation.vehicle_id)
    if not isinstance(pad, Pad) or not isinstance(vehicle, Vehicle):
        return []
    try:
        distances = vehicle_distances(vehicle, norm)
    except CosmoplanError:
        return []
    areas = pad_hazard_areas(pad, distances)
    rows = (
        (HazardKind.PUBLIC_AREA, distances.public_area.m, areas.public_area),
        (
            HazardKind.PUBLIC_TRAFFIC_ROUTE,
            distances.public_traffic_route.m,
            areas.public_traffic_route,
        ),
        (HazardKind.INTRALINE, distances.intraline.m, areas.intraline),
    )
    return [
        HazardArea(allocation.id, pad.id, allocation.tenant_id, kind, distance, geometry)
        for kind, distance, geometry in rows
    ]


def hazard_areas(
    plan: Plan, day: date, allocation_ids: Iterable[int] | None = None
) -> list[HazardArea]:
    """Hazard areas of the allocations binding on ``day`` (only ``allocation_ids`` if
    given), by allocation id then kind."""
    wanted = None if allocation_ids is None else set(allocation_ids)
    found: list[HazardArea] = []
    for allocation in sorted(binding_allocations(plan, day), key=lambda a: a.id):
        if wanted is None or allocation.id in wanted:
            found += allocation_hazard_areas(plan, allocation)
    return found
