"""``cosmoplan tenant add|set-status|remove``: the companies and programmes that want pads."""

from __future__ import annotations

import argparse
from typing import Any

from cosmoplan.cli import plans
from cosmoplan.cli.options import add_plan_argument
from cosmoplan.cli.output import count_of
from cosmoplan.domain import Kind, NegotiationStatus, Tenant, TenantKind
from cosmoplan.services.allocation import (
    allocations_of,
    find_tenant,
    remove_tenant,
    set_tenant_status,
)
from cosmoplan.services.commands import AddObjects

KINDS = [kind.value for kind in TenantKind]
STATUSES = [status.value for status in NegotiationStatus]


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``tenant`` and its actions."""
    parser = subparsers.add_parser(
        "tenant",
        parents=parents,
        help="add a tenant, change where talks stand, remove one",
        description=(
            "Manage tenants: the start-ups, national programmes and incumbents that use or want "
            "pads. List them with 'cosmoplan list tenants PLAN'."
        ),
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", parents=parents, help="add a tenant", description="Add a tenant to the plan."
    )
    add_plan_argument(add)
    add.add_argument("--name", required=True, help="the tenant's name (unique in the plan)")
    add.add_argument("--country", required=True, help="its country")
    add.add_argument(
        "--kind",
        choices=KINDS,
        default=TenantKind.STARTUP.value,
        help=f"{', '.join(KINDS)} (default: startup)",
    )
    add.add_argument(
        "--status",
        choices=STATUSES,
        default=NegotiationStatus.FIRST_CONTACT.value,
        help=f"where talks stand: {', '.join(STATUSES)} (default: first-contact)",
    )
    add.add_argument("--contact", default="", help="a contact person or address")
    add.add_argument("--notes", default="", help="free text")
    add.set_defaults(handler=run_add)

    status = actions.add_parser(
        "set-status",
        parents=parents,
        help="record where talks with a tenant stand",
        description="Record where talks with a tenant stand.",
    )
    add_plan_argument(status)
    status.add_argument("name", metavar="NAME", help="the tenant's name")
    status.add_argument("status", metavar="STATUS", choices=STATUSES, help=", ".join(STATUSES))
    status.set_defaults(handler=run_set_status)

    remove = actions.add_parser(
        "remove",
        parents=parents,
        help="remove a tenant and its vehicles",
        description=(
            "Remove a tenant and its vehicles. A tenant with allocations is kept unless "
            "--cascade is given, which removes its allocations too."
        ),
    )
    add_plan_argument(remove)
    remove.add_argument("name", metavar="NAME", help="the tenant's name")
    remove.add_argument(
        "--cascade", action="store_true", help="remove the tenant's allocations as well"
    )
    remove.set_defaults(handler=run_remove)


def run_add(args: argparse.Namespace) -> int:
    """Add the tenant and save."""
    with plans.opened(args.plan) as project:
        tenant = Tenant(
            id=project.plan.next_id(Kind.TENANT),
            name=args.name,
            country=args.country,
            kind=TenantKind(args.kind),
            status=NegotiationStatus(args.status),
            contact=args.contact.strip(),
            notes=args.notes.strip(),
        )
        project.execute(AddObjects([tenant]))
        project.save()
        saved = project.plan.get(Kind.TENANT, tenant.id)  # with the id the save gave it
        assert isinstance(saved, Tenant)
        tenant = saved
    print(
        f"Added tenant {tenant.id}: {tenant.name} ({tenant.country}, {tenant.kind.value}, "
        f"{tenant.status.value})."
    )
    return 0


def run_set_status(args: argparse.Namespace) -> int:
    """Change the tenant's negotiation status and save."""
    status = NegotiationStatus(args.status)
    with plans.opened(args.plan) as project:
        tenant = find_tenant(project.plan, args.name)
        if tenant.status is status:
            print(f"Tenant {tenant.name} is already {status.value}; nothing changed.")
            return 0
        project.execute(set_tenant_status(project.plan, tenant, status))
        project.save()
    print(f"Tenant {tenant.name}: {tenant.status.value} -> {status.value}.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove the tenant (and, with --cascade, its allocations) and save."""
    with plans.opened(args.plan) as project:
        plan = project.plan
        tenant = find_tenant(plan, args.name)
        vehicles = sum(1 for v in plan.vehicles() if v.tenant_id == tenant.id)
        allocations = len(allocations_of(plan, tenant))
        project.execute(remove_tenant(plan, tenant, cascade=args.cascade))
        project.save()
    print(
        f"Removed tenant {tenant.name} with {count_of(vehicles, 'vehicles')} and "
        f"{count_of(allocations, 'allocations')}."
    )
    return 0
