"""What a scenario varies: the plan's allocations, requests and pad statuses, as a whole copy.

A scenario keeps the ids of what it copied from the plan, so an allocation with the same id
is the same allocation in the plan and in each of its scenarios; the scenario's own new
objects get ids the plan never gives (storage sees to it). Everything else (sites, pads'
other fields, tenants, vehicles, zones) is the plan's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from cosmoplan.domain.enums import Kind
from cosmoplan.domain.plan import Plan, Ref
from cosmoplan.domain.requests import Request
from cosmoplan.domain.site import Pad, PadStatusPeriod
from cosmoplan.domain.tenancy import Allocation, Vehicle

#: The kinds a scenario holds its own copy of (pads: their status periods only).
VARIED_KINDS = (Kind.ALLOCATION, Kind.REQUEST, Kind.PAD)


@dataclass(frozen=True)
class Variant:
    """Allocations and requests by id, and each pad's status periods by pad id."""

    allocations: Mapping[int, Allocation] = field(default_factory=dict)
    requests: Mapping[int, Request] = field(default_factory=dict)
    pad_statuses: Mapping[int, tuple[PadStatusPeriod, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("allocations", "requests", "pad_statuses"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    @classmethod
    def of(
        cls,
        allocations: Iterable[Allocation],
        requests: Iterable[Request],
        pad_statuses: Mapping[int, tuple[PadStatusPeriod, ...]],
    ) -> Variant:
        """A variant of these objects."""
        return cls({a.id: a for a in allocations}, {r.id: r for r in requests}, pad_statuses)


def variant_of(plan: Plan) -> Variant:
    """The plan's allocations, requests and pad statuses."""
    return Variant.of(
        plan.allocations(), plan.requests(), {p.id: p.status_periods for p in plan.pads()}
    )


def plan_with(plan: Plan, variant: Variant) -> Plan:
    """A copy of ``plan`` whose allocations, requests and pad statuses are ``variant``'s.

    What names an object the plan no longer has is left out: an allocation or request whose
    tenant, vehicle or pad has gone (or whose vehicle now belongs to another tenant), a
    wanted pad that has gone. A pad the variant does not know keeps the plan's statuses.
    """
    copy = plan.copy()
    pads = plan.objects(Kind.PAD)
    vehicles = plan.objects(Kind.VEHICLE)

    def fits(item: Allocation | Request) -> bool:
        vehicle = vehicles.get(item.vehicle_id)
        return isinstance(vehicle, Vehicle) and vehicle.tenant_id == item.tenant_id

    allocations = [a for a in variant.allocations.values() if fits(a) and a.pad_id in pads]
    requests = [
        r if all(i in pads for i in r.pad_ids) else _keep_pads(r, pads)
        for r in variant.requests.values()
        if fits(r)
    ]
    statuses: list[Pad] = []
    for pad_id, periods in variant.pad_statuses.items():
        pad = pads.get(pad_id)
        if isinstance(pad, Pad) and pad.status_periods != periods:
            statuses.append(replace(pad, status_periods=periods))
    gone = [Ref(Kind.ALLOCATION, i) for i in plan.objects(Kind.ALLOCATION)]
    gone += [Ref(Kind.REQUEST, i) for i in plan.objects(Kind.REQUEST)]
    copy.merge([*allocations, *requests, *statuses], gone)
    return copy


def _keep_pads(request: Request, pads: Mapping[int, object]) -> Request:
    return replace(request, pad_ids=tuple(i for i in request.pad_ids if i in pads))
