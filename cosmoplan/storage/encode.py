"""Rows from domain objects: one dict per row, geometry turned into WKB a whole kind at once.

Enums are stored as their string values, a pad's propellants as a sorted JSON list, its status
periods and required facilities as child rows numbered by ``position``. Dates and booleans go
to SQLAlchemy as Python values, which each dialect stores its own way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import (
    Allocation,
    Entity,
    Facility,
    Kind,
    LaunchComplex,
    Pad,
    Provenance,
    Request,
    Tenant,
    Vehicle,
    Zone,
)

Row = dict[str, Any]


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
                "max_launches_per_year": caps.max_launches_per_year,
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
            "tenant_id": z.tenant_id,
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
            "division_1_1_kg": v.division_1_1_kg,
            "tnt_factor": v.tnt_factor,
            "tnt_factor_source": v.tnt_factor_source,
            "vehicle_class": None if v.vehicle_class is None else v.vehicle_class.value,
            "apogee_km": v.apogee_km,
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
            "launch_azimuth_deg": a.launch_azimuth_deg,
            "notes": a.notes,
        }
        for a in items
    ]
    return {"allocations": rows}


def _request_rows(items: Sequence[Request]) -> dict[str, list[Row]]:
    rows = [
        {
            "id": r.id,
            "tenant_id": r.tenant_id,
            "vehicle_id": r.vehicle_id,
            "earliest_start": r.earliest_start,
            "latest_end": r.latest_end,
            "duration_days": r.duration_days,
            "pad_ids": json.dumps(list(r.pad_ids)),
            "exclusive": r.exclusive,
            "launch_azimuth_deg": r.launch_azimuth_deg,
            "priority": r.priority,
            "fee_usd": r.fee_usd,
            "notes": r.notes,
            "status": r.status.value,
        }
        for r in items
    ]
    return {"requests": rows}


_ENCODERS: dict[Kind, Callable[[Any], dict[str, list[Row]]]] = {
    Kind.COMPLEX: _complex_rows,
    Kind.FACILITY: _facility_rows,
    Kind.PAD: _pad_rows,
    Kind.ZONE: _zone_rows,
    Kind.TENANT: _tenant_rows,
    Kind.VEHICLE: _vehicle_rows,
    Kind.ALLOCATION: _allocation_rows,
    Kind.REQUEST: _request_rows,
}


def encode(kind: Kind, entities: Sequence[Entity]) -> dict[str, list[Row]]:
    """Rows for ``entities`` (all of ``kind``), keyed by table name (pads fill three tables)."""
    return _ENCODERS[kind](entities)
