"""File > Export report…: the report options, a live preview of the pages, and Export to PDF.

The GUI thread checks the options and takes a copy of the plan (the live plan changes only on
that thread); a worker thread gathers the report from the copy (its findings take a while on a
big plan) and renders it, for the preview as for the export, so the window stays responsive and
the plan is never read while it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain.progress import Cancelled
from cosmoplan.gui.document import Document, translate_message
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.reports.form import ReportForm
from cosmoplan.gui.reports.jobs import Relabelled, render_export
from cosmoplan.gui.reports.options import (
    ReportOptions,
    default_file_name,
    make_report,
    problem,
)
from cosmoplan.gui.reports.preview import PreviewPane
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.workers import ThreadProgress, run_in_background
from cosmoplan.reports import PAPERS, Report
from cosmoplan.storage.locations import file_path

#: How long the options must stay still before the preview is built again (ms).
DEBOUNCE_MS = 350
DIALOG_NAME = "report_dialog"


class ReportDialog(QDialog):
    """Choose a report, see its pages, export it to PDF. Follows the plan while it is open."""

    def __init__(
        self,
        document: Document,
        settings: AppSettings,
        plan_location: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        install_help_key(self, "reports")
        self.setWindowTitle(tr("Export Report"))
        self.document = document
        self.settings = settings
        self.plan_location = plan_location
        self.export_progress: ThreadProgress | None = None
        preferences = settings.preferences
        paper = preferences.report_paper if preferences.report_paper in PAPERS else "a4"
        self.form = ReportForm(date.today(), preferences.report_author, paper)
        self.preview = PreviewPane()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh_preview)
        self._build_ui()
        self.form.set_tenants(document.plan)
        self.form.changed.connect(self._options_changed)
        self.preview.refresh_requested.connect(self.refresh_preview)
        document.changes_applied.connect(self._plan_changed)
        self._options_changed()
        self.refresh_preview()

    # -- state ----------------------------------------------------------------------------

    @property
    def report_location(self) -> str | None:
        """The plan's location as the cover prints and hashes it: none while the plan has
        unsaved changes, so that the hash (then of the content) matches what the report shows."""
        return None if self.document.project.has_unsaved_changes else self.plan_location

    def options(self) -> ReportOptions:
        """The options in the form."""
        return self.form.options()

    def _options_changed(self) -> None:
        self._check_options()
        self.debounce.start()

    def _check_options(self) -> None:
        """Show the form's mistakes at once; Export only for a valid form and no export running."""
        error = problem(self.document.plan, self.options())
        self.form.show_problem(error)
        self.export_button.setEnabled(error is None and self.export_progress is None)

    def _plan_changed(self, *_: object) -> None:
        self.form.set_tenants(self.document.plan)  # emits changed: the preview follows
        self._update_unsaved_hint()

    def _request(self) -> Callable[[], Report] | None:
        """How to gather the report the options describe, from a copy of the plan (to call on
        a worker thread), or ``None`` (the problem shown in the form and the preview)."""
        options = self.options()
        error = problem(self.document.plan, options)
        if error is None:
            return partial(make_report, self.document.plan.copy(), options, self.report_location)
        self.form.show_problem(error)
        self.export_button.setEnabled(False)
        self.preview.show_problem(translate_message(error.message))
        return None

    # -- preview and export ---------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Build the preview of the report the options describe (in the background)."""
        self.debounce.stop()
        request = self._request()
        if request is not None:
            self.preview.build(request, self.options().paper)

    def export(self) -> None:
        """Ask for a file name and write the report there, with progress and Cancel."""
        request = self._request()
        if request is None or self.export_progress is not None:
            return
        name = default_file_name(self.document.plan, self.options())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export Report"),
            str(self._default_folder() / name),
            tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        paper = self.options().paper
        label = tr("Writing {name}…").format(name=path.name)
        self.export_button.setEnabled(False)
        self.status_label.setText(label)
        self.export_progress = run_in_background(
            self,
            label,
            lambda progress: render_export(request(), path, paper, Relabelled(progress, label)),
            lambda pages: self._exported(path, pages),
            self._export_failed,
        )

    def _exported(self, path: Path, pages: int) -> None:
        self.export_progress = None
        self.status_label.setText(
            tr("Saved {name} ({count} pages).").format(name=path.name, count=pages)
        )
        self.status_label.setToolTip(str(path))
        preferences = self.settings.preferences
        options = self.options()
        preferences.report_author, preferences.report_paper = options.author, options.paper
        try:
            self.settings.save()
        except OSError as error:  # the report is written; only the remembered author is lost
            self.status_label.setToolTip(str(error))
        self._check_options()

    def _export_failed(self, error: BaseException) -> None:
        self.export_progress = None
        self._check_options()
        if isinstance(error, Cancelled):
            self.status_label.setText(tr("Export cancelled; no file was written."))
            return
        self.status_label.setText(tr("The report was not written."))
        show_error(self, error, tr("Export Report"))

    def _default_folder(self) -> Path:
        path = file_path(self.plan_location) if self.plan_location else None
        if path is not None:
            return path.parent
        if self.settings.preferences.last_folder:
            return Path(self.settings.preferences.last_folder)
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        return Path(QStandardPaths.writableLocation(documents))

    # -- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close: stop the preview and remove its temporary files (an export runs to its end
        behind its own progress dialog first)."""
        if self.export_progress is not None:
            return
        self.debounce.stop()
        self.document.changes_applied.disconnect(self._plan_changed)
        self.preview.shutdown()
        super().done(result)

    # -- widgets --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        scroller = QScrollArea()
        scroller.setWidget(self.form)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(self.form.sizeHint().width() + 24)
        self.unsaved_hint = QLabel(
            tr(
                "The plan has unsaved changes: the report shows them, and its fingerprint is "
                "computed from the plan's content, not from the file."
            )
        )
        self.unsaved_hint.setObjectName("report_unsaved_hint")
        self.unsaved_hint.setWordWrap(True)
        self.unsaved_hint.setStyleSheet("color: #8a5a00;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(scroller, 1)
        left_layout.addWidget(self.unsaved_hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.status_label = QLabel()
        self.status_label.setObjectName("report_status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setObjectName("report_export")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(tr("Save the report as a PDF file"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1180, 780)
        self._update_unsaved_hint()

    def _update_unsaved_hint(self) -> None:
        self.unsaved_hint.setVisible(self.document.project.has_unsaved_changes)


def open_report_dialog(
    parent: QWidget, document: Document, settings: AppSettings, plan_location: str | None
) -> None:
    """Show the report dialog for ``document`` (non-modal; raised if already open)."""
    for child in parent.findChildren(ReportDialog):
        if child.document is document and child.isVisible():
            child.raise_()
            child.activateWindow()
            return
    dialog = ReportDialog(document, settings, plan_location, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
