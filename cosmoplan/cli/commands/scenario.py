"""``cosmoplan scenario new|list|diff|apply|remove``: named what-if variants of the plan's
allocations, requests and pad statuses, kept in the plan file."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.options import add_json_flag, add_plan_argument, parse_date
from cosmoplan.cli.output import count_of
from cosmoplan.domain import Allocation, Entity, Kind, Pad, Plan, Ref, Request, display_name
from cosmoplan.messages import ValidationError, register
from cosmoplan.planner.compare import Comparison, Difference, Totals, as_json, compare
from cosmoplan.services import scenarios as service
from cosmoplan.services.allocation import find_pad

MSG_PERIOD_REVERSED = register(
    "cli.scenario.period_reversed", "The period ends ({end}) before it starts ({start})."
)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``scenario`` and its actions."""
    parser = subparsers.add_parser(
        "scenario",
        parents=parents,
        help="make, compare and promote what-if scenarios of the plan",
        description=(
            "A scenario is a named variant of the plan's allocations, requests and pad "
            "statuses, kept in the plan file. 'cosmoplan optimise --scenario NAME' writes its "
            "result into one; 'cosmoplan report --scenario NAME' reports one."
        ),
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)

    new = actions.add_parser(
        "new", parents=parents, help="make a scenario", description="Make a scenario: a copy "
        "of the plan's allocations, requests and pad statuses (or of another scenario's).",
    )  # fmt: skip
    add_plan_argument(new)
    new.add_argument("name", metavar="NAME", help="the scenario's name")
    new.add_argument("--copy-of", metavar="OTHER", help="copy this scenario, not the plan")
    new.add_argument("--notes", default="", help="free text")
    new.set_defaults(handler=run_new)

    listing = actions.add_parser(
        "list", parents=parents, help="list the scenarios", description="List the scenarios."
    )
    add_plan_argument(listing)
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    diff = actions.add_parser(
        "diff", parents=parents, help="compare a scenario with the plan or another scenario",
        description="What the scenario changes: allocations added, removed and moved, requests "
        "and pad statuses; findings gained and lost; requests served, utilisation and fees.",
    )  # fmt: skip
    add_plan_argument(diff)
    diff.add_argument("name", metavar="NAME", help="the scenario")
    diff.add_argument("--base", metavar="OTHER", help="compare with this scenario, not the plan")
    diff.add_argument(
        "--at", type=parse_date, metavar="DATE", help="judge the findings as of DATE (today)"
    )
    diff.add_argument(
        "--from", dest="start", type=parse_date, metavar="DATE",
        help="first day of the totals' period (default: 1 January of the --at year)",
    )  # fmt: skip
    diff.add_argument(
        "--to", dest="end", type=parse_date, metavar="DATE",
        help="last day of the totals' period (default: 31 December, five years on)",
    )  # fmt: skip
    add_json_flag(diff)
    diff.set_defaults(handler=run_diff)

    apply = actions.add_parser(
        "apply", parents=parents, help="promote a scenario's changes to the plan",
        description="Make the plan what the scenario holds, all of its changes or the chosen "
        "ones, in one step, and save.",
    )  # fmt: skip
    add_plan_argument(apply)
    apply.add_argument("name", metavar="NAME", help="the scenario")
    apply.add_argument("--allocation", type=int, action="append", default=[], metavar="ID")
    apply.add_argument("--request", type=int, action="append", default=[], metavar="ID")
    apply.add_argument(
        "--pad", action="append", default=[], metavar="CODE", help="the pad's statuses"
    )
    apply.set_defaults(handler=run_apply)

    remove = actions.add_parser(
        "remove", parents=parents, help="remove a scenario", description="Remove a scenario."
    )
    add_plan_argument(remove)
    remove.add_argument("name", metavar="NAME", help="the scenario")
    remove.set_defaults(handler=run_remove)


