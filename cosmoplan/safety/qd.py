"""Division 1.1 quantity-distance: 14 CFR 420 Appendix E Tables E-1, E-2 and E-3 as written.

Every function takes the NEW in pounds and returns a :class:`Distance` in feet (the tables'
unit) with its exact metric value and a basis naming the table and band used. The inverses
give the largest NEW allowed at a distance, from the tables' own footnote formulas.

The 30,000 lb step of Table E-2 (safety-rules.md §2.2): up to 30,000 lb the public-area
distance is the fixed 1,250 ft fragment floor; just above, 40·NEW^(1/3) gives 1,242.9 ft, so the
table as written steps *down* by 7.1 ft. ``conservative=False`` (the default) follows the table
as written; ``conservative=True`` uses max(1,250 ft, 40·NEW^(1/3)) in the 30,000-100,000 lb band
(and 60 % of that for public traffic routes), as §2.2 allows when documented.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cosmoplan.domain.validation import require_non_negative
from cosmoplan.safety.units import ft_to_m

#: Table E-1 footnote 1: "d can never be less than 236 ft".
MIN_PUBLIC_AREA_FT = 236.0
#: Table E-2: the fixed public-area distance for 450 < NEW ≤ 30,000 lb.
FRAGMENT_FLOOR_FT = 1_250.0
#: E-1 footnote 2 and E-2: the public traffic route distance is 60 % of the public-area one.
PTR_SHARE = 0.60
#: Table E-3 rows equal 18·NEW^(1/3) (DoD unbarricaded intraline K18, §2.3 [D]).
K_INTRALINE = 18.0

_E1 = "14 CFR 420 App. E Table E-1 (safety rules §2.1)"
_E2 = "14 CFR 420 App. E Table E-2 (safety rules §2.2)"
_E3 = "14 CFR 420 App. E Table E-3 (safety rules §2.3)"


@dataclass(frozen=True, slots=True)
class Distance:
    """A required separation distance in feet, with the table row it comes from."""

    ft: float
    basis: str

    @property
    def m(self) -> float:
        """The distance in metres (exact conversion)."""
        return ft_to_m(self.ft)


def public_area_distance(new_lb: float, *, conservative: bool = False) -> Distance:
    """Distance to a public area, including the launch site boundary (Tables E-1 and E-2)."""
    require_non_negative(new_lb, "net explosive weight")
    w = new_lb
    if w <= 0.5:
        return Distance(236.0, f"{_E1}, NEW ≤ 0.5 lb: d = 236 ft")
    if w < 100:
        return Distance(291.3 + 79.2 * math.log(w), f"{_E1}, 0.5 < NEW < 100 lb: 291.3 + 79.2·ln")
    if w <= 450:
        return Distance(-1133.9 + 389 * math.log(w), f"{_E1}, 100 ≤ NEW ≤ 450 lb: −1133.9 + 389·ln")
    if w <= 30_000:
        return Distance(FRAGMENT_FLOOR_FT, f"{_E2}, 450 < NEW ≤ 30,000 lb: d = 1,250 ft")
    if w <= 100_000:
        d = 40 * w ** (1 / 3)
        if conservative and d < FRAGMENT_FLOOR_FT:
            return Distance(
                FRAGMENT_FLOOR_FT,
                f"{_E2}, 30,000 < NEW ≤ 100,000 lb: max(1,250 ft, 40·NEW^(1/3)) "
                "(conservative reading of the 30,000 lb step)",
            )
        return Distance(d, f"{_E2}, 30,000 < NEW ≤ 100,000 lb: 40·NEW^(1/3)")
    if w <= 250_000:
        return Distance(2.42 * w**0.577, f"{_E2}, 100,000 < NEW ≤ 250,000 lb: 2.42·NEW^0.577")
    return Distance(50 * w ** (1 / 3), f"{_E2}, 250,000 lb < NEW: 50·NEW^(1/3)")


def public_traffic_route_distance(new_lb: float, *, conservative: bool = False) -> Distance:
    """Distance to a public traffic route: 60 % of the public-area distance (E-1 fn. 2, E-2).

    Up to 450 lb (Table E-1) it is 60 % of the public-area distance rounded to the foot, which
    reproduces every printed row; 60 % of the unrounded value misses the 15 lb and 30 lb rows
    by 0.53 and 0.60 ft. Measured from the nearest side of the route (§420.70(c)(1)).
    """
    public = public_area_distance(new_lb, conservative=conservative)
    if new_lb <= 450:
        # The printed E-1 route column is 60 % of the printed, whole-foot public-area column:
        # 15 lb -> 0.6 × 506 = 303.6 -> 304 ft as printed, where 0.6 × 505.78 would print 303.
        return Distance(
            PTR_SHARE * round(public.ft),
            f"60% of the public-area distance in whole feet (E-1 footnote 2); {public.basis}",
        )
    return Distance(PTR_SHARE * public.ft, f"60% of the public-area distance; {public.basis}")


def intraline_distance(new_lb: float) -> Distance:
    """Intraline distance to another explosive hazard facility (Table E-3): 18·NEW^(1/3).

    The printed rows run from 50 to 3,000 lb; below and above them the formula is an inference
    (the table's footnotes are [NF], §2.3) and the basis says so.
    """
    require_non_negative(new_lb, "net explosive weight")
    basis = f"{_E3}: 18·NEW^(1/3)"
    if new_lb < 50:
        basis += " (below the first printed row, 50 lb; footnotes [NF] may set a minimum)"
    elif new_lb > 3_000:
        basis += " (inferred beyond the last printed row, 3,000 lb; footnotes [NF])"
    return Distance(K_INTRALINE * new_lb ** (1 / 3), basis)


def max_new_for_public_area(distance_ft: float, *, conservative: bool = False) -> float | None:
    """Largest NEW (lb) allowed at ``distance_ft`` from a public area; None below 236 ft.

    As written: Table E-1 footnote 1 (236 ≤ d < 658 ft: exp(d/79.2 − 3.678); 658 ≤ d ≤ 1,243 ft:
    exp(d/389 + 2.914)) and Table E-2 footnote 1 (1,243 < d ≤ 1,857 ft: d³/64,000;
    1,857 < d ≤ 3,150 ft: 0.2162·d^1.7331; 3,150 ft < d: d³/125,000). The two footnotes overlap
    between 1,243 and 1,250 ft; the larger (E-2) answer is kept, as the 30,000 lb step allows.
    With ``conservative``, below 1,250 ft nothing over 450 lb is allowed, matching
    :func:`public_area_distance` in that mode.

    The footnote formulas are kept verbatim, with one known quirk of the printed table: the
    forward distance jumps from 656.0 to 657.5 ft at 100 lb (E-1 "100 lb ≤ NEW" branch, §2.1),
    while the lower inverse runs to 658 ft, so between 656.0 and 658 ft it allows up to 102 lb,
    whose forward distance is up to 667 ft.
    """
    require_non_negative(distance_ft, "distance")
    d = distance_ft
    if d < MIN_PUBLIC_AREA_FT:
        return None
    if conservative and d < FRAGMENT_FLOOR_FT:
        return min(450.0, _e1_inverse(d))
    if d <= 1_243:
        return _e1_inverse(d)
    if d <= 1_857:
        return d**3 / 64_000
    if d <= 3_150:
        return 0.2162 * d**1.7331
    return d**3 / 125_000


def _e1_inverse(d: float) -> float:
    if d < 658:
        return math.exp(d / 79.2 - 3.678)
    return math.exp(d / 389 + 2.914)


def max_new_for_public_traffic_route(
    distance_ft: float, *, conservative: bool = False
) -> float | None:
    """Largest NEW (lb) allowed at ``distance_ft`` from a public traffic route (None if none).

    The route distance is 60 % of the public-area one, so this is the public-area inverse of
    ``distance_ft / 0.6`` (below 141.6 ft nothing is allowed).
    """
    require_non_negative(distance_ft, "distance")
    return max_new_for_public_area(distance_ft / PTR_SHARE, conservative=conservative)


def max_new_for_intraline(distance_ft: float) -> float:
    """Largest NEW (lb) allowed at an intraline distance: (d/18)³ (inverse of Table E-3)."""
    require_non_negative(distance_ft, "distance")
    return (distance_ft / K_INTRALINE) ** 3
