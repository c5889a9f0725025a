"""People's names for the domain's ids (enum values), in English: one table for the window
(which translates them in context "enums") and the reports (which read the same catalogue);
and objects named as a planner names them (:func:`name_in`: "RFA One on 1/5, 2031–2032")."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Controller,
    Entity,
    FacilityKind,
    FacilityStatus,
    Kind,
    NegotiationStatus,
    Pad,
    PadStatus,
    Plan,
    Propellant,
    Ref,
    Request,
    TenantKind,
    Vehicle,
    VehicleClass,
    ZoneKind,
    display_name,
)
from cosmoplan.messages import Message, register

MSG_ALLOCATION = register("tables.subject.allocation", "{vehicle} on {pad}, {years}")
MSG_REQUEST = register("tables.subject.request", "request of {vehicle}, {years}")

ENGLISH: dict[StrEnum, str] = {
    Kind.COMPLEX: "Launch complexes",
    Kind.PAD: "Pads",
    Kind.FACILITY: "Facilities",
    Kind.ZONE: "Zones",
    Kind.TENANT: "Tenants",
    Kind.VEHICLE: "Vehicles",
    Kind.ALLOCATION: "Allocations",
    Kind.REQUEST: "Requests",
    Controller.ROSCOSMOS_LEASE: "Roscosmos (lease)",
    Controller.KAZAKHSTAN: "Kazakhstan",
    Controller.BAITEREK_JV: "Baiterek joint venture",
    Controller.SEZ: "Special economic zone",
    Controller.UNKNOWN: "Unknown",
    PadStatus.ACTIVE: "Active",
    PadStatus.INACTIVE: "Inactive",
    PadStatus.UNDER_MODERNISATION: "Under modernisation",
    PadStatus.DAMAGED: "Damaged",
    PadStatus.DESTROYED: "Destroyed",
    PadStatus.MUSEUM: "Museum",
    Propellant.LOX_KEROSENE: "LOX / kerosene",
    Propellant.LOX_HYDROGEN: "LOX / hydrogen",
    Propellant.N2O4_UDMH: "N2O4 / UDMH",
    Propellant.LOX_METHANE: "LOX / methane",
    Propellant.LOX_PROPANE: "LOX / propane",
    Propellant.PARAFFIN_LOX: "Paraffin / LOX (hybrid)",
    Propellant.SOLID: "Solid",
    VehicleClass.SMALL: "Small orbital",
    VehicleClass.MEDIUM: "Medium orbital",
    VehicleClass.MEDIUM_LARGE: "Medium-large orbital",
    VehicleClass.LARGE: "Large orbital",
    VehicleClass.GUIDED_SUBORBITAL: "Guided suborbital",
    FacilityKind.CABLE_MAST: "Cable mast",
    FacilityKind.SERVICE_TOWER: "Service tower",
    FacilityKind.ASSEMBLY_BUILDING: "Assembly-test building (MIK)",
    FacilityKind.FUELLING_STATION: "Fuelling station",
    FacilityKind.PROPELLANT_STORE: "Propellant store",
    FacilityKind.POWER_SUBSTATION: "Power substation",
    FacilityKind.RAIL_LINE: "Rail line",
    FacilityKind.ROAD: "Road",
    FacilityKind.PIPELINE: "Pipeline",
    FacilityKind.WATER: "Water line",
    FacilityKind.CONTROL_BUNKER: "Control bunker",
    FacilityKind.HOUSING: "Housing",
    FacilityKind.AIRPORT: "Airport",
    FacilityKind.OTHER: "Other",
    FacilityStatus.PLANNED: "Planned",
    FacilityStatus.UNDER_CONSTRUCTION: "Under construction",
    FacilityStatus.OPERATIONAL: "Operational",
    FacilityStatus.OUT_OF_SERVICE: "Out of service",
    FacilityStatus.DECOMMISSIONED: "Decommissioned",
    ZoneKind.COSMODROME_BOUNDARY: "Cosmodrome boundary",
    ZoneKind.RUSSIAN_LEASE: "Russian-leased territory",
    ZoneKind.KAZAKH_TERRITORY: "Kazakh-controlled territory",
    ZoneKind.SPECIAL_ECONOMIC_ZONE: "Special economic zone",
    ZoneKind.PUBLIC_AREA: "Public area",
    ZoneKind.RESTRICTED_AREA: "Restricted area",
}


def english(value: StrEnum) -> str:
    """The English name of an enum value (its id, made readable, if the table has no entry)."""
    return ENGLISH.get(value) or value.value.replace("-", " ").capitalize()


#: Message parameters of the core that hold an enum value, as its id or its id in words.
ENUM_PARAMETERS: dict[str, type[StrEnum]] = {
    "pad_status": PadStatus,
    "facility_kind": FacilityKind,
    "facility_status": FacilityStatus,
    "negotiation": NegotiationStatus,
    "tenant_kind": TenantKind,
    "propellant": Propellant,
    "supported": Propellant,  # a list: "lox-kerosene, paraffin-lox"
    "vehicle_class": VehicleClass,
    "status": AllocationStatus,
    "old": AllocationStatus,
    "new": AllocationStatus,
    "allowed": AllocationStatus,  # a list: "reserved, cancelled"
    "kind": Kind,
}


def years(start: date, end: date) -> str:
    """The years a period touches: "2031" or "2031–2032"."""
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def _vehicle(plan: Plan, vehicle_id: int) -> str:
    found = plan.find(Kind.VEHICLE, vehicle_id)
    return found.name if isinstance(found, Vehicle) else f"#{vehicle_id}"


def _pad(plan: Plan, pad_id: int) -> str:
    found = plan.find(Kind.PAD, pad_id)
    return found.code if isinstance(found, Pad) else f"#{pad_id}"


def name_in(plan: Plan, entity: Entity) -> str | Message:
    """An object as a planner names it: a pad's code, a name, an allocation by its vehicle,
    pad and years ("RFA One on 1/5, 2031–2032"), a request by its vehicle and years. A
    :class:`Message` where words need translating."""
    if isinstance(entity, Allocation):
        return Message(
            MSG_ALLOCATION,
            {
                "vehicle": _vehicle(plan, entity.vehicle_id),
                "pad": _pad(plan, entity.pad_id),
                "years": years(entity.start, entity.end),
            },
        )
    if isinstance(entity, Request):
        return Message(
            MSG_REQUEST,
            {
                "vehicle": _vehicle(plan, entity.vehicle_id),
                "years": years(entity.earliest_start, entity.latest_end),
            },
        )
    return display_name(entity)


def name_of(plan: Plan, ref: Ref) -> str | Message:
    """:func:`name_in` of the object ``ref`` names ("#12" if it is gone)."""
    entity = plan.find(ref.kind, ref.id)
    return f"#{ref.id}" if entity is None else name_in(plan, entity)
