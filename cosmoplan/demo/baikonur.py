"""The Baikonur demo plan, built from the seed data in ``resources/demo`` (``cosmoplan/resources``).

The files are GeoJSON/JSON in WGS84 lon/lat. Each record keeps its ``source`` (keys of
``sources.json``, taken from the design documents), a ``confidence`` and a ``schematic`` flag for
drawn, unsurveyed or approximate geometry. ``plan.json`` names the plan and gives its knowledge
date (the date of its newest fact), which the plan description states. Objects refer to each
other by natural keys (site numbers, pad codes, facility keys, tenant and vehicle names); ids are
given in file order.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable

import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.demo.reading import (
    Record,
    day,
    features,
    load_json,
    model_geometries,
    number,
    provenance,
    reading,
)
from cosmoplan.domain import (
    KNOWLEDGE_DATE_LABEL,
    Allocation,
    AllocationStatus,
    Controller,
    Facility,
    FacilityKind,
    FacilityStatus,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Propellant,
    Tenant,
    TenantKind,
    Vehicle,
    VehicleClass,
    Zone,
    ZoneKind,
)

#: The packaged demo data folder.
DATA: Traversable = files("cosmoplan").joinpath("resources", "demo")

COMPLEXES, PADS, FACILITIES = "complexes.geojson", "pads.geojson", "facilities.geojson"
ZONES, TENANCY, SOURCES = "zones.geojson", "tenancy.json", "sources.json"
INFO = "plan.json"


def build_demo_plan(data: Traversable | None = None) -> Plan:
    """The Baikonur demo plan; ``data`` is another folder with the same files (for tests)."""
    folder = DATA if data is None else data
    plan = Plan(_plan_info(folder))
    sites = _add_complexes(plan, folder)
    facilities = _add_facilities(plan, folder, sites)
    _add_pads(plan, folder, sites, facilities)
    _add_zones(plan, folder)
    _add_tenancy(plan, folder)
    return plan


def demo_sources(data: Traversable | None = None) -> dict[str, str]:
    """The source keys used in the demo data and what each one stands for."""
    document = load_json(DATA if data is None else data, SOURCES)
    with reading(SOURCES):
        return {str(key): str(title) for key, title in document.items()}


def _plan_info(folder: Traversable) -> PlanInfo:
    """The plan's name and description, which ends by stating the knowledge date."""
    record = load_json(folder, INFO)
    with reading(INFO):
        known = date.fromisoformat(record["knowledge_date"])
        description = f"{record['description']} {KNOWLEDGE_DATE_LABEL} {known}."
        return PlanInfo(record["name"], description)


def _geo_records(folder: Traversable, file: str) -> list[tuple[Record, BaseGeometry | None]]:
    document = load_json(folder, file)
    with reading(file):
        items = features(document)
        geometries = model_geometries([item["geometry"] for item in items])
        return [(item["properties"], g) for item, g in zip(items, geometries, strict=True)]


def _lookup(table: Mapping[str, int], key: str, what: str) -> int:
    if key not in table:
        raise ValueError(f"unknown {what} {key!r}")
    return table[key]


def _add_complexes(plan: Plan, folder: Traversable) -> dict[str, int]:
    sites: dict[str, int] = {}
    for index, (props, footprint) in enumerate(_geo_records(folder, COMPLEXES), start=1):
        with reading(COMPLEXES, f"complex {props.get('site')}"):
            plan.add(
                LaunchComplex(
                    id=index,
                    site=props["site"],
                    name=props["name"],
                    controller=Controller(props["controller"]),
                    footprint=footprint,
                    notes=props.get("notes", ""),
                    provenance=provenance(props),
                )
            )
            sites[props["site"]] = index
    return sites


