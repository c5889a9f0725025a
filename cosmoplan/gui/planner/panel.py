"""The Requests dock's panel: the requests table (sortable, filtered as you type) under its
toolbar."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cosmoplan.domain import Kind
from cosmoplan.gui.document import Document
from cosmoplan.gui.planner.columns import REQUEST_COLUMNS
from cosmoplan.gui.tenancy.panel import TablesDockPanel
from cosmoplan.services.viewstate import AsOfDate, Selection


def requests_panel(
    document: Document, selection: Selection, as_of: AsOfDate, parent: QWidget | None = None
) -> TablesDockPanel:
    """The requests table with its toolbar."""
    return TablesDockPanel(
        document,
        selection,
        as_of,
        (Kind.REQUEST,),
        {Kind.REQUEST: REQUEST_COLUMNS},
        "requests",
        parent,
    )
