"""The full check of a plan."""

from __future__ import annotations

from datetime import date

from cosmoplan.analysis.catalogue import Rule, RuleCatalogue
from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding, sorted_findings
from cosmoplan.analysis.rules import RULES
from cosmoplan.domain import Plan
from cosmoplan.memory import collector_paused


def check_plan(
    plan: Plan, at: date | None = None, catalogue: RuleCatalogue | None = None
) -> list[Finding]:
    """Every finding of every rule of ``catalogue`` (default :data:`RULES`) as of ``at``.

    ``at`` (default today) is the date the plan is judged on: it only matters to rules about
    the present, such as ``allocation.stale``. The result is sorted by severity, rule, subjects.
    """
    context = CheckContext(plan, at)
    found: list[Finding] = []
    with collector_paused():
        for rule in catalogue if catalogue is not None else RULES:
            found.extend(finding for _, finding in run_rule(rule, context))
        return sorted_findings(found)


def run_rule(rule: Rule, context: CheckContext) -> list[tuple[int, Finding]]:
    """All ``(unit id, finding)`` pairs of one rule over the whole plan."""
    return list(rule.check(context, context.ids(rule.scope)))
