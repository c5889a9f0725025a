"""The Tables dock: one sortable, filterable table per kind, synchronised with the selection.

Each tab has its own filter: the filter box shows the text of the tab shown, and a filtered
tab says so in its title ("Pads (3 of 17)", in the highlight colour, the filter as its tip)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.tables.columns import COLUMNS, TABLE_KINDS, Column
from cosmoplan.gui.tables.export import export_rows
from cosmoplan.gui.tables.model import ObjectTableModel
from cosmoplan.services.viewstate import AsOfDate, Selection

#: Below this many rows, columns are fitted to their contents.
FIT_COLUMNS_UP_TO = 2000
#: Up to this many rows in all, the filter follows every keystroke; above it, it waits for a
#: pause in the typing (or Enter): filtering 100,000 rows takes about half a second.
INSTANT_FILTER_ROWS = 20_000
FILTER_PAUSE_MS = 300
#: Tab titles shorter than the kind's name, so that the tabs fit a narrow dock.
SHORT_TITLES = {Kind.COMPLEX: QT_TRANSLATE_NOOP("TablesPanel", "Complexes")}


def tab_title(kind: Kind) -> str:
    """The title of the tab of ``kind`` ("Complexes" rather than "Launch complexes")."""
    short = SHORT_TITLES.get(kind)
    return label(kind) if short is None else QCoreApplication.translate("TablesPanel", short)


class ObjectFilterProxy(QSortFilterProxyModel):
    """Filters rows by the model's cached row text; sorting is the model's own job."""

    def __init__(self, model: ObjectTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.model_ = model
        self.needle = ""

    def set_needle(self, text: str) -> None:
        """Show only rows containing ``text`` (any case) in some column."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.needle = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        return not self.needle or self.needle in self.model_.row_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.model_.sort(column, order)


