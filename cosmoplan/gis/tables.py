"""Attribute tables written for each kind: column name -> values, ready for ``pyogrio.raw.write``.

Every scalar field of an entity becomes a column; the entity's id is ``object_id`` (a field
named ``id`` would become GDAL's GeoJSON feature id, which must be unique across kinds). Enums are
written as their string ids, dates as dates (ISO ``YYYY-MM-DD`` in GeoJSON), references both as
ids and as the name a person reads (a pad's ``complex`` is the site number). A pad's status
periods are a JSON list, its propellants a comma-separated list of ids and its footprint WKT in
the file's CRS.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

import numpy as np
from numpy.typing import NDArray

from cosmoplan.domain import (
    Allocation,
    Entity,
    Facility,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Request,
    Tenant,
    Vehicle,
    Zone,
)
from cosmoplan.domain.geometry import drawn_geometry


@dataclass(frozen=True, slots=True)
class Column:
    """Values of one field; ``mask`` marks nulls where the dtype has no null of its own."""

    values: NDArray[Any]
    mask: NDArray[np.bool_] | None = None


Table = dict[str, Column]
#: Turns model geometries into WKT in the file's CRS (for a pad's footprint).
ToFileWkt = Callable[[NDArray[np.object_]], NDArray[np.object_]]


def text(values: Iterable[str | Enum | None]) -> Column:
    """A text column; enums become their ids."""
    return Column(np.array([v.value if isinstance(v, Enum) else v for v in values], dtype=object))


def integer(values: Iterable[int | None]) -> Column:
    """A 64-bit integer column with nulls."""
    listed = list(values)
    mask = np.array([v is None for v in listed], dtype=bool)
    array = np.array([0 if v is None else v for v in listed], dtype=np.int64)
    return Column(array, mask if mask.any() else None)


def real(values: Iterable[float | None]) -> Column:
    """A floating-point column; NaN is written as null."""
    return Column(np.array([np.nan if v is None else v for v in values], dtype=np.float64))


def day(values: Iterable[date | None]) -> Column:
    """A date column; NaT is written as null."""
    return Column(np.array(list(values), dtype="datetime64[D]"))


def flag(values: Iterable[bool]) -> Column:
    """A boolean column."""
    return Column(np.array(list(values), dtype=bool))


def _provenance(entities: Sequence[LaunchComplex | Pad | Facility | Zone]) -> Table:
    return {
        "source": text(e.provenance.source for e in entities),
        "confidence": text(e.provenance.confidence for e in entities),
        "schematic": flag(e.provenance.schematic for e in entities),
    }


def _sites(plan: Plan) -> dict[int, str]:
    return {c.id: c.site for c in plan.complexes()}


def complexes_table(items: Sequence[LaunchComplex], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Launch complexes (their footprint is the layer's geometry)."""
    return {
        "object_id": integer(c.id for c in items),
        "site": text(c.site for c in items),
        "name": text(c.name for c in items),
        "controller": text(c.controller for c in items),
        "notes": text(c.notes for c in items),
        **_provenance(items),
    }


def _periods_json(pad: Pad) -> str | None:
    if not pad.status_periods:
        return None
    return json.dumps(
        [
            {
                "status": p.status.value,
                "start": p.start.isoformat() if p.start else None,
                "end": p.end.isoformat() if p.end else None,
                "note": p.note,
            }
            for p in pad.status_periods
        ]
    )


