"""The Undo History dock: every step of the project's history; clicking one goes back to it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from cosmoplan.gui.document import Document, translate_message

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractListModel):
    """Row 0 is the plan as opened; row n is the plan after the n-th step."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._texts: list[str] = []
        self._index = 0
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (it is short: a reset costs nothing)."""
        history = self.document.project.history
        self.beginResetModel()
        self._texts = [translate_message(entry.text) for entry in history.entries]
        self._index = history.index
        self.endResetModel()

    @property
    def current_row(self) -> int:
        """The row of the plan as it is now."""
        return self._index

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            if row == 0:
                return QCoreApplication.translate("history", "<plan as opened>")
            return self._texts[row - 1]
        if role == Qt.ItemDataRole.ForegroundRole and row > self._index:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class HistoryPanel(QListView):
    """Every step done on the plan, undone ones greyed; clicking a row undoes or redoes up to
    it, as one change."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.document = document
        self.history_model = HistoryModel(document, self)
        self.setModel(self.history_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._go_to)
        document.history_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.history_model.refresh()
        current = self.history_model.index(self.history_model.current_row)
        self.selectionModel().setCurrentIndex(
            current, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(current)

    def _go_to(self, index: QModelIndex) -> None:
        if index.row() != self.history_model.current_row:
            self.document.go_to(index.row())
