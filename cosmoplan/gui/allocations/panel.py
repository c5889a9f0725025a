"""The Allocations dock's panel: the allocations table under a toolbar of status commands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cosmoplan.domain import Kind
from cosmoplan.gui.allocations.columns import ALLOCATION_COLUMNS
from cosmoplan.gui.document import Document
from cosmoplan.gui.tenancy.panel import TablesDockPanel
from cosmoplan.services.viewstate import AsOfDate, Selection


def allocations_panel(
    document: Document, selection: Selection, as_of: AsOfDate, parent: QWidget | None = None
) -> TablesDockPanel:
    """The allocations table (sortable, filtered as you type) with its toolbar."""
    return TablesDockPanel(
        document,
        selection,
        as_of,
        (Kind.ALLOCATION,),
        {Kind.ALLOCATION: ALLOCATION_COLUMNS},
        "allocations",
        parent,
    )
