"""What the map shows of an object found: itself if it is on the map, else the pads (and the
land) it holds."""

from __future__ import annotations

from cosmoplan.domain import Allocation, Kind, Plan, Ref, Zone

#: The kinds drawn on the map.
ON_THE_MAP = frozenset({Kind.PAD, Kind.COMPLEX, Kind.FACILITY, Kind.ZONE})


def map_refs(plan: Plan, ref: Ref) -> list[Ref]:
    """The objects on the map to show for ``ref``: an allocation's pad, the pads of a
    vehicle's allocations, the pads and zones a tenant holds."""
    if ref.kind in ON_THE_MAP:
        return [ref]
    entity = plan.find(ref.kind, ref.id)
    if isinstance(entity, Allocation):
        return [Ref(Kind.PAD, entity.pad_id)]
    if ref.kind not in (Kind.TENANT, Kind.VEHICLE):
        return []
    owner = "tenant_id" if ref.kind is Kind.TENANT else "vehicle_id"
    pads = {a.pad_id for a in plan.allocations() if getattr(a, owner) == ref.id}
    found = [Ref(Kind.PAD, pad_id) for pad_id in sorted(pads)]
    if ref.kind is Kind.TENANT:
        found += [Ref(Kind.ZONE, z.id) for z in plan.zones() if _held_by(z, ref.id)]
    return found


def _held_by(zone: Zone, tenant_id: int) -> bool:
    return zone.tenant_id == tenant_id
