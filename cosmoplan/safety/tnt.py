"""TNT-equivalent net explosive weight (NEW) of a propellant load (safety-rules.md §1.4, §3).

A fuelled vehicle on its pad is one explosive hazard facility: §420.69(b) adds the explosive
equivalent weight of its liquid propellants to the NEW of any Division 1.1 explosives and uses
the sum in Tables E-1 to E-3. The FAA's own equivalence table (§420.67(c)) was not read (§3.1,
[NF]), so the factors here are the **DoD** ones of DESR 6055.09 Table V5.E4.T5, range-launch
column (§3.2, [S]), and every basis text says so. LO2/methane and LO2/propane have no
established value (§3.3): the planner must enter a factor with its source.

Everything is computed in pounds (the DoD forms are written for W in lb; §3.2 warns that the
printed metric form of the hydrogen rule is non-conservative) and converted exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cosmoplan.domain import Propellant
from cosmoplan.domain.validation import require_member, require_non_negative
from cosmoplan.messages import CosmoplanError, ValidationError, register
from cosmoplan.safety.units import kg_to_lb, lb_to_kg

MSG_NO_FACTOR = register(
    "safety.tnt.no_factor",
    "No TNT-equivalent factor is established for {propellant} (safety rules §3.3): enter a "
    "factor and its source.",
)
MSG_UNKNOWN_PROPELLANT = register(
    "safety.tnt.unknown_propellant",
    "Unknown propellant combination {value!r}; expected one of: {choices}.",
)
MSG_BAD_FACTOR = register(
    "safety.tnt.bad_factor",
    "A TNT-equivalent factor must be a number greater than zero (got {value}).",
)
MSG_FACTOR_SOURCE = register(
    "safety.tnt.factor_source",
    "A TNT-equivalent factor entered by the planner needs its source.",
)

#: Combinations with no established TNT equivalence (§3.3): a planner factor is required.
NO_ESTABLISHED_FACTOR = frozenset({Propellant.LOX_METHANE, Propellant.LOX_PROPANE})

#: §3.2 LO2/RP-1: 20 % up to this many pounds, 10 % of the excess.
KEROSENE_BREAK_LB = 500_000.0

_DOD = "DoD DESR 6055.09 Table V5.E4.T5, range launch (DoD-based, safety rules §3.2 [S])"


@dataclass(frozen=True, slots=True)
class PlannerFactor:
    """A TNT-equivalent factor (fraction of the propellant weight) entered by the planner."""

    factor: float
    source: str

    def __post_init__(self) -> None:
        if not isinstance(self.factor, int | float) or not math.isfinite(self.factor):
            raise ValidationError(MSG_BAD_FACTOR, field="tnt_factor", value=self.factor)
        if self.factor <= 0:
            raise ValidationError(MSG_BAD_FACTOR, field="tnt_factor", value=self.factor)
        source = self.source.strip() if isinstance(self.source, str) else ""
        if not source:
            raise ValidationError(MSG_FACTOR_SOURCE, field="factor_source")
        object.__setattr__(self, "source", source)


@dataclass(frozen=True, slots=True)
class NetExplosiveWeight:
    """A NEW in pounds of TNT, with the factors and table rows it came from."""

    lb: float
    basis: str

    @property
    def kg(self) -> float:
        """The NEW in kilograms (exact conversion)."""
        return lb_to_kg(self.lb)


def parse_propellant(value: str | Propellant) -> Propellant:
    """The propellant combination with this id; CosmoplanError naming the choices if none."""
    return require_member(Propellant, value, MSG_UNKNOWN_PROPELLANT, "propellant")


def propellant_equivalent_lb(
    propellant: Propellant, weight_lb: float, factor: PlannerFactor | None = None
) -> tuple[float, str]:
    """TNT-equivalent pounds of ``weight_lb`` of propellant, and the basis text.

    A planner ``factor`` replaces the DoD value (and is required for the combinations of
    :data:`NO_ESTABLISHED_FACTOR`).
    """
    w = weight_lb
    if factor is not None:
        return factor.factor * w, (
            f"{propellant.value}: planner-entered factor {factor.factor:g} × {w:,.0f} lb "
            f"(source: {factor.source})"
        )
    if propellant in NO_ESTABLISHED_FACTOR:
        raise CosmoplanError(MSG_NO_FACTOR, propellant=propellant.value)
    if propellant is Propellant.LOX_HYDROGEN:
        power, share = 8.0 * w ** (2.0 / 3.0), 0.14 * w
        rule = "8·W^(2/3)" if power >= share else "14% of W"
        return max(power, share), (
            f"LO2/LH2 {w:,.0f} lb: larger of 8·W^(2/3) or 14% of W, {rule} governs; {_DOD}"
        )
    if propellant is Propellant.LOX_KEROSENE:
        first = min(w, KEROSENE_BREAK_LB)
        return 0.20 * first + 0.10 * (w - first), (
            f"LO2/RP-1 {w:,.0f} lb: 20% up to 500,000 lb plus 10% of the excess; {_DOD}"
        )
    if propellant is Propellant.N2O4_UDMH:
        return 0.10 * w, f"N2O4/UDMH {w:,.0f} lb: 10% (N2O4/UDMH + N2H4 row); {_DOD}"
    if propellant is Propellant.PARAFFIN_LOX:
        return 0.15 * w, (
            f"paraffin/LOX hybrid {w:,.0f} lb: 15%, the N2O4/PBAN liquid/solid hybrid row, "
            f"which covers hybrids (safety rules §3.4 [S]); {_DOD}"
        )
    return w, (
        f"solid propellant {w:,.0f} lb taken as Division 1.1 at 100% (safety rules §3.4; the "
        "Division 1.3 table is [NF], §420.65(a)(2) allows treating all as 1.1)"
    )


def net_explosive_weight(
    propellant: Propellant | str,
    propellant_kg: float,
    division_1_1_kg: float = 0.0,
    factor: PlannerFactor | None = None,
) -> NetExplosiveWeight:
    """NEW of a vehicle's propellant load plus its Division 1.1 items (§1.4, §420.69(b)(1)-(2)).

    ``propellant_kg`` is the mass of the propellant combination (fuel and oxidiser);
    ``division_1_1_kg`` the net explosive weight of any Division 1.1 motors or ordnance, added
    at 100 %. Negative masses and unknown combinations are refused.
    """
    combination = parse_propellant(propellant)
    require_non_negative(propellant_kg, "propellant mass")
    require_non_negative(division_1_1_kg, "Division 1.1 mass")
    liquid_lb, basis = propellant_equivalent_lb(combination, kg_to_lb(propellant_kg), factor)
    if division_1_1_kg:
        extra_lb = kg_to_lb(division_1_1_kg)
        basis += (
            f"; plus {extra_lb:,.0f} lb of Division 1.1 explosives at 100% "
            "(§420.69(b)(2), safety rules §1.4)"
        )
        liquid_lb += extra_lb
    return NetExplosiveWeight(liquid_lb, basis)