def run_new(args: argparse.Namespace) -> int:
    """Make the scenario."""
    with plans.opened(args.plan) as project:
        info = service.new(project, args.name, args.notes.strip(), like=args.copy_of)
    source = f"scenario {args.copy_of!r}" if args.copy_of else "the plan"
    print(
        f"Made scenario {info.name!r} from {source}: {count_of(info.allocations, 'allocations')}, "
        f"{count_of(info.requests, 'requests')}."
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the scenarios."""
    with plans.opened(args.plan, read_only=True) as project:
        found = service.listed(project)
    rows = [
        {
            "name": s.name,
            "allocations": s.allocations,
            "requests": s.requests,
            "saves": s.revision,
            "created": s.created_at.replace(microsecond=0).isoformat(sep=" "),
            "notes": s.notes,
        }
        for s in found
    ]
    if args.json:
        output.write_json(rows, sys.stdout)
    elif rows:
        keys = ("name", "allocations", "requests", "saves", "created", "notes")
        columns = [(key, key.capitalize()) for key in keys]
        print(output.table(rows, columns))
    else:
        print("No scenarios.")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    """Print what the scenario changes."""
    at = args.at or date.today()
    with plans.opened(args.plan, read_only=True) as project:
        first = project.plan
        if args.base is not None:
            first = service.open_scenario(project, args.base).plan
        second = service.open_scenario(project, args.name).plan
        found = compare(first, second, at, _period(at, args.start, args.end))
    if args.json:
        output.write_json(as_json(found, first, second), sys.stdout)
        return 0
    base = "the plan" if args.base is None else f"scenario {args.base!r}"
    start, end = (d.isoformat() for d in found.period)
    print(f"Scenario {args.name!r} against {base}, as of {at.isoformat()} ({start} to {end}):")
    _print_comparison(found, first, second)
    return 0


def _period(at: date, start: date | None, end: date | None) -> tuple[date, date] | None:
    if start is None and end is None:
        return None
    first = start or date(at.year, 1, 1)
    last = end or date(first.year + 4, 12, 31)
    if last < first:
        raise ValidationError(
            MSG_PERIOD_REVERSED, field="period", start=first.isoformat(), end=last.isoformat()
        )
    return first, last


def _print_comparison(found: Comparison, first: Plan, second: Plan) -> None:
    if found.empty:
        print("No allocation, request or pad status differs.")
    for difference in found.differences:
        print(_difference_line(difference, first, second))
    for sign, findings in (("+", found.gained), ("-", found.lost)):
        for finding in findings:
            print(f"{sign} {finding.severity.value} {finding.rule}: {finding.text}")
    print(f"Findings: {len(found.gained)} gained, {len(found.lost)} lost.")
    served = f"{found.before.served} -> {found.after.served}"
    print(f"Requests served: {served} (gained {_ids(found.served_gained)}, "
          f"lost {_ids(found.served_lost)}).")  # fmt: skip
    print(f"Utilisation: {_share(found.before)} -> {_share(found.after)}.")
    print(f"Fees: {found.before.fees_usd:,.0f} -> {found.after.fees_usd:,.0f} USD.")


def _ids(ids: tuple[int, ...]) -> str:
    return ", ".join(map(str, ids)) or "none"


def _share(totals: Totals) -> str:
    return f"{totals.utilisation:.1%}"


def _difference_line(difference: Difference, first: Plan, second: Plan) -> str:
    entity = difference.after or difference.before
    assert entity is not None
    before = _state(difference.before, first)
    after = _state(difference.after, second)
    if difference.how == "added":
        return f"{display_name(entity)} added: {after}"
    if difference.how == "removed":
        return f"{display_name(entity)} removed: {before}"
    return f"{display_name(entity)} {difference.how}: {before} -> {after}"


def _state(entity: Entity | None, plan: Plan) -> str:
    if isinstance(entity, Allocation):
        pad = plan.get(Kind.PAD, entity.pad_id)
        code = pad.code if isinstance(pad, Pad) else entity.pad_id
        return f"{code} {entity.start.isoformat()} - {entity.end.isoformat()} {entity.status}"
    if isinstance(entity, Request):
        return str(entity.status)
    if isinstance(entity, Pad):
        periods = [
            f"{p.status} from {p.start or 'the start'} to {p.end or 'the end'}"
            for p in entity.status_periods
        ]
        return "; ".join(periods) or "no status periods"
    return ""


def run_apply(args: argparse.Namespace) -> int:
    """Promote the scenario's changes (all or the chosen ones) and save."""
    with plans.opened(args.plan) as project:
        chosen = [Ref(Kind.ALLOCATION, i) for i in args.allocation]
        chosen += [Ref(Kind.REQUEST, i) for i in args.request]
        chosen += [Ref(Kind.PAD, find_pad(project.plan, code).id) for code in args.pad]
        scenario = service.open_scenario(project, args.name)
        name = service.name_of(scenario)
        promoted = service.promote(project, scenario.plan, name, chosen or None)
        if promoted:
            project.save()
    print(f"Promoted {count_of(len(promoted), 'changes')} of scenario {name!r} to the plan.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove the scenario."""
    with plans.opened(args.plan) as project:
        info = service.remove(project, args.name)
    print(f"Removed scenario {info.name!r}.")
    return 0
