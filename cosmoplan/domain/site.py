"""The site model: launch complexes, pads, facilities and zones (metres, UTM 41N)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain.enums import (
    Confidence,
    Controller,
    FacilityKind,
    FacilityStatus,
    PadStatus,
    Propellant,
    ZoneKind,
)
from cosmoplan.domain.validation import (
    require_geometry,
    require_line,
    require_non_negative,
    require_notes,
    require_ordered_dates,
    require_positive,
    require_range,
    require_text,
)
from cosmoplan.messages import ValidationError, register

MSG_STATUS_PERIODS_OVERLAP = register(
    "domain.pad.status_periods_overlap",
    "Status periods of pad {code} overlap: {first} and {second}.",
)

POLYGONAL = ("Polygon", "MultiPolygon")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact comes from: source text, how far to trust it, whether it is schematic."""

    source: str = ""
    confidence: Confidence = Confidence.USER
    schematic: bool = False

    def __post_init__(self) -> None:
        require_line(self.source, "source")


@dataclass(frozen=True, slots=True)
class LaunchComplex:
    """A launch complex ("Site 45"), with an optional footprint."""

    id: int
    site: str
    name: str
    controller: Controller = Controller.UNKNOWN
    footprint: Polygon | MultiPolygon | None = None
    notes: str = ""
    provenance: Provenance = field(default_factory=Provenance)

    def __post_init__(self) -> None:
        object.__setattr__(self, "site", require_text(self.site, "site"))
        object.__setattr__(self, "name", require_text(self.name, "name"))
        require_notes(self.notes, "notes")
        if self.footprint is not None:
            require_geometry(self.footprint, POLYGONAL, "footprint")

    @property
    def label(self) -> str:
        """How a planner names it: "Site 45 (Zenit)"."""
        return f"Site {self.site} ({self.name})"


@dataclass(frozen=True, slots=True)
class PadStatusPeriod:
    """The status of a pad from ``start`` (inclusive) to ``end`` (exclusive); open ends allowed."""

    status: PadStatus
    start: date | None = None
    end: date | None = None
    note: str = ""

    def __post_init__(self) -> None:
        require_ordered_dates(self.start, self.end, "status start", "status end")
        require_notes(self.note, "status note")

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls inside the period."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class PadCapabilities:
    """What a pad can launch. ``None`` means no stated limit."""

    propellants: frozenset[Propellant] = frozenset()
    max_liftoff_mass_kg: float | None = None
    max_height_m: float | None = None
    max_diameter_m: float | None = None
    max_thrust_kn: float | None = None
    azimuth_min_deg: float | None = None
    azimuth_max_deg: float | None = None
    max_launches_per_year: float | None = None

    def __post_init__(self) -> None:
        require_positive(self.max_liftoff_mass_kg, "max liftoff mass")
        require_positive(self.max_launches_per_year, "max launches per year")
        require_positive(self.max_height_m, "max height")
        require_positive(self.max_diameter_m, "max diameter")
        require_positive(self.max_thrust_kn, "max thrust")
        require_range(self.azimuth_min_deg, 0.0, 360.0, "minimum azimuth")
        require_range(self.azimuth_max_deg, 0.0, 360.0, "maximum azimuth")

    def allows_azimuth(self, azimuth_deg: float) -> bool:
        """Whether ``azimuth_deg`` is in the allowed range (which may wrap through north)."""
        if self.azimuth_min_deg is None or self.azimuth_max_deg is None:
            return True
        low, high, az = self.azimuth_min_deg, self.azimuth_max_deg, azimuth_deg % 360.0
        return low <= az <= high if low <= high else (az >= low or az <= high)


