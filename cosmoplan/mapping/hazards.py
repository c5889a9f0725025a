"""Hazard areas on a date, ready to draw (plain Python, no Qt): those of the allocations
binding then and those of the propellant stores in service then.

Each allocation's vehicle gives the public-area, public-traffic-route and intraline
distances (14 CFR Part 420, safety rules §1.4); each area is a buffer of the pad's hazard
source by that distance (§1.5, :mod:`cosmoplan.safety.hazard_areas`). A propellant store's
areas are buffers of its outline, for its maximum quantity (§1.5, storage tables [NF] §2.4:
see :func:`cosmoplan.safety.hazard_areas.store_distances`). Vehicles and stores whose net
explosive weight cannot be computed (no mass or quantity, no TNT factor) get no area.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Allocation, Facility, FacilityKind, Kind, Pad, Plan, Ref, Vehicle
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety.hazard_areas import (
    HazardAreas,
    pad_hazard_areas,
    store_hazard_areas,
    vehicle_distances,
)
from cosmoplan.safety.norm import PART_420, QDNorm


class HazardKind(StrEnum):
    """Which distance a hazard area stands for."""

    PUBLIC_AREA = "public-area"
    PUBLIC_TRAFFIC_ROUTE = "public-traffic-route"
    INTRALINE = "intraline"


@dataclass(frozen=True, slots=True)
class HazardArea:
    """One hazard area (model CRS): a buffer of the hazard source of an allocation (its
    pad, held by its tenant) or of a facility (a propellant store's outline).

    Exactly one of ``allocation_id`` and ``facility_id`` is set; ``pad_id`` and
    ``tenant_id`` are those of the allocation (``None`` for a store).
    """

    allocation_id: int | None
    pad_id: int | None
    tenant_id: int | None
    kind: HazardKind
    distance_m: float
    geometry: BaseGeometry
    facility_id: int | None = None

    def __post_init__(self) -> None:
        if (self.allocation_id is None) == (self.facility_id is None):
            raise ValueError("a hazard area belongs to an allocation or to a facility")

    @property
    def source(self) -> Ref:
        """The allocation or facility whose area this is."""
        if self.allocation_id is not None:
            return Ref(Kind.ALLOCATION, self.allocation_id)
        assert self.facility_id is not None
        return Ref(Kind.FACILITY, self.facility_id)


def binding_allocations(plan: Plan, day: date) -> list[Allocation]:
    """Allocations that hold their pad on ``day`` (binding status, period covering it)."""
    return [a for a in plan.allocations() if a.status.binding and a.covers(day)]


def stores_in_service(plan: Plan, day: date) -> list[Facility]:
    """Propellant stores in service on ``day`` (:meth:`Facility.in_service_on`), by id."""
    return sorted(
        (
            f
            for f in plan.facilities()
            if f.kind is FacilityKind.PROPELLANT_STORE and f.in_service_on(day)
        ),
        key=lambda f: f.id,
    )


Row = tuple[HazardKind, float, BaseGeometry]


class BufferCache:
    """The buffers of each (pad, vehicle, norm) and (store, norm), kept while those very
    objects are the plan's (edits replace objects, so a changed one is built again): moving
    the "as of" date or editing something else rebuilds nothing. Cleared when it grows past
    :attr:`limit` entries."""

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._entries: dict[tuple[int, ...], tuple[tuple[object, ...], list[Row]]] = {}

    def rows(self, sources: tuple[object, ...], build: Callable[[], list[Row]]) -> list[Row]:
        """The rows cached for ``sources`` (compared by identity), built if needed."""
        key = tuple(id(source) for source in sources)
        found = self._entries.get(key)
        if found is not None and all(a is b for a, b in zip(found[0], sources, strict=True)):
            return found[1]
        if len(self._entries) >= self.limit:
            self._entries.clear()
        rows = build()
        self._entries[key] = (sources, rows)
        return rows


def _rows(areas: HazardAreas) -> list[Row]:
    distances = areas.distances
    return [
        (HazardKind.PUBLIC_AREA, distances.public_area.m, areas.public_area),
        (
            HazardKind.PUBLIC_TRAFFIC_ROUTE,
            distances.public_traffic_route.m,
            areas.public_traffic_route,
        ),
        (HazardKind.INTRALINE, distances.intraline.m, areas.intraline),
    ]


def _pad_rows(pad: Pad, vehicle: Vehicle, norm: QDNorm) -> list[Row]:
    try:
        return _rows(pad_hazard_areas(pad, vehicle_distances(vehicle, norm)))
    except CosmoplanError:
        return []


def _store_rows(facility: Facility, norm: QDNorm) -> list[Row]:
    try:
        return _rows(store_hazard_areas(facility, norm))
    except CosmoplanError:
        return []


def allocation_hazard_areas(
    plan: Plan,
    allocation: Allocation,
    norm: QDNorm = PART_420,
    cache: BufferCache | None = None,
) -> list[HazardArea]:
    """The three hazard areas of ``allocation`` (none if its vehicle's NEW is unknown)."""
    pad = plan.find(Kind.PAD, allocation.pad_id)
    vehicle = plan.find(Kind.VEHICLE, allocation.vehicle_id)
    if not isinstance(pad, Pad) or not isinstance(vehicle, Vehicle):
        return []
    build = partial(_pad_rows, pad, vehicle, norm)
    rows = build() if cache is None else cache.rows((pad, vehicle, norm), build)
    return [
        HazardArea(allocation.id, pad.id, allocation.tenant_id, kind, distance, geometry)
        for kind, distance, geometry in rows
    ]


def facility_hazard_areas(
    facility: Facility, norm: QDNorm = PART_420, cache: BufferCache | None = None
) -> list[HazardArea]:
    """The three hazard areas of a propellant store at its maximum quantity, around its
    outline (none for another facility, or if its load or TNT factor is unknown)."""
    if facility.kind is not FacilityKind.PROPELLANT_STORE:
        return []
    build = partial(_store_rows, facility, norm)
    rows = build() if cache is None else cache.rows((facility, norm), build)
    return [
        HazardArea(None, None, None, kind, distance, geometry, facility_id=facility.id)
        for kind, distance, geometry in rows
    ]


def allocation_areas(
    plan: Plan,
    day: date,
    allocation_ids: Iterable[int] | None = None,
    cache: BufferCache | None = None,
) -> list[HazardArea]:
    """Hazard areas of the allocations binding on ``day`` (only ``allocation_ids`` if
    given), by allocation id then kind."""
    wanted = None if allocation_ids is None else set(allocation_ids)
    found: list[HazardArea] = []
    for allocation in sorted(binding_allocations(plan, day), key=lambda a: a.id):
        if wanted is None or allocation.id in wanted:
            found += allocation_hazard_areas(plan, allocation, cache=cache)
    return found


def store_areas(
    plan: Plan,
    day: date,
    facility_ids: Iterable[int] | None = None,
    cache: BufferCache | None = None,
) -> list[HazardArea]:
    """Hazard areas of the propellant stores in service on ``day`` (only ``facility_ids``
    if given), by facility id then kind."""
    wanted = None if facility_ids is None else set(facility_ids)
    found: list[HazardArea] = []
    for store in stores_in_service(plan, day):
        if wanted is None or store.id in wanted:
            found += facility_hazard_areas(store, cache=cache)
    return found


def hazard_areas(plan: Plan, day: date, cache: BufferCache | None = None) -> list[HazardArea]:
    """Every hazard area on ``day``: the binding allocations' (:func:`allocation_areas`),
    then the propellant stores' in service (:func:`store_areas`); ``cache`` keeps buffers
    between calls."""
    return allocation_areas(plan, day, cache=cache) + store_areas(plan, day, cache=cache)
