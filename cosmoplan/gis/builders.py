"""New entities from imported features: the fields each kind reads, and how.

Field names are matched ignoring case (and a Shapefile's 10-character cut); other fields,
``object_id`` among them, are ignored: imported objects get fresh ids. Enum values are the
string ids of :mod:`cosmoplan.domain.enums` (case, "_" and " " for "-" do not matter); dates
are ISO ``YYYY-MM-DD``. Every kind also reads ``notes`` and the provenance fields ``source``,
``confidence`` (default ``user``) and ``schematic`` (default false).

=========== ============================== ====================================================
kind        geometry                       fields (* required)
=========== ============================== ====================================================
pads        Point                          code*, complex* (site number of a complex in the
                                           plan), name, status_periods (JSON list of
                                           {status, start, end, note}) or else status (one
                                           open-ended period), propellants (comma-separated),
                                           max_liftoff_mass_kg, max_height_m, max_diameter_m,
                                           max_thrust_kn, azimuth_min_deg, azimuth_max_deg,
                                           max_launches_per_year, footprint (WKT polygon in
                                           the file's CRS)
facilities  Point, (Multi)LineString,      kind*, name*, status (default operational),
            (Multi)Polygon                 commissioned, decommissioned, complex (site
                                           number), propellant, max_quantity_kg, height_m
zones       (Multi)Polygon                 kind*, name*, valid_from, valid_to, tenant (name
                                           of the tenant in the plan holding the land)
complexes   (Multi)Polygon or none         site*, name*, controller (default unknown)
=========== ============================== ====================================================

A pad's ``power_facility_id`` and ``required_facility_ids`` are written by an export but not
read back: they name facilities of the exporting plan.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import shapely
import shapely.errors
from pyproj import CRS

from cosmoplan import geo
from cosmoplan.domain import (
    Confidence,
    Controller,
    Entity,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    LaunchComplex,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Plan,
    Propellant,
    Provenance,
    Zone,
    ZoneKind,
)
from cosmoplan.domain.validation import MSG_REQUIRED
from cosmoplan.gis.errors import (
    MSG_BAD_VALUE,
    MSG_DUPLICATE_IN_FILE,
    MSG_EXISTS_IN_PLAN,
    MSG_UNKNOWN_SITE,
    MSG_UNKNOWN_TENANT,
)
from cosmoplan.gis.fields import E, Record, parse_choice
from cosmoplan.messages import ValidationError

PROVENANCE_FIELDS = ("notes", "source", "confidence", "schematic")


class Context:
    """What building needs beyond the feature: the plan's sites and codes, and those seen so far."""

    def __init__(self, plan: Plan, crs: CRS) -> None:
        self.crs = crs
        self.number = 0
        self._sites = {c.site: c.id for c in plan.complexes()}
        self._tenants = {t.name.casefold(): t.id for t in plan.tenants()}
        self._taken = {"code": {p.code for p in plan.pads()}, "site": set(self._sites)}
        self._seen: dict[str, dict[str, int]] = {"code": {}, "site": {}}

    def complex_id(self, site: str) -> int:
        """The id of the complex with this site number."""
        if not site:
            raise ValidationError(MSG_REQUIRED, field="complex")
        found = self._sites.get(site)
        if found is None and re.fullmatch(r"\d+\.0+", site):  # "45.0" from a numeric column
            found = self._sites.get(site.split(".")[0])
        if found is None:
            raise ValidationError(MSG_UNKNOWN_SITE, field="complex", site=site)
        return found

    def tenant_id(self, name: str) -> int | None:
        """The id of the tenant with this name (any case); None for no name."""
        if not name:
            return None
        found = self._tenants.get(name.casefold())
        if found is None:
            raise ValidationError(MSG_UNKNOWN_TENANT, field="tenant", tenant=name)
        return found

    def claim(self, field: str, value: str) -> None:
        """Take a value that must be unique (a pad code, a site number) for the current feature."""
        first = self._seen[field].get(value)
        if first is not None:
            raise ValidationError(MSG_DUPLICATE_IN_FILE, field=field, value=value, first=first)
        if value in self._taken[field]:
            raise ValidationError(MSG_EXISTS_IN_PLAN, field=field, value=value)
        self._seen[field][value] = self.number


Builder = Callable[[Record, int, Any, Context], Entity]


@dataclass(frozen=True, slots=True)
class KindSpec:
    """How features become entities of one kind."""

    fields: tuple[str, ...]
    required: tuple[str, ...]
    build: Builder
    geometry_optional: bool = False


def _required_choice(record: Record, name: str, enum: type[E]) -> E:
    value = record.choice(name, enum)
    if value is None:
        raise ValidationError(MSG_REQUIRED, field=name)
    return value


def _provenance(record: Record) -> Provenance:
    return Provenance(
        source=record.text("source"),
        confidence=record.choice("confidence", Confidence) or Confidence.USER,
        schematic=record.flag("schematic", False),
    )


def _iso_day(name: str, value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            MSG_BAD_VALUE, field=name, value=str(value), expected="a date (YYYY-MM-DD)"
        ) from None


