"""Help > Keyboard Shortcuts and About (F1): the shortcut table comes from the action table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan import __version__
from cosmoplan.gui.actions import ActionSet
from cosmoplan.gui.i18n import tr


class HelpDialog(QDialog):
    """What cosmoplan is, and every action with its shortcuts."""

    def __init__(self, actions: ActionSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(tr("cosmoplan — keyboard shortcuts and about"))
        about = QLabel(
            tr(
                "<h3>cosmoplan {version}</h3>"
                "<p>Site model, tenant allocation and safety planning for the Baikonur "
                "Cosmodrome.</p>"
                "<p>On the map: drag to pan, wheel to zoom, click to select (Ctrl+click adds), "
                "double-click to edit. Positions are shown in latitude/longitude and UTM 41N.</p>"
            ).format(version=__version__)
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        rows = [
            (action.text().replace("&", ""), shortcuts)
            for action in actions.actions.values()
            if (
                shortcuts := ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
            )
        ]
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("table_shortcuts")
        table.setHorizontalHeaderLabels([tr("Action"), tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(520, 600)
