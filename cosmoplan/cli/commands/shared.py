"""Shared plans on PostgreSQL: ``cosmoplan publish``, ``cosmoplan history`` and ``cosmoplan
roles``."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.options import add_json_flag
from cosmoplan.domain import Kind
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.storage import audit, roles
from cosmoplan.storage.errors import MSG_CANNOT_OPEN, StorageError, reason
from cosmoplan.storage.locations import parse

MSG_NEEDS_SERVER = register(
    "cli.needs_server", "{location} is not a PostgreSQL URL (postgresql://…)."
)
MSG_BAD_OBJECT = register(
    "cli.bad_object",
    "{given} names no object: write KIND:ID or KIND:CODE (e.g. pads:45/1, tenants:3).",
)
MSG_LIAISON_TENANT = register(
    "cli.liaison_tenant", "A liaison needs --tenant NAME_OR_ID of the tenant it may see."
)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``publish``, ``history`` and ``roles``."""
    publish = subparsers.add_parser(
        "publish",
        parents=parents,
        help="copy a plan file to a PostgreSQL server (all or nothing)",
        description="Copy a plan file to a PostgreSQL database as a new shared plan, in one "
        "transaction: on any failure nothing is left on the server.",
    )
    publish.add_argument("file", metavar="FILE", help="the plan file (.cosmoplan)")
    publish.add_argument("url", metavar="URL", help="the database (postgresql://…)")
    publish.add_argument("--force", action="store_true", help="replace a plan already there")
    publish.set_defaults(handler=run_publish)

    history = subparsers.add_parser(
        "history",
        parents=parents,
        help="who changed what on a shared plan, and when (its audit log)",
        description="List the changes the server recorded: who (database role and planner), "
        "when, which object and which fields.",
    )
    history.add_argument("url", metavar="URL", help="the database (postgresql://…)")
    history.add_argument(
        "--object", metavar="KIND:ID_OR_CODE", help="only this object (e.g. pads:45/1)"
    )
    add_json_flag(history)
    history.set_defaults(handler=run_history)

    role = subparsers.add_parser(
        "roles",
        parents=parents,
        help="who may read or edit a shared plan (enforced by the server)",
        description="List, grant or revoke the plan roles of database roles: viewer (read and "
        "report), planner (edit), administrator (roles, schema, publish), liaison (reads only "
        "its tenant's allocations, vehicles and fees).",
    )
    role.add_argument("url", metavar="URL", help="the database (postgresql://…)")
    actions = role.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every role and what it may do")
    give = actions.add_parser("grant", help="give a database role (created if new) a plan role")
    give.add_argument("name", metavar="NAME", help="the database role (login name)")
    give.add_argument("role", choices=roles.CHOICES, help="what it may do")
    give.add_argument("--tenant", metavar="NAME_OR_ID", help="a liaison's tenant")
    give.add_argument(
        "--password", action="store_true", help="set its password (asked, never shown)"
    )
    take = actions.add_parser("revoke", help="take every plan role from a database role")
    take.add_argument("name", metavar="NAME")
    role.set_defaults(handler=run_roles)


def _server(text: str) -> str:
    if not parse(text).is_server:
        raise CosmoplanError(MSG_NEEDS_SERVER, location=text)
    return text


def run_publish(args: argparse.Namespace) -> int:
    """Copy the plan file to the server in one transaction."""
    url = _server(args.url)
    with plans.opened(args.file, read_only=True) as project:
        plan = project.plan
        carried = project.store.carried() if project.store is not None else None
        where = plans.create(url, plan, force=args.force, scenarios=carried)
    total = sum(plan.counts().values())
    print(f"Published {plan.info.name!r} to {parse(where).display} ({total} objects).")
    return 0


def _object(text: str, url: str) -> tuple[str, int]:
    kind_text, _, key = text.partition(":")
    kinds = {k.value: k for k in Kind} | {k.value.rstrip("s"): k for k in Kind}
    kind = kinds.get(kind_text.strip().lower())
    if kind is None or not key.strip():
        raise CosmoplanError(MSG_BAD_OBJECT, given=text)
    if key.strip().isdigit():
        return kind.value, int(key)
    with plans.opened(url, read_only=True) as project:
        for entity in project.plan.objects(kind).values():
            if key.strip() in (getattr(entity, "code", None), getattr(entity, "name", None)):
                return kind.value, entity.id
    raise CosmoplanError(MSG_BAD_OBJECT, given=text)


def run_history(args: argparse.Namespace) -> int:
    """Print the audit log (of one object with ``--object``)."""
    url = _server(args.url)
    kind, object_id = _object(args.object, url) if args.object else (None, None)
    entries = audit.read_history(url, kind, object_id)
    if args.json:
        output.write_json([e.as_json() for e in entries], sys.stdout)
        return 0
    for entry in entries:
        who = f"{entry.planner} ({entry.role})" if entry.planner else entry.role
        what = f"{entry.kind}:{entry.object_id}"
        fields = ", ".join(entry.fields) if entry.operation == "UPDATE" else ""
        print(f"{entry.at:%Y-%m-%d %H:%M:%S}  {who}  {entry.operation.lower()} {what}  {fields}")
    return 0


def _tenant_id(value: str, url: str) -> int:
    if value.isdigit():
        return int(value)
    with plans.opened(url, read_only=True) as project:
        for tenant in project.plan.tenants():
            if tenant.name == value:
                return tenant.id
    raise CosmoplanError(MSG_LIAISON_TENANT)


def run_roles(args: argparse.Namespace) -> int:
    """List, grant or revoke plan roles."""
    url = _server(args.url)
    location = parse(url)
    tenant_id = None
    if args.action == "grant" and args.role == "liaison":
        if not args.tenant:
            raise CosmoplanError(MSG_LIAISON_TENANT)
        tenant_id = _tenant_id(args.tenant, url)
    password = (
        getpass.getpass(f"Password for {args.name}: ") if getattr(args, "password", False) else None
    )
    engine = location.engine()
    try:
        with engine.begin() as connection:
            if args.action == "grant":
                roles.grant(
                    connection, args.name, args.role, tenant_id=tenant_id, password=password
                )
                print(f"{args.name} is now {args.role} of {location.display}.")
            elif args.action == "revoke":
                roles.revoke(connection, args.name)
                print(f"{args.name} has no plan role on {location.display} any more.")
            else:
                for member in roles.members(connection):
                    tenant = f" (tenant {member.tenant_id})" if member.tenant_id else ""
                    print(f"{member.name}\t{member.role}{tenant}")
    except Exception as exc:  # the server's refusal, said in one line
        if isinstance(exc, CosmoplanError):
            raise
        raise StorageError(MSG_CANNOT_OPEN, location=location.display, reason=reason(exc)) from None
    finally:
        engine.dispose()
    return 0
