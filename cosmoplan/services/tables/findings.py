"""The columns of the findings' table: what the rules say, about which objects, when."""

from __future__ import annotations

from datetime import date

from cosmoplan.analysis import RULES, Finding, Severity, finding_period
from cosmoplan.domain import Allocation, Plan, Ref, Request, display_name
from cosmoplan.messages import Message, register
from cosmoplan.services.tables.cells import Term
from cosmoplan.services.tables.columns import Column, pad_code, vehicle_name

MSG_SEVERITY = {
    Severity.ERROR: register("tables.severity.error", "Error"),
    Severity.WARNING: register("tables.severity.warning", "Warning"),
    Severity.INFO: register("tables.severity.info", "Information"),
}
MSG_ALLOCATION = register("tables.subject.allocation", "{vehicle} on {pad}, {years}")
MSG_REQUEST = register("tables.subject.request", "request of {vehicle}, {years}")

_TITLES = {rule.id: rule.title for rule in RULES}


def _years(start: date, end: date) -> str:
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def subject_name(plan: Plan, ref: Ref) -> str | Message:
    """An object as a planner names it: a pad's code, a name, "Soyuz-5 on 45/1, 2026–2030"."""
    entity = plan.find(ref.kind, ref.id)
    if entity is None:
        return f"#{ref.id}"
    if isinstance(entity, Allocation):
        return Message(
            MSG_ALLOCATION,
            {
                "vehicle": vehicle_name(plan, entity.vehicle_id),
                "pad": pad_code(plan, entity.pad_id),
                "years": _years(entity.start, entity.end),
            },
        )
    if isinstance(entity, Request):
        return Message(
            MSG_REQUEST,
            {
                "vehicle": vehicle_name(plan, entity.vehicle_id),
                "years": _years(entity.earliest_start, entity.latest_end),
            },
        )
    return display_name(entity)


def _period(finding: Finding, plan: Plan, end: bool) -> date | None:
    period = finding_period(plan, finding)
    return None if period is None else period[end]


FINDING_COLUMNS: tuple[Column[Finding], ...] = (
    Column("Severity", lambda f, p, d: Message(MSG_SEVERITY[f.severity])),
    Column("Rule", lambda f, p, d: Term("rules", _TITLES.get(f.rule, f.rule))),
    Column("Finding", lambda f, p, d: f.message),
    Column("Objects", lambda f, p, d: tuple(subject_name(p, ref) for ref in f.subjects)),
    Column("From", lambda f, p, d: _period(f, p, False)),
    Column("To", lambda f, p, d: _period(f, p, True)),
)
