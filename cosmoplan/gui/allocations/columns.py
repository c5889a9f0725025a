"""The columns of the allocations table (declared in the core), and how a pad is used."""

from __future__ import annotations

from cosmoplan.gui.i18n import tr
from cosmoplan.services.tables.tenancy import ALLOCATION_COLUMNS


def use_label(exclusive: bool) -> str:
    """How an allocation uses its pad: "Exclusive" or "Shared" (translated)."""
    return tr("Exclusive") if exclusive else tr("Shared")


__all__ = ["ALLOCATION_COLUMNS", "use_label"]
