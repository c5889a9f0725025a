"""Requests named as a planner names them: "HyImpulse SL1, 60 days in 2028–2029 on SEZ-1"."""

from __future__ import annotations

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Request, Tenant, Vehicle
from cosmoplan.gui.i18n import tr


def pad_code(plan: Plan, pad_id: int) -> str:
    """The code of a pad (its id if it is gone)."""
    found = plan.find(Kind.PAD, pad_id)
    return found.code if isinstance(found, Pad) else f"#{pad_id}"


def years(request: Request) -> str:
    """The years of the request's window: "2028" or "2028–2029"."""
    first, last = request.earliest_start.year, request.latest_end.year
    return str(first) if first == last else f"{first}–{last}"


def wanted_pads(plan: Plan, request: Request) -> str:
    """The wanted pads, most preferred first, or "any fitting pad"."""
    if not request.pad_ids:
        return tr("any fitting pad")
    return ", ".join(pad_code(plan, pad_id) for pad_id in request.pad_ids)


def request_name(plan: Plan, request: Request) -> str:
    """Who asks for what, how long, when and where."""
    tenant = plan.find(Kind.TENANT, request.tenant_id)
    vehicle = plan.find(Kind.VEHICLE, request.vehicle_id)
    return tr("{tenant} {vehicle}, {days} days in {years} on {pads}").format(
        tenant=tenant.name if isinstance(tenant, Tenant) else f"#{request.tenant_id}",
        vehicle=vehicle.name if isinstance(vehicle, Vehicle) else f"#{request.vehicle_id}",
        days=request.duration_days,
        years=years(request),
        pads=wanted_pads(plan, request),
    )


def request_name_of(plan: Plan, request_id: int) -> str:
    """The name of the request with this id (its id if it is gone)."""
    found = plan.find(Kind.REQUEST, request_id)
    return request_name(plan, found) if isinstance(found, Request) else f"#{request_id}"


def allocation_name_of(plan: Plan, allocation_id: int) -> str:
    """An allocation as a planner names it: "Baiterek JV Soyuz-5 on 45/1 (allocation 4)"."""
    found = plan.find(Kind.ALLOCATION, allocation_id)
    if not isinstance(found, Allocation):
        return f"#{allocation_id}"
    tenant = plan.find(Kind.TENANT, found.tenant_id)
    vehicle = plan.find(Kind.VEHICLE, found.vehicle_id)
    return tr("{tenant} {vehicle} on {pad} (allocation {id})").format(
        tenant=tenant.name if isinstance(tenant, Tenant) else f"#{found.tenant_id}",
        vehicle=vehicle.name if isinstance(vehicle, Vehicle) else f"#{found.vehicle_id}",
        pad=pad_code(plan, found.pad_id),
        id=found.id,
    )
