"""What a change may affect: the objects whose findings must be checked again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from cosmoplan.analysis.context import CheckContext
from cosmoplan.domain import Entity, Kind, Ref

#: Each touched object before and after the change (``None`` where it did not exist).
Versions: TypeAlias = Mapping[Ref, tuple[Entity | None, Entity | None]]


class Impact:
    """The objects a change touched and, by kind, those whose findings may change with it.

    The default expansion serves the rules that look at an allocation's own objects and at
    the allocations sharing its pad:

    - a pad is affected when it changed, when a facility it needs changed, or when it lies in
      the old or new geometry of a changed zone;
    - an allocation is affected when it changed, when its tenant or vehicle changed, or when
      it lies on an affected pad;
    - the pads of affected allocations (before and after) are affected too, since their
      timeline changed.

    ``context`` must already reflect the change (see :meth:`CheckContext.apply`).
    """

    def __init__(self, context: CheckContext, versions: Versions) -> None:
        self.context = context
        self.versions = versions
        self._touched: dict[Kind, set[int]] = {kind: set() for kind in Kind}
        for ref in versions:
            self._touched[ref.kind].add(ref.id)
        self._affected = self._expand()

    def touched(self, kind: Kind) -> set[int]:
        """Ids of the objects of ``kind`` the change touched."""
        return self._touched[kind]

    def entities(self, kind: Kind) -> list[Any]:
        """Old and new versions of the touched objects of ``kind`` (absent ones left out)."""
        return [
            version
            for ref, pair in self.versions.items()
            if ref.kind is kind
            for version in pair
            if version is not None
        ]

    def ids(self, kind: Kind) -> set[int]:
        """Ids of the objects of ``kind`` whose findings may have changed."""
        return self._affected.get(kind, self._touched[kind])

    def _expand(self) -> dict[Kind, set[int]]:
        context = self.context
        pads = set(self._touched[Kind.PAD])
        for facility_id in self._touched[Kind.FACILITY]:
            pads.update(context.pads_needing(facility_id))
        for zone in self.entities(Kind.ZONE):
            pads |= context.pads_in(zone.geometry)
        allocations = set(self._touched[Kind.ALLOCATION])
        for tenant_id in self._touched[Kind.TENANT]:
            allocations.update(context.allocations_of_tenant(tenant_id))
        for vehicle_id in self._touched[Kind.VEHICLE]:
            allocations.update(context.allocations_of_vehicle(vehicle_id))
        timelines = {a.pad_id for a in self.entities(Kind.ALLOCATION)}
        timelines.update(
            context.allocations[i].pad_id for i in allocations if i in context.allocations
        )
        for pad_id in pads:
            allocations.update(a.id for a in context.allocations_on(pad_id))
        return {Kind.PAD: pads | timelines, Kind.ALLOCATION: allocations}
