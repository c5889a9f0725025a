"""What the report dialog asks for, as plain data, and how it becomes a report and a file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cosmoplan.domain import Plan
from cosmoplan.messages import ValidationError
from cosmoplan.reports import Report, build_report
from cosmoplan.reports.figures import Period
from cosmoplan.reports.model import (
    MAX_PERIOD_YEARS,
    MSG_NO_SECTIONS,
    MSG_PERIOD_REVERSED,
    MSG_PERIOD_TOO_LONG,
)

#: Characters kept in a file name besides letters and digits of any script.
_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """The report the user asked for (``tenant`` is the tenant's current name, or ``None``)."""

    kind: str
    tenant: str | None
    at: date
    period: Period
    paper: str
    sections: tuple[str, ...]
    author: str


def problem(options: ReportOptions) -> ValidationError | None:
    """The first mistake the form itself can show at once (the core checks everything again).

    These are the checks :func:`~cosmoplan.reports.build_report` makes on the period and the
    sections, with the same messages, so that the form answers while the user types instead of
    after building the report.
    """
    start, end = options.period
    if end < start:
        return ValidationError(
            MSG_PERIOD_REVERSED, field="period", start=start.isoformat(), end=end.isoformat()
        )
    if end.year - start.year >= MAX_PERIOD_YEARS:
        return ValidationError(
            MSG_PERIOD_TOO_LONG,
            field="period",
            start=start.isoformat(),
            end=end.isoformat(),
            years=MAX_PERIOD_YEARS,
        )
    if not options.sections:
        return ValidationError(MSG_NO_SECTIONS, field="sections")
    return None


def make_report(plan: Plan, options: ReportOptions, plan_location: str | None) -> Report:
    """Gather the report (on the GUI thread: it reads the live plan). Raises ValidationError."""
    return build_report(
        plan,
        kind=options.kind,
        at=options.at,
        period=options.period,
        tenant=options.tenant if options.kind == "tenant" else None,
        sections=options.sections,
        author=options.author,
        plan_location=plan_location,
    )


def default_file_name(report: Report) -> str:
    """``<plan>_report[_<tenant>]_<date>.pdf`` from the names the report itself prints.

    A tenant report takes the plan's name as the report prints it, so a withheld name (one that
    mentions another tenant) does not reach the tenant through the file name either.
    """
    parts = [report.cover.plan_name, "report"]
    if report.cover.tenant:
        parts.append(report.cover.tenant)
    parts.append(report.cover.at.isoformat())
    cleaned = [_UNSAFE.sub("-", part).strip("-._") for part in parts]
    return "_".join(part for part in cleaned if part) + ".pdf"
