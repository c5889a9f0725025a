"""What the properties panel shows about one object: (label, value) rows, positions in lat/lon."""

from __future__ import annotations

from datetime import date

from shapely.geometry.base import BaseGeometry

from cosmoplan import geo
from cosmoplan.domain import (
    Allocation,
    Entity,
    Facility,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Provenance,
    Request,
    Tenant,
    Vehicle,
    VehicleClass,
    Zone,
)
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.planner.naming import wanted_pads
from cosmoplan.gui.tenancy.classes import class_label
from cosmoplan.gui.units import unit
from cosmoplan.safety.tnt import NO_ESTABLISHED_FACTOR

Row = tuple[str, str]


def _number(value: float | None, symbol: str, scale: float = 1.0) -> str:
    """``value / scale`` with the unit ``symbol`` (see :data:`cosmoplan.gui.units.UNITS`)."""
    if value is None:
        return "—"
    return f"{value / scale:,.6g} {unit(symbol)}"


def _date(value: date | None, open_text: str) -> str:
    return value.isoformat() if value is not None else open_text


def position(x: float, y: float) -> Row:
    """Latitude/longitude of a model point, with its UTM coordinates."""
    lon, lat = geo.to_wgs84(x, y)
    return tr("Position"), f"{geo.format_lat_lon(lat, lon)}\nUTM 41N {x:,.1f} E, {y:,.1f} N"


def geometry_rows(geometry: BaseGeometry) -> list[Row]:
    """Type, size and centre of a geometry."""
    rows: list[Row] = [(tr("Geometry"), geometry.geom_type)]
    if geometry.area > 0:
        rows.append((tr("Area"), f"{geometry.area / 1e6:,.3f} {unit('km²')}"))
    elif geometry.length > 0:
        rows.append((tr("Length"), f"{geometry.length / 1000:,.3f} {unit('km')}"))
    centre = geometry.centroid
    if not centre.is_empty:
        rows.append(position(centre.x, centre.y))
    return rows


def _complex_name(plan: Plan, complex_id: int | None) -> str:
    found = plan.find(Kind.COMPLEX, complex_id) if complex_id is not None else None
    return found.label if isinstance(found, LaunchComplex) else "—"


def _facility_name(plan: Plan, facility_id: int | None) -> str:
    found = plan.find(Kind.FACILITY, facility_id) if facility_id is not None else None
    return found.name if isinstance(found, Facility) else "—"


def _name(plan: Plan, kind: Kind, object_id: int | None) -> str:
    found = plan.find(kind, object_id) if object_id is not None else None
    if isinstance(found, Pad):
        return found.code
    return found.name if isinstance(found, Tenant | Vehicle) else "—"


def _provenance(provenance: Provenance) -> list[Row]:
    rows: list[Row] = [(tr("Confidence"), label(provenance.confidence))]
    if provenance.schematic:
        rows.append((tr("Schematic"), tr("yes (position or shape is approximate)")))
    if provenance.source:
        rows.append((tr("Source"), provenance.source))
    return rows


def pad_rows(pad: Pad, plan: Plan, day: date) -> list[Row]:
    """Rows of a pad."""
    caps = pad.capabilities
    periods = "\n".join(
        f"{_date(p.start, '…')} – {_date(p.end, '…')}: {label(p.status)}"
        + (f" ({p.note})" if p.note else "")
        for p in pad.status_periods
    )
    azimuth = (
        f"{caps.azimuth_min_deg:g}° – {caps.azimuth_max_deg:g}°"
        if caps.azimuth_min_deg is not None and caps.azimuth_max_deg is not None
        else tr("any")
    )
    rows: list[Row] = [
        (tr("Code"), pad.code),
        (tr("Name"), pad.name or "—"),
        (tr("Complex"), _complex_name(plan, pad.complex_id)),
        (tr("Status on {day}").format(day=day.isoformat()), label(pad.status_at(day))),
        (tr("Status history"), periods or "—"),
        position(pad.location.x, pad.location.y),
        (
            tr("Propellants"),
            ", ".join(sorted(label(p) for p in caps.propellants)) or "—",
        ),
        (tr("Max lift-off mass"), _number(caps.max_liftoff_mass_kg, "t", 1000.0)),
        (tr("Max height"), _number(caps.max_height_m, "m")),
        (tr("Max diameter"), _number(caps.max_diameter_m, "m")),
        (tr("Max thrust"), _number(caps.max_thrust_kn, "kN")),
        (tr("Azimuths"), azimuth),
        (tr("Launch cadence"), _number(caps.max_launches_per_year, tr("a year"))),
        (tr("Power supply"), _facility_name(plan, pad.power_facility_id)),
    ]
    if pad.required_facility_ids:
        names = ", ".join(_facility_name(plan, i) for i in pad.required_facility_ids)
        rows.append((tr("Requires"), names))
    return rows


