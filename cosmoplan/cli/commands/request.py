"""``cosmoplan request add|list|remove``: tenants' requests for pads, which the optimiser places."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.commands.listing import COLUMNS, records
from cosmoplan.cli.options import add_json_flag, add_plan_argument, parse_date
from cosmoplan.domain import Kind, Ref, Request, display_name
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.services.allocation import find_pad, find_tenant, find_vehicle
from cosmoplan.services.commands import AddObjects, RemoveObjects

MSG_UNKNOWN_REQUEST = register("cli.request.unknown", "There is no request {id}.")


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``request`` and its actions."""
    parser = subparsers.add_parser(
        "request",
        parents=parents,
        help="add, list or remove tenants' requests for pads",
        description=(
            "Manage requests: a tenant asks for a pad for one vehicle, for a number of days "
            "within a window. 'cosmoplan optimise' places the open ones."
        ),
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", parents=parents, help="add a request", description="Add a request for a pad."
    )
    add_plan_argument(add)
    add.add_argument("--tenant", required=True, metavar="NAME", help="the tenant's name")
    add.add_argument("--vehicle", required=True, metavar="NAME", help="the vehicle's name")
    add.add_argument(
        "--pad",
        action="append",
        default=[],
        metavar="CODE",
        help="a wanted pad (repeat, most preferred first; none: any pad that fits)",
    )
    add.add_argument(
        "--from", dest="start", required=True, type=parse_date, metavar="DATE",
        help="earliest first day",
    )  # fmt: skip
    add.add_argument(
        "--to", dest="end", required=True, type=parse_date, metavar="DATE",
        help="latest last day",
    )  # fmt: skip
    add.add_argument("--days", required=True, type=int, metavar="N", help="days of use")
    add.add_argument(
        "--shared", action="store_true", help="share the pad with others (default: exclusive)"
    )
    add.add_argument("--priority", type=int, default=1, metavar="N", help="value (default 1)")
    add.add_argument("--fee", type=float, metavar="USD", help="annual fee offered, US dollars")
    add.add_argument("--azimuth", type=float, metavar="DEG", help="launch azimuth, degrees")
    add.add_argument("--notes", default="", help="free text")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser(
        "list", parents=parents, help="list the requests", description="List the requests."
    )
    add_plan_argument(listing)
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    remove = actions.add_parser(
        "remove", parents=parents, help="remove a request", description="Remove a request."
    )
    add_plan_argument(remove)
    remove.add_argument("id", metavar="ID", type=int, help="the request's id")
    remove.set_defaults(handler=run_remove)


def run_add(args: argparse.Namespace) -> int:
    """Add the request and save."""
    with plans.opened(args.plan) as project:
        plan = project.plan
        tenant = find_tenant(plan, args.tenant)
        vehicle = find_vehicle(plan, tenant, args.vehicle)
        pads = [find_pad(plan, code) for code in args.pad]
        request = Request(
            id=plan.next_id(Kind.REQUEST),
            tenant_id=tenant.id,
            vehicle_id=vehicle.id,
            earliest_start=args.start,
            latest_end=args.end,
            duration_days=args.days,
            pad_ids=tuple(pad.id for pad in pads),
            exclusive=not args.shared,
            launch_azimuth_deg=args.azimuth,
            priority=args.priority,
            fee_usd=args.fee,
            notes=args.notes.strip(),
        )
        project.execute(AddObjects([request]))
        project.save()
        saved = plan.get(Kind.REQUEST, request.id)  # with the id the save gave it
        assert isinstance(saved, Request)
        request = saved
    wanted = ", ".join(pad.code for pad in pads) or "any pad that fits"
    print(
        f"Added request {request.id}: {vehicle.name} ({tenant.name}), {request.duration_days} "
        f"days from {request.earliest_start.isoformat()} to {request.latest_end.isoformat()} "
        f"on {wanted}."
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the requests."""
    with plans.opened(args.plan) as project:
        rows = records(project.plan, Kind.REQUEST, date.today())
    if args.json:
        output.write_json(rows, sys.stdout)
    elif rows:
        print(output.table(rows, COLUMNS[Kind.REQUEST]))
    else:
        print("No requests.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove the request and save."""
    with plans.opened(args.plan) as project:
        request = project.plan.find(Kind.REQUEST, args.id)
        if request is None:
            raise CosmoplanError(MSG_UNKNOWN_REQUEST, id=args.id)
        what = display_name(request)
        project.execute(RemoveObjects([Ref(Kind.REQUEST, args.id)]))
        project.save()
    print(f"Removed {what}.")
    return 0
