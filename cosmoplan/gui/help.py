"""Help > Keyboard Shortcuts: how the map is used, and the shortcut table built from the
action table."""

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

from cosmoplan.gui.actions import ActionSet
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr

#: Keys the map itself understands (its tools handle them; they are not window actions).
MAP_KEYS = (
    (QT_TRANSLATE_NOOP("", "Map: pan"), QT_TRANSLATE_NOOP("", "Arrow keys, middle-button drag")),
    (QT_TRANSLATE_NOOP("", "Map: zoom"), QT_TRANSLATE_NOOP("", "Wheel, +, -, Home (all)")),
    (
        QT_TRANSLATE_NOOP("", "Map: finish a line, polygon or measurement"),
        QT_TRANSLATE_NOOP("", "Double-click, Return"),
    ),
    (QT_TRANSLATE_NOOP("", "Map: remove the last point"), QT_TRANSLATE_NOOP("", "Backspace")),
    (
        QT_TRANSLATE_NOOP("", "Map: cancel a drawing, or select nothing"),
        QT_TRANSLATE_NOOP("", "Esc"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Map: delete the vertex under the cursor (Edit Vertices)"),
        QT_TRANSLATE_NOOP("", "Del"),
    ),
)


def typed_shortcuts(sequences: list[QKeySequence]) -> str:
    """The shortcuts a keyboard can type (not the dedicated "Save" or "Undo" media keys)."""
    typed = [s for s in sequences if s.count() and _first_key(s) < Qt.Key.Key_Help.value]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in typed)


def _first_key(sequence: QKeySequence) -> int:
    return sequence[0].key().value  # type: ignore[index]  # (the stubs lack __getitem__)


class HelpDialog(QDialog):
    """How the map is used, and every action with its shortcuts."""

    def __init__(self, actions: ActionSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(tr("cosmoplan — keyboard shortcuts"))
        about = QLabel(
            tr(
                "<p>On the map: click to select (Ctrl+click adds, drag a box for many), "
                "double-click to edit, wheel to zoom, middle-button drag or the Pan tool to pan. "
                "Positions are shown in latitude/longitude and UTM 41N.</p>"
            )
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        rows = [
            (action.text().replace("&", ""), shortcuts)
            for action in actions.actions.values()
            if (shortcuts := typed_shortcuts(action.shortcuts()))
        ] + [(tr(name), tr(keys)) for name, keys in MAP_KEYS]
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("table_shortcuts")
        table.setHorizontalHeaderLabels([tr("Action"), tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        # wide enough for the longest action and shortcut in any language, within the screen
        metrics = table.fontMetrics()
        needed = sum(
            max(metrics.horizontalAdvance(row[column]) for row in rows) + 24 for column in (0, 1)
        )
        room = self.screen().availableGeometry().width() - 40
        self.resize(min(max(520, needed + 60), room), 600)