def facility_rows(facility: Facility, plan: Plan, day: date) -> list[Row]:
    """Rows of a facility."""
    in_service = tr("yes") if facility.in_service_on(day) else tr("no")
    return [
        (tr("Name"), facility.name),
        (tr("Kind"), label(facility.kind)),
        (tr("Status"), label(facility.status)),
        (tr("In service on {day}").format(day=day.isoformat()), in_service),
        (tr("Commissioned"), _date(facility.commissioned, "—")),
        (tr("Decommissioned"), _date(facility.decommissioned, "—")),
        (tr("Complex"), _complex_name(plan, facility.complex_id)),
        (tr("Propellant"), label(facility.propellant) if facility.propellant else "—"),
        (tr("Max quantity"), _number(facility.max_quantity_kg, "t", 1000.0)),
        (tr("Height"), _number(facility.height_m, "m")),
        *geometry_rows(facility.geometry),
    ]


def zone_rows(zone: Zone, plan: Plan, day: date) -> list[Row]:
    """Rows of a zone."""
    return [
        (tr("Name"), zone.name),
        (tr("Kind"), label(zone.kind)),
        (tr("Held by"), _name(plan, Kind.TENANT, zone.tenant_id)),
        (tr("Valid from"), _date(zone.valid_from, tr("always"))),
        (tr("Valid to"), _date(zone.valid_to, tr("open-ended"))),
        (
            tr("Valid on {day}").format(day=day.isoformat()),
            tr("yes") if zone.valid_on(day) else tr("no"),
        ),
        *geometry_rows(zone.geometry),
    ]


def _tnt_factor(vehicle: Vehicle) -> str:
    if vehicle.tnt_factor is not None:
        return tr("{factor:g} (source: {source})").format(
            factor=vehicle.tnt_factor, source=vehicle.tnt_factor_source
        )
    if vehicle.propellant in NO_ESTABLISHED_FACTOR:
        return tr("none: no established factor, its hazard areas are not checked")
    return tr("the propellant's established (DoD) factor")


def vehicle_rows(vehicle: Vehicle, plan: Plan, day: date) -> list[Row]:
    """Rows of a vehicle."""
    rows: list[Row] = [
        (tr("Name"), vehicle.name),
        (tr("Tenant"), _name(plan, Kind.TENANT, vehicle.tenant_id)),
        (tr("Propellant"), label(vehicle.propellant)),
        (tr("Stages"), "—" if vehicle.stages is None else str(vehicle.stages)),
        (tr("Height"), _number(vehicle.height_m, "m")),
        (tr("Diameter"), _number(vehicle.diameter_m, "m")),
        (tr("Lift-off mass"), _number(vehicle.liftoff_mass_kg, "t", 1000.0)),
        (tr("Propellant mass"), _number(vehicle.propellant_mass_kg, "t", 1000.0)),
        (tr("Lift-off thrust"), _number(vehicle.liftoff_thrust_kn, "kN")),
        (tr("Payload to LEO"), _number(vehicle.payload_leo_kg, "kg")),
        (tr("Launches"), _number(vehicle.launches_per_year, tr("a year"))),
        (tr("Division 1.1 mass"), _number(vehicle.division_1_1_kg, "kg")),
        (tr("TNT-equivalent factor"), _tnt_factor(vehicle)),
        (tr("Corridor class"), class_label(vehicle.vehicle_class) or tr("unknown")),
    ]
    if vehicle.vehicle_class is VehicleClass.GUIDED_SUBORBITAL or vehicle.apogee_km is not None:
        rows.append((tr("Apogee"), _number(vehicle.apogee_km, "km")))
    if vehicle.source:
        rows.append((tr("Source"), vehicle.source))
    return rows


def _azimuth(allocation: Allocation, plan: Plan) -> str:
    azimuth = allocation.launch_azimuth_deg
    if azimuth is None:
        return tr("not set")
    pad = plan.find(Kind.PAD, allocation.pad_id)
    caps = pad.capabilities if isinstance(pad, Pad) else None
    if caps is None or caps.azimuth_min_deg is None or caps.azimuth_max_deg is None:
        return f"{azimuth:g}°"
    allowed = tr("the pad allows {low:g}°–{high:g}°").format(
        low=caps.azimuth_min_deg, high=caps.azimuth_max_deg
    )
    if caps.allows_azimuth(azimuth):
        return f"{azimuth:g}° ({allowed})"
    return tr("{azimuth:g}°, outside the range: {allowed}").format(azimuth=azimuth, allowed=allowed)


def allocation_rows(allocation: Allocation, plan: Plan, day: date) -> list[Row]:
    """Rows of an allocation."""
    fee = allocation.annual_fee_usd
    return [
        (tr("Tenant"), _name(plan, Kind.TENANT, allocation.tenant_id)),
        (tr("Vehicle"), _name(plan, Kind.VEHICLE, allocation.vehicle_id)),
        (tr("Pad"), _name(plan, Kind.PAD, allocation.pad_id)),
        (tr("Period"), f"{allocation.start.isoformat()} – {allocation.end.isoformat()}"),
        (tr("Status"), label(allocation.status)),
        (tr("Use"), tr("Exclusive") if allocation.exclusive else tr("Shared")),
        (tr("Annual fee"), tr("not agreed") if fee is None else f"US$ {fee:,.0f}"),
        (tr("Launch azimuth"), _azimuth(allocation, plan)),
    ]