def _periods(record: Record) -> tuple[PadStatusPeriod, ...]:
    text = record.raw("status_periods")
    if text is None:
        status = record.choice("status", PadStatus)
        return () if status is None else (PadStatusPeriod(status),)
    try:
        items = json.loads(str(text))
    except json.JSONDecodeError:
        items = None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValidationError(
            MSG_BAD_VALUE,
            field="status_periods",
            value=str(text)[:60],
            expected='a JSON list like [{"status": "active", "start": "2020-01-01"}]',
        )
    return tuple(
        PadStatusPeriod(
            parse_choice("status_periods", item.get("status"), PadStatus),
            _iso_day("status_periods", item.get("start")),
            _iso_day("status_periods", item.get("end")),
            str(item.get("note") or ""),
        )
        for item in items
    )


def _footprint(record: Record, crs: CRS) -> shapely.Geometry | None:
    text = record.raw("footprint")
    if text is None:
        return None
    try:
        footprint = shapely.from_wkt(str(text))
    except shapely.errors.GEOSException:
        raise ValidationError(
            MSG_BAD_VALUE, field="footprint", value=str(text)[:60], expected="a WKT polygon"
        ) from None
    moved = geo.transform_geometry(footprint, crs, geo.MODEL_EPSG)
    geo.require_near_kazakhstan(moved, "The footprint")
    return moved


def _propellants(record: Record) -> frozenset[Propellant]:
    parts = record.text("propellants").replace(";", ",").split(",")
    return frozenset(parse_choice("propellants", p, Propellant) for p in parts if p.strip())


def build_pad(record: Record, new_id: int, geometry: Any, context: Context) -> Pad:
    """A pad from a point feature."""
    capabilities = PadCapabilities(
        propellants=_propellants(record),
        max_liftoff_mass_kg=record.number("max_liftoff_mass_kg"),
        max_height_m=record.number("max_height_m"),
        max_diameter_m=record.number("max_diameter_m"),
        max_thrust_kn=record.number("max_thrust_kn"),
        azimuth_min_deg=record.number("azimuth_min_deg"),
        azimuth_max_deg=record.number("azimuth_max_deg"),
        max_launches_per_year=record.number("max_launches_per_year"),
    )
    pad = Pad(
        id=new_id,
        complex_id=context.complex_id(record.text("complex")),
        code=record.text("code"),
        location=geometry,
        name=record.text("name"),
        footprint=_footprint(record, context.crs),
        status_periods=_periods(record),
        capabilities=capabilities,
        notes=record.text("notes"),
        provenance=_provenance(record),
    )
    context.claim("code", pad.code)
    return pad


def build_facility(record: Record, new_id: int, geometry: Any, context: Context) -> Facility:
    """A facility from a point, line or polygon feature."""
    site = record.text("complex")
    return Facility(
        id=new_id,
        kind=_required_choice(record, "kind", FacilityKind),
        name=record.text("name"),
        geometry=geometry,
        status=record.choice("status", FacilityStatus) or FacilityStatus.OPERATIONAL,
        commissioned=record.day("commissioned"),
        decommissioned=record.day("decommissioned"),
        complex_id=context.complex_id(site) if site else None,
        propellant=record.choice("propellant", Propellant),
        max_quantity_kg=record.number("max_quantity_kg"),
        height_m=record.number("height_m"),
        notes=record.text("notes"),
        provenance=_provenance(record),
    )


def build_zone(record: Record, new_id: int, geometry: Any, context: Context) -> Zone:
    """A zone from a polygon feature."""
    return Zone(
        id=new_id,
        kind=_required_choice(record, "kind", ZoneKind),
        name=record.text("name"),
        geometry=geometry,
        valid_from=record.day("valid_from"),
        valid_to=record.day("valid_to"),
        notes=record.text("notes"),
        provenance=_provenance(record),
        tenant_id=context.tenant_id(record.text("tenant")),
    )


def build_complex(record: Record, new_id: int, geometry: Any, context: Context) -> LaunchComplex:
    """A launch complex from a polygon feature (or one without geometry)."""
    launch_complex = LaunchComplex(
        id=new_id,
        site=record.text("site"),
        name=record.text("name"),
        controller=record.choice("controller", Controller) or Controller.UNKNOWN,
        footprint=geometry,
        notes=record.text("notes"),
        provenance=_provenance(record),
    )
    context.claim("site", launch_complex.site)
    return launch_complex


#: The kinds that can be imported, and how.
SPECS: dict[Kind, KindSpec] = {
    Kind.PAD: KindSpec(
        (
            "code", "complex", "name", "status", "status_periods", "propellants",
            "max_liftoff_mass_kg", "max_height_m", "max_diameter_m", "max_thrust_kn",
            "azimuth_min_deg", "azimuth_max_deg", "max_launches_per_year", "footprint",
            *PROVENANCE_FIELDS,
        ),
        ("code", "complex"),
        build_pad,
    ),
    Kind.FACILITY: KindSpec(
        (
            "kind", "name", "status", "commissioned", "decommissioned", "complex",
            "propellant", "max_quantity_kg", "height_m", *PROVENANCE_FIELDS,
        ),
        ("kind", "name"),
        build_facility,
    ),
    Kind.ZONE: KindSpec(
        ("kind", "name", "valid_from", "valid_to", "tenant", *PROVENANCE_FIELDS),
        ("kind", "name"),
        build_zone,
    ),
    Kind.COMPLEX: KindSpec(
        ("site", "name", "controller", *PROVENANCE_FIELDS),
        ("site", "name"),
        build_complex,
        geometry_optional=True,
    ),
}  # fmt: skip
