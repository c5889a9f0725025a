"""What a new or edited allocation would be told, before it is made (for dialogs and the CLI)."""

from __future__ import annotations

from datetime import date

from cosmoplan.analysis.catalogue import RuleCatalogue
from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding, sorted_findings
from cosmoplan.analysis.rules import RULES
from cosmoplan.domain import Allocation, Kind, Plan, Ref


class CandidateChecker:
    """Findings about candidate allocations, without changing the plan.

    Make one per plan state (say when the "Allocate pad" dialog opens) and ask about as many
    candidates as needed, e.g. one per pad for a vehicle and a period. A candidate with the id
    of an existing allocation stands for that allocation edited. Rules are evaluated for the
    candidate (allocation rules) and its pad (pad rules), and for the units a rule names as the
    candidate's neighbours (:meth:`Rule.neighbours`: say another tenant's allocation whose
    hazard area the candidate's pad would fall in), keeping their findings that name the
    candidate; rules of other scopes are skipped. The candidate's tenant, vehicle and pad must
    exist (the plan refuses it otherwise).
    """

    def __init__(
        self, plan: Plan, at: date | None = None, catalogue: RuleCatalogue | None = None
    ) -> None:
        self._plan = plan
        self._rules = list(catalogue if catalogue is not None else RULES)
        self._context = CheckContext(plan, at)

    def new_id(self) -> int:
        """The id a new allocation of the plan would get."""
        return self._plan.next_id(Kind.ALLOCATION)

    def check(self, allocation: Allocation) -> list[Finding]:
        """The findings that would name ``allocation`` if it were in the plan, sorted."""
        ref = Ref(Kind.ALLOCATION, allocation.id)
        found: list[Finding] = []
        context = self._context
        with context.trying(allocation):
            for rule in self._rules:
                if rule.scope is Kind.ALLOCATION:
                    found += [f for _, f in rule.check(context, [allocation.id])]
                    others = rule.neighbours(context, allocation.id)
                    found += [f for _, f in rule.check(context, others) if ref in f.subjects]
                elif rule.scope is Kind.PAD:
                    found += [
                        f for _, f in rule.check(context, [allocation.pad_id]) if ref in f.subjects
                    ]
        return sorted_findings(found)
