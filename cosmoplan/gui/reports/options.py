"""What the report dialog asks for, as plain data, and how it becomes a report and a file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cosmoplan.domain import Plan
from cosmoplan.messages import ValidationError
from cosmoplan.reports import Report, build_report
from cosmoplan.reports.figures import Period
from cosmoplan.reports.model import check_request, printed_plan_name

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


def problem(plan: Plan, options: ReportOptions) -> ValidationError | None:
    """The first mistake in the options, as :func:`~cosmoplan.reports.build_report` would
    report it, found at once (nothing is built), or ``None``."""
    try:
        check_request(plan, options.kind, options.period, _tenant(options), options.sections)
    except ValidationError as error:
        return error
    return None


def _tenant(options: ReportOptions) -> str | None:
    return options.tenant if options.kind == "tenant" else None


def make_report(plan: Plan, options: ReportOptions, plan_location: str | None) -> Report:
    """Gather the report (on a worker thread, from a copy of the plan the GUI thread took).
    Raises ValidationError."""
    return build_report(
        plan,
        kind=options.kind,
        at=options.at,
        period=options.period,
        tenant=_tenant(options),
        sections=options.sections,
        author=options.author,
        plan_location=plan_location,
    )


def default_file_name(plan: Plan, options: ReportOptions) -> str:
    """``<plan>_report[_<tenant>]_<date>.pdf`` from the names the report will print.

    A tenant report takes the plan's name as the report prints it, so a withheld name (one that
    mentions another tenant) does not reach the tenant through the file name either.
    """
    name = _tenant(options)
    tenant = plan.tenant_by_name(name) if name else None
    parts = [printed_plan_name(plan, tenant), "report"]
    if tenant is not None:
        parts.append(tenant.name)
    parts.append(options.at.isoformat())
    cleaned = [_UNSAFE.sub("-", part).strip("-._") for part in parts]
    return "_".join(part for part in cleaned if part) + ".pdf"
