"""The columns of the findings' table: what the rules say, about which objects, when."""

from __future__ import annotations

from datetime import date

from cosmoplan.analysis import RULES, Finding, Severity, finding_period
from cosmoplan.domain import Plan
from cosmoplan.messages import Message, register
from cosmoplan.names import name_of
from cosmoplan.services.tables.cells import Term
from cosmoplan.services.tables.columns import Column

MSG_SEVERITY = {
    Severity.ERROR: register("tables.severity.error", "Error"),
    Severity.WARNING: register("tables.severity.warning", "Warning"),
    Severity.INFO: register("tables.severity.info", "Information"),
}
_TITLES = {rule.id: rule.title for rule in RULES}


def _period(finding: Finding, plan: Plan, end: bool) -> date | None:
    period = finding_period(plan, finding)
    return None if period is None else period[end]


FINDING_COLUMNS: tuple[Column[Finding], ...] = (
    Column("Severity", lambda f, p, d: Message(MSG_SEVERITY[f.severity])),
    Column("Rule", lambda f, p, d: Term("rules", _TITLES.get(f.rule, f.rule))),
    Column("Finding", lambda f, p, d: f.message),
    Column("Objects", lambda f, p, d: tuple(name_of(p, ref) for ref in f.subjects)),
    Column("From", lambda f, p, d: _period(f, p, False)),
    Column("To", lambda f, p, d: _period(f, p, True)),
)
