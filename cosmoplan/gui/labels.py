"""People's names for the domain's ids (enum values, kinds), translated in context "enums"."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

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
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP

_LABELS: dict[StrEnum, str] = {
    Kind.COMPLEX: QT_TRANSLATE_NOOP("enums", "Launch complexes"),
    Kind.PAD: QT_TRANSLATE_NOOP("enums", "Pads"),
    Kind.FACILITY: QT_TRANSLATE_NOOP("enums", "Facilities"),
    Kind.ZONE: QT_TRANSLATE_NOOP("enums", "Zones"),
    Kind.TENANT: QT_TRANSLATE_NOOP("enums", "Tenants"),
    Kind.VEHICLE: QT_TRANSLATE_NOOP("enums", "Vehicles"),
    Kind.ALLOCATION: QT_TRANSLATE_NOOP("enums", "Allocations"),
    Kind.REQUEST: QT_TRANSLATE_NOOP("enums", "Requests"),
    Controller.ROSCOSMOS_LEASE: QT_TRANSLATE_NOOP("enums", "Roscosmos (lease)"),
    Controller.KAZAKHSTAN: QT_TRANSLATE_NOOP("enums", "Kazakhstan"),
    Controller.BAITEREK_JV: QT_TRANSLATE_NOOP("enums", "Baiterek joint venture"),
    Controller.SEZ: QT_TRANSLATE_NOOP("enums", "Special economic zone"),
    Controller.UNKNOWN: QT_TRANSLATE_NOOP("enums", "Unknown"),
    PadStatus.ACTIVE: QT_TRANSLATE_NOOP("enums", "Active"),
    PadStatus.INACTIVE: QT_TRANSLATE_NOOP("enums", "Inactive"),
    PadStatus.UNDER_MODERNISATION: QT_TRANSLATE_NOOP("enums", "Under modernisation"),
    PadStatus.DAMAGED: QT_TRANSLATE_NOOP("enums", "Damaged"),
    PadStatus.DESTROYED: QT_TRANSLATE_NOOP("enums", "Destroyed"),
    PadStatus.MUSEUM: QT_TRANSLATE_NOOP("enums", "Museum"),
    Propellant.LOX_KEROSENE: QT_TRANSLATE_NOOP("enums", "LOX / kerosene"),
    Propellant.LOX_HYDROGEN: QT_TRANSLATE_NOOP("enums", "LOX / hydrogen"),
    Propellant.N2O4_UDMH: QT_TRANSLATE_NOOP("enums", "N2O4 / UDMH"),
    Propellant.LOX_METHANE: QT_TRANSLATE_NOOP("enums", "LOX / methane"),
    Propellant.LOX_PROPANE: QT_TRANSLATE_NOOP("enums", "LOX / propane"),
    Propellant.PARAFFIN_LOX: QT_TRANSLATE_NOOP("enums", "Paraffin / LOX (hybrid)"),
    Propellant.SOLID: QT_TRANSLATE_NOOP("enums", "Solid"),
    VehicleClass.SMALL: QT_TRANSLATE_NOOP("enums", "Small orbital"),
    VehicleClass.MEDIUM: QT_TRANSLATE_NOOP("enums", "Medium orbital"),
    VehicleClass.MEDIUM_LARGE: QT_TRANSLATE_NOOP("enums", "Medium-large orbital"),
    VehicleClass.LARGE: QT_TRANSLATE_NOOP("enums", "Large orbital"),
    VehicleClass.GUIDED_SUBORBITAL: QT_TRANSLATE_NOOP("enums", "Guided suborbital"),
    FacilityKind.CABLE_MAST: QT_TRANSLATE_NOOP("enums", "Cable mast"),
    FacilityKind.SERVICE_TOWER: QT_TRANSLATE_NOOP("enums", "Service tower"),
    FacilityKind.ASSEMBLY_BUILDING: QT_TRANSLATE_NOOP("enums", "Assembly-test building (MIK)"),
    FacilityKind.FUELLING_STATION: QT_TRANSLATE_NOOP("enums", "Fuelling station"),
    FacilityKind.PROPELLANT_STORE: QT_TRANSLATE_NOOP("enums", "Propellant store"),
    FacilityKind.POWER_SUBSTATION: QT_TRANSLATE_NOOP("enums", "Power substation"),
    FacilityKind.RAIL_LINE: QT_TRANSLATE_NOOP("enums", "Rail line"),
    FacilityKind.ROAD: QT_TRANSLATE_NOOP("enums", "Road"),
    FacilityKind.PIPELINE: QT_TRANSLATE_NOOP("enums", "Pipeline"),
    FacilityKind.WATER: QT_TRANSLATE_NOOP("enums", "Water line"),
    FacilityKind.CONTROL_BUNKER: QT_TRANSLATE_NOOP("enums", "Control bunker"),
    FacilityKind.HOUSING: QT_TRANSLATE_NOOP("enums", "Housing"),
    FacilityKind.AIRPORT: QT_TRANSLATE_NOOP("enums", "Airport"),
    FacilityKind.OTHER: QT_TRANSLATE_NOOP("enums", "Other"),
    FacilityStatus.PLANNED: QT_TRANSLATE_NOOP("enums", "Planned"),
    FacilityStatus.UNDER_CONSTRUCTION: QT_TRANSLATE_NOOP("enums", "Under construction"),
    FacilityStatus.OPERATIONAL: QT_TRANSLATE_NOOP("enums", "Operational"),
    FacilityStatus.OUT_OF_SERVICE: QT_TRANSLATE_NOOP("enums", "Out of service"),
    FacilityStatus.DECOMMISSIONED: QT_TRANSLATE_NOOP("enums", "Decommissioned"),
    ZoneKind.COSMODROME_BOUNDARY: QT_TRANSLATE_NOOP("enums", "Cosmodrome boundary"),
    ZoneKind.RUSSIAN_LEASE: QT_TRANSLATE_NOOP("enums", "Russian-leased territory"),
    ZoneKind.KAZAKH_TERRITORY: QT_TRANSLATE_NOOP("enums", "Kazakh-controlled territory"),
    ZoneKind.SPECIAL_ECONOMIC_ZONE: QT_TRANSLATE_NOOP("enums", "Special economic zone"),
    ZoneKind.PUBLIC_AREA: QT_TRANSLATE_NOOP("enums", "Public area"),
    ZoneKind.RESTRICTED_AREA: QT_TRANSLATE_NOOP("enums", "Restricted area"),
}


_ONE: dict[Kind, str] = {
    Kind.COMPLEX: QT_TRANSLATE_NOOP("enums", "launch complex"),
    Kind.PAD: QT_TRANSLATE_NOOP("enums", "launch pad"),
    Kind.FACILITY: QT_TRANSLATE_NOOP("enums", "facility"),
    Kind.ZONE: QT_TRANSLATE_NOOP("enums", "zone"),
    Kind.TENANT: QT_TRANSLATE_NOOP("enums", "tenant"),
    Kind.VEHICLE: QT_TRANSLATE_NOOP("enums", "vehicle"),
    Kind.ALLOCATION: QT_TRANSLATE_NOOP("enums", "allocation"),
    Kind.REQUEST: QT_TRANSLATE_NOOP("enums", "request"),
}


def one(kind: Kind) -> str:
    """The translated name of one object of ``kind`` ("launch pad")."""
    return QCoreApplication.translate("enums", _ONE[kind])


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its id, made readable, if it has no entry)."""
    text = _LABELS.get(value) or value.value.replace("-", " ").capitalize()
    return QCoreApplication.translate("enums", text)


#: Message parameters of the core that hold an enum value, as its id or its id in words.
ENUM_PARAMETERS: dict[str, type[StrEnum]] = {
    "pad_status": PadStatus,
    "facility_kind": FacilityKind,
    "facility_status": FacilityStatus,
    "negotiation": NegotiationStatus,
    "tenant_kind": TenantKind,
    "propellant": Propellant,
    "vehicle_class": VehicleClass,
    "status": AllocationStatus,
    "old": AllocationStatus,
    "new": AllocationStatus,
    "kind": Kind,
}


def translated_parameters(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with the enum values among them (see :data:`ENUM_PARAMETERS`) by their
    translated names, as they read inside a sentence ("повреждена", "LOX / керосин")."""
    found = dict(params)
    for key, enum in ENUM_PARAMETERS.items():
        value = params.get(key)
        if not isinstance(value, str):
            continue
        try:
            member = enum(value.replace(" ", "-"))
        except ValueError:
            continue
        name = label(member)
        found[key] = name[0].lower() + name[1:] if name[1:2].islower() else name
    return found
