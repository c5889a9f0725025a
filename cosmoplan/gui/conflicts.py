"""The dialog a save opens when another planner changed the same objects meanwhile: per
object and per field the saved base, theirs and mine, and which to keep. Nothing is chosen
silently: the planner keeps mine, takes theirs, or chooses per field, or cancels (nothing is
saved, the plan stays as it is)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any

import shapely
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry.base import BaseGeometry

from cosmoplan.gui.field_labels import field_label
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.services.project import Resolution
from cosmoplan.storage.conflicts import REMOVED_FIELD, Choice, ObjectConflict

#: Columns of the tree.
WHAT, BASE, THEIRS, MINE, KEEP = range(5)


def shown_value(value: Any) -> str:
    """A field value as a planner reads it."""
    if value is None:
        return "—"
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, BaseGeometry):
        count = int(shapely.get_num_coordinates(value))
        return tr("{kind}, %n point(s)", "", count).format(kind=value.geom_type)
    if isinstance(value, tuple):
        return "; ".join(shown_value(v) for v in value) or "—"
    return str(value)


def _present(entity: Any) -> str:
    return tr("removed") if entity is None else tr("kept")


class ConflictDialog(QDialog):
    """Lists ``conflicts``; :meth:`choices` says what the planner chose for each."""

    def __init__(self, conflicts: Sequence[ObjectConflict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        install_help_key(self, "shared")
        self.setWindowTitle(tr("Changed elsewhere too"))
        self.conflicts = list(conflicts)
        self._keep: list[list[tuple[str, QComboBox]]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Another planner saved changes to the same objects since you opened the plan. "
                "Choose what to keep for each; nothing is saved until you do."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tree_conflicts")
        self.tree.setHeaderLabels(
            [
                tr("Object and field"),
                tr("When you opened it"),
                tr("Theirs"),
                tr("Yours"),
                tr("Keep"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        layout.addWidget(self.tree)
        for conflict in self.conflicts:
            self._add(conflict)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.mine_button = QPushButton(tr("Keep All Mine"), self)
        self.mine_button.setObjectName("button_keep_mine")
        self.theirs_button = QPushButton(tr("Take All Theirs"), self)
        self.theirs_button.setObjectName("button_take_theirs")
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.mine_button.clicked.connect(lambda: self.choose_all(Choice.MINE))
        self.theirs_button.clicked.connect(lambda: self.choose_all(Choice.THEIRS))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("Save With These Choices"))
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _add(self, conflict: ObjectConflict) -> None:
        if conflict.ref is None:
            title = tr("The plan's name and description")
        else:
            title = f"{label(conflict.ref.kind)}: {conflict.name}"
        top = QTreeWidgetItem([title])
        top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.tree.addTopLevelItem(top)
        rows: list[tuple[str, QComboBox]] = []
        for field in conflict.fields:
            removed = field.name == REMOVED_FIELD
            item = QTreeWidgetItem(
                [
                    tr("the object itself") if removed else field_label(field.name),
                    _present(field.base) if removed else shown_value(field.base),
                    _present(field.theirs) if removed else shown_value(field.theirs),
                    _present(field.mine) if removed else shown_value(field.mine),
                ]
            )
            top.addChild(item)
            keep = QComboBox(self.tree)
            keep.setObjectName(f"keep_{conflict.name}_{field.name}")
            keep.addItem(tr("Yours"), Choice.MINE)
            keep.addItem(tr("Theirs"), Choice.THEIRS)
            self.tree.setItemWidget(item, KEEP, keep)
            rows.append((field.name, keep))
        self._keep.append(rows)

    def choose_all(self, choice: Choice) -> None:
        """Set every field of every object to ``choice``."""
        for rows in self._keep:
            for _name, keep in rows:
                keep.setCurrentIndex(keep.findData(choice))

    def choose(self, conflict: int, field: str, choice: Choice) -> None:
        """Set one field of the ``conflict``-th object to ``choice``."""
        for name, keep in self._keep[conflict]:
            if name == field:
                keep.setCurrentIndex(keep.findData(choice))

    def choices(self) -> list[tuple[ObjectConflict, Resolution]]:
        """What to keep of each conflict: all mine, all theirs, or per field."""
        chosen: list[tuple[ObjectConflict, Resolution]] = []
        for conflict, rows in zip(self.conflicts, self._keep, strict=True):
            picks = {name: Choice(keep.currentData()) for name, keep in rows}
            if len(set(picks.values())) == 1:  # the object whole (a removed one always)
                chosen.append((conflict, next(iter(picks.values()))))
            else:
                chosen.append((conflict, picks))
        return chosen
