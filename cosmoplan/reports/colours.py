"""Colours of reports: one per tenant, the grey of anonymous occupation, the house colours."""

from __future__ import annotations

from collections.abc import Iterable

#: Distinct, print-friendly colours for tenants (no red: it marks conflicts; no grey: it marks
#: other tenants in a tenant report). They repeat when there are more tenants than colours.
TENANT_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#499894",
    "#d37295",
    "#86bcb6",
    "#b6992d",
    "#a0cbe8",
    "#8cd17d",
    "#d4a6c8",
    "#f1ce63",
)
#: Pads and bars of other tenants in a tenant report: occupied, no name.
OCCUPIED = "#9e9e9e"
#: Conflicts (overlapping allocations).
CONFLICT = "#c62828"
#: Headings, table headers and rules.
ACCENT = "#1f3a5f"
RULE = "#b9c2cf"
ZEBRA = "#f2f5f9"
MUTED = "#5f6b7a"
INK = "#1b1f24"


def tenant_colours(tenant_ids: Iterable[int]) -> dict[int, str]:
    """A colour for each tenant id, assigned in id order (stable across reports of one plan)."""
    return {
        tenant_id: TENANT_PALETTE[index % len(TENANT_PALETTE)]
        for index, tenant_id in enumerate(sorted(tenant_ids))
    }


def tint(colour: str, share: float) -> str:
    """``colour`` mixed with white: ``share`` 1 keeps it, 0 gives white."""
    digits = colour.lstrip("#")
    channels = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    mixed = (round(255 - (255 - c) * share) for c in channels)
    return "#" + "".join(f"{c:02x}" for c in mixed)


def is_dark(colour: str) -> bool:
    """Whether white text reads better than black on ``colour`` (relative luminance)."""
    digits = colour.lstrip("#")
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5
