"""The tables of a plan at the newest schema (the migrations build the same thing step by step).

Portable SQL only: text, integers, doubles, dates, booleans and WKB geometry (a binary column
on SQLite, PostGIS on PostgreSQL: :mod:`cosmoplan.storage.spatial`), so one schema serves an
SQLite file and a PostgreSQL database. Columns mirror the
dataclass fields; enums are stored as their string values. A pad's status periods and required
facilities live in child tables ordered by ``position``; its propellants are a JSON list.
Foreign keys are checked at commit (deferred), so one save may delete and re-insert rows in any
order.

Revisions (added by 0005): the plan's row in ``plan_info`` holds its identity (``uuid``) and
``change_counter``, the number of the last save. Every object row, and the plan info, carries
the ``revision`` of the save that last wrote it, and ``removed_objects`` the revision of each
removal, so that "what changed since save N" is ``revision > N`` (indexed). Ids are never
reused: a new one is above every stored and removed id of its kind.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

from cosmoplan.domain import Kind
from cosmoplan.storage.spatial import Wkb

REVISION_TABLES = (
    "plan_info",
    "complexes",
    "facilities",
    "pads",
    "zones",
    "tenants",
    "vehicles",
    "allocations",
    "requests",
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True, autoincrement=False)


def _ref(name: str, target: str, *, nullable: bool) -> Column[int]:
    key = ForeignKey(f"{target}.id", deferrable=True, initially="DEFERRED")
    return Column(name, Integer, key, nullable=nullable)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False)


def _provenance() -> list[Column[object]]:
    return [
        Column("source", Text, nullable=False),
        Column("confidence", Text, nullable=False),
        Column("schematic", Boolean, nullable=False),
    ]


plan_info = Table(
    "plan_info",
    metadata,
    _id(),
    _text("name"),
    _text("description"),
    Column("created_at", DateTime, nullable=False),
    _text("app_version"),
    # Added by revision 0005.
    Column("uuid", Text, nullable=False, server_default=""),
    Column("change_counter", Integer, nullable=False, server_default="1"),
)

complexes = Table(
    "complexes",
    metadata,
    _id(),
    _text("site"),
    _text("name"),
    _text("controller"),
    Column("footprint", Wkb(), nullable=True),
    _text("notes"),
    *_provenance(),
)

facilities = Table(
    "facilities",
    metadata,
    _id(),
    _text("kind"),
    _text("name"),
    Column("geometry", Wkb(), nullable=False),
    _text("status"),
    Column("commissioned", Date, nullable=True),
    Column("decommissioned", Date, nullable=True),
    _ref("complex_id", "complexes", nullable=True),
    Column("propellant", Text, nullable=True),
    Column("max_quantity_kg", Float, nullable=True),
    Column("height_m", Float, nullable=True),
    _text("notes"),
    *_provenance(),
)

pads = Table(
    "pads",
    metadata,
    _id(),
    _ref("complex_id", "complexes", nullable=False),
    _text("code"),
    Column("location", Wkb("Point"), nullable=False),
    _text("name"),
    Column("footprint", Wkb(), nullable=True),
    _text("propellants"),
    Column("max_liftoff_mass_kg", Float, nullable=True),
    Column("max_height_m", Float, nullable=True),
    Column("max_diameter_m", Float, nullable=True),
    Column("max_thrust_kn", Float, nullable=True),
    Column("azimuth_min_deg", Float, nullable=True),
    Column("azimuth_max_deg", Float, nullable=True),
    Column("max_launches_per_year", Float, nullable=True),
    _ref("power_facility_id", "facilities", nullable=True),
    _text("notes"),
    *_provenance(),
)

pad_status_periods = Table(
    "pad_status_periods",
    metadata,
    _ref("pad_id", "pads", nullable=False),
    Column("position", Integer, nullable=False),
    _text("status"),
    Column("start", Date, nullable=True),
    Column("end", Date, nullable=True),
    _text("note"),
    PrimaryKeyConstraint("pad_id", "position"),
)

pad_required_facilities = Table(
    "pad_required_facilities",
    metadata,
    _ref("pad_id", "pads", nullable=False),
    Column("position", Integer, nullable=False),
    _ref("facility_id", "facilities", nullable=False),
    PrimaryKeyConstraint("pad_id", "position"),
)

zones = Table(
    "zones",
    metadata,
    _id(),
    _text("kind"),
    _text("name"),
    Column("geometry", Wkb(), nullable=False),
    Column("valid_from", Date, nullable=True),
    Column("valid_to", Date, nullable=True),
    _text("notes"),
    *_provenance(),
    # Added by revision 0004: the tenant holding the land (plain column, see the migration).
    Column("tenant_id", Integer, nullable=True),
)

tenants = Table(
    "tenants",
    metadata,
    _id(),
    _text("name"),
    _text("country"),
    _text("kind"),
    _text("status"),
    _text("contact"),
    _text("notes"),
    _text("source"),
)

vehicles = Table(
    "vehicles",
    metadata,
    _id(),
    _ref("tenant_id", "tenants", nullable=False),
    _text("name"),
    _text("propellant"),
    Column("stages", Integer, nullable=True),
    Column("height_m", Float, nullable=True),
    Column("diameter_m", Float, nullable=True),
    Column("liftoff_mass_kg", Float, nullable=True),
    Column("propellant_mass_kg", Float, nullable=True),
    Column("liftoff_thrust_kn", Float, nullable=True),
    Column("payload_leo_kg", Float, nullable=True),
    Column("launches_per_year", Float, nullable=True),
    _text("notes"),
    _text("source"),
    # Added by revision 0004: explosive and flight-corridor data for the safety rules.
    Column("division_1_1_kg", Float, nullable=True),
    Column("tnt_factor", Float, nullable=True),
    Column("tnt_factor_source", Text, nullable=False, server_default=""),
    Column("vehicle_class", Text, nullable=True),
    Column("apogee_km", Float, nullable=True),
)

allocations = Table(
    "allocations",
    metadata,
    _id(),
    _ref("tenant_id", "tenants", nullable=False),
    _ref("vehicle_id", "vehicles", nullable=False),
    _ref("pad_id", "pads", nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    _text("status"),
    Column("exclusive", Boolean, nullable=False),
    Column("annual_fee_usd", Float, nullable=True),
    _text("notes"),
    # Added by revision 0004.
    Column("launch_azimuth_deg", Float, nullable=True),
)
# Added by revision 0002: the timeline and the overlap checks read allocations by pad and date.
Index(None, allocations.c.pad_id, allocations.c.start)

# Added by revision 0006. The wanted pads are a JSON list of pad ids, most preferred first
# (checked against the pads as the plan is read).
requests = Table(
    "requests",
    metadata,
    _id(),
    _ref("tenant_id", "tenants", nullable=False),
    _ref("vehicle_id", "vehicles", nullable=False),
    Column("earliest_start", Date, nullable=False),
    Column("latest_end", Date, nullable=False),
    Column("duration_days", Integer, nullable=False),
    _text("pad_ids"),
    Column("exclusive", Boolean, nullable=False),
    Column("launch_azimuth_deg", Float, nullable=True),
    Column("priority", Integer, nullable=False),
    Column("fee_usd", Float, nullable=True),
    _text("notes"),
    _text("status"),
)

# Added by revision 0007: scenarios, named variants of the plan's allocations, requests and
# pad statuses, each a whole copy saved at once (its ``revision`` counts its saves). Their rows
# name the plan's tenants, vehicles and pads by plain columns, without foreign keys, so that a
# save of the plan never waits on a scenario (a row whose object has gone is left out when the
# scenario is opened). The ids of a scenario's own new objects are taken from the plan's: a
# new object of the plan never gets one of them.
scenarios = Table(
    "scenarios",
    metadata,
    _id(),
    _text("name"),
    _text("notes"),
    Column("created_at", DateTime, nullable=False),
    Column("revision", Integer, nullable=False),
)
Index(None, scenarios.c.name, unique=True)


def _scenario_copy(name: str, of: Table, *keys: str) -> Table:
    """Scenarios' copies of the rows of ``of`` (made before the revision column is added),
    keyed by scenario and ``keys``."""
    columns = [
        Column(c.name, c.type, nullable=c.nullable) for c in of.columns if c.name != "revision"
    ]
    return Table(
        name,
        metadata,
        _ref("scenario_id", "scenarios", nullable=False),
        *columns,
        PrimaryKeyConstraint("scenario_id", *keys),
    )


scenario_allocations = _scenario_copy("scenario_allocations", allocations, "id")
scenario_requests = _scenario_copy("scenario_requests", requests, "id")
#: Each pad's status periods in a scenario, as a JSON list of [status, start, end, note].
scenario_pads = Table(
    "scenario_pads",
    metadata,
    _ref("scenario_id", "scenarios", nullable=False),
    Column("pad_id", Integer, nullable=False),
    _text("status_periods"),
    PrimaryKeyConstraint("scenario_id", "pad_id"),
)
#: The scenarios' tables (not part of the plan read and saved as objects).
SCENARIO_TABLES: tuple[Table, ...] = (
    scenarios,
    scenario_allocations,
    scenario_requests,
    scenario_pads,
)
#: Scenario tables holding ids of a kind, which new objects of the plan must not take.
SCENARIO_TABLE_OF_KIND: dict[Kind, Table] = {
    Kind.ALLOCATION: scenario_allocations,
    Kind.REQUEST: scenario_requests,
}

#: Objects removed, by kind id and object id, with the revision of the save that removed them.
removed_objects = Table(
    "removed_objects",
    metadata,
    _text("kind"),
    Column("object_id", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    PrimaryKeyConstraint("kind", "object_id"),
)

# Added by revision 0005: every revisioned row, with an index to find the newer ones.
for _name in (*REVISION_TABLES, "removed_objects"):
    _table = metadata.tables[_name]
    if "revision" not in _table.c:
        _table.append_column(Column("revision", Integer, nullable=False, server_default="1"))
    Index(None, _table.c.revision)

#: The table holding each kind, in an order where every table follows those it refers to.
TABLE_OF_KIND: dict[Kind, Table] = {
    Kind.COMPLEX: complexes,
    Kind.FACILITY: facilities,
    Kind.PAD: pads,
    Kind.ZONE: zones,
    Kind.TENANT: tenants,
    Kind.VEHICLE: vehicles,
    Kind.ALLOCATION: allocations,
    Kind.REQUEST: requests,
}

#: Child tables of pads (rows keyed by ``pad_id``).
PAD_CHILDREN: tuple[Table, ...] = (pad_status_periods, pad_required_facilities)
