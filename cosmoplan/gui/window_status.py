"""The main window's date toolbar (a date field and the "as of" slider, both following and
moving the window's :class:`AsOfDate`) and its status bar (findings count, measurement,
cursor position)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QStatusBar, QToolBar, QWidget

from cosmoplan.analysis import Severity
from cosmoplan.gui.asof import follow, from_qdate, to_qdate
from cosmoplan.gui.date_field import DateField
from cosmoplan.gui.document import Document
from cosmoplan.gui.findings import FindingsModel
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map import MapCanvas
from cosmoplan.gui.map.formatting import format_area, format_distance, format_position
from cosmoplan.gui.timeline import AsOfSlider
from cosmoplan.services.viewstate import AsOfDate


class DateBar(QToolBar):
    """ "As of" [date field] [slider]: each shows the window's date and sets it."""

    def __init__(self, document: Document, as_of: AsOfDate, parent: QWidget) -> None:
        super().__init__(tr("Date"), parent)
        self.setObjectName("toolbar_date")
        self.as_of = as_of
        self.addWidget(QLabel(tr(" As of ")))
        self.date_edit = DateField(self)
        self.date_edit.set_day(as_of.date)
        self.date_edit.setObjectName("edit_view_date")
        self.date_edit.setToolTip(tr("Statuses and validity are shown as of this date"))
        self.addWidget(self.date_edit)
        self.slider = AsOfSlider(document, as_of, self)
        self.slider.setObjectName("as_of_slider")
        self.slider.label.hide()  # the date field beside it shows the date
        self.slider.setMinimumWidth(260)
        self.addWidget(self.slider)
        self.date_edit.dateChanged.connect(self._date_typed)
        follow(as_of, self, self._date_changed)

    def _date_typed(self, value: QDate) -> None:
        self.as_of.set(from_qdate(value))

    def _date_changed(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))


class StatusLabels:
    """The status bar's permanent labels, following the findings and the map's cursor."""

    def __init__(
        self,
        status: QStatusBar,
        findings: FindingsModel,
        canvas: MapCanvas,
        parent: QWidget,
        knowledge_date: date | None = None,
    ) -> None:
        """``knowledge_date``: the date of the plan's newest fact, if it says so."""
        self.findings = findings
        self.measure_label = QLabel(parent)
        self.measure_label.setObjectName("label_measure")
        self.cursor_label = QLabel(tr("Move the mouse over the map to see coordinates"), parent)
        self.cursor_label.setObjectName("label_cursor")
        self.cursor_label.setMinimumWidth(parent.fontMetrics().horizontalAdvance("0" * 62))
        self.findings_label = QLabel(parent)
        self.findings_label.setObjectName("label_findings_count")
        if (known := knowledge_date) is not None:
            self.knowledge_label = QLabel(
                tr("Facts as of {day}").format(day=known.isoformat()), parent
            )
            self.knowledge_label.setObjectName("label_knowledge_date")
            self.knowledge_label.setToolTip(
                tr("The plan's knowledge date: later states are assumptions")
            )
            status.addPermanentWidget(self.knowledge_label)
        status.addPermanentWidget(self.findings_label)
        status.addPermanentWidget(self.measure_label)
        status.addPermanentWidget(self.cursor_label)
        findings.changed.connect(self._findings_changed)
        canvas.cursor_moved.connect(self._cursor_moved)
        canvas.measured.connect(self._measured)
        self._findings_changed()

    def _findings_changed(self, *_args: object) -> None:
        counts = self.findings.counts()
        errors = counts[Severity.ERROR]
        self.findings_label.setText(
            tr("✖ {errors} errors  ⚠ {warnings} warnings").format(
                errors=errors, warnings=counts[Severity.WARNING]
            )
        )
        self.findings_label.setStyleSheet("color: #c62828" if errors else "")

    def _cursor_moved(self, x: float, y: float) -> None:
        self.cursor_label.setText(format_position(x, y))

    def _measured(self, distance_m: float, area_m2: float) -> None:
        text = tr("Distance {distance}").format(distance=format_distance(distance_m))
        if area_m2 > 0:
            text += tr(", area {area}").format(area=format_area(area_m2))
        self.measure_label.setText(text)
