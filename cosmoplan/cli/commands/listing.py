"""``cosmoplan list KIND PLAN``: the objects of one kind as a table or JSON."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.options import KIND_CHOICES, add_json_flag, add_plan_argument, parse_date
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
from cosmoplan.geo import to_wgs84

Record = dict[str, Any]


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``list``."""
    parser = subparsers.add_parser(
        "list",
        parents=parents,
        help="list the objects of one kind",
        description="List the objects of one kind, as an aligned table or as JSON.",
    )
    parser.add_argument("kind", metavar="KIND", choices=KIND_CHOICES, help=", ".join(KIND_CHOICES))
    add_plan_argument(parser)
    add_json_flag(parser)
    parser.add_argument(
        "--at",
        type=parse_date,
        metavar="DATE",
        help="the day time-dependent values refer to, YYYY-MM-DD (default: today)",
    )
    parser.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    """Print the objects."""
    kind = Kind(args.kind)
    day = args.at or date.today()
    with plans.opened(args.plan, read_only=True) as project:
        rows = records(project.plan, kind, day)
    if args.json:
        output.write_json(rows, sys.stdout)
    elif rows:
        print(output.table(rows, COLUMNS[kind]))
    else:
        print(f"No {kind.value}.")
    return 0


class Context:
    """What the describers look up: the plan, the day, and counts computed once."""

    def __init__(self, plan: Plan, day: date) -> None:
        self.plan = plan
        self.day = day

    @cached_property
    def pads_per_complex(self) -> Counter[int]:
        """How many pads each complex has."""
        return Counter(pad.complex_id for pad in self.plan.pads())

    def name(self, kind: Kind, object_id: int) -> str | None:
        """A referenced object's code (pads) or name."""
        entity = self.plan.find(kind, object_id)
        if entity is None:
            return None
        return entity.code if isinstance(entity, Pad) else getattr(entity, "name", None)


def records(plan: Plan, kind: Kind, day: date) -> list[Record]:
    """One JSON-ready record per object of ``kind``, ordered by id."""
    describe = DESCRIBERS[kind]
    objects = plan.objects(kind)
    context = Context(plan, day)
    return [describe(objects[key], context) for key in sorted(objects)]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _complex(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, LaunchComplex)
    return {
        "id": entity.id,
        "site": entity.site,
        "name": entity.name,
        "controller": entity.controller.value,
        "pads": context.pads_per_complex[entity.id],
    }


def _pad(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Pad)
    lon, lat = to_wgs84(entity.location.x, entity.location.y)
    site = context.plan.find(Kind.COMPLEX, entity.complex_id)
    return {
        "id": entity.id,
        "code": entity.code,
        "name": entity.name,
        "site": site.site if isinstance(site, LaunchComplex) else None,
        "status": entity.status_at(context.day).value,
        "lat": round(lat, 6),
        "lon": round(lon, 6),
        "propellants": sorted(p.value for p in entity.capabilities.propellants),
    }


def _facility(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Facility)
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "status": entity.status.value,
        "geometry": entity.geometry.geom_type,
        "commissioned": _iso(entity.commissioned),
        "decommissioned": _iso(entity.decommissioned),
        "in_service": entity.in_service_on(context.day),
    }


def _zone(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Zone)
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "area_km2": round(entity.geometry.area / 1e6, 3),
        "valid_from": _iso(entity.valid_from),
        "valid_to": _iso(entity.valid_to),
        "valid": entity.valid_on(context.day),
        "tenant": None if entity.tenant_id is None else context.name(Kind.TENANT, entity.tenant_id),
    }


def _tenant(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Tenant)
    return {
        "id": entity.id,
        "name": entity.name,
        "country": entity.country,
        "kind": entity.kind.value,
        "status": entity.status.value,
    }


def _vehicle(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Vehicle)
    return {
        "id": entity.id,
        "name": entity.name,
        "tenant": context.name(Kind.TENANT, entity.tenant_id),
        "propellant": entity.propellant.value,
        "stages": entity.stages,
        "height_m": entity.height_m,
        "diameter_m": entity.diameter_m,
        "liftoff_mass_kg": entity.liftoff_mass_kg,
        "vehicle_class": None if entity.vehicle_class is None else entity.vehicle_class.value,
    }


