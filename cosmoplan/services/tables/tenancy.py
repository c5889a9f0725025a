"""The columns of the tenancy's tables: tenants, vehicles, allocations and requests."""

from __future__ import annotations

from cosmoplan.domain import Allocation, Kind, Plan, Request, Tenant, Vehicle
from cosmoplan.domain.ids import is_provisional
from cosmoplan.messages import Message, register
from cosmoplan.services.tables.columns import (
    Column,
    of_type,
    pad_code,
    tenant_name,
    tonnes,
    vehicle_name,
)

MSG_EXCLUSIVE = register("tables.use.exclusive", "Exclusive")
MSG_SHARED = register("tables.use.shared", "Shared")
MSG_NEW = register("tables.id.new", "new")
MSG_ANY_PAD = register("tables.pads.any", "any fitting pad")

TENANTS = frozenset({Kind.TENANT})
VEHICLES = frozenset({Kind.VEHICLE})
PADS = frozenset({Kind.PAD})


def use(exclusive: bool) -> Message:
    """How an allocation or a request uses its pad: "Exclusive" or "Shared"."""
    return Message(MSG_EXCLUSIVE if exclusive else MSG_SHARED)


def _id(object_id: int) -> int | Message:
    """The id, or "new" for an object not yet saved (its id is given when it is)."""
    return Message(MSG_NEW) if is_provisional(object_id) else object_id


def _wanted_pads(plan: Plan, request: Request) -> tuple[str, ...] | Message:
    """The pads a request wants, most preferred first, or "any fitting pad"."""
    if not request.pad_ids:
        return Message(MSG_ANY_PAD)
    return tuple(pad_code(plan, pad_id) for pad_id in request.pad_ids)


TENANT_COLUMNS: tuple[Column[Tenant], ...] = (
    Column("Name", of_type(Tenant, lambda t, p, d: t.name)),
    Column("Country", of_type(Tenant, lambda t, p, d: t.country)),
    Column("Kind", of_type(Tenant, lambda t, p, d: t.kind)),
    Column("Talks", of_type(Tenant, lambda t, p, d: t.status)),
    Column("Contact", of_type(Tenant, lambda t, p, d: t.contact)),
    Column("Notes", of_type(Tenant, lambda t, p, d: t.notes)),
)

VEHICLE_COLUMNS: tuple[Column[Vehicle], ...] = (
    Column("Name", of_type(Vehicle, lambda v, p, d: v.name)),
    Column(
        "Tenant", of_type(Vehicle, lambda v, p, d: tenant_name(p, v.tenant_id)), uses_kinds=TENANTS
    ),
    Column("Propellant", of_type(Vehicle, lambda v, p, d: v.propellant)),
    Column("Height (m)", of_type(Vehicle, lambda v, p, d: v.height_m), numeric=True),
    Column("Diameter (m)", of_type(Vehicle, lambda v, p, d: v.diameter_m), numeric=True),
    Column(
        "Lift-off mass (t)",
        of_type(Vehicle, lambda v, p, d: tonnes(v.liftoff_mass_kg)),
        numeric=True,
    ),
    Column("Thrust (kN)", of_type(Vehicle, lambda v, p, d: v.liftoff_thrust_kn), numeric=True),
    Column("Launches/year", of_type(Vehicle, lambda v, p, d: v.launches_per_year), numeric=True),
    Column("Corridor class", of_type(Vehicle, lambda v, p, d: v.vehicle_class)),
)

ALLOCATION_COLUMNS: tuple[Column[Allocation], ...] = (
    Column("Id", of_type(Allocation, lambda a, p, d: _id(a.id))),
    Column(
        "Tenant",
        of_type(Allocation, lambda a, p, d: tenant_name(p, a.tenant_id)),
        uses_kinds=TENANTS,
    ),
    Column(
        "Vehicle",
        of_type(Allocation, lambda a, p, d: vehicle_name(p, a.vehicle_id)),
        uses_kinds=VEHICLES,
    ),
    Column("Pad", of_type(Allocation, lambda a, p, d: pad_code(p, a.pad_id)), uses_kinds=PADS),
    Column("From", of_type(Allocation, lambda a, p, d: a.start)),
    Column("To", of_type(Allocation, lambda a, p, d: a.end)),
    Column("Status", of_type(Allocation, lambda a, p, d: a.status)),
    Column("Use", of_type(Allocation, lambda a, p, d: use(a.exclusive))),
    Column("Azimuth (°)", of_type(Allocation, lambda a, p, d: a.launch_azimuth_deg), numeric=True),
    Column("Annual fee (US$)", of_type(Allocation, lambda a, p, d: a.annual_fee_usd), numeric=True),
    Column("Notes", of_type(Allocation, lambda a, p, d: a.notes)),
)

REQUEST_COLUMNS: tuple[Column[Request], ...] = (
    Column("Id", of_type(Request, lambda r, p, d: _id(r.id))),
    Column(
        "Tenant", of_type(Request, lambda r, p, d: tenant_name(p, r.tenant_id)), uses_kinds=TENANTS
    ),
    Column(
        "Vehicle",
        of_type(Request, lambda r, p, d: vehicle_name(p, r.vehicle_id)),
        uses_kinds=VEHICLES,
    ),
    Column("Pads", of_type(Request, lambda r, p, d: _wanted_pads(p, r)), uses_kinds=PADS),
    Column("Earliest start", of_type(Request, lambda r, p, d: r.earliest_start)),
    Column("Latest end", of_type(Request, lambda r, p, d: r.latest_end)),
    Column("Days", of_type(Request, lambda r, p, d: r.duration_days), numeric=True),
    Column("Use", of_type(Request, lambda r, p, d: use(r.exclusive))),
    Column("Priority", of_type(Request, lambda r, p, d: r.priority), numeric=True),
    Column("Fee offered (US$)", of_type(Request, lambda r, p, d: r.fee_usd), numeric=True),
    Column("Status", of_type(Request, lambda r, p, d: r.status)),
    Column("Notes", of_type(Request, lambda r, p, d: r.notes)),
)
