"""Rules and findings: what is wrong with a plan, and why (plain Python, no Qt)."""

from cosmoplan.analysis.candidate import CandidateChecker
from cosmoplan.analysis.catalogue import Rule, RuleBase, RuleCatalogue
from cosmoplan.analysis.check import check_plan
from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import (
    Finding,
    FindingKey,
    FindingsDelta,
    Severity,
    finding_period,
    sort_key,
    sorted_findings,
)
from cosmoplan.analysis.impact import Impact
from cosmoplan.analysis.incremental import ChangeSet, IncrementalChecker
from cosmoplan.analysis.rules import RULES, builtin_rules

__all__ = [
    "RULES",
    "Bound",
    "CandidateChecker",
    "ChangeSet",
    "CheckContext",
    "Finding",
    "FindingKey",
    "FindingsDelta",
    "Impact",
    "IncrementalChecker",
    "Rule",
    "RuleBase",
    "RuleCatalogue",
    "Severity",
    "builtin_rules",
    "check_plan",
    "finding_period",
    "sort_key",
    "sorted_findings",
]
