"""The small dialog a double-click on a bar opens: type the allocation's first and last day.

OK runs one undoable :class:`UpdateObject`; a date the plan would refuse is said in one line
beside its field (OK stays disabled); Esc with typed dates asks before throwing them away.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Allocation
from cosmoplan.gui.date_field import DateField
from cosmoplan.gui.discard import discard_ok
from cosmoplan.gui.document import Document, translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.messages import CosmoplanError, ValidationError
from cosmoplan.services.commands import UpdateObject

if TYPE_CHECKING:
    from datetime import date


class AllocationDatesDialog(QDialog):
    """Type an allocation's dates (see the module notes)."""

    def __init__(
        self, document: Document, allocation: Allocation, title: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("allocation_dates")
        self.setWindowTitle(tr("Allocation Dates"))
        self.document = document
        self.original = allocation
        self.start = DateField(self)
        self.start.setObjectName("start")
        self.end = DateField(self)
        self.end.setObjectName("end")
        self.start.set_day(allocation.start)
        self.end.set_day(allocation.end)
        self.errors = {name: self._error_label(name) for name in ("start", "end")}
        grid = QGridLayout()
        for row, (text, field) in enumerate(((tr("From"), self.start), (tr("To"), self.end))):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(self.errors[field.objectName()], row, 2)
        grid.setColumnStretch(2, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.start.dateChanged.connect(self._validate)
        self.end.dateChanged.connect(self._validate)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self._validate()

    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        return error

    def ok_button(self) -> QPushButton:
        """The OK button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def candidate(self) -> Allocation | None:
        """The allocation with the typed dates, or ``None`` if the plan would refuse them
        (the reason then shows beside the field)."""
        for error in self.errors.values():
            error.clear()
        try:
            return replace(self.original, start=self.start.day(), end=self.end.day())
        except ValidationError as error:
            field = error.field if error.field in self.errors else "end"
            self.errors[field].setText(translate_message(error.message))
            return None

    def _validate(self, _day: date | None = None) -> None:
        self.ok_button().setEnabled(self.candidate() is not None)

    def accept(self) -> None:
        """Run the change as one undoable command (nothing if the dates are as they were)."""
        for field in (self.start, self.end):
            field.finish_typing(refocus=False)
        candidate = self.candidate()
        if candidate is None:
            return
        if candidate != self.original:
            try:
                self.document.execute(UpdateObject(candidate))
            except CosmoplanError as error:
                self.errors["end"].setText(translate_message(error.message))
                return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the dialog, asking first if dates were typed."""
        typed = (self.start.day(), self.end.day()) != (self.original.start, self.original.end)
        if event.key() == Qt.Key.Key_Escape and typed and not discard_ok(self):
            return
        super().keyPressEvent(event)
