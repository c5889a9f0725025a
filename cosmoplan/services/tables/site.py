"""The columns of the site's tables: launch complexes, pads, facilities and zones."""

from __future__ import annotations

from cosmoplan.domain import Facility, Kind, LaunchComplex, Pad, Plan, Zone
from cosmoplan.services.tables.columns import Column, complex_label, of_type, tonnes

COMPLEXES = frozenset({Kind.COMPLEX})


def _holder(zone: Zone, plan: Plan) -> str:
    """The name of the tenant holding the zone's land, or nothing."""
    tenant = plan.find(Kind.TENANT, zone.tenant_id) if zone.tenant_id is not None else None
    return getattr(tenant, "name", "")


COMPLEX_COLUMNS: tuple[Column[LaunchComplex], ...] = (
    Column("Site", of_type(LaunchComplex, lambda c, p, d: c.site)),
    Column("Name", of_type(LaunchComplex, lambda c, p, d: c.name)),
    Column("Controller", of_type(LaunchComplex, lambda c, p, d: c.controller)),
    Column("Notes", of_type(LaunchComplex, lambda c, p, d: c.notes)),
)

PAD_COLUMNS: tuple[Column[Pad], ...] = (
    Column("Code", of_type(Pad, lambda x, p, d: x.code)),
    Column("Name", of_type(Pad, lambda x, p, d: x.name)),
    Column(
        "Complex",
        of_type(Pad, lambda x, p, d: complex_label(p, x.complex_id)),
        uses_kinds=COMPLEXES,
    ),
    Column("Status", of_type(Pad, lambda x, p, d: x.status_at(d)), uses_date=True),
    Column("Propellants", of_type(Pad, lambda x, p, d: x.capabilities.propellants)),
    Column(
        "Max mass (t)",
        of_type(Pad, lambda x, p, d: tonnes(x.capabilities.max_liftoff_mass_kg)),
        numeric=True,
    ),
)

FACILITY_COLUMNS: tuple[Column[Facility], ...] = (
    Column("Name", of_type(Facility, lambda f, p, d: f.name)),
    Column("Kind", of_type(Facility, lambda f, p, d: f.kind)),
    Column("Status", of_type(Facility, lambda f, p, d: f.status)),
    Column("In service", of_type(Facility, lambda f, p, d: f.in_service_on(d)), uses_date=True),
    Column(
        "Complex",
        of_type(Facility, lambda f, p, d: complex_label(p, f.complex_id)),
        uses_kinds=COMPLEXES,
    ),
    Column("Propellant", of_type(Facility, lambda f, p, d: f.propellant)),
    Column(
        "Max quantity (t)",
        of_type(Facility, lambda f, p, d: tonnes(f.max_quantity_kg)),
        numeric=True,
    ),
)

ZONE_COLUMNS: tuple[Column[Zone], ...] = (
    Column("Name", of_type(Zone, lambda z, p, d: z.name)),
    Column("Kind", of_type(Zone, lambda z, p, d: z.kind)),
    Column(
        "Held by", of_type(Zone, lambda z, p, d: _holder(z, p)), uses_kinds=frozenset({Kind.TENANT})
    ),
    Column("Valid from", of_type(Zone, lambda z, p, d: z.valid_from)),
    Column("Valid to", of_type(Zone, lambda z, p, d: z.valid_to)),
    Column("Area (km²)", of_type(Zone, lambda z, p, d: z.geometry.area / 1e6), numeric=True),
)
