"""Exact unit conversions of the safety rules (safety-rules.md §0).

The FAA tables are written in pounds (NEW) and feet; Appendix A in inches and nautical miles.
The rules compute in those units and convert at the end with these exact definitions.
"""

from __future__ import annotations

#: §0: 1 lb = 0.45359237 kg (exact, by definition of the international pound).
KG_PER_LB = 0.45359237
#: §0: 1 ft = 0.3048 m (exact).
M_PER_FT = 0.3048
#: §0: 1 in = 0.0254 m (exact).
M_PER_IN = 0.0254
#: §0: 1 nautical mile = 1852 m (exact) = 72,913.386 in = 6,076.115 ft.
M_PER_NM = 1852.0
#: §0: inches in a nautical mile (1852 / 0.0254 = 72,913.3858...).
IN_PER_NM = M_PER_NM / M_PER_IN


def lb_to_kg(lb: float) -> float:
    """Pounds to kilograms (exact)."""
    return lb * KG_PER_LB


def kg_to_lb(kg: float) -> float:
    """Kilograms to pounds (exact: divides by 0.45359237, not the rounded 2.20462262)."""
    return kg / KG_PER_LB


def ft_to_m(ft: float) -> float:
    """Feet to metres (exact)."""
    return ft * M_PER_FT


def m_to_ft(m: float) -> float:
    """Metres to feet (exact)."""
    return m / M_PER_FT


def nm_to_m(nm: float) -> float:
    """Nautical miles to metres (exact)."""
    return nm * M_PER_NM


def m_to_nm(m: float) -> float:
    """Metres to nautical miles (exact)."""
    return m / M_PER_NM


def in_to_nm(inches: float) -> float:
    """Inches to nautical miles (exact; Appendix A tables are printed in inches)."""
    return inches / IN_PER_NM
