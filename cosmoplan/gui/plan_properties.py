"""Plan > Plan Properties…: the plan's name and description, and the facts about it.

The name is one line, the description a wrapping box of several. What the plan would refuse
(an empty name, a control character, a text too long) is said in one line beside the field and
OK waits. OK runs one undoable :class:`SetPlanInfo` (nothing if nothing changed); Esc with
typed text asks before throwing it away. Beneath, read only: where the plan is stored (without
a password), its schema version, its knowledge date (a line "Knowledge date: YYYY-MM-DD" in
the description sets it) and how many objects of each kind it holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Kind, PlanInfo
from cosmoplan.domain.validation import require_notes, require_text
from cosmoplan.gui.discard import discard_ok
from cosmoplan.gui.document import Document, translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.messages import CosmoplanError, ValidationError
from cosmoplan.services.commands import SetPlanInfo
from cosmoplan.storage.locations import absolute_location

ERROR_STYLE = "color: #b00020;"
#: The kinds counted, in the order a planner reads them.
COUNTED = (
    Kind.COMPLEX,
    Kind.PAD,
    Kind.FACILITY,
    Kind.ZONE,
    Kind.TENANT,
    Kind.VEHICLE,
    Kind.ALLOCATION,
    Kind.REQUEST,
)


class PlanPropertiesDialog(QDialog):
    """Edit the plan's name and description; see its facts (see the module notes)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_properties")
        self.setWindowTitle(tr("Plan Properties"))
        self.document = document
        self.original = document.plan.info
        self.name = QLineEdit(self.original.name, self)
        self.name.setObjectName("plan_name")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("plan_description")
        self.description.setPlainText(self.original.description)
        self.description.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.description.setTabChangesFocus(True)
        self.errors = {name: self._error_label(name) for name in ("name", "description")}
        self.knowledge = QLabel(self)
        self.knowledge.setObjectName("fact_knowledge_date")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._fields(), 1)
        layout.addWidget(self._facts())
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.description.textChanged.connect(self._validate)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 52, 520)
        self._validate()

    # -- building ------------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        error.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        return error

    def _fields(self) -> QGridLayout:
        grid = QGridLayout()
        for row, (text, field, error) in enumerate(
            (
                (tr("&Name:"), self.name, self.errors["name"]),
                (tr("&Description:"), self.description, self.errors["description"]),
            )
        ):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(error, row, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        return grid

    def _facts(self) -> QGroupBox:
        box = QGroupBox(tr("About this plan"), self)
        form = QFormLayout(box)
        project = self.document.project
        location = project.location
        where = absolute_location(location) if location else tr("Not saved yet")
        store = project.store
        schema = store.schema_version if store is not None else "—"
        facts = [
            ("fact_location", tr("Stored in:"), where),
            ("fact_schema", tr("Schema version:"), schema),
        ]
        for name, caption, text in facts:
            value = QLabel(text, box)
            value.setObjectName(name)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        form.addRow(tr("Knowledge date:"), self.knowledge)
        counts = self.document.plan.counts()
        summary = QLabel(
            "   ".join(f"{label(kind)}: {counts.get(kind, 0)}" for kind in COUNTED), box
        )
        summary.setObjectName("fact_counts")
        summary.setWordWrap(True)
        form.addRow(tr("Contents:"), summary)
        return box

    # -- editing -------------------------------------------------------------------------
    def ok_button(self) -> QPushButton:
        """The OK button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def candidate(self) -> PlanInfo | None:
        """The typed name and description, or ``None`` if the plan would refuse them (the
        reason then shows beside the field)."""
        for error in self.errors.values():
            error.clear()
        try:
            name = require_text(self.name.text(), "name")
            description = require_notes(self.description.toPlainText(), "description")
        except ValidationError as error:
            field = error.field if error.field in self.errors else "name"
            self.errors[field].setText(translate_message(error.message))
            return None
        return PlanInfo(name, description)

    def _validate(self) -> None:
        candidate = self.candidate()
        self.ok_button().setEnabled(candidate is not None)
        known = (candidate or self.original).knowledge_date
        self.knowledge.setText(known.isoformat() if known is not None else tr("not stated"))

    def typed(self) -> bool:
        """Whether the fields hold something other than the plan's name and description."""
        typed = (self.name.text(), self.description.toPlainText())
        return typed != (self.original.name, self.original.description)

    def accept(self) -> None:
        """Run the change as one undoable command (nothing if nothing changed)."""
        candidate = self.candidate()
        if candidate is None:
            return
        if candidate != self.original:
            try:
                self.document.execute(SetPlanInfo(candidate))
            except CosmoplanError as error:
                self.errors["name"].setText(translate_message(error.message))
                return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the dialog, asking first if anything was typed."""
        if event.key() == Qt.Key.Key_Escape and self.typed() and not discard_ok(self):
            return
        super().keyPressEvent(event)
