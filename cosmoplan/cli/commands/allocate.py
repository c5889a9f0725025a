"""``cosmoplan allocate``, ``deallocate`` and ``allocation set-status``: pads for tenants.

``allocate`` refuses an allocation that breaks an error rule unless ``--force``; it prints the
findings either way, one a line (``error allocation.overlap: message``).
"""

from __future__ import annotations

import argparse
from typing import Any

from cosmoplan.cli import plans
from cosmoplan.cli.commands.check import finding_line
from cosmoplan.cli.options import add_plan_argument, parse_date
from cosmoplan.domain import Allocation, AllocationStatus, Kind, Plan, display_name
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.services.allocation import (
    allocate,
    cancel,
    change_status,
    deallocate,
    find_pad,
    find_tenant,
    find_vehicle,
    findings_for,
)

MSG_REFUSED = register(
    "cli.allocation_refused",
    "Allocation refused: it breaks {count} error {count:plural:rule|rules}, listed above; the "
    "plan is unchanged (use --force to allocate anyway).",
)

STATUSES = [status.value for status in AllocationStatus]


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``allocate``, ``deallocate`` and ``allocation``."""
    parser = subparsers.add_parser(
        "allocate",
        parents=parents,
        help="allocate a pad to a tenant's vehicle for a period",
        description=(
            "Allocate a pad to a tenant's vehicle from one day to another (both inclusive). "
            "The findings of the rules are printed; an allocation that breaks an error rule is "
            "refused (exit status 2, plan unchanged) unless --force is given."
        ),
    )
    add_plan_argument(parser)
    parser.add_argument("--tenant", required=True, metavar="NAME", help="the tenant's name")
    parser.add_argument("--vehicle", required=True, metavar="NAME", help="the vehicle's name")
    parser.add_argument("--pad", required=True, metavar="CODE", help="the pad's code, e.g. 45/1")
    parser.add_argument(
        "--from", dest="start", required=True, type=parse_date, metavar="DATE", help="first day"
    )
    parser.add_argument(
        "--to", dest="end", required=True, type=parse_date, metavar="DATE", help="last day"
    )
    parser.add_argument(
        "--status",
        choices=STATUSES,
        default=AllocationStatus.PROPOSED.value,
        help=f"{', '.join(STATUSES)} (default: proposed)",
    )
    parser.add_argument(
        "--shared", action="store_true", help="share the pad with others (default: exclusive)"
    )
    parser.add_argument("--fee-usd", type=float, metavar="N", help="annual fee in US dollars")
    parser.add_argument(
        "--azimuth",
        type=float,
        metavar="DEG",
        help="launch azimuth, degrees clockwise from north (checks the flight corridor)",
    )
    parser.add_argument("--notes", default="", help="free text")
    parser.add_argument(
        "--force", action="store_true", help="allocate even if an error rule is broken"
    )
    parser.set_defaults(handler=run_allocate)

    remove = subparsers.add_parser(
        "deallocate",
        parents=parents,
        help="remove an allocation (or cancel it with --cancel)",
        description="Remove an allocation, or with --cancel keep it and mark it cancelled.",
    )
    add_plan_argument(remove)
    remove.add_argument("id", metavar="ID", type=int, help="the allocation's id")
    remove.add_argument(
        "--cancel", action="store_true", help="set the status to cancelled instead of removing"
    )
    remove.set_defaults(handler=run_deallocate)

    group = subparsers.add_parser(
        "allocation",
        parents=parents,
        help="change an allocation's status",
        description=(
            "Change allocations. Statuses go proposed -> reserved -> signed -> active -> ended; "
            "any status that is not final may become cancelled."
        ),
    )
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    status = actions.add_parser(
        "set-status",
        parents=parents,
        help="move an allocation along its lifecycle",
        description=(
            "Move an allocation along proposed -> reserved -> signed -> active -> ended, or "
            "cancel it. Other changes are refused. The findings about it are printed after."
        ),
    )
    add_plan_argument(status)
    status.add_argument("id", metavar="ID", type=int, help="the allocation's id")
    status.add_argument("status", metavar="STATUS", choices=STATUSES, help=", ".join(STATUSES))
    status.set_defaults(handler=run_set_status)


def describe(plan: Plan, allocation: Allocation) -> str:
    """``RFA One (Rocket Factory Augsburg) on pad 45/1 from 2028-01-01 to 2032-12-31``."""
    vehicle = display_name(plan.get(Kind.VEHICLE, allocation.vehicle_id))
    tenant = display_name(plan.get(Kind.TENANT, allocation.tenant_id))
    pad = display_name(plan.get(Kind.PAD, allocation.pad_id))
    return (
        f"{vehicle} ({tenant}) on pad {pad} from {allocation.start.isoformat()} "
        f"to {allocation.end.isoformat()}"
    )


def run_allocate(args: argparse.Namespace) -> int:
    """Check the allocation, print its findings, and add it unless refused."""
    with plans.opened(args.plan) as project:
        plan = project.plan
        tenant = find_tenant(plan, args.tenant)
        proposal = allocate(
            plan,
            tenant,
            find_vehicle(plan, tenant, args.vehicle),
            find_pad(plan, args.pad),
            args.start,
            args.end,
            status=AllocationStatus(args.status),
            exclusive=not args.shared,
            fee=args.fee_usd,
            notes=args.notes,
            azimuth_deg=args.azimuth,
        )
        for finding in proposal.findings:
            print(finding_line(finding))
        if proposal.blocked and not args.force:
            raise CosmoplanError(MSG_REFUSED, count=len(proposal.errors))
        project.execute(proposal.command)
        project.save()
        allocation = plan.get(Kind.ALLOCATION, proposal.allocation.id)  # with its saved id
        assert isinstance(allocation, Allocation)
        use = "exclusive" if allocation.exclusive else "shared"
        print(
            f"Added allocation {allocation.id}: {describe(plan, allocation)}, "
            f"{allocation.status.value}, {use}."
        )
    return 0


def run_deallocate(args: argparse.Namespace) -> int:
    """Remove or cancel the allocation and save."""
    with plans.opened(args.plan) as project:
        plan = project.plan
        command = cancel(plan, args.id) if args.cancel else deallocate(plan, args.id)
        allocation = plan.get(Kind.ALLOCATION, args.id)
        assert isinstance(allocation, Allocation)
        what = describe(plan, allocation)
        project.execute(command)
        project.save()
    if args.cancel:
        print(f"Cancelled allocation {args.id}: {what} ({allocation.status.value} -> cancelled).")
    else:
        print(f"Removed allocation {args.id}: {what}.")
    return 0


def run_set_status(args: argparse.Namespace) -> int:
    """Change the status, save, and print the findings about the allocation."""
    status = AllocationStatus(args.status)
    with plans.opened(args.plan) as project:
        plan = project.plan
        command = change_status(plan, args.id, status)
        old = plan.get(Kind.ALLOCATION, args.id)
        assert isinstance(old, Allocation)
        project.execute(command)
        project.save()
        print(f"Allocation {args.id}: {old.status.value} -> {status.value}.")
        new = plan.get(Kind.ALLOCATION, args.id)
        assert isinstance(new, Allocation)
        for finding in findings_for(plan, new):
            print(finding_line(finding))
    return 0
