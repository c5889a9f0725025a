"""What rules read: the plan, the check date, and indexes kept up to date by the checker."""

from __future__ import annotations

from collections import ChainMap, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, cast

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.analysis.zones import ZoneIndex
from cosmoplan.domain import (
    BINDING,
    Allocation,
    Entity,
    Facility,
    Kind,
    Pad,
    Plan,
    Ref,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)

#: Zone kinds that say who controls a piece of land.
TERRITORY_KINDS = (
    ZoneKind.SPECIAL_ECONOMIC_ZONE,
    ZoneKind.KAZAKH_TERRITORY,
    ZoneKind.RUSSIAN_LEASE,
)


class Bound:
    """A binding allocation with the objects it refers to (valid until the plan changes)."""

    __slots__ = ("_params", "allocation", "allocation_ref", "pad", "pad_ref", "tenant", "vehicle")

    def __init__(
        self,
        allocation: Allocation,
        tenant: Tenant,
        vehicle: Vehicle,
        pad: Pad,
        allocation_ref: Ref,
        pad_ref: Ref,
    ) -> None:
        self.allocation = allocation
        self.tenant = tenant
        self.vehicle = vehicle
        self.pad = pad
        self.allocation_ref = allocation_ref
        self.pad_ref = pad_ref
        self._params: dict[str, Any] | None = None

    @property
    def params(self) -> dict[str, Any]:
        """Message parameters naming the allocation: id, tenant, vehicle, pad, start, end,
        status. Shared: copy before changing."""
        if self._params is None:
            allocation = self.allocation
            self._params = {
                "allocation": allocation.id,
                "tenant": self.tenant.name,
                "vehicle": self.vehicle.name,
                "pad": self.pad.code,
                "start": allocation.start.isoformat(),
                "end": allocation.end.isoformat(),
                "status": allocation.status.value,
            }
        return self._params


def _index(pairs: Iterable[tuple[int, int]]) -> defaultdict[int, set[int]]:
    index: defaultdict[int, set[int]] = defaultdict(set)
    for key, value in pairs:
        index[key].add(value)
    return index


def pad_facility_ids(pad: Pad) -> tuple[int, ...]:
    """The facilities a pad needs: its power supply first, then the others, without repeats."""
    first = () if pad.power_facility_id is None else (pad.power_facility_id,)
    return tuple(dict.fromkeys(first + pad.required_facility_ids))


