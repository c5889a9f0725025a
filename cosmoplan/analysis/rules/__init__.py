"""The built-in rules and the default catalogue, :data:`RULES`."""

from cosmoplan.analysis.catalogue import Rule, RuleCatalogue
from cosmoplan.analysis.rules.boundary import SiteBoundaryRule
from cosmoplan.analysis.rules.corridors import corridor_rules
from cosmoplan.analysis.rules.fit import fit_rules
from cosmoplan.analysis.rules.safety import safety_rules
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
    """Fresh instances of every built-in rule, in catalogue order: allocations, then safety
    (quantity-distance, the launch site boundary, then flight corridors)."""
    return [*allocation_rules(), *safety_rules(), SiteBoundaryRule(), *corridor_rules()]


def allocation_rules() -> list[Rule]:
    """The rules about allocations, pads and tenants (issue 4), without the safety geometry."""
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

__all__ = ["RULES", "allocation_rules", "builtin_rules"]