def pads_table(items: Sequence[Pad], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Pads (their location is the layer's geometry). ``status`` is the latest period's status."""
    sites = _sites(plan)
    caps = [p.capabilities for p in items]
    footprints = np.empty(len(items), dtype=object)
    footprints[:] = [p.footprint for p in items]
    return {
        "object_id": integer(p.id for p in items),
        "code": text(p.code for p in items),
        "complex": text(sites.get(p.complex_id) for p in items),
        "name": text(p.name for p in items),
        "status": text(p.status_periods[-1].status if p.status_periods else None for p in items),
        "status_periods": text(_periods_json(p) for p in items),
        "propellants": text(",".join(sorted(x.value for x in c.propellants)) for c in caps),
        "max_liftoff_mass_kg": real(c.max_liftoff_mass_kg for c in caps),
        "max_height_m": real(c.max_height_m for c in caps),
        "max_diameter_m": real(c.max_diameter_m for c in caps),
        "max_thrust_kn": real(c.max_thrust_kn for c in caps),
        "azimuth_min_deg": real(c.azimuth_min_deg for c in caps),
        "azimuth_max_deg": real(c.azimuth_max_deg for c in caps),
        "max_launches_per_year": real(c.max_launches_per_year for c in caps),
        "power_facility_id": integer(p.power_facility_id for p in items),
        "required_facility_ids": text(",".join(map(str, p.required_facility_ids)) for p in items),
        "footprint": Column(to_wkt(footprints)),
        "notes": text(p.notes for p in items),
        **_provenance(items),
    }


def facilities_table(items: Sequence[Facility], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Facilities (their geometry is the layer's geometry)."""
    sites = _sites(plan)
    return {
        "object_id": integer(f.id for f in items),
        "kind": text(f.kind for f in items),
        "name": text(f.name for f in items),
        "status": text(f.status for f in items),
        "commissioned": day(f.commissioned for f in items),
        "decommissioned": day(f.decommissioned for f in items),
        "complex": text(None if f.complex_id is None else sites.get(f.complex_id) for f in items),
        "propellant": text(f.propellant for f in items),
        "max_quantity_kg": real(f.max_quantity_kg for f in items),
        "height_m": real(f.height_m for f in items),
        "notes": text(f.notes for f in items),
        **_provenance(items),
    }


def zones_table(items: Sequence[Zone], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Zones (their area is the layer's geometry), with the name of the tenant holding one."""
    tenants = {t.id: t.name for t in plan.tenants()}
    return {
        "object_id": integer(z.id for z in items),
        "kind": text(z.kind for z in items),
        "name": text(z.name for z in items),
        "valid_from": day(z.valid_from for z in items),
        "valid_to": day(z.valid_to for z in items),
        "tenant_id": integer(z.tenant_id for z in items),
        "tenant": text(tenants.get(z.tenant_id) if z.tenant_id else None for z in items),
        "notes": text(z.notes for z in items),
        **_provenance(items),
    }


def tenants_table(items: Sequence[Tenant], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Tenants (no geometry)."""
    return {
        "object_id": integer(t.id for t in items),
        "name": text(t.name for t in items),
        "country": text(t.country for t in items),
        "kind": text(t.kind for t in items),
        "status": text(t.status for t in items),
        "contact": text(t.contact for t in items),
        "notes": text(t.notes for t in items),
        "source": text(t.source for t in items),
    }


def vehicles_table(items: Sequence[Vehicle], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Vehicles (no geometry), with their tenant's name."""
    tenants = {t.id: t.name for t in plan.tenants()}
    return {
        "object_id": integer(v.id for v in items),
        "tenant_id": integer(v.tenant_id for v in items),
        "tenant": text(tenants.get(v.tenant_id) for v in items),
        "name": text(v.name for v in items),
        "propellant": text(v.propellant for v in items),
        "stages": integer(v.stages for v in items),
        "height_m": real(v.height_m for v in items),
        "diameter_m": real(v.diameter_m for v in items),
        "liftoff_mass_kg": real(v.liftoff_mass_kg for v in items),
        "propellant_mass_kg": real(v.propellant_mass_kg for v in items),
        "liftoff_thrust_kn": real(v.liftoff_thrust_kn for v in items),
        "payload_leo_kg": real(v.payload_leo_kg for v in items),
        "launches_per_year": real(v.launches_per_year for v in items),
        "division_1_1_kg": real(v.division_1_1_kg for v in items),
        "tnt_factor": real(v.tnt_factor for v in items),
        "tnt_factor_source": text(v.tnt_factor_source for v in items),
        "vehicle_class": text(v.vehicle_class for v in items),
        "apogee_km": real(v.apogee_km for v in items),
        "notes": text(v.notes for v in items),
        "source": text(v.source for v in items),
    }


def allocations_table(items: Sequence[Allocation], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Allocations (no geometry), with the tenant's and vehicle's names and the pad's code."""
    tenants = {t.id: t.name for t in plan.tenants()}
    vehicles = {v.id: v.name for v in plan.vehicles()}
    pads = {p.id: p.code for p in plan.pads()}
    return {
        "object_id": integer(a.id for a in items),
        "tenant_id": integer(a.tenant_id for a in items),
        "tenant": text(tenants.get(a.tenant_id) for a in items),
        "vehicle_id": integer(a.vehicle_id for a in items),
        "vehicle": text(vehicles.get(a.vehicle_id) for a in items),
        "pad_id": integer(a.pad_id for a in items),
        "pad": text(pads.get(a.pad_id) for a in items),
        "start": day(a.start for a in items),
        "end": day(a.end for a in items),
        "status": text(a.status for a in items),
        "exclusive": flag(a.exclusive for a in items),
        "annual_fee_usd": real(a.annual_fee_usd for a in items),
        "launch_azimuth_deg": real(a.launch_azimuth_deg for a in items),
        "notes": text(a.notes for a in items),
    }


def requests_table(items: Sequence[Request], plan: Plan, to_wkt: ToFileWkt) -> Table:
    """Requests (no geometry), with the tenant's and vehicle's names and the wanted pads' codes
    (comma-separated, most preferred first)."""
    tenants = {t.id: t.name for t in plan.tenants()}
    vehicles = {v.id: v.name for v in plan.vehicles()}
    pads = {p.id: p.code for p in plan.pads()}
    return {
        "object_id": integer(r.id for r in items),
        "tenant_id": integer(r.tenant_id for r in items),
        "tenant": text(tenants.get(r.tenant_id) for r in items),
        "vehicle_id": integer(r.vehicle_id for r in items),
        "vehicle": text(vehicles.get(r.vehicle_id) for r in items),
        "pads": text(",".join(pads[i] for i in r.pad_ids if i in pads) for r in items),
        "earliest_start": day(r.earliest_start for r in items),
        "latest_end": day(r.latest_end for r in items),
        "duration_days": integer(r.duration_days for r in items),
        "exclusive": flag(r.exclusive for r in items),
        "launch_azimuth_deg": real(r.launch_azimuth_deg for r in items),
        "priority": integer(r.priority for r in items),
        "fee_usd": real(r.fee_usd for r in items),
        "status": text(r.status for r in items),
        "notes": text(r.notes for r in items),
    }


TableBuilder = Callable[[Any, Plan, ToFileWkt], Table]

#: The table of each kind.
TABLES: dict[Kind, TableBuilder] = {
    Kind.COMPLEX: complexes_table,
    Kind.PAD: pads_table,
    Kind.FACILITY: facilities_table,
    Kind.ZONE: zones_table,
    Kind.TENANT: tenants_table,
    Kind.VEHICLE: vehicles_table,
    Kind.ALLOCATION: allocations_table,
    Kind.REQUEST: requests_table,
}


def geometries_of(entities: Sequence[Entity]) -> NDArray[np.object_]:
    """The geometries layers show for ``entities`` (``None`` for a complex without footprint)."""
    array = np.empty(len(entities), dtype=object)
    array[:] = [drawn_geometry(e) for e in entities]
    return array


def null_column(like: Column, count: int) -> Column:
    """``count`` nulls of the same type as ``like`` (to fill a union of tables)."""
    kind = like.values.dtype.kind
    if kind == "O":
        return Column(np.full(count, None, dtype=object))
    if kind == "f":
        return Column(np.full(count, np.nan))
    if kind == "M":
        return Column(np.full(count, np.datetime64("NaT"), dtype=like.values.dtype))
    return Column(np.zeros(count, dtype=like.values.dtype), np.ones(count, dtype=bool))


def concatenate(tables: Sequence[tuple[Table, int]]) -> Table:
    """One table with the union of the columns of ``tables`` (each with its row count)."""
    names = list(dict.fromkeys(name for table, _ in tables for name in table))
    result: Table = {}
    for name in names:
        like = next(table[name] for table, _ in tables if name in table)
        parts = [table.get(name) or null_column(like, rows) for table, rows in tables]
        masks = [p.mask if p.mask is not None else np.zeros(len(p.values), bool) for p in parts]
        mask = np.concatenate(masks) if masks else None
        result[name] = Column(
            np.concatenate([p.values for p in parts]),
            mask if mask is not None and mask.any() else None,
        )
    return result
