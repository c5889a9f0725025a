"""People's names for the domain's ids (enum values), in English: one table for the window
(which translates them in context "enums") and the reports (which read the same catalogue)."""

from __future__ import annotations

from enum import StrEnum

from cosmoplan.domain import (
    AllocationStatus,
    Controller,
    FacilityKind,
    FacilityStatus,
    Kind,
    NegotiationStatus,
    PadStatus,
    Propellant,
    TenantKind,
    VehicleClass,
    ZoneKind,
)

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
    "kind": Kind,
}
