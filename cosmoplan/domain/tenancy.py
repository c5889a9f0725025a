"""Tenants, their vehicles, and the allocations of pads to them over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cosmoplan.domain.enums import (
    AllocationStatus,
    NegotiationStatus,
    Propellant,
    TenantKind,
    VehicleClass,
)
from cosmoplan.domain.validation import (
    require_line,
    require_non_negative,
    require_notes,
    require_ordered_dates,
    require_positive,
    require_range,
    require_text,
)
from cosmoplan.messages import ValidationError, register

MSG_FACTOR_SOURCE = register(
    "domain.vehicle.factor_source",
    "A TNT-equivalent factor entered by the planner needs its source.",
)


@dataclass(frozen=True, slots=True)
class Tenant:
    """A company or programme that uses, or wants to use, a pad."""

    id: int
    name: str
    country: str
    kind: TenantKind = TenantKind.STARTUP
    status: NegotiationStatus = NegotiationStatus.FIRST_CONTACT
    contact: str = ""
    notes: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require_text(self.name, "name"))
        object.__setattr__(self, "country", require_text(self.country, "country"))
        require_line(self.contact, "contact")
        require_line(self.source, "source")
        require_notes(self.notes, "notes")


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A launch vehicle of a tenant. Unknown figures are ``None``."""

    id: int
    tenant_id: int
    name: str
    propellant: Propellant
    stages: int | None = None
    height_m: float | None = None
    diameter_m: float | None = None
    liftoff_mass_kg: float | None = None
    propellant_mass_kg: float | None = None
    liftoff_thrust_kn: float | None = None
    payload_leo_kg: float | None = None
    launches_per_year: float | None = None
    notes: str = ""
    source: str = ""
    division_1_1_kg: float | None = None
    tnt_factor: float | None = None
    tnt_factor_source: str = ""
    vehicle_class: VehicleClass | None = None
    apogee_km: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require_text(self.name, "name"))
        require_line(self.source, "source")
        require_line(self.tnt_factor_source, "TNT-equivalent factor source")
        require_notes(self.notes, "notes")
        require_positive(self.stages, "stages")
        require_positive(self.height_m, "height")
        require_positive(self.diameter_m, "diameter")
        require_positive(self.liftoff_mass_kg, "liftoff mass")
        require_non_negative(self.propellant_mass_kg, "propellant mass")
        require_positive(self.liftoff_thrust_kn, "liftoff thrust")
        require_non_negative(self.payload_leo_kg, "payload to LEO")
        require_non_negative(self.launches_per_year, "launches per year")
        require_non_negative(self.division_1_1_kg, "Division 1.1 mass")
        require_positive(self.tnt_factor, "TNT-equivalent factor")
        require_positive(self.apogee_km, "apogee")
        source = self.tnt_factor_source.strip()
        object.__setattr__(self, "tnt_factor_source", source)
        if self.tnt_factor is not None and not source:
            raise ValidationError(MSG_FACTOR_SOURCE, field="tnt_factor_source")


@dataclass(frozen=True, slots=True)
class Allocation:
    """A pad allocated to a tenant's vehicle from ``start`` to ``end`` (both inclusive)."""

    id: int
    tenant_id: int
    vehicle_id: int
    pad_id: int
    start: date
    end: date
    status: AllocationStatus = AllocationStatus.PROPOSED
    exclusive: bool = True
    annual_fee_usd: float | None = None
    notes: str = ""
    launch_azimuth_deg: float | None = None

    def __post_init__(self) -> None:
        require_ordered_dates(self.start, self.end, "start", "end")
        require_notes(self.notes, "notes")
        require_non_negative(self.annual_fee_usd, "annual fee")
        require_range(self.launch_azimuth_deg, 0.0, 360.0, "launch azimuth")

    def covers(self, day: date) -> bool:
        """Whether ``day`` lies in the allocation's period."""
        return self.start <= day <= self.end

    def overlaps(self, other: Allocation) -> bool:
        """Whether the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        """Length of the period in days, both ends counted."""
        return (self.end - self.start).days + 1
