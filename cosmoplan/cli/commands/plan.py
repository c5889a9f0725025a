"""``cosmoplan new`` and ``cosmoplan info``: create a plan and summarise one."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.options import add_json_flag, add_plan_argument
from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Kind, Plan, PlanInfo
from cosmoplan.services.project import Project


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``new`` and ``info``."""
    new = subparsers.add_parser(
        "new",
        parents=parents,
        help="create a plan file (empty, or the Baikonur demo plan)",
        description="Create a plan file, empty or holding the Baikonur demo plan.",
    )
    add_plan_argument(new, "the plan file to create")
    new.add_argument("--demo", action="store_true", help="fill it with the Baikonur demo plan")
    new.add_argument("--name", help="the plan's name (default: the file name, or the demo's)")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    new.set_defaults(handler=run_new)

    info = subparsers.add_parser(
        "info",
        parents=parents,
        help="summarise a plan: name, schema version, number of objects of each kind",
        description="Summarise a plan: its name, schema version and how many objects it holds.",
    )
    add_plan_argument(info)
    add_json_flag(info)
    info.set_defaults(handler=run_info)


def run_new(args: argparse.Namespace) -> int:
    """Create the plan file."""
    if args.demo:
        plan = build_demo_plan()
    else:
        plan = Plan(PlanInfo(name=Path(args.plan).stem or "Untitled plan"))
    if args.name is not None:
        plan.info = PlanInfo(args.name, plan.info.description)
    where = plans.create(args.plan, plan, force=args.force)
    total = sum(plan.counts().values())
    print(f"Created {plan.info.name!r} at {where} ({total} objects).")
    return 0


def schema_number(revision: str) -> int | None:
    """The number a schema revision starts with ("0002_allocations_by_pad" -> 2)."""
    match = re.match(r"\d+", revision)
    return int(match.group()) if match else None


def plan_summary(project: Project) -> dict[str, Any]:
    """The facts ``info`` prints: name, schema version and counts by kind."""
    assert project.store is not None
    counts = project.plan.counts()
    revision = project.store.schema_version
    summary: dict[str, Any] = {
        "name": project.plan.info.name,
        "location": str(project.location),
        "schema_version": schema_number(revision),
        "schema_revision": revision,
    }
    summary.update({kind.value: counts[kind] for kind in Kind})
    return summary


def run_info(args: argparse.Namespace) -> int:
    """Print the summary."""
    with plans.opened(args.plan, read_only=True) as project:
        summary = plan_summary(project)
        description = project.plan.info.description
    if args.json:
        output.write_json(summary, sys.stdout)
        return 0
    pairs: list[tuple[str, Any]] = [("Plan", summary["name"])]
    if description:
        pairs.append(("Description", description))
    pairs += [
        ("Location", summary["location"]),
        ("Schema", f"{summary['schema_version']} ({summary['schema_revision']})"),
    ]
    pairs += [(kind.value.capitalize(), summary[kind.value]) for kind in Kind]
    print(output.summary(pairs))
    return 0