class KindTable:
    """The model, proxy and view of one kind (with its :data:`COLUMNS`, or ``columns``)."""

    def __init__(
        self,
        document: Document,
        kind: Kind,
        parent: QWidget,
        columns: tuple[Column, ...] | None = None,
    ) -> None:
        self.kind = kind
        self.model = ObjectTableModel(document, kind, columns or COLUMNS[kind])
        self.proxy = ObjectFilterProxy(self.model, parent)
        view = QTableView(parent)
        view.setObjectName(f"table_{kind.value}")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(FIT_COLUMNS_UP_TO)  # every row, shown or not yet
        self.view = view
        self.fit_columns()

    def fit_columns(self) -> None:
        """Fit columns to their contents on small tables (cheap enough there)."""
        if self.model.rowCount() <= FIT_COLUMNS_UP_TO:
            self.view.resizeColumnsToContents()
            header = self.view.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 260))

    def shown_ids(self) -> list[int]:
        """The ids of the rows the filter lets through, in the table's order."""
        proxy, model = self.proxy, self.model
        return [
            model.object_id(proxy.mapToSource(proxy.index(row, 0)).row())
            for row in range(proxy.rowCount())
        ]

    def selected_refs(self) -> set[Ref]:
        """The refs of the selected rows."""
        rows = self.view.selectionModel().selectedRows()
        return {self.model.ref(self.proxy.mapToSource(index).row()) for index in rows}

    def select(self, refs: frozenset[Ref]) -> None:
        """Select exactly the rows of ``refs`` that are of this kind."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        last_column = self.model.columnCount() - 1
        for ref in refs:
            row = self.model.row_of(ref.id) if ref.kind is self.kind else None
            if row is None:
                continue
            start = self.proxy.mapFromSource(self.model.index(row, 0))
            if not start.isValid():
                continue
            end = self.proxy.mapFromSource(self.model.index(row, last_column))
            selection.select(start, end)
            if first is None or start.row() < first.row():
                first = start
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)
        if first is not None:
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.view.scrollTo(first)


class TablesPanel(QWidget):
    """Tabs of tables (pads, complexes, facilities, zones) with a filter field for the tab
    shown (each tab keeps its own filter).

    Another set of tables (``kinds`` with their ``columns``) can reuse it; ``name`` then
    tells the widgets apart (``<name>_panel``, ``edit_<name>_filter``, ``tabs_<name>``).
    """

    edit_requested = Signal(object)  # Ref
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        document: Document,
        selection: Selection,
        as_of: AsOfDate,
        parent: QWidget | None = None,
        kinds: tuple[Kind, ...] = TABLE_KINDS,
        columns: Mapping[Kind, tuple[Column, ...]] | None = None,
        name: str = "tables",
    ):
        super().__init__(parent)
        self.setObjectName(f"{name}_panel")
        self.document = document
        self.selection = selection
        self.kinds = kinds
        self._syncing = False
        self.filter = QLineEdit(self)
        self.filter.setObjectName(f"edit_{name}_filter")
        self.filter.setPlaceholderText(tr("Filter rows…"))
        self.filter.setClearButtonEnabled(True)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName(f"button_{name}_export")
        self.export_button.setText(tr("Export…"))
        self.export_button.setToolTip(tr("Export the rows shown to a CSV or XLSX file"))
        self.export_button.clicked.connect(self.export_current)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"tabs_{name}")
        self.tabs.setDocumentMode(True)
        self.tables: dict[Kind, KindTable] = {}
        for kind in kinds:
            table = KindTable(document, kind, self, (columns or {}).get(kind))
            self.tables[kind] = table
            self.tabs.addTab(table.view, "")
            table.view.selectionModel().selectionChanged.connect(
                lambda *_args, k=kind: self._view_selection_changed(k)
            )
            table.view.activated.connect(
                lambda index, t=table: self.edit_requested.emit(
                    t.model.ref(t.proxy.mapToSource(index).row())
                )
            )
            for signal in (
                table.model.rowsInserted,
                table.model.rowsRemoved,
                table.proxy.rowsInserted,
                table.proxy.rowsRemoved,
                table.proxy.modelReset,
            ):
                signal.connect(self._update_titles)
        self.filters: dict[Kind, str] = dict.fromkeys(kinds, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_PAUSE_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self.apply_filter)
        follow(selection, self, self._selection_changed)
        follow(as_of, self, self.set_date)
        self.set_date(as_of.date)
        self._update_titles()

    def table(self, kind: Kind) -> KindTable:
        """The table of ``kind``."""
        return self.tables[kind]

    def current(self) -> KindTable:
        """The table of the tab shown."""
        return self.tables[self.kinds[self.tabs.currentIndex()]]

    def export_current(self) -> Path | None:
        """Export the rows of the tab shown (as filtered and ordered) to a file the planner
        chooses."""
        if self._filter_timer.isActive():  # a filter still waiting for a pause in the typing
            self.apply_filter()
        table = self.current()
        plan = self.document.plan
        rows = [plan.get(table.kind, object_id) for object_id in table.shown_ids()]
        path = export_rows(
            self, self.document, label(table.kind), rows, table.model.columns, table.model.day
        )
        if path is not None:
            self.message.emit(tr("Exported the table to {path}.").format(path=path))
        return path

    def set_date(self, day: date) -> None:
        """Show date-dependent columns (pad status, in service) as of ``day``."""
        for table in self.tables.values():
            table.model.set_date(day)

    def _update_titles(self, *_args: object) -> None:
        bar = self.tabs.tabBar()
        normal = bar.palette().color(bar.foregroundRole())
        marked = bar.palette().color(bar.palette().ColorRole.Highlight)
        for index, (kind, table) in enumerate(self.tables.items()):
            total, needle = table.model.rowCount(), self.filters[kind].strip()
            if needle:
                text = tr("{kind} ({shown} of {total})").format(
                    kind=tab_title(kind), shown=table.proxy.rowCount(), total=total
                )
                tip = tr("Filtered by “{text}”").format(text=needle)
            else:
                text, tip = f"{tab_title(kind)} ({total})", ""
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, tip)
            bar.setTabTextColor(index, marked if needle else normal)

    def _tab_changed(self, index: int) -> None:
        """The filter box shows the filter of the tab now shown."""
        if self._filter_timer.isActive():
            self.apply_filter()
        if 0 <= index < len(self.kinds):
            self.filter.blockSignals(True)
            self.filter.setText(self.filters[self.kinds[index]])
            self.filter.blockSignals(False)

    def _filter_changed(self, _text: str) -> None:
        if self.current().model.rowCount() <= INSTANT_FILTER_ROWS:
            self.apply_filter()
        else:
            self._filter_timer.start()

    def apply_filter(self) -> None:
        """Show only the rows of the tab shown that contain the filter's text (now, not after
        the pause); the other tabs keep their own filters."""
        self._filter_timer.stop()
        self.set_filter(self.current().kind, self.filter.text())

    def set_filter(self, kind: Kind, text: str) -> None:
        """Filter the table of ``kind`` by ``text`` (the box shows it if that tab is shown)."""
        self.filters[kind] = text
        table = self.tables[kind]
        self._syncing = True
        try:
            table.proxy.set_needle(text)
            table.select(self.selection.refs)
        finally:
            self._syncing = False
        if self.current().kind is kind and self.filter.text() != text:
            self.filter.blockSignals(True)
            self.filter.setText(text)
            self.filter.blockSignals(False)
        self._update_titles()

    def _view_selection_changed(self, kind: Kind) -> None:
        if self._syncing:
            return
        self.selection.set(self.tables[kind].selected_refs())

    def _selection_changed(self, refs: frozenset[Ref]) -> None:
        self._syncing = True
        try:
            for table in self.tables.values():
                table.select(refs)
        finally:
            self._syncing = False
        current = self.kinds[self.tabs.currentIndex()]
        kinds = [kind for kind in self.kinds if any(ref.kind is kind for ref in refs)]
        if kinds and current not in kinds:
            self.tabs.setCurrentIndex(self.kinds.index(kinds[0]))
        for kind in kinds:  # what the planner picked is never hidden by a tab's filter
            table = self.tables[kind]
            if self.filters[kind] and not table.selected_refs():
                self.set_filter(kind, "")
                self.message.emit(
                    tr("Cleared the filter of {kind}: it hid the selection.").format(
                        kind=label(kind)
                    )
                )