def _add_facilities(plan: Plan, folder: Traversable, sites: Mapping[str, int]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for index, (props, geometry) in enumerate(_geo_records(folder, FACILITIES), start=1):
        with reading(FACILITIES, f"facility {props.get('key')}"):
            if props["key"] in keys:
                raise ValueError("duplicate key")
            site = props.get("site")
            propellant = props.get("propellant")
            plan.add(
                Facility(
                    id=index,
                    kind=FacilityKind(props["kind"]),
                    name=props["name"],
                    geometry=geometry,
                    status=FacilityStatus(props.get("status", "operational")),
                    commissioned=day(props.get("commissioned")),
                    decommissioned=day(props.get("decommissioned")),
                    complex_id=None if site is None else _lookup(sites, site, "site"),
                    propellant=None if propellant is None else Propellant(propellant),
                    max_quantity_kg=number(props.get("max_quantity_kg")),
                    height_m=number(props.get("height_m")),
                    notes=props.get("notes", ""),
                    provenance=provenance(props),
                )
            )
            keys[props["key"]] = index
    return keys


def _capabilities(record: Record) -> PadCapabilities:
    return PadCapabilities(
        propellants=frozenset(Propellant(p) for p in record.get("propellants", ())),
        max_liftoff_mass_kg=number(record.get("max_liftoff_mass_kg")),
        max_height_m=number(record.get("max_height_m")),
        max_diameter_m=number(record.get("max_diameter_m")),
        max_thrust_kn=number(record.get("max_thrust_kn")),
        azimuth_min_deg=number(record.get("azimuth_min_deg")),
        azimuth_max_deg=number(record.get("azimuth_max_deg")),
        max_launches_per_year=number(record.get("max_launches_per_year")),
    )


def _add_pads(
    plan: Plan, folder: Traversable, sites: Mapping[str, int], facilities: Mapping[str, int]
) -> None:
    for index, (props, location) in enumerate(_geo_records(folder, PADS), start=1):
        with reading(PADS, f"pad {props.get('code')}"):
            power = props.get("power_facility")
            periods = tuple(
                PadStatusPeriod(
                    PadStatus(p["status"]),
                    day(p.get("start")),
                    day(p.get("end")),
                    p.get("note", ""),
                )
                for p in props.get("status_periods", ())
            )
            plan.add(
                Pad(
                    id=index,
                    complex_id=_lookup(sites, props["site"], "site"),
                    code=props["code"],
                    location=location,
                    name=props.get("name", ""),
                    status_periods=periods,
                    capabilities=_capabilities(props.get("capabilities", {})),
                    power_facility_id=None
                    if power is None
                    else _lookup(facilities, power, "facility"),
                    required_facility_ids=tuple(
                        _lookup(facilities, key, "facility")
                        for key in props.get("required_facilities", ())
                    ),
                    notes=props.get("notes", ""),
                    provenance=provenance(props),
                )
            )


def _derive(rule: Record, known: Mapping[str, BaseGeometry]) -> BaseGeometry:
    """Union of the ``union`` zones minus the ``minus`` zones (both lists of zone keys)."""
    parts = [known[_key(key, known)] for key in rule["union"]]
    holes = [known[_key(key, known)] for key in rule.get("minus", ())]
    return shapely.union_all(parts).difference(shapely.union_all(holes))


def _key(key: str, known: Mapping[str, object]) -> str:
    if key not in known:
        raise ValueError(f"derived from unknown or later zone {key!r}")
    return key


def _add_zones(plan: Plan, folder: Traversable) -> None:
    known: dict[str, BaseGeometry] = {}
    for index, (props, geometry) in enumerate(_geo_records(folder, ZONES), start=1):
        with reading(ZONES, f"zone {props.get('key')}"):
            if geometry is None:
                geometry = _derive(props["derive"], known)
            known[props["key"]] = geometry
            plan.add(
                Zone(
                    id=index,
                    kind=ZoneKind(props["kind"]),
                    name=props["name"],
                    geometry=geometry,
                    valid_from=day(props.get("valid_from")),
                    valid_to=day(props.get("valid_to")),
                    notes=props.get("notes", ""),
                    provenance=provenance(props),
                )
            )


def _add_tenancy(plan: Plan, folder: Traversable) -> None:
    document = load_json(folder, TENANCY)
    for index, record in enumerate(document.get("tenants", ()), start=1):
        with reading(TENANCY, f"tenant {record.get('name')}"):
            plan.add(
                Tenant(
                    id=index,
                    name=record["name"],
                    country=record["country"],
                    kind=TenantKind(record["kind"]),
                    status=NegotiationStatus(record["status"]),
                    contact=record.get("contact", ""),
                    notes=record.get("notes", ""),
                    source=record["source"],
                )
            )
    for index, record in enumerate(document.get("vehicles", ()), start=1):
        with reading(TENANCY, f"vehicle {record.get('name')}"):
            plan.add(
                Vehicle(
                    id=index,
                    tenant_id=_tenant_id(plan, record["tenant"]),
                    name=record["name"],
                    propellant=Propellant(record["propellant"]),
                    stages=record.get("stages"),
                    height_m=number(record.get("height_m")),
                    diameter_m=number(record.get("diameter_m")),
                    liftoff_mass_kg=number(record.get("liftoff_mass_kg")),
                    propellant_mass_kg=number(record.get("propellant_mass_kg")),
                    liftoff_thrust_kn=number(record.get("liftoff_thrust_kn")),
                    payload_leo_kg=number(record.get("payload_leo_kg")),
                    launches_per_year=number(record.get("launches_per_year")),
                    notes=record.get("notes", ""),
                    source=record["source"],
                    division_1_1_kg=number(record.get("division_1_1_kg")),
                    tnt_factor=number(record.get("tnt_factor")),
                    tnt_factor_source=record.get("tnt_factor_source", ""),
                    vehicle_class=_vehicle_class(record.get("vehicle_class")),
                    apogee_km=number(record.get("apogee_km")),
                )
            )
    for index, record in enumerate(document.get("allocations", ()), start=1):
        with reading(TENANCY, f"allocation {index}"):
            plan.add(_allocation(plan, index, record))


def _vehicle_class(value: str | None) -> VehicleClass | None:
    return None if value is None else VehicleClass(value)


def _tenant_id(plan: Plan, name: str) -> int:
    tenant = plan.tenant_by_name(name)
    if tenant is None:
        raise ValueError(f"unknown tenant {name!r}")
    return tenant.id


def _allocation(plan: Plan, index: int, record: Record) -> Allocation:
    tenant_id = _tenant_id(plan, record["tenant"])
    vehicle = plan.vehicle_by_name(record["vehicle"], tenant_id)
    if vehicle is None:
        raise ValueError(f"{record['tenant']!r} has no vehicle {record['vehicle']!r}")
    pad = plan.pad_by_code(record["pad"])
    if pad is None:
        raise ValueError(f"unknown pad {record['pad']!r}")
    start, end = day(record["start"]), day(record["end"])
    if start is None or end is None:
        raise ValueError("start and end are required")
    return Allocation(
        id=index,
        tenant_id=tenant_id,
        vehicle_id=vehicle.id,
        pad_id=pad.id,
        start=start,
        end=end,
        status=AllocationStatus(record.get("status", "proposed")),
        exclusive=bool(record.get("exclusive", True)),
        annual_fee_usd=number(record.get("annual_fee_usd")),
        notes=record.get("notes", ""),
        launch_azimuth_deg=number(record.get("launch_azimuth_deg")),
    )
