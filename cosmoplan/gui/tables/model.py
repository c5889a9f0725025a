"""A Qt table model of one kind of object: it holds ids and asks the plan for each cell.

It follows the document's :class:`Changes` row by row (insert, remove, data changed), never
with a global reset, so a selection and a scroll position survive an edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.tables.columns import Column, natural_key
from cosmoplan.services.changes import Changes

#: Role of the value the proxy sorts by (a string whose order is the natural one).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of the row's object id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

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


def display(value: object, numeric: bool) -> str:
    """How a cell value is shown."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if numeric and isinstance(value, int | float):
        return f"{value:,.1f}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def sort_key(value: object, numeric: bool) -> str:
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
        self._load()
        document.changes_applied.connect(self.apply_changes)
        document.reloaded.connect(self.reload)

    # -- structure -----------------------------------------------------------------------
    def _load(self) -> None:
        self._ids = sorted(self.document.plan.objects(self.kind))
        self._rows = {object_id: row for row, object_id in enumerate(self._ids)}

    def reload(self) -> None:
        """The whole plan was replaced: start again (the one reset this model does)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> None:
        """Insert, remove and refresh exactly the rows ``changes`` touches."""
        added, changed, removed = changes.ids(self.kind)
        plan_objects = self.document.plan.objects(self.kind)
        added = {i for i in added if i in plan_objects and i not in self._rows}
        removed = {i for i in removed if i in self._rows and i not in plan_objects}
        for first, last in reversed(runs(self._rows[i] for i in removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        if removed:
            self._rows = {object_id: row for row, object_id in enumerate(self._ids)}
        if added:
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

    def set_date(self, day: date) -> None:
        """Show date-dependent columns as of ``day``."""
        if day == self.day:
            return
        self.day = day
        for column, spec in enumerate(self.columns):
            if spec.uses_date:
                self._column_changed(column)

    def _column_changed(self, column: int) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        entity = self.document.plan.find(self.kind, object_id)
        if entity is None:
            return None
        value = column.value(entity, self.document.plan, self.day)
        if role == SORT_ROLE:
            return sort_key(value, column.numeric)
        return display(value, column.numeric)