def _allocation(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Allocation)
    return {
        "id": entity.id,
        "tenant": context.name(Kind.TENANT, entity.tenant_id),
        "vehicle": context.name(Kind.VEHICLE, entity.vehicle_id),
        "pad": context.name(Kind.PAD, entity.pad_id),
        "start": entity.start.isoformat(),
        "end": entity.end.isoformat(),
        "status": entity.status.value,
        "exclusive": entity.exclusive,
        "azimuth_deg": entity.launch_azimuth_deg,
    }


def _request(entity: Entity, context: Context) -> Record:
    assert isinstance(entity, Request)
    return {
        "id": entity.id,
        "tenant": context.name(Kind.TENANT, entity.tenant_id),
        "vehicle": context.name(Kind.VEHICLE, entity.vehicle_id),
        "pads": [context.name(Kind.PAD, i) for i in entity.pad_ids],
        "earliest_start": entity.earliest_start.isoformat(),
        "latest_end": entity.latest_end.isoformat(),
        "duration_days": entity.duration_days,
        "exclusive": entity.exclusive,
        "azimuth_deg": entity.launch_azimuth_deg,
        "priority": entity.priority,
        "fee_usd": entity.fee_usd,
        "status": entity.status.value,
    }


DESCRIBERS: dict[Kind, Callable[[Entity, Context], Record]] = {
    Kind.COMPLEX: _complex,
    Kind.PAD: _pad,
    Kind.FACILITY: _facility,
    Kind.ZONE: _zone,
    Kind.TENANT: _tenant,
    Kind.VEHICLE: _vehicle,
    Kind.ALLOCATION: _allocation,
    Kind.REQUEST: _request,
}

#: The table columns of each kind (JSON records carry every key).
COLUMNS: dict[Kind, list[output.Column]] = {
    Kind.COMPLEX: [
        ("id", "ID"),
        ("site", "Site"),
        ("name", "Name"),
        ("controller", "Controller"),
        ("pads", "Pads"),
    ],
    Kind.PAD: [
        ("id", "ID"),
        ("code", "Code"),
        ("name", "Name"),
        ("site", "Site"),
        ("status", "Status"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
        ("propellants", "Propellants"),
    ],
    Kind.FACILITY: [
        ("id", "ID"),
        ("name", "Name"),
        ("kind", "Kind"),
        ("status", "Status"),
        ("geometry", "Geometry"),
        ("commissioned", "Commissioned"),
        ("decommissioned", "Decommissioned"),
        ("in_service", "In service"),
    ],
    Kind.ZONE: [
        ("id", "ID"),
        ("name", "Name"),
        ("kind", "Kind"),
        ("area_km2", "Area (km²)"),
        ("valid_from", "Valid from"),
        ("valid_to", "Valid to"),
        ("valid", "Valid"),
        ("tenant", "Held by"),
    ],
    Kind.TENANT: [
        ("id", "ID"),
        ("name", "Name"),
        ("country", "Country"),
        ("kind", "Kind"),
        ("status", "Status"),
    ],
    Kind.VEHICLE: [
        ("id", "ID"),
        ("name", "Name"),
        ("tenant", "Tenant"),
        ("propellant", "Propellant"),
        ("stages", "Stages"),
        ("height_m", "Height (m)"),
        ("diameter_m", "Diameter (m)"),
        ("liftoff_mass_kg", "Liftoff mass (kg)"),
        ("vehicle_class", "Class"),
    ],
    Kind.ALLOCATION: [
        ("id", "ID"),
        ("tenant", "Tenant"),
        ("vehicle", "Vehicle"),
        ("pad", "Pad"),
        ("start", "Start"),
        ("end", "End"),
        ("status", "Status"),
        ("exclusive", "Exclusive"),
        ("azimuth_deg", "Azimuth (°)"),
    ],
    Kind.REQUEST: [
        ("id", "ID"),
        ("tenant", "Tenant"),
        ("vehicle", "Vehicle"),
        ("pads", "Pads"),
        ("earliest_start", "From"),
        ("latest_end", "To"),
        ("duration_days", "Days"),
        ("exclusive", "Exclusive"),
        ("priority", "Priority"),
        ("fee_usd", "Fee (USD)"),
        ("status", "Status"),
    ],
}
