"""The Undo History dock: Qt's QUndoView over the document's undo stack (click to go back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QUndoView, QWidget


class HistoryPanel(QUndoView):
    """Every command done on the plan; clicking an entry undoes or redoes up to it."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(stack, parent)
        self.setObjectName("history_panel")
        self.setEmptyLabel(QCoreApplication.translate("history", "<plan as opened>"))
