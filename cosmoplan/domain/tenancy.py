"""Tenants, their vehicles, and the allocations of pads to them over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cosmoplan.domain.enums import AllocationStatus, NegotiationStatus, Propellant, TenantKind
from cosmoplan.domain.validation import (
    require_non_negative,
    require_ordered_dates,
    require_positive,
    require_text,
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require_text(self.name, "name"))
        require_positive(self.stages, "stages")
        require_positive(self.height_m, "height")
        require_positive(self.diameter_m, "diameter")
        require_positive(self.liftoff_mass_kg, "liftoff mass")
        require_non_negative(self.propellant_mass_kg, "propellant mass")
        require_positive(self.liftoff_thrust_kn, "liftoff thrust")
        require_non_negative(self.payload_leo_kg, "payload to LEO")
        require_non_negative(self.launches_per_year, "launches per year")


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

    def __post_init__(self) -> None:
        require_ordered_dates(self.start, self.end, "start", "end")
        require_non_negative(self.annual_fee_usd, "annual fee")

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
