"""``cosmoplan report``: write the allocation report of a plan to PDF, for all tenants or one."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from cosmoplan.cli import plans
from cosmoplan.cli.options import add_plan_argument, parse_date, parse_moment
from cosmoplan.domain import Plan
from cosmoplan.messages import ValidationError, register
from cosmoplan.services.scenarios import name_of, open_scenario
from cosmoplan.storage.audit import read_as_of
from cosmoplan.storage.locations import absolute_location, is_url

PAPER_CHOICES = ["a4", "letter"]
MSG_SCENARIO_AS_OF = register(
    "cli.report.scenario_as_of",
    "A scenario is reported as it is now: leave out --as-of-time, or report the plan.",
)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``report``."""
    parser = subparsers.add_parser(
        "report",
        parents=parents,
        help="write the allocation report to a PDF file",
        description=(
            "Write the plan's allocation report to PDF: cover, summary figures, map, timeline, "
            "allocation table, findings and one part per tenant. With --tenant, the report for "
            "that tenant alone, which names no other tenant. The period runs by default from "
            "1 January of the report date's year for five calendar years."
        ),
    )
    add_plan_argument(parser)
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the PDF file to write"
    )
    parser.add_argument("--tenant", metavar="NAME", help="write the report for this tenant only")
    parser.add_argument(
        "--at",
        type=parse_date,
        metavar="DATE",
        help="the report's date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        metavar="DATE",
        help="first day of the period, YYYY-MM-DD (default: 1 January of the report's year)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=parse_date,
        metavar="DATE",
        help="last day of the period, YYYY-MM-DD (default: 31 December, five years on)",
    )
    parser.add_argument(
        "--paper", choices=PAPER_CHOICES, default="a4", help="paper size (default: a4)"
    )
    parser.add_argument(
        "--as-of-time",
        dest="as_of",
        type=parse_moment,
        metavar="TIME",
        help="the plan as it was at this time, e.g. '2027-03-01 12:00' (local time; a plan "
        "on a PostgreSQL server, from its audit log)",
    )
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        help="report this scenario of the plan (every page says it is a scenario)",
    )
    parser.add_argument("--author", default="", metavar="NAME", help="who prepared the report")
    parser.add_argument(
        "--language",
        choices=["en", "ru", "kk"],
        default="en",
        help="the report's language: English, Russian or Kazakh (default: en)",
    )
    parser.add_argument(
        "--since",
        metavar="PLAN|SHA256",
        help="list the allocations changed since an earlier report, named by its plan file (or "
        "URL) or by the plan SHA-256 on its cover (then only whether the plan is the same)",
    )
    parser.add_argument(
        "--document-version",
        dest="version",
        default="1",
        metavar="TEXT",
        help="the report's version on its document control page (default: 1)",
    )
    parser.add_argument(
        "--distribution",
        action="append",
        default=[],
        metavar="NAME",
        help="who receives the report (repeat for each; default: the site's planning staff, or "
        "the tenant)",
    )
    parser.set_defaults(handler=run_report)


def period_of(at: date, start: date | None, end: date | None) -> tuple[date, date]:
    """The report period from the options: defaults from ``at`` (or from ``start``)."""
    from cosmoplan.reports import default_period

    first = start or default_period(at)[0]
    return first, end or default_period(first)[1]


@contextmanager
def _earlier(since: str | None) -> Iterator[Plan | str | None]:
    """The earlier report's plan, opened read-only, when ``since`` names a plan file or URL;
    else ``since`` itself (a hash, checked by the report)."""
    if since is None or (not is_url(since) and not Path(since).exists()):
        yield since
        return
    with plans.opened(since, read_only=True) as project:
        yield project.plan


def run_report(args: argparse.Namespace) -> int:
    """Build the report and write the PDF (nothing is written when the input is refused)."""
    from cosmoplan.reports import build_report, render_report  # loaded on use: heavy to import
    from cosmoplan.reports.model import MSG_TENANT_REQUIRED

    if args.tenant is not None and not args.tenant.strip():
        raise ValidationError(MSG_TENANT_REQUIRED, field="tenant")  # before opening the plan
    at = args.at or date.today()
    period = period_of(at, args.start, args.end)
    shown = absolute_location(args.plan)
    if args.as_of is not None:
        shown = f"{shown} as of {args.as_of:%Y-%m-%d %H:%M %Z}"
    if args.scenario is not None and args.as_of is not None:
        raise ValidationError(MSG_SCENARIO_AS_OF, field="scenario")
    with plans.opened(args.plan, read_only=True) as project, _earlier(args.since) as since:
        plan = project.plan if args.as_of is None else read_as_of(args.plan, args.as_of)
        scenario = None
        if args.scenario is not None:
            opened = open_scenario(project, args.scenario)
            plan, scenario = opened.plan, name_of(opened)
        report = build_report(
            plan,
            kind="full" if args.tenant is None else "tenant",
            at=at,
            period=period,
            tenant=args.tenant,
            author=args.author,
            plan_location=shown,
            language_code=args.language,
            version=args.version,
            distribution=args.distribution,
            since=since,
            scenario=scenario,
        )
        written = render_report(report, Path(args.output), paper=args.paper)
    whom = f"for {report.cover.tenant} " if report.cover.tenant else ""
    print(
        f"Wrote the allocation report {whom}as of {at.isoformat()} "
        f"({period[0].isoformat()} to {period[1].isoformat()}) to {written}."
    )
    return 0