@dataclass(frozen=True, slots=True)
class Pad:
    """A launch pad ("45/1") at a point, with its status over time and its capabilities."""

    id: int
    complex_id: int
    code: str
    location: Point
    name: str = ""
    footprint: Polygon | MultiPolygon | None = None
    status_periods: tuple[PadStatusPeriod, ...] = ()
    capabilities: PadCapabilities = field(default_factory=PadCapabilities)
    power_facility_id: int | None = None
    required_facility_ids: tuple[int, ...] = ()
    notes: str = ""
    provenance: Provenance = field(default_factory=Provenance)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", require_text(self.code, "code"))
        require_line(self.name, "name")
        require_notes(self.notes, "notes")
        require_geometry(self.location, ("Point",), "location")
        if self.footprint is not None:
            require_geometry(self.footprint, POLYGONAL, "footprint")
        periods = tuple(sorted(self.status_periods, key=lambda p: p.start or date.min))
        for first, second in pairwise(periods):
            if first.end is None or (second.start is not None and second.start < first.end):
                raise ValidationError(
                    MSG_STATUS_PERIODS_OVERLAP,
                    field="status_periods",
                    code=self.code,
                    first=first.status.value,
                    second=second.status.value,
                )
        object.__setattr__(self, "status_periods", periods)

    def status_at(self, day: date) -> PadStatus:
        """The pad's status on ``day`` (inactive where no period says otherwise)."""
        for period in self.status_periods:
            if period.covers(day):
                return period.status
        return PadStatus.INACTIVE

    @property
    def hazard_source(self) -> BaseGeometry:
        """Where Q-D distances are measured from: the footprint, else the pad point."""
        return self.footprint if self.footprint is not None else self.location


FACILITY_GEOMETRIES = ("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon")


@dataclass(frozen=True, slots=True)
class Facility:
    """A piece of infrastructure: a mast, a building, a store, a rail line, a road..."""

    id: int
    kind: FacilityKind
    name: str
    geometry: BaseGeometry
    status: FacilityStatus = FacilityStatus.OPERATIONAL
    commissioned: date | None = None
    decommissioned: date | None = None
    complex_id: int | None = None
    propellant: Propellant | None = None
    max_quantity_kg: float | None = None
    height_m: float | None = None
    notes: str = ""
    provenance: Provenance = field(default_factory=Provenance)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require_text(self.name, "name"))
        require_notes(self.notes, "notes")
        require_geometry(self.geometry, FACILITY_GEOMETRIES, "geometry")
        require_ordered_dates(
            self.commissioned, self.decommissioned, "commissioned", "decommissioned"
        )
        require_non_negative(self.max_quantity_kg, "max quantity")
        require_positive(self.height_m, "height")

    def in_service_on(self, day: date) -> bool:
        """Whether the facility works on ``day``: commissioned by then and not yet retired.

        A facility with no commissioning date is in service only if it is operational now;
        a planned one with a commissioning date counts from that date.
        """
        if self.status is FacilityStatus.OUT_OF_SERVICE:
            return False
        if self.decommissioned is not None and day >= self.decommissioned:
            return False
        if self.commissioned is None:
            return self.status is FacilityStatus.OPERATIONAL
        return day >= self.commissioned


@dataclass(frozen=True, slots=True)
class Zone:
    """An area (boundary, lease, SEZ, town, restricted area) valid over a period.

    ``tenant_id`` names the tenant that holds the land (a lease in the SEZ): for every other
    tenant it is a public area (safety rules §1.6).
    """

    id: int
    kind: ZoneKind
    name: str
    geometry: Polygon | MultiPolygon
    valid_from: date | None = None
    valid_to: date | None = None
    notes: str = ""
    provenance: Provenance = field(default_factory=Provenance)
    tenant_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require_text(self.name, "name"))
        require_notes(self.notes, "notes")
        require_geometry(self.geometry, POLYGONAL, "geometry")
        require_ordered_dates(self.valid_from, self.valid_to, "valid from", "valid to")

    def valid_on(self, day: date) -> bool:
        """Whether the zone exists on ``day`` (``valid_to`` exclusive)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to
        )
