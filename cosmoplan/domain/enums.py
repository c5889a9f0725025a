"""Closed sets of the domain. Each value is a stable string id used in files and the CLI."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """The kinds of object a plan holds (plural ids, as on the command line)."""

    COMPLEX = "complexes"
    PAD = "pads"
    FACILITY = "facilities"
    ZONE = "zones"
    TENANT = "tenants"
    VEHICLE = "vehicles"
    ALLOCATION = "allocations"
    REQUEST = "requests"


class Controller(StrEnum):
    """Who controls a launch complex."""

    ROSCOSMOS_LEASE = "roscosmos-lease"
    KAZAKHSTAN = "kazakhstan"
    BAITEREK_JV = "baiterek-jv"
    SEZ = "sez"
    UNKNOWN = "unknown"


class PadStatus(StrEnum):
    """Operational status of a pad during a period."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    UNDER_MODERNISATION = "under-modernisation"
    DAMAGED = "damaged"
    DESTROYED = "destroyed"
    MUSEUM = "museum"

    @property
    def usable(self) -> bool:
        """Whether a vehicle can launch from a pad in this status."""
        return self in (PadStatus.ACTIVE, PadStatus.INACTIVE)


class Propellant(StrEnum):
    """Propellant combinations (the ids of the safety rules and the CLI)."""

    LOX_KEROSENE = "lox-kerosene"
    LOX_HYDROGEN = "lox-hydrogen"
    N2O4_UDMH = "n2o4-udmh"
    LOX_METHANE = "lox-methane"
    LOX_PROPANE = "lox-propane"
    PARAFFIN_LOX = "paraffin-lox"
    SOLID = "solid"


class VehicleClass(StrEnum):
    """Flight-corridor classes: the weight classes of 14 CFR 420.19 Table 1 (safety rules §4.2)
    and the guided suborbital vehicle of Appendix A."""

    SMALL = "small"
    MEDIUM = "medium"
    MEDIUM_LARGE = "medium-large"
    LARGE = "large"
    GUIDED_SUBORBITAL = "guided-suborbital"

    @property
    def orbital(self) -> bool:
        """Whether the corridor runs to 5,000 nm (orbital classes) rather than an impact area."""
        return self is not VehicleClass.GUIDED_SUBORBITAL


class FacilityKind(StrEnum):
    """Kinds of infrastructure."""

    CABLE_MAST = "cable-mast"
    SERVICE_TOWER = "service-tower"
    ASSEMBLY_BUILDING = "assembly-building"
    FUELLING_STATION = "fuelling-station"
    PROPELLANT_STORE = "propellant-store"
    POWER_SUBSTATION = "power-substation"
    RAIL_LINE = "rail-line"
    ROAD = "road"
    PIPELINE = "pipeline"
    WATER = "water"
    CONTROL_BUNKER = "control-bunker"
    HOUSING = "housing"
    AIRPORT = "airport"
    OTHER = "other"


class FacilityStatus(StrEnum):
    """Lifecycle of a facility."""

    PLANNED = "planned"
    UNDER_CONSTRUCTION = "under-construction"
    OPERATIONAL = "operational"
    OUT_OF_SERVICE = "out-of-service"
    DECOMMISSIONED = "decommissioned"


class ZoneKind(StrEnum):
    """Kinds of area."""

    COSMODROME_BOUNDARY = "cosmodrome-boundary"
    RUSSIAN_LEASE = "russian-lease"
    KAZAKH_TERRITORY = "kazakh-territory"
    SPECIAL_ECONOMIC_ZONE = "special-economic-zone"
    PUBLIC_AREA = "public-area"
    RESTRICTED_AREA = "restricted-area"


class TenantKind(StrEnum):
    """What sort of organisation a tenant is."""

    STARTUP = "startup"
    NATIONAL_PROGRAMME = "national-programme"
    INCUMBENT = "incumbent"


class NegotiationStatus(StrEnum):
    """Where talks with a tenant stand."""

    FIRST_CONTACT = "first-contact"
    IN_TALKS = "in-talks"
    APPROVED = "approved"
    SUSPENDED = "suspended"
    REJECTED = "rejected"


class AllocationStatus(StrEnum):
    """Lifecycle of an allocation: proposed -> reserved -> signed -> active -> ended."""

    PROPOSED = "proposed"
    RESERVED = "reserved"
    SIGNED = "signed"
    ACTIVE = "active"
    ENDED = "ended"
    CANCELLED = "cancelled"

    @property
    def binding(self) -> bool:
        """Whether the allocation holds the pad (ended and cancelled ones do not)."""
        return self in BINDING

    @property
    def committed(self) -> bool:
        """Whether the allocation is agreed by contract (signed or active)."""
        return self in COMMITTED


#: Allocations that hold their pad: ended ones are history and cancelled ones never held it.
BINDING = frozenset(
    {
        AllocationStatus.PROPOSED,
        AllocationStatus.RESERVED,
        AllocationStatus.SIGNED,
        AllocationStatus.ACTIVE,
    }
)
#: Allocations agreed by contract.
COMMITTED = frozenset({AllocationStatus.SIGNED, AllocationStatus.ACTIVE})
#: Allocations still being negotiated.
PENDING = frozenset({AllocationStatus.PROPOSED, AllocationStatus.RESERVED})


class RequestStatus(StrEnum):
    """Lifecycle of a tenant's request for a pad: open -> planned -> allocated, or withdrawn."""

    OPEN = "open"
    PLANNED = "planned"
    ALLOCATED = "allocated"
    WITHDRAWN = "withdrawn"


class Confidence(StrEnum):
    """How far a seeded fact can be trusted."""

    VERIFIED = "verified"
    GENERAL_KNOWLEDGE = "general-knowledge"
    DERIVED = "derived"
    SCHEMATIC = "schematic"
    USER = "user"
