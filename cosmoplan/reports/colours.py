"""Colours of reports: the house colours, and (from :mod:`cosmoplan.mapping.tenants`, shared with
the screen) one per tenant, the grey of anonymous occupation and the red of conflicts."""

from __future__ import annotations

from cosmoplan.mapping.tenants import (
    CONFLICT,
    OCCUPIED,
    TENANT_PALETTE,
    is_dark,
    tenant_colours,
    tint,
)

#: Headings, table headers and rules.
ACCENT = "#1f3a5f"
RULE = "#b9c2cf"
ZEBRA = "#f2f5f9"
MUTED = "#5f6b7a"
INK = "#1b1f24"

__all__ = [
    "ACCENT",
    "CONFLICT",
    "INK",
    "MUTED",
    "OCCUPIED",
    "RULE",
    "TENANT_PALETTE",
    "ZEBRA",
    "is_dark",
    "tenant_colours",
    "tint",
]
