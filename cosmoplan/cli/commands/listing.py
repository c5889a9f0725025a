"""``cosmoplan list KIND PLAN``: the objects of one kind, or the findings, as an aligned table,
JSON, or CSV and XLSX files with the columns of the window's tables."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from cosmoplan.analysis import check_plan
from cosmoplan.cli import output, plans
from cosmoplan.cli.options import KIND_CHOICES, add_plan_argument, parse_date
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
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.names import english
from cosmoplan.services.tables import COLUMNS as TABLE_COLUMNS
from cosmoplan.services.tables import (
    ENGLISH,
    FINDING_COLUMNS,
    FORMATS,
    Sheet,
    build_sheet,
    format_of,
    write_csv_text,
    write_sheet,
)

Record = dict[str, Any]

#: What ``list`` lists: every kind of object, and the findings of the rules.
FINDINGS = "findings"
LIST_CHOICES = [*KIND_CHOICES, FINDINGS]
#: Output formats: text for the terminal, and the file formats of the table exports.
TEXT_FORMATS = ("table", "json")
FORMAT_CHOICES = [*TEXT_FORMATS, *FORMATS]

MSG_NEEDS_OUTPUT = register(
    "cli.list.needs_output",
    "An {format} file cannot go to the terminal: name the file to write with -o FILE.",
)
MSG_OUTPUT_FORMAT = register(
    "cli.list.output_format",
    "-o writes CSV or XLSX files; {format} goes to the terminal (redirect it with > FILE).",
)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``list``."""
    parser = subparsers.add_parser(
        "list",
        parents=parents,
        help="list the objects of one kind, or the findings",
        description=(
            "List the objects of one kind, or the findings of the rules, as an aligned table, "
            "as JSON, or as a CSV or XLSX file with the columns of the window's table."
        ),
    )
    parser.add_argument("kind", metavar="KIND", choices=LIST_CHOICES, help=", ".join(LIST_CHOICES))
    add_plan_argument(parser)
    parser.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        help="table (the default), json, csv or xlsx (default with -o: from its suffix)",
    )
    parser.add_argument(
        "--json", dest="format", action="store_const", const="json", help="--format json"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write a .csv or .xlsx file"
    )
    parser.add_argument(
        "--at",
        type=parse_date,
        metavar="DATE",
        help="the day time-dependent values refer to, YYYY-MM-DD (default: today)",
    )
    parser.set_defaults(handler=run_list)


def output_format(chosen: str | None, out: Path | None) -> str:
    """The format asked for: ``--format``, else the suffix of ``-o``, else a table; a format
    that cannot go where it is sent is refused before anything is opened."""
    if out is None:
        if chosen == "xlsx":
            raise CosmoplanError(MSG_NEEDS_OUTPUT, format="XLSX")
        return chosen or "table"
    if chosen in TEXT_FORMATS:
        raise CosmoplanError(MSG_OUTPUT_FORMAT, format=chosen.upper())
    return chosen or format_of(out)


def run_list(args: argparse.Namespace) -> int:
    """Print the objects or the findings, or write them to a file."""
    fmt = output_format(args.format, args.output)
    day = args.at or date.today()
    with plans.opened(args.plan, read_only=True) as project:
        plan = project.plan
        if args.kind == FINDINGS:
            findings = check_plan(plan, day)
            rows = [finding.as_dict() for finding in findings]
            columns = FINDINGS_COLUMNS
            sheet = build_sheet("Findings", findings, FINDING_COLUMNS, plan, day, ENGLISH)
        elif fmt in TEXT_FORMATS:
            kind = Kind(args.kind)
            rows, columns = records(plan, kind, day), COLUMNS[kind]
        else:
            sheet = table_sheet(plan, Kind(args.kind), day)
    if args.output is not None:
        write_sheet(sheet, args.output, fmt)
        print(f"Wrote {output.count_of(len(sheet.rows), args.kind)} to {args.output}.")
    elif fmt == "csv":
        write_csv_text(sheet, sys.stdout)
    elif fmt == "json":
        output.write_json(rows, sys.stdout)
    elif rows:
        print(output.table(rows, columns))
    else:
        print(f"No {args.kind}.")
    return 0


def table_sheet(plan: Plan, kind: Kind, day: date) -> Sheet:
    """The objects of ``kind``, ordered by id, under the columns of the window's table."""
    objects = plan.objects(kind)
    entities = [objects[key] for key in sorted(objects)]
    return build_sheet(english(kind), entities, TABLE_COLUMNS[kind], plan, day, ENGLISH)


#: The table columns of the findings.
FINDINGS_COLUMNS: list[output.Column] = [
    ("severity", "Severity"),
    ("rule", "Rule"),
    ("message", "Finding"),
]


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
