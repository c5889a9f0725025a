"""A dock's worth of tables with a toolbar: the tenants and vehicles (and, reused by
:mod:`cosmoplan.gui.allocations`, the allocations). The tables are those of
:mod:`cosmoplan.gui.tables` (sortable, filtered as you type, synchronised with the selection);
each table asks for a context menu, which the main window builds from its actions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.tables.columns import Column
from cosmoplan.gui.tables.panel import KindTable, TablesPanel
from cosmoplan.gui.tenancy.columns import TENANT_COLUMNS, VEHICLE_COLUMNS
from cosmoplan.services.viewstate import AsOfDate, Selection

TENANCY_COLUMNS: Mapping[Kind, tuple[Column, ...]] = {
    Kind.TENANT: TENANT_COLUMNS,
    Kind.VEHICLE: VEHICLE_COLUMNS,
}


class TablesDockPanel(QWidget):
    """A toolbar over tabs of tables of ``kinds``."""

    edit_requested = Signal(object)  # Ref
    context_menu_requested = Signal(object, object)  # Kind, QPoint (global)

    def __init__(
        self,
        document: Document,
        selection: Selection,
        as_of: AsOfDate,
        kinds: tuple[Kind, ...],
        columns: Mapping[Kind, tuple[Column, ...]],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName(f"toolbar_{name}")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tables = TablesPanel(document, selection, as_of, self, kinds, columns, name)
        self.setObjectName(f"{name}_dock_panel")
        if len(kinds) == 1:
            self.tables.tabs.tabBar().hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tables)
        self.tables.edit_requested.connect(self.edit_requested)
        for kind in kinds:
            view = self.table(kind).view
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, k=kind, v=view: self.context_menu_requested.emit(
                    k, v.viewport().mapToGlobal(pos)
                )
            )

    def table(self, kind: Kind) -> KindTable:
        """The table of ``kind``."""
        return self.tables.table(kind)

    def row_pos(self, ref: Ref) -> QPoint | None:
        """Where the row of ``ref`` is on screen (the middle of its first cell), if shown."""
        table = self.table(ref.kind)
        row = table.model.row_of(ref.id)
        if row is None:
            return None
        index = table.proxy.mapFromSource(table.model.index(row, 0))
        if not index.isValid():
            return None
        table.view.scrollTo(index)
        return table.view.visualRect(index).center()


def tenants_panel(
    document: Document, selection: Selection, as_of: AsOfDate, parent: QWidget | None = None
) -> TablesDockPanel:
    """The Tenants dock's panel: tenants and vehicles."""
    return TablesDockPanel(
        document, selection, as_of, (Kind.TENANT, Kind.VEHICLE), TENANCY_COLUMNS, "tenancy", parent
    )
