"""Conversion between domain objects and table rows; no SQL here.

Writing turns entities into row dicts (geometry to WKB for a whole kind at once). Reading works
column by column: every geometry column is decoded with one ``shapely.from_wkb`` call, enums by
dictionary look-up, and the entities are built with :mod:`cosmoplan.storage.trusted`, since
what storage reads was validated when it was written. Both SQLite (dates as ISO text, booleans
as 0/1) and PostgreSQL (native dates and booleans) values are accepted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Confidence,
    Controller,
    Entity,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Propellant,
    Provenance,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.storage.trusted import trusted_builder

Row = dict[str, Any]
#: The values of one table, column by column.
Columns = Mapping[str, Sequence[Any]]
E = TypeVar("E", bound=StrEnum)


class CorruptDataError(ValueError):
    """A stored value cannot be turned back into the domain object it came from."""


# -- writing ------------------------------------------------------------------------------
def _wkb(geometries: Sequence[BaseGeometry | None]) -> list[bytes | None]:
    return list(shapely.to_wkb(np.asarray(geometries, dtype=object)))


def _provenance_row(provenance: Provenance) -> Row:
    return {
        "source": provenance.source,
        "confidence": provenance.confidence.value,
        "schematic": provenance.schematic,
    }


def _complex_rows(items: Sequence[LaunchComplex]) -> dict[str, list[Row]]:
    footprints = _wkb([c.footprint for c in items])
    rows = [
        {
            "id": c.id,
            "site": c.site,
            "name": c.name,
            "controller": c.controller.value,
            "footprint": footprint,
            "notes": c.notes,
            **_provenance_row(c.provenance),
        }
        for c, footprint in zip(items, footprints, strict=True)
    ]
    return {"complexes": rows}


def _facility_rows(items: Sequence[Facility]) -> dict[str, list[Row]]:
    geometries = _wkb([f.geometry for f in items])
    rows = [
        {
            "id": f.id,
            "kind": f.kind.value,
            "name": f.name,
            "geometry": geometry,
            "status": f.status.value,
            "commissioned": f.commissioned,
            "decommissioned": f.decommissioned,
            "complex_id": f.complex_id,
            "propellant": None if f.propellant is None else f.propellant.value,
            "max_quantity_kg": f.max_quantity_kg,
            "height_m": f.height_m,
            "notes": f.notes,
            **_provenance_row(f.provenance),
        }
        for f, geometry in zip(items, geometries, strict=True)
    ]
    return {"facilities": rows}


def _pad_rows(items: Sequence[Pad]) -> dict[str, list[Row]]:
    locations = _wkb([p.location for p in items])
    footprints = _wkb([p.footprint for p in items])
    rows = []
    for p, location, footprint in zip(items, locations, footprints, strict=True):
        caps = p.capabilities
        rows.append(
            {
                "id": p.id,
                "complex_id": p.complex_id,
                "code": p.code,
                "location": location,
                "name": p.name,
                "footprint": footprint,
                "propellants": json.dumps(sorted(x.value for x in caps.propellants)),
                "max_liftoff_mass_kg": caps.max_liftoff_mass_kg,
                "max_height_m": caps.max_height_m,
                "max_diameter_m": caps.max_diameter_m,
                "max_thrust_kn": caps.max_thrust_kn,
                "azimuth_min_deg": caps.azimuth_min_deg,
                "azimuth_max_deg": caps.azimuth_max_deg,
                "power_facility_id": p.power_facility_id,
                "notes": p.notes,
                **_provenance_row(p.provenance),
            }
        )
    periods = [
        {
            "pad_id": p.id,
            "position": position,
            "status": period.status.value,
            "start": period.start,
            "end": period.end,
            "note": period.note,
        }
        for p in items
        for position, period in enumerate(p.status_periods)
    ]
    required = [
        {"pad_id": p.id, "position": position, "facility_id": facility_id}
        for p in items
        for position, facility_id in enumerate(p.required_facility_ids)
    ]
    return {"pads": rows, "pad_status_periods": periods, "pad_required_facilities": required}


def _zone_rows(items: Sequence[Zone]) -> dict[str, list[Row]]:
    geometries = _wkb([z.geometry for z in items])
    rows = [
        {
            "id": z.id,
            "kind": z.kind.value,
            "name": z.name,
            "geometry": geometry,
            "valid_from": z.valid_from,
            "valid_to": z.valid_to,
            "notes": z.notes,
            **_provenance_row(z.provenance),
        }
        for z, geometry in zip(items, geometries, strict=True)
    ]
    return {"zones": rows}


def _tenant_rows(items: Sequence[Tenant]) -> dict[str, list[Row]]:
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "country": t.country,
            "kind": t.kind.value,
            "status": t.status.value,
            "contact": t.contact,
            "notes": t.notes,
            "source": t.source,
        }
        for t in items
    ]
    return {"tenants": rows}


def _vehicle_rows(items: Sequence[Vehicle]) -> dict[str, list[Row]]:
    rows = [
        {
            "id": v.id,
            "tenant_id": v.tenant_id,
            "name": v.name,
            "propellant": v.propellant.value,
            "stages": v.stages,
            "height_m": v.height_m,
            "diameter_m": v.diameter_m,
            "liftoff_mass_kg": v.liftoff_mass_kg,
            "propellant_mass_kg": v.propellant_mass_kg,
            "liftoff_thrust_kn": v.liftoff_thrust_kn,
            "payload_leo_kg": v.payload_leo_kg,
            "launches_per_year": v.launches_per_year,
            "notes": v.notes,
            "source": v.source,
        }
        for v in items
    ]
    return {"vehicles": rows}


def _allocation_rows(items: Sequence[Allocation]) -> dict[str, list[Row]]:
    rows = [
        {
            "id": a.id,
            "tenant_id": a.tenant_id,
            "vehicle_id": a.vehicle_id,
            "pad_id": a.pad_id,
            "start": a.start,
            "end": a.end,
            "status": a.status.value,
            "exclusive": a.exclusive,
            "annual_fee_usd": a.annual_fee_usd,
            "notes": a.notes,
        }
        for a in items
    ]
    return {"allocations": rows}


_ENCODERS: dict[Kind, Callable[[Any], dict[str, list[Row]]]] = {
    Kind.COMPLEX: _complex_rows,
    Kind.FACILITY: _facility_rows,
    Kind.PAD: _pad_rows,
    Kind.ZONE: _zone_rows,
    Kind.TENANT: _tenant_rows,
    Kind.VEHICLE: _vehicle_rows,
    Kind.ALLOCATION: _allocation_rows,
}


def encode(kind: Kind, entities: Sequence[Entity]) -> dict[str, list[Row]]:
    """Rows for ``entities`` (all of ``kind``), keyed by table name (pads fill three tables)."""
    return _ENCODERS[kind](entities)


# -- reading ------------------------------------------------------------------------------
def _geometries(values: Sequence[bytes | None], where: str) -> list[BaseGeometry | None]:
    try:
        return list(shapely.from_wkb(np.asarray(values, dtype=object)))
    except (shapely.errors.GEOSException, TypeError, ValueError) as exc:
        raise CorruptDataError(f"{where}: unreadable geometry: {exc}") from exc


def _enums(cls: type[E], values: Sequence[Any], where: str, *, nullable: bool = False) -> list[E]:
    lookup: dict[Any, Any] = {member.value: member for member in cls}
    if nullable:
        lookup[None] = None
    try:
        return list(map(lookup.__getitem__, values))
    except KeyError as exc:
        raise CorruptDataError(f"{where}: unknown value {exc.args[0]!r}") from None


def _date(value: Any) -> date | None:
    if value is None or type(value) is date:
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CorruptDataError(f"not a date: {value!r}") from None


def _dates(values: Sequence[Any]) -> list[date | None]:
    return [None if v is None else _date(v) for v in values]


def _bools(values: Sequence[Any]) -> list[bool]:
    return list(map(bool, values))


_PROVENANCE = trusted_builder(Provenance, "source", "confidence", "schematic")


def _provenances(cols: Columns, where: str) -> list[Provenance]:
    """One shared Provenance per distinct (source, confidence, schematic): they are immutable."""
    keys = list(zip(cols["source"], cols["confidence"], _bools(cols["schematic"]), strict=True))
    distinct = list(set(keys))
    confidences = _enums(Confidence, [k[1] for k in distinct], f"{where}.confidence")
    shared = {
        key: _PROVENANCE(key[0], confidence, key[2])
        for key, confidence in zip(distinct, confidences, strict=True)
    }
    return list(map(shared.__getitem__, keys))


_COMPLEX = trusted_builder(
    LaunchComplex, "id", "site", "name", "controller", "footprint", "notes", "provenance"
)


def _complexes(cols: Columns) -> list[LaunchComplex]:
    return list(
        map(
            _COMPLEX,
            cols["id"],
            cols["site"],
            cols["name"],
            _enums(Controller, cols["controller"], "complexes.controller"),
            _geometries(cols["footprint"], "complexes.footprint"),
            cols["notes"],
            _provenances(cols, "complexes"),
        )
    )


_FACILITY = trusted_builder(
    Facility,
    "id",
    "kind",
    "name",
    "geometry",
    "status",
    "commissioned",
    "decommissioned",
    "complex_id",
    "propellant",
    "max_quantity_kg",
    "height_m",
    "notes",
    "provenance",
)


def _facilities(cols: Columns) -> list[Facility]:
    return list(
        map(
            _FACILITY,
            cols["id"],
            _enums(FacilityKind, cols["kind"], "facilities.kind"),
            cols["name"],
            _geometries(cols["geometry"], "facilities.geometry"),
            _enums(FacilityStatus, cols["status"], "facilities.status"),
            _dates(cols["commissioned"]),
            _dates(cols["decommissioned"]),
            cols["complex_id"],
            _enums(Propellant, cols["propellant"], "facilities.propellant", nullable=True),
            cols["max_quantity_kg"],
            cols["height_m"],
            cols["notes"],
            _provenances(cols, "facilities"),
        )
    )


_PERIOD = trusted_builder(PadStatusPeriod, "status", "start", "end", "note")
_CAPABILITIES = trusted_builder(
    PadCapabilities,
    "propellants",
    "max_liftoff_mass_kg",
    "max_height_m",
    "max_diameter_m",
    "max_thrust_kn",
    "azimuth_min_deg",
    "azimuth_max_deg",
)
_PAD = trusted_builder(
    Pad,
    "id",
    "complex_id",
    "code",
    "location",
    "name",
    "footprint",
    "status_periods",
    "capabilities",
    "power_facility_id",
    "required_facility_ids",
    "notes",
    "provenance",
)


def _propellant_sets(values: Sequence[str]) -> list[frozenset[Propellant]]:
    sets = []
    for text in values:
        try:
            items = json.loads(text)
        except (TypeError, ValueError):
            raise CorruptDataError(f"pads.propellants: not a JSON list: {text!r}") from None
        if not isinstance(items, list):
            raise CorruptDataError(f"pads.propellants: not a JSON list: {text!r}")
        sets.append(frozenset(_enums(Propellant, items, "pads.propellants")))
    return sets


def _by_pad(cols: Columns, values: Sequence[Any]) -> dict[int, tuple[Any, ...]]:
    """Group child values by pad, in ``position`` order (rows come sorted by pad, position)."""
    grouped: defaultdict[int, list[Any]] = defaultdict(list)
    for pad_id, value in zip(cols["pad_id"], values, strict=True):
        grouped[pad_id].append(value)
    return {pad_id: tuple(items) for pad_id, items in grouped.items()}


def _pads(cols: Columns, periods: Columns, required: Columns) -> list[Pad]:
    period_objects = list(
        map(
            _PERIOD,
            _enums(PadStatus, periods["status"], "pad_status_periods.status"),
            _dates(periods["start"]),
            _dates(periods["end"]),
            periods["note"],
        )
    )
    periods_of = _by_pad(periods, period_objects)
    required_of = _by_pad(required, required["facility_id"])
    capabilities = map(
        _CAPABILITIES,
        _propellant_sets(cols["propellants"]),
        cols["max_liftoff_mass_kg"],
        cols["max_height_m"],
        cols["max_diameter_m"],
        cols["max_thrust_kn"],
        cols["azimuth_min_deg"],
        cols["azimuth_max_deg"],
    )
    return list(
        map(
            _PAD,
            cols["id"],
            cols["complex_id"],
            cols["code"],
            _geometries(cols["location"], "pads.location"),
            cols["name"],
            _geometries(cols["footprint"], "pads.footprint"),
            [periods_of.get(pad_id, ()) for pad_id in cols["id"]],
            capabilities,
            cols["power_facility_id"],
            [required_of.get(pad_id, ()) for pad_id in cols["id"]],
            cols["notes"],
            _provenances(cols, "pads"),
        )
    )


_ZONE = trusted_builder(
    Zone, "id", "kind", "name", "geometry", "valid_from", "valid_to", "notes", "provenance"
)


def _zones(cols: Columns) -> list[Zone]:
    return list(
        map(
            _ZONE,
            cols["id"],
            _enums(ZoneKind, cols["kind"], "zones.kind"),
            cols["name"],
            _geometries(cols["geometry"], "zones.geometry"),
            _dates(cols["valid_from"]),
            _dates(cols["valid_to"]),
            cols["notes"],
            _provenances(cols, "zones"),
        )
    )


_TENANT = trusted_builder(
    Tenant, "id", "name", "country", "kind", "status", "contact", "notes", "source"
)


def _tenants(cols: Columns) -> list[Tenant]:
    return list(
        map(
            _TENANT,
            cols["id"],
            cols["name"],
            cols["country"],
            _enums(TenantKind, cols["kind"], "tenants.kind"),
            _enums(NegotiationStatus, cols["status"], "tenants.status"),
            cols["contact"],
            cols["notes"],
            cols["source"],
        )
    )


_VEHICLE_FIELDS = (
    "id",
    "tenant_id",
    "name",
    "propellant",
    "stages",
    "height_m",
    "diameter_m",
    "liftoff_mass_kg",
    "propellant_mass_kg",
    "liftoff_thrust_kn",
    "payload_leo_kg",
    "launches_per_year",
    "notes",
    "source",
)
_VEHICLE = trusted_builder(Vehicle, *_VEHICLE_FIELDS)


def _vehicles(cols: Columns) -> list[Vehicle]:
    values = {name: cols[name] for name in _VEHICLE_FIELDS}
    values["propellant"] = _enums(Propellant, cols["propellant"], "vehicles.propellant")
    return list(map(_VEHICLE, *(values[name] for name in _VEHICLE_FIELDS)))


_ALLOCATION = trusted_builder(
    Allocation,
    "id",
    "tenant_id",
    "vehicle_id",
    "pad_id",
    "start",
    "end",
    "status",
    "exclusive",
    "annual_fee_usd",
    "notes",
)


def _allocations(cols: Columns) -> list[Allocation]:
    return list(
        map(
            _ALLOCATION,
            cols["id"],
            cols["tenant_id"],
            cols["vehicle_id"],
            cols["pad_id"],
            _dates(cols["start"]),
            _dates(cols["end"]),
            _enums(AllocationStatus, cols["status"], "allocations.status"),
            _bools(cols["exclusive"]),
            cols["annual_fee_usd"],
            cols["notes"],
        )
    )


def decode(tables: Mapping[str, Columns]) -> list[Entity]:
    """Every entity stored in ``tables`` (columns keyed by table name, then column name).

    Child rows of pads must come sorted by pad and position. Raises :class:`CorruptDataError`.
    """
    entities: list[Entity] = []
    entities += _complexes(tables["complexes"])
    entities += _facilities(tables["facilities"])
    entities += _pads(
        tables["pads"], tables["pad_status_periods"], tables["pad_required_facilities"]
    )
    entities += _zones(tables["zones"])
    entities += _tenants(tables["tenants"])
    entities += _vehicles(tables["vehicles"])
    entities += _allocations(tables["allocations"])
    return entities