def request_rows(request: Request, plan: Plan, day: date) -> list[Row]:
    """Rows of a request."""
    fee = request.fee_usd
    azimuth = request.launch_azimuth_deg
    return [
        (tr("Tenant"), _name(plan, Kind.TENANT, request.tenant_id)),
        (tr("Vehicle"), _name(plan, Kind.VEHICLE, request.vehicle_id)),
        (tr("Wanted pads"), wanted_pads(plan, request)),
        (
            tr("Window"),
            f"{request.earliest_start.isoformat()} – {request.latest_end.isoformat()}",
        ),
        (tr("Duration"), tr("{days} days").format(days=request.duration_days)),
        (tr("Use"), tr("Exclusive") if request.exclusive else tr("Shared")),
        (tr("Launch azimuth"), tr("not set") if azimuth is None else f"{azimuth:g}°"),
        (tr("Priority"), str(request.priority)),
        (tr("Fee offered"), tr("not offered") if fee is None else f"US$ {fee:,.0f}"),
        (tr("Status"), label(request.status)),
    ]


def tenant_rows(tenant: Tenant, plan: Plan, day: date) -> list[Row]:
    """Rows of a tenant: who they are, their vehicles, what they hold now and next."""
    vehicles = sorted(v.name for v in plan.vehicles() if v.tenant_id == tenant.id)
    allocations = [a for a in plan.allocations() if a.tenant_id == tenant.id]
    holding = sorted(
        _name(plan, Kind.PAD, a.pad_id) for a in allocations if a.status.binding and a.covers(day)
    )
    land = sorted(z.name for z in plan.zones() if z.tenant_id == tenant.id)
    rows: list[Row] = [
        (tr("Name"), tenant.name),
        (tr("Country"), tenant.country),
        (tr("Kind"), label(tenant.kind)),
        (tr("Negotiation"), label(tenant.status)),
        (tr("Vehicles"), ", ".join(vehicles) or "—"),
        (tr("Allocations"), str(len(allocations))),
        (tr("Holds on {day}").format(day=day.isoformat()), ", ".join(holding) or "—"),
    ]
    if land:
        rows.append((tr("Land held"), ", ".join(land)))
    if tenant.contact:
        rows.append((tr("Contact"), tenant.contact))
    if tenant.source:
        rows.append((tr("Source"), tenant.source))
    return rows


def complex_rows(complex_: LaunchComplex, plan: Plan, day: date) -> list[Row]:
    """Rows of a launch complex."""
    pads = sorted(p.code for p in plan.pads() if p.complex_id == complex_.id)
    facilities = sum(1 for f in plan.facilities() if f.complex_id == complex_.id)
    rows: list[Row] = [
        (tr("Site"), complex_.site),
        (tr("Name"), complex_.name),
        (tr("Controller"), label(complex_.controller)),
        (tr("Pads"), ", ".join(pads) or "—"),
        (tr("Facilities"), str(facilities)),
    ]
    if complex_.footprint is not None:
        rows += geometry_rows(complex_.footprint)
    return rows


def long_texts() -> set[str]:
    """The rows whose values are long (a position, a status history, a list of required
    facilities, notes, a source): shown
    in a wrapping box of their own below the main facts."""
    return {tr("Position"), tr("Status history"), tr("Requires"), tr("Notes"), tr("Source")}


def describe(entity: Entity, plan: Plan, day: date) -> list[Row]:
    """Every row shown for ``entity`` as of ``day``."""
    if isinstance(entity, Pad):
        rows = pad_rows(entity, plan, day)
    elif isinstance(entity, Facility):
        rows = facility_rows(entity, plan, day)
    elif isinstance(entity, Zone):
        rows = zone_rows(entity, plan, day)
    elif isinstance(entity, LaunchComplex):
        rows = complex_rows(entity, plan, day)
    elif isinstance(entity, Vehicle):
        rows = vehicle_rows(entity, plan, day)
    elif isinstance(entity, Allocation):
        rows = allocation_rows(entity, plan, day)
    elif isinstance(entity, Tenant):
        rows = tenant_rows(entity, plan, day)
    elif isinstance(entity, Request):
        rows = request_rows(entity, plan, day)
    else:
        rows = [(tr("Name"), getattr(entity, "name", str(entity.id)))]
    notes = getattr(entity, "notes", "")
    if notes:
        rows.append((tr("Notes"), notes))
    provenance = getattr(entity, "provenance", None)
    if isinstance(provenance, Provenance):
        rows += _provenance(provenance)
    return rows
