"""Spatial indexes of what hazard areas are checked against, and the hazards' distances.

One :class:`SafetyIndex` serves one view of a plan (a :class:`Site`): STRtrees over public
areas, site boundaries, public traffic routes, propellant stores and pads, built on first use
and dropped by :meth:`SafetyIndex.invalidate` when those objects change, plus a cache of each
vehicle's and store's required distances under the index's norm.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
import shapely
from numpy.typing import NDArray

from cosmoplan.domain import (
    Allocation,
    Facility,
    FacilityKind,
    FacilityStatus,
    Pad,
    Propellant,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety.hazard_areas import store_distances, vehicle_distances
from cosmoplan.safety.norm import PART_420, HazardDistances, QDNorm
from cosmoplan.safety.tnt import PlannerFactor

#: A half-open run of days [start, end); None is an open end.
Interval = tuple[date | None, date | None]
#: Facility kinds that are public traffic routes (DoD: "any public street, road, highway,
#: navigable stream, or passenger railroad", safety-rules.md §1.6).
ROUTE_KINDS = frozenset({FacilityKind.ROAD, FacilityKind.RAIL_LINE})


class Occupant(Protocol):
    """A binding allocation with its objects (``cosmoplan.analysis.Bound`` is one)."""

    @property
    def allocation(self) -> Allocation:
        """The allocation."""

    @property
    def tenant(self) -> Tenant:
        """Its tenant."""

    @property
    def vehicle(self) -> Vehicle:
        """Its vehicle."""

    @property
    def pad(self) -> Pad:
        """Its pad."""


class Site(Protocol):
    """The plan as the safety checks read it (``cosmoplan.analysis.CheckContext`` is one)."""

    @property
    def pads(self) -> Mapping[int, Pad]:
        """Pads by id."""

    @property
    def facilities(self) -> Mapping[int, Facility]:
        """Facilities by id."""

    @property
    def zones(self) -> Mapping[int, Zone]:
        """Zones by id."""

    @property
    def vehicles(self) -> Mapping[int, Vehicle]:
        """Vehicles by id."""

    def binding_on(self, pad_id: int) -> Sequence[Occupant]:
        """The binding allocations of a pad."""


def service_interval(facility: Facility) -> Interval | None:
    """The days ``facility`` is in service as [start, end), None if never.

    Mirrors :meth:`Facility.in_service_on`: out of service never; without a commissioning
    date only if operational; retired from its decommissioning date.
    """
    if facility.status is FacilityStatus.OUT_OF_SERVICE:
        return None
    if facility.commissioned is None and facility.status is not FacilityStatus.OPERATIONAL:
        return None
    if (
        facility.commissioned is not None
        and facility.decommissioned is not None
        and facility.decommissioned <= facility.commissioned
    ):
        return None
    return facility.commissioned, facility.decommissioned


def zone_interval(zone: Zone) -> Interval:
    """The days a zone is valid, [valid_from, valid_to)."""
    return zone.valid_from, zone.valid_to


def clip(first: date, last: date, interval: Interval) -> tuple[date, date] | None:
    """The days of ``first..last`` (both included) inside ``interval``, or None."""
    start, end = interval
    low = first if start is None or start < first else start
    if end is not None:
        last = min(last, date.fromordinal(end.toordinal() - 1))
    return (low, last) if low <= last else None


@dataclass(slots=True)
class Layer:
    """Indexed objects of one kind: ids, geometries, an STRtree and when each exists."""

    ids: list[int]
    geometries: NDArray[np.object_]
    intervals: list[Interval]
    tree: shapely.STRtree

    @classmethod
    def build(cls, items: Sequence[tuple[int, shapely.Geometry, Interval]]) -> Layer:
        """A layer over ``(id, geometry, interval)`` items."""
        geometries = np.array([g for _, g, _ in items], dtype=object)
        return cls(
            [i for i, _, _ in items],
            geometries,
            [v for _, _, v in items],
            shapely.STRtree(geometries),
        )


class SafetyIndex:
    """Trees and distance caches for the safety checks of one site view."""

    def __init__(
        self, norm: QDNorm = PART_420, factors: Mapping[Propellant, PlannerFactor] | None = None
    ) -> None:
        self.norm = norm
        self.factors = dict(factors or {})
        self._layers: dict[str, Layer] = {}
        self._stores: dict[int, HazardDistances] = {}
        self._vehicles: dict[int, tuple[Vehicle, HazardDistances | CosmoplanError]] = {}
        self._reach: tuple[float, float] | None = None

    def invalidate(
        self,
        *,
        facilities: bool = False,
        zones: bool = False,
        pads: bool = False,
        vehicles: bool = False,
    ) -> None:
        """Drop the trees and reaches built from the objects that changed."""
        names = {"routes": facilities, "stores": facilities, "public": zones}
        names |= {"boundaries": zones, "held": zones, "pads": pads}
        for name, changed in names.items():
            if changed:
                self._layers.pop(name, None)
        if facilities:
            self._stores.clear()
        if facilities or vehicles:
            self._reach = None

    # -- distances -------------------------------------------------------------------------
    def vehicle(self, vehicle: Vehicle) -> HazardDistances | CosmoplanError:
        """The distances of a fuelled ``vehicle``, or why they cannot be computed (cached)."""
        cached = self._vehicles.get(vehicle.id)
        if cached is not None and cached[0] is vehicle:
            return cached[1]
        try:
            result: HazardDistances | CosmoplanError = vehicle_distances(
                vehicle, self.norm, factor=self.factors.get(vehicle.propellant)
            )
        except CosmoplanError as error:
            result = error
        self._vehicles[vehicle.id] = (vehicle, result)
        return result

    def store(self, site: Site, facility_id: int) -> HazardDistances | None:
        """The distances of an indexed propellant store, None when its load is unknown."""
        if "stores" not in self._layers:
            self.layer(site, "stores")
        return self._stores.get(facility_id)

    def reach_m(self, site: Site) -> tuple[float, float]:
        """The largest public-area and intraline distances (m) of any vehicle or store.

        No check reaches farther: bounds for tree queries and for what a change may affect.
        """
        if self._reach is None:
            self.layer(site, "stores")
            found = [self.vehicle(v) for v in site.vehicles.values()]
            known = [d for d in found if isinstance(d, HazardDistances)]
            known += self._stores.values()
            self._reach = (
                max((d.public_area.m for d in known), default=0.0),
                max((d.intraline.m for d in known), default=0.0),
            )
        return self._reach

    # -- layers ----------------------------------------------------------------------------
    def layer(self, site: Site, name: str) -> Layer:
        """The layer ``routes``, ``stores``, ``public``, ``held`` (land held by a tenant),
        ``boundaries`` or ``pads``."""
        found = self._layers.get(name)
        if found is None:
            found = self._layers[name] = _BUILDERS[name](self, site)
        return found

    def _build_routes(self, site: Site) -> Layer:
        items = []
        for facility in site.facilities.values():
            interval = service_interval(facility)
            if facility.kind in ROUTE_KINDS and interval is not None:
                items.append((facility.id, facility.geometry, interval))
        return Layer.build(items)

    def _build_stores(self, site: Site) -> Layer:
        items = []
        for facility in site.facilities.values():
            interval = service_interval(facility)
            if facility.kind is not FacilityKind.PROPELLANT_STORE or interval is None:
                continue
            items.append((facility.id, facility.geometry, interval))
            factor = self.factors.get(facility.propellant) if facility.propellant else None
            try:
                self._stores[facility.id] = store_distances(facility, self.norm, factor)
            except CosmoplanError:
                continue
        return Layer.build(items)

    def _build_public(self, site: Site) -> Layer:
        items = [
            (z.id, z.geometry, zone_interval(z))
            for z in site.zones.values()
            if z.kind is ZoneKind.PUBLIC_AREA
        ]
        return Layer.build(items)

    def _build_held(self, site: Site) -> Layer:
        items = [
            (z.id, z.geometry, zone_interval(z))
            for z in site.zones.values()
            if z.tenant_id is not None
        ]
        return Layer.build(items)

    def _build_boundaries(self, site: Site) -> Layer:
        items = [
            (z.id, z.geometry.boundary, zone_interval(z))
            for z in site.zones.values()
            if z.kind is ZoneKind.COSMODROME_BOUNDARY
        ]
        return Layer.build(items)

    def _build_pads(self, site: Site) -> Layer:
        return Layer.build([(p.id, p.hazard_source, (None, None)) for p in site.pads.values()])


_BUILDERS: dict[str, Callable[[SafetyIndex, Site], Layer]] = {
    "routes": SafetyIndex._build_routes,
    "stores": SafetyIndex._build_stores,
    "public": SafetyIndex._build_public,
    "held": SafetyIndex._build_held,
    "boundaries": SafetyIndex._build_boundaries,
    "pads": SafetyIndex._build_pads,
}
