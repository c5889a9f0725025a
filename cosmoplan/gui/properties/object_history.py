"""Edit > Object History: who changed the selected object, what and when, as the server's
audit log recorded it (:mod:`cosmoplan.storage.audit`). A plan in a file keeps no history:
the dialog says so in one line."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Ref
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.messages import CosmoplanError
from cosmoplan.storage.audit import AuditEntry, read_history


def _value(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _what(entry: AuditEntry) -> str:
    if entry.operation == "INSERT":
        return tr("added")
    if entry.operation == "DELETE":
        return tr("removed")
    before, after = entry.before or {}, entry.after or {}
    return "; ".join(
        f"{name}: {_value(before.get(name))} → {_value(after.get(name))}" for name in entry.fields
    )


class ObjectHistoryDialog(QDialog):
    """The changes of ``ref`` in the plan at ``location`` (newest first)."""

    def __init__(self, location: str | None, ref: Ref, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("object_history")
        self.setWindowTitle(tr("History of {name}").format(name=title))
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("history_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("What changed")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self._fill(location, ref)

    def _fill(self, location: str | None, ref: Ref) -> None:
        if location is None:
            self.note.setText(tr("History needs a shared plan on a PostgreSQL server."))
            self.table.hide()
            return
        try:
            entries = read_history(location, ref.kind.value, ref.id)
        except CosmoplanError as error:
            self.note.setText(translate_message(error.message))
            self.table.hide()
            return
        self.note.setText(tr("Changes: {count}").format(count=len(entries)))
        for entry in reversed(entries):
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            cells = (when, entry.who, _what(entry))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
