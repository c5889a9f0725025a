"""The options side of the report dialog: kind and tenant, dates and period, sections, paper and
author, with the form's mistakes shown in red under the field they concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Plan, natural_key
from cosmoplan.gui.asof import from_qdate, to_qdate
from cosmoplan.gui.date_field import DateField
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.reports.options import ReportOptions
from cosmoplan.messages import ValidationError
from cosmoplan.reports import PAPERS, SECTION_IDS, SECTIONS, default_period

ERROR_STYLE = "color: #c62828;"


def paper_labels() -> dict[str, str]:
    """The paper sizes as the form names them."""
    return {"a4": tr("A4 (210 × 297 mm)"), "letter": tr("US Letter (8.5 × 11 in)")}


class ReportForm(QWidget):
    """The report options. :attr:`changed` fires on every edit; :meth:`options` reads them."""

    changed = Signal()

    def __init__(self, at: date, author: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_form")
        self._period_follows_at = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._kind_box())
        layout.addWidget(self._dates_box(at))
        layout.addWidget(self._sections_box())
        layout.addWidget(self._page_box(author, paper))
        self.error_general = _error_label("error_report_general")
        layout.addWidget(self.error_general)
        layout.addStretch(1)

    # -- reading and showing --------------------------------------------------------------

    def options(self) -> ReportOptions:
        """What the form says now."""
        tenant = self.tenant_combo.currentText() if self.tenant_radio.isChecked() else None
        return ReportOptions(
            kind="tenant" if self.tenant_radio.isChecked() else "full",
            tenant=tenant or None,
            at=from_qdate(self.at_edit.date()),
            period=(from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())),
            paper=str(self.paper_combo.currentData()),
            sections=tuple(s for s in SECTION_IDS if self.section_boxes[s].isChecked()),
            author=self.author_edit.text().strip(),
        )

    def show_problem(self, error: ValidationError | None) -> None:
        """Show ``error`` under the field it names (``None``: clear every message)."""
        labels = {"period": self.error_period, "sections": self.error_sections}
        for label in (*labels.values(), self.error_general):
            label.clear()
            label.hide()
        if error is not None:
            target = labels.get(error.field or "", self.error_general)
            target.setText(translate_message(error.message))
            target.show()

    def set_tenants(self, plan: Plan) -> None:
        """Offer the plan's tenants, keeping the chosen one (by id) if it is still there."""
        chosen = self.tenant_combo.currentData()
        tenants = sorted(plan.tenants(), key=lambda t: natural_key(t.name))
        self.tenant_combo.blockSignals(True)
        self.tenant_combo.clear()
        for tenant in tenants:
            self.tenant_combo.addItem(tenant.name, tenant.id)
        index = self.tenant_combo.findData(chosen)
        self.tenant_combo.setCurrentIndex(max(index, 0) if tenants else -1)
        self.tenant_combo.blockSignals(False)
        self.tenant_radio.setEnabled(bool(tenants))
        self.tenant_radio.setToolTip("" if tenants else tr("The plan has no tenants."))
        if not tenants and self.tenant_radio.isChecked():
            self.full_radio.setChecked(True)
        self._kind_changed()

    def choose_tenant(self, name: str) -> None:
        """Switch to a tenant report for ``name`` (as if the user picked it)."""
        self.tenant_radio.setChecked(True)
        self.tenant_combo.setCurrentIndex(self.tenant_combo.findText(name))

    # -- widgets --------------------------------------------------------------------------

    def _kind_box(self) -> QGroupBox:
        box = QGroupBox(tr("Report"))
        self.full_radio = QRadioButton(tr("Full report (all tenants)"))
        self.full_radio.setObjectName("report_full")
        self.full_radio.setChecked(True)
        self.tenant_radio = QRadioButton(tr("Tenant report for"))
        self.tenant_radio.setObjectName("report_tenant")
        self.tenant_combo = QComboBox()
        self.tenant_combo.setObjectName("report_tenant_name")
        self.tenant_combo.setMinimumContentsLength(14)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.full_radio)
        self.kind_group.addButton(self.tenant_radio)
        self.kind_group.buttonToggled.connect(lambda *_: self._kind_changed())
        self.tenant_combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        hint = QLabel(tr("A tenant report leaves out every other tenant's names and fees."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        tenant_row = QHBoxLayout()
        tenant_row.addWidget(self.tenant_radio)
        tenant_row.addWidget(self.tenant_combo, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.full_radio)
        layout.addLayout(tenant_row)
        layout.addWidget(hint)
        return box

    def _dates_box(self, at: date) -> QGroupBox:
        box = QGroupBox(tr("Dates"))
        start, end = default_period(at)
        self.at_edit = _date_edit("report_at", at, tr("The day the site map and figures show"))
        self.from_edit = _date_edit("report_from", start, tr("First day of the period"))
        self.to_edit = _date_edit("report_to", end, tr("Last day of the period"))
        self.at_edit.dateChanged.connect(self._at_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._period_edited)
        period = QHBoxLayout()
        period.addWidget(self.from_edit, 1)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.to_edit, 1)
        self.error_period = _error_label("error_report_period")
        form = QFormLayout(box)
        form.addRow(tr("As of:"), self.at_edit)
        form.addRow(tr("Period from:"), period)
        form.addRow("", self.error_period)
        return box

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(tr("Sections"))
        grid = QGridLayout()
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, spec in enumerate(SECTIONS):
            check = QCheckBox(translate_message(spec.label))
            check.setObjectName(f"report_section_{spec.id}")
            check.setChecked(True)
            check.toggled.connect(lambda *_: self.changed.emit())
            self.section_boxes[spec.id] = check
            grid.addWidget(check, index // 2, index % 2)
        self.error_sections = _error_label("error_report_sections")
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addWidget(self.error_sections)
        return box

    def _page_box(self, author: str, paper: str) -> QGroupBox:
        box = QGroupBox(tr("Paper and cover"))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("report_paper")
        for key, text in paper_labels().items():
            if key in PAPERS:
                self.paper_combo.addItem(text, key)
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(paper), 0))
        self.paper_combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.author_edit = QLineEdit(author)
        self.author_edit.setObjectName("report_author")
        self.author_edit.setPlaceholderText(tr("Name printed on the cover"))
        self.author_edit.textChanged.connect(lambda *_: self.changed.emit())
        form = QFormLayout(box)
        form.addRow(tr("Paper:"), self.paper_combo)
        form.addRow(tr("Author:"), self.author_edit)
        return box

    def _kind_changed(self) -> None:
        self.tenant_combo.setEnabled(self.tenant_radio.isChecked())
        self.changed.emit()

    def _at_changed(self, value: QDate) -> None:
        if self._period_follows_at:  # until the user sets the period, it follows the date
            start, end = default_period(from_qdate(value))
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)
        self.changed.emit()

    def _period_edited(self) -> None:
        self._period_follows_at = False
        self.changed.emit()


def _date_edit(name: str, value: date, tip: str) -> DateField:
    edit = DateField()
    edit.set_day(value)
    edit.setObjectName(name)
    edit.setToolTip(tip)
    return edit


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
