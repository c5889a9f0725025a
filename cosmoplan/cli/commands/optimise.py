"""``cosmoplan optimise`` and ``cosmoplan explain``: place the open requests, and say why a
tenant cannot have a pad for a period."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.options import add_json_flag, add_plan_argument, parse_date
from cosmoplan.domain import Kind, Plan, Ref
from cosmoplan.messages import Message
from cosmoplan.planner import Result, optimise
from cosmoplan.planner.explain import explain
from cosmoplan.planner.options import Item
from cosmoplan.services.allocation import find_pad, find_tenant, find_vehicle
from cosmoplan.services.optimisation import MSG_APPLY, result_commands
from cosmoplan.services.project import Project
from cosmoplan.services.scenarios import listed, new, open_scenario, remove


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``optimise`` and ``explain``."""
    parser = subparsers.add_parser(
        "optimise",
        parents=parents,
        help="place the open requests on pads (CP-SAT)",
        description=(
            "Place the open and planned requests so that no error rule fires that did not "
            "before; proposed and reserved allocations may move at a cost. Prints the served "
            "and unserved requests, the objective, the proven bound and the gap."
        ),
    )
    add_plan_argument(parser)
    parser.add_argument("--time-limit", type=float, default=10.0, metavar="S", help="seconds")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="random seed")
    parser.add_argument("--apply", action="store_true", help="add the allocations and save")
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        help="optimise this scenario and write the result into it, not the plan (a new "
        "scenario, a copy of the plan, if there is none by that name)",
    )
    add_json_flag(parser)
    parser.set_defaults(handler=run_optimise)

    why = subparsers.add_parser(
        "explain",
        parents=parents,
        help="why a tenant cannot have a pad for a period",
        description="Say why a tenant's vehicle cannot have a pad for a period, and the ways out.",
    )
    add_plan_argument(why)
    why.add_argument("--tenant", required=True, metavar="NAME")
    why.add_argument("--vehicle", required=True, metavar="NAME")
    why.add_argument("--pad", required=True, metavar="CODE")
    why.add_argument("--from", dest="start", required=True, type=parse_date, metavar="DATE")
    why.add_argument("--to", dest="end", required=True, type=parse_date, metavar="DATE")
    why.add_argument("--shared", action="store_true", help="shared use (default: exclusive)")
    add_json_flag(why)
    why.set_defaults(handler=run_explain)


def result_record(plan: Plan, result: Result) -> dict[str, Any]:
    """The JSON of a result."""

    def code(pad_id: int) -> str:
        return getattr(plan.get(Kind.PAD, pad_id), "code", "")

    return {
        "status": result.status,
        "objective": result.objective,
        "bound": result.bound,
        "gap": result.gap,
        "served": [
            {
                "request": i,
                "pad": code(p.pad_id),
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
            }
            for i, p in sorted(result.served.items())
        ],
        "unserved": result.unserved,
        "moved": [
            {
                "allocation": i,
                "pad": code(p.pad_id),
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
            }
            for i, p in sorted(result.moved.items())
        ],
    }


def run_optimise(args: argparse.Namespace) -> int:
    """Optimise, print, and with --apply add the allocations in one undoable step (with
    --scenario, into the scenario, always)."""
    with plans.opened(args.plan) as project, _target(project, args.scenario) as target:
        plan = target.plan
        result = optimise(plan, args.time_limit, args.seed)
        record = result_record(plan, result)
        if (args.apply or args.scenario is not None) and (result.served or result.moved):
            with target.group(Message(MSG_APPLY, {"count": len(result.served)})):
                for command in result_commands(plan, result):
                    target.execute(command)
            target.save()
    if args.json:
        output.write_json(record, sys.stdout)
        return 0
    gap = "none" if result.gap is None else f"{result.gap:.1%}"
    print(f"{result.status}: objective {result.objective:g}, bound {result.bound:g}, gap {gap}.")
    for served in record["served"]:
        print(
            f"request {served['request']}: pad {served['pad']} {served['start']} - {served['end']}"
        )
    for moved in record["moved"]:
        print(f"allocation {moved['allocation']} moves to {moved['start']} - {moved['end']}")
    if result.unserved:
        print(f"unserved: {', '.join(map(str, result.unserved))}")
    return 0


@contextmanager
def _target(project: Project, scenario: str | None) -> Iterator[Project]:
    """The project the result goes into: the plan's, or the scenario's (made if missing, and
    removed again if the command fails)."""
    if scenario is None:
        yield project
        return
    made = not any(s.name.casefold() == scenario.strip().casefold() for s in listed(project))
    if made:
        new(project, scenario)
    opened = open_scenario(project, scenario)
    try:
        yield opened
    except BaseException:
        if made:
            remove(project, scenario)
        raise
    finally:
        opened.close()


def run_explain(args: argparse.Namespace) -> int:
    """Print the reasons and the ways out."""
    with plans.opened(args.plan) as project:
        plan = project.plan
        tenant = find_tenant(plan, args.tenant)
        vehicle = find_vehicle(plan, tenant, args.vehicle)
        pad = find_pad(plan, args.pad)
        days = (args.end - args.start).days + 1
        item = Item(
            Ref(Kind.REQUEST, 0), tenant.id, vehicle.id, args.start, args.end, days,
            not args.shared, None, 1,
        )  # fmt: skip
        found = explain(plan, item, pad.id, at=date.today())
    if args.json:
        output.write_json(
            {
                "blocked": found.blocked,
                "reasons": [
                    {
                        "rule": r.rule,
                        "message_id": r.message.id,
                        "message": r.message.text(),
                        "subjects": [{"kind": s.kind.value, "id": s.id} for s in r.subjects],
                    }
                    for r in found.reasons
                ],
                "findings": [f.as_dict() for f in found.findings],
                "earliest": None
                if found.earliest is None
                else [d.isoformat() for d in found.earliest],
                "other_pads": [
                    getattr(plan.get(Kind.PAD, i), "code", "") for i in found.other_pads
                ],
                "ways_out": [w.text() for w in found.ways_out],
            },
            sys.stdout,
        )
        return 0
    for reason in found.reasons:
        print(f"{reason.rule}: {reason.message.text()}")
    for way in found.ways_out:
        print(way.text())
    return 0
