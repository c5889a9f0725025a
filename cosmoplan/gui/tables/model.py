"""A Qt table model of one kind of object: it holds ids and asks the plan for each cell.

It follows the document's :class:`Changes` row by row (insert, remove, data changed), never
with a global reset, so a selection and a scroll position survive an edit. It sorts itself
(one key per row, sorted in Python) and keeps each row's text for the filter, because a
QSortFilterProxyModel asking Python for every comparison is far too slow on 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cosmoplan.domain import Kind, Ref, natural_key
from cosmoplan.gui.document import Document
from cosmoplan.gui.tables.columns import Column
from cosmoplan.gui.tables.words import WORDS
from cosmoplan.services.changes import Changes
from cosmoplan.services.tables import Plain, plain

#: Role of the row's object id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Up to this many rows added at once go to their place in a sorted table; more go to the end.
SORTED_INSERTS = 100

Index = QModelIndex | QPersistentModelIndex


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive numbers."""
    result: list[tuple[int, int]] = []
    for row in sorted(rows):
        if result and result[-1][1] == row - 1:
            result[-1] = (result[-1][0], row)
        else:
            result.append((row, row))
    return result


def display(value: Plain, numeric: bool) -> str:
    """How a plain cell value is shown (a yes as a check mark)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, date):
        return value.isoformat()
    if numeric and isinstance(value, int):
        return f"{value:,}"
    if numeric and isinstance(value, float):
        return f"{value:,.1f}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def sort_key(value: Plain, numeric: bool) -> str:
    """A string that sorts like ``value`` (numbers by magnitude, text naturally)."""
    if value is None:
        return ""
    if numeric and isinstance(value, int | float):
        return f"{value + 1e15:032.6f}"
    if isinstance(value, date):
        return value.isoformat()
    return natural_key(str(value))


class ObjectTableModel(QAbstractTableModel):
    """The objects of one kind, one row each."""

    def __init__(self, document: Document, kind: Kind, columns: tuple[Column, ...]) -> None:
        super().__init__(document)
        self.document = document
        self.kind = kind
        self.columns = columns
        self.day = date.today()
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._texts: dict[int, str] = {}  # lower-case text of a row, for the filter
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._load()
        document.changes_applied.connect(self.apply_changes)

    # -- structure -----------------------------------------------------------------------
    def _load(self) -> None:
        self._ids = sorted(self.document.plan.objects(self.kind))
        self._texts.clear()
        if self._order is not None:
            self._ids.sort(key=self._sort_key(self._order[0]), reverse=self._descending)
        self._rows = {object_id: row for row, object_id in enumerate(self._ids)}

    def apply_changes(self, changes: Changes) -> None:
        """Insert, remove and refresh exactly the rows ``changes`` touches."""
        added, changed, removed = changes.ids(self.kind)
        plan_objects = self.document.plan.objects(self.kind)
        added = {i for i in added if i in plan_objects and i not in self._rows}
        removed = {i for i in removed if i in self._rows and i not in plan_objects}
        for object_id in changed | removed:
            self._texts.pop(object_id, None)
        for first, last in reversed(runs(self._rows[i] for i in removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        if removed:
            self._rows = {object_id: row for row, object_id in enumerate(self._ids)}
        if added and self._order is not None and len(added) <= SORTED_INSERTS:
            self._insert_in_order(sorted(added))
        elif added:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for object_id in sorted(added):
                self._rows[object_id] = len(self._ids)
                self._ids.append(object_id)
            self.endInsertRows()
        last_column = len(self.columns) - 1
        for first, last in runs(self._rows[i] for i in changed if i in self._rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        other_kinds = changes.kinds() - {self.kind}
        for column, spec in enumerate(self.columns):
            if spec.uses_kinds & other_kinds:
                self._column_changed(column)

    def _insert_in_order(self, added: list[int]) -> None:
        """Insert a few new rows where the table's order puts them (a binary search over the
        rows as they stand: edited rows keep their place, so the order is nearly sorted)."""
        assert self._order is not None
        key = self._sort_key(self._order[0])
        for object_id in added:
            wanted, low, high = key(object_id), 0, len(self._ids)
            while low < high:
                middle = (low + high) // 2
                found = key(self._ids[middle])
                if (found > wanted) if self._descending else (found < wanted):
                    low = middle + 1
                else:
                    high = middle
            self.beginInsertRows(QModelIndex(), low, low)
            self._ids.insert(low, object_id)
            self.endInsertRows()
        self._rows = {object_id: row for row, object_id in enumerate(self._ids)}

    def set_date(self, day: date) -> None:
        """Show date-dependent columns as of ``day``."""
        if day == self.day:
            return
        self.day = day
        for column, spec in enumerate(self.columns):
            if spec.uses_date:
                self._column_changed(column)

    def _column_changed(self, column: int) -> None:
        self._texts.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    # -- sorting and filtering -------------------------------------------------------------
    @property
    def _descending(self) -> bool:
        return self._order is not None and self._order[1] == Qt.SortOrder.DescendingOrder

    def _sort_key(self, column: int) -> Callable[[int], tuple[str, int]]:
        plan, spec, day = self.document.plan, self.columns[column], self.day

        def key(object_id: int) -> tuple[str, int]:
            entity = plan.find(self.kind, object_id)
            value = plain(spec.value(entity, plan, day), WORDS) if entity is not None else None
            return sort_key(value, spec.numeric), object_id

        return key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``. A few rows added later go to their place in that
        order (many, as from an import, to the end); rows keep their place while edited
        (sort again to re-order)."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._ids)
        self._order = (column, order)
        self._ids.sort(key=self._sort_key(column), reverse=self._descending)
        self._rows = {object_id: row for row, object_id in enumerate(self._ids)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._rows[before[i.row()]], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def row_text(self, row: int) -> str:
        """Every cell of ``row`` as one lower-case string (cached until the row changes)."""
        object_id = self._ids[row]
        text = self._texts.get(object_id)
        if text is None:
            plan = self.document.plan
            entity = plan.find(self.kind, object_id)
            cells = (self._display(c, entity) for c in self.columns) if entity is not None else ()
            text = self._texts[object_id] = "\x1f".join(cells).casefold()
        return text

    # -- lookup --------------------------------------------------------------------------
    def object_id(self, row: int) -> int:
        """The id of the object in ``row``."""
        return self._ids[row]

    def row_of(self, object_id: int) -> int | None:
        """The row of an object (``None`` if it has none)."""
        return self._rows.get(object_id)

    def ref(self, row: int) -> Ref:
        """The ref of the object in ``row``."""
        return Ref(self.kind, self._ids[row])

    # -- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("tables", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        object_id = self._ids[index.row()]
        if role == ID_ROLE:
            return object_id
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entity = self.document.plan.find(self.kind, object_id)
        if entity is None:
            return None
        return self._display(column, entity)

    def _display(self, column: Column, entity: object) -> str:
        value = column.value(entity, self.document.plan, self.day)
        return display(plain(value, WORDS), column.numeric)