class CheckContext:
    """The plan as rules see it, as of ``at`` (default: today).

    The mappings are the plan's own (live, read-only). Indexes by tenant, vehicle and facility
    and the pad tree are built on first use; :meth:`apply` keeps every built index current.
    """

    def __init__(self, plan: Plan, at: date | None = None) -> None:
        self.plan = plan
        self.at = at if at is not None else date.today()
        self.allocations = cast(Mapping[int, Allocation], plan.objects(Kind.ALLOCATION))
        self.pads = cast(Mapping[int, Pad], plan.objects(Kind.PAD))
        self.tenants = cast(Mapping[int, Tenant], plan.objects(Kind.TENANT))
        self.vehicles = cast(Mapping[int, Vehicle], plan.objects(Kind.VEHICLE))
        self.facilities = cast(Mapping[int, Facility], plan.objects(Kind.FACILITY))
        self.zones = cast(Mapping[int, Zone], plan.objects(Kind.ZONE))
        self.territory = ZoneIndex(self.zones, TERRITORY_KINDS)
        #: The allocation being tried inside :meth:`trying` (what rules compute then must not
        #: be kept beyond it), else None.
        self.trial: Allocation | None = None
        self._by_pad = _index((a.pad_id, a.id) for a in self.allocations.values())
        self._by_tenant: defaultdict[int, set[int]] | None = None
        self._by_vehicle: defaultdict[int, set[int]] | None = None
        self._by_facility: defaultdict[int, set[int]] | None = None
        self._pad_tree: tuple[shapely.STRtree, list[int]] | None = None
        self._bound: dict[int, Bound | None] = {}
        self._bound_on: dict[int, list[Bound]] = {}
        self._refs: dict[Kind, dict[int, Ref]] = {kind: {} for kind in Kind}

    # -- reading -------------------------------------------------------------------------
    def ids(self, kind: Kind) -> list[int]:
        """Every id of ``kind`` in the plan."""
        return list(self.plan.objects(kind))

    def allocations_on(self, pad_id: int) -> list[Allocation]:
        """Every allocation of the pad, whatever its status."""
        found = self._by_pad.get(pad_id, ())
        return [self.allocations[i] for i in found]

    def allocations_of_tenant(self, tenant_id: int) -> Collection[int]:
        """Ids of the tenant's allocations."""
        if self._by_tenant is None:
            self._by_tenant = _index((a.tenant_id, a.id) for a in self.allocations.values())
        return self._by_tenant.get(tenant_id, ())

    def allocations_of_vehicle(self, vehicle_id: int) -> Collection[int]:
        """Ids of the allocations of one vehicle."""
        if self._by_vehicle is None:
            self._by_vehicle = _index((a.vehicle_id, a.id) for a in self.allocations.values())
        return self._by_vehicle.get(vehicle_id, ())

    def pads_needing(self, facility_id: int) -> Collection[int]:
        """Ids of the pads that need the facility (power supply or requirement)."""
        if self._by_facility is None:
            self._by_facility = _index(
                (f, p.id) for p in self.pads.values() for f in pad_facility_ids(p)
            )
        return self._by_facility.get(facility_id, ())

    def pads_in(self, geometry: BaseGeometry) -> set[int]:
        """Ids of the pads whose location lies in or on ``geometry`` (STRtree over pads)."""
        if self._pad_tree is None:
            ids = list(self.pads)
            points = np.array([self.pads[i].location for i in ids], dtype=object)
            self._pad_tree = (shapely.STRtree(points), ids)
        tree, ids = self._pad_tree
        return {ids[i] for i in tree.query(geometry, predicate="intersects").tolist()}

    def binding(self, ids: Iterable[int]) -> list[Bound]:
        """The binding allocations among ``ids``, with their tenant, vehicle and pad.

        Answers are cached until the next :meth:`apply`, so the rules of one check share them.
        """
        cache = self._bound
        ids = ids if isinstance(ids, Collection) else list(ids)
        for allocation_id in ids:
            if allocation_id not in cache:
                cache[allocation_id] = self._resolve(allocation_id)
        return [bound for i in ids if (bound := cache[i]) is not None]

    def ref(self, kind: Kind, object_id: int) -> Ref:
        """A shared :class:`Ref` (references are immutable; sharing saves building them)."""
        refs = self._refs[kind]
        found = refs.get(object_id)
        if found is None:
            found = refs[object_id] = Ref(kind, object_id)
        return found

    def _resolve(self, allocation_id: int) -> Bound | None:
        allocation = self.allocations.get(allocation_id)
        if allocation is None or allocation.status not in BINDING:
            return None
        tenant = self.tenants.get(allocation.tenant_id)
        vehicle = self.vehicles.get(allocation.vehicle_id)
        pad = self.pads.get(allocation.pad_id)
        if tenant is None or vehicle is None or pad is None:
            return None
        return Bound(
            allocation,
            tenant,
            vehicle,
            pad,
            self.ref(Kind.ALLOCATION, allocation_id),
            self.ref(Kind.PAD, pad.id),
        )

    def binding_on(self, pad_id: int) -> list[Bound]:
        """The binding allocations of a pad, by start date then id (cached like :meth:`binding`;
        do not change the list)."""
        found = self._bound_on.get(pad_id)
        if found is None:
            found = self.binding(self._by_pad.get(pad_id, ()))
            found.sort(key=lambda b: (b.allocation.start, b.allocation.id))
            self._bound_on[pad_id] = found
        return found

    @contextmanager
    def trying(self, allocation: Allocation) -> Iterator[None]:
        """See the plan as if ``allocation`` were in it (replacing the one with its id), until
        the block ends. The plan itself is not touched."""
        base = self.allocations
        old = base.get(allocation.id)
        self.allocations = ChainMap({allocation.id: allocation}, base)  # type: ignore[arg-type]
        self.apply([(old, allocation)])
        self.trial = allocation
        try:
            yield
        finally:
            self.trial = None
            self.allocations = base
            self.apply([(allocation, old)])

    # -- keeping up ----------------------------------------------------------------------
    def apply(self, versions: Iterable[tuple[Entity | None, Entity | None]]) -> None:
        """Update the indexes for objects that went from ``before`` to ``after`` (None: absent)."""
        self._bound.clear()
        self._bound_on.clear()
        for before, after in versions:
            entity = after if after is not None else before
            if isinstance(entity, Allocation):
                self._apply_allocation(
                    cast(Allocation | None, before), cast(Allocation | None, after)
                )
            elif isinstance(entity, Pad):
                self._apply_pad(cast(Pad | None, before), cast(Pad | None, after))
            elif isinstance(entity, Zone):
                self.territory.invalidate()

    def _apply_allocation(self, before: Allocation | None, after: Allocation | None) -> None:
        indexes = (
            (self._by_pad, "pad_id"),
            (self._by_tenant, "tenant_id"),
            (self._by_vehicle, "vehicle_id"),
        )
        for index, attribute in indexes:
            if index is None:
                continue
            if before is not None:
                index[getattr(before, attribute)].discard(before.id)
            if after is not None:
                index[getattr(after, attribute)].add(after.id)

    def _apply_pad(self, before: Pad | None, after: Pad | None) -> None:
        if before is None or after is None or before.location is not after.location:
            self._pad_tree = None
        if self._by_facility is not None:
            if before is not None:
                for facility_id in pad_facility_ids(before):
                    self._by_facility[facility_id].discard(before.id)
            if after is not None:
                for facility_id in pad_facility_ids(after):
                    self._by_facility[facility_id].add(after.id)
