"""The built-in rules and the default catalogue, :data:`RULES`."""

from cosmoplan.analysis.catalogue import Rule, RuleCatalogue
from cosmoplan.analysis.rules.fit import fit_rules
from cosmoplan.analysis.rules.site import FacilityNotReadyRule, PadUnavailableRule
from cosmoplan.analysis.rules.tenancy import (
    FirstContactRule,
    NotApprovedRule,
    PeriodRule,
    StaleRule,
)
from cosmoplan.analysis.rules.territory import TerritoryRule
from cosmoplan.analysis.rules.timeline import CadenceRule, OverlapRule


def builtin_rules() -> list[Rule]:
    """Fresh instances of every built-in rule, in catalogue order."""
    return [
        OverlapRule(),
        CadenceRule(),
        *fit_rules(),
        PadUnavailableRule(),
        FacilityNotReadyRule(),
        TerritoryRule(),
        NotApprovedRule(),
        FirstContactRule(),
        StaleRule(),
        PeriodRule(),
    ]


#: The catalogue every check uses unless told otherwise; register more rules into it.
RULES = RuleCatalogue(builtin_rules())

__all__ = ["RULES", "builtin_rules"]
