"""``cosmoplan check``: every finding of the rules, as text grouped by severity or as JSON.

Exit status 1 when an error-severity finding exists, else 0 (2 on bad usage, as always).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from cosmoplan.analysis import Finding, Severity, check_plan
from cosmoplan.cli import output, plans
from cosmoplan.cli.options import add_json_flag, add_plan_argument, parse_date
from cosmoplan.cli.output import count_of

EXIT_CLEAN, EXIT_ERRORS = 0, 1

#: Group headings, in the order shown.
HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``check``."""
    parser = subparsers.add_parser(
        "check",
        parents=parents,
        help="report what is wrong with a plan (exit status 1 on errors)",
        description=(
            "Run every rule over the plan and print the findings, grouped by severity, or as "
            "JSON. The exit status is 1 when an error-severity finding exists, else 0."
        ),
    )
    add_plan_argument(parser)
    parser.add_argument(
        "--at",
        type=parse_date,
        metavar="DATE",
        help="judge the plan as on this day, YYYY-MM-DD (default: today)",
    )
    add_json_flag(parser)
    parser.set_defaults(handler=run_check)


def finding_line(finding: Finding) -> str:
    """One finding on one line: ``error allocation.overlap: message``."""
    return f"{finding.severity.value} {finding.rule}: {finding.text}"


def report(findings: Sequence[Finding], day: date) -> str:
    """Findings grouped by severity (with counts), rule ids aligned, and a closing summary."""
    if not findings:
        return f"No findings as of {day.isoformat()}."
    width = max(len(f.rule) for f in findings)
    counts = {severity: 0 for severity in Severity}
    lines: list[str] = []
    for severity, heading in HEADINGS.items():
        group = [f for f in findings if f.severity is severity]
        counts[severity] = len(group)
        if group:
            lines += [f"{heading} ({len(group)})"]
            lines += [f"  {f.rule.ljust(width)}  {f.text}" for f in group]
            lines += [""]
    totals = (
        f"{count_of(counts[Severity.ERROR], 'errors')}, "
        f"{count_of(counts[Severity.WARNING], 'warnings')}, {counts[Severity.INFO]} info"
    )
    lines.append(f"{count_of(len(findings), 'findings')} as of {day.isoformat()}: {totals}.")
    return "\n".join(lines)


def run_check(args: argparse.Namespace) -> int:
    """Print the findings; the exit status says whether any is an error."""
    day = args.at or date.today()
    with plans.opened(args.plan, read_only=True) as project:
        findings = check_plan(project.plan, day)
    if args.json:
        output.write_json({"findings": [f.as_dict() for f in findings]}, sys.stdout)
    else:
        print(report(findings, day))
    has_errors = any(f.severity is Severity.ERROR for f in findings)
    return EXIT_ERRORS if has_errors else EXIT_CLEAN
