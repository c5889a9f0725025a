"""The preview pane of the report dialog: renders a report to a temporary PDF on a worker thread
(with a progress bar and Cancel) and shows its pages, with page navigation and zoom.

The report itself is gathered by the caller on the GUI thread (it reads the live plan); only the
rendering, which works on that frozen snapshot, runs here in the background.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain.progress import Cancelled
from cosmoplan.gui.errors import plain_message
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.reports.jobs import render_preview
from cosmoplan.gui.reports.pages_view import PageModel, pages_view
from cosmoplan.gui.reports.pdfpages import PageImages, PageSize
from cosmoplan.gui.workers import LatestJob, SerialQueue
from cosmoplan.reports import Report

#: Zoom steps (1.0: the printed size on a 96 dpi screen).
ZOOMS: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 1.5, 2.0)
DEFAULT_ZOOM = 0.3
#: How long closing waits for a cancelled build to notice (seconds).
SHUTDOWN_WAIT_S = 10.0


class PreviewPane(QWidget):
    """Pages of a report as they will print. Call :meth:`build` with a report to refresh.

    Keeps the pages of the last preview on screen while the next one is being built; the
    page the user was on stays selected when the new pages arrive.
    """

    #: A preview finished; the number of pages.
    finished = Signal(int)
    #: The user asked for the preview to be built again.
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview")
        self.pages = SerialQueue()  # page images, one at a time, the one on screen first
        self.folder = tempfile.TemporaryDirectory(
            prefix="cosmoplan-preview-", ignore_cleanup_errors=True
        )
        self.images = PageImages(self.pages, self)
        self.images.zoom = DEFAULT_ZOOM
        self.pdf_path: Path | None = None
        self.job = LatestJob()  # the report, gathered and rendered
        self._serial = 0  # numbers the preview files
        self._build_ui()
        self._show_message(tr("Building the preview…"))
        self._set_busy(False)

    # -- building -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a preview is being built."""
        return self.job.running

    @property
    def page_count(self) -> int:
        """The number of pages shown."""
        return len(self.images.sizes)

    @property
    def current_page(self) -> int:
        """The selected page, from 1 (0: none)."""
        index = self.view.currentIndex()
        return index.row() + 1 if index.isValid() else 0

    def build(self, request: Callable[[], Report], paper: str) -> None:
        """Build the preview of the report ``request()`` gathers, on ``paper``, in the
        background (replacing any build in progress)."""
        self._serial += 1
        out = Path(self.folder.name) / f"preview-{self._serial}.pdf"
        self.progress_bar.setValue(0)
        self._set_busy(True)
        self.job.start(
            partial(render_preview, request, out, paper),
            self._finished,
            self._failed,
            on_progress=self._progressed,
            on_stale=lambda result: _remove(result[0]),
        )

    def cancel(self) -> None:
        """Stop the build in progress (its pages never show)."""
        if self.job.running:
            self.job.stop()
            self._set_busy(False)

    def show_problem(self, text: str) -> None:
        """Show ``text`` instead of pages (the options cannot make a report)."""
        self.cancel()
        self._load(None, [])
        self._show_message(text)
        self.status_label.setText("")

    def shutdown(self) -> None:
        """Stop every job, wait for the worker, remove the temporary files."""
        self.cancel()
        self.images.load(None, [])
        self.job.wait(SHUTDOWN_WAIT_S)
        self.pages.wait(SHUTDOWN_WAIT_S)
        self.folder.cleanup()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _finished(self, result: tuple[Path, list[PageSize]]) -> None:
        path, sizes = result
        self._set_busy(False)
        self._load(path, sizes)
        self.status_label.setText(tr("{count} pages").format(count=len(sizes)))
        self.finished.emit(len(sizes))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.status_label.setText(tr("Preview cancelled."))
            return
        self.status_label.setText(tr("The preview could not be built."))
        self._load(None, [])
        self._show_message(plain_message(error))

    def _load(self, path: Path | None, sizes: list[PageSize]) -> None:
        old, page = self.pdf_path, self.current_page
        self.pdf_path = path
        self.images.load(path, sizes)
        self._relayout(page or 1)
        if old is not None and old != path:
            _remove(old)
        if sizes:
            self.stack.setCurrentWidget(self.view)

    # -- navigation and zoom --------------------------------------------------------------

    def go_to(self, page: int) -> None:
        """Select page ``page`` (from 1) and scroll to it."""
        if not self.page_count:
            return
        row = min(max(page, 1), self.page_count) - 1
        index = self.view.model().index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (1.0: printed size), keeping the current page in view."""
        page = self.current_page or 1
        self.images.set_zoom(zoom, self.devicePixelRatioF())
        index = self.zoom_combo.findData(zoom)
        if index >= 0 and index != self.zoom_combo.currentIndex():
            self.zoom_combo.setCurrentIndex(index)
        self._relayout(page)

    def zoom_by(self, steps: int) -> None:
        """Zoom in (``steps`` > 0) or out by whole steps of :data:`ZOOMS`."""
        here = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.images.zoom))
        self.set_zoom(ZOOMS[min(max(here + steps, 0), len(ZOOMS) - 1)])

    def _relayout(self, page: int) -> None:
        model = self.view.model()
        assert isinstance(model, PageModel)
        model.reset()
        self.go_to(page)
        self._update_navigation()

    def _update_navigation(self) -> None:
        count, page = self.page_count, self.current_page
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if count else 0, max(count, 0))
        self.page_spin.setSpecialValueText("" if count else "–")  # shown at the minimum
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(count > 0)
        self.count_label.setText(tr("of {count}").format(count=count) if count else "")
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(0 < page < count)
        self.zoom_out_button.setEnabled(self.images.zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self.images.zoom < ZOOMS[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl + wheel over the pages zooms."""
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self.zoom_by(1 if delta > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    # -- widgets --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        style = self.style()
        self.previous_button = _tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), tr("Previous page")
        )
        self.previous_button.setObjectName("report_previous_page")
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page - 1))
        self.next_button = _tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), tr("Next page")
        )
        self.next_button.setObjectName("report_next_page")
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page + 1))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("report_page")
        self.page_spin.setToolTip(tr("Go to page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self.go_to)
        self.count_label = QLabel()
        self.zoom_out_button = _tool_button(None, tr("Zoom out"), "−")
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in_button = _tool_button(None, tr("Zoom in"), "+")
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("report_zoom")
        self.zoom_combo.setToolTip(tr("Zoom (Ctrl + mouse wheel over the pages)"))
        for zoom in ZOOMS:
            self.zoom_combo.addItem(tr("{percent} %").format(percent=round(zoom * 100)), zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom_combo.activated.connect(lambda i: self.set_zoom(self.zoom_combo.itemData(i)))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Preview"))
        title.setStyleSheet("font-weight: 600;")
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(QLabel(tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.zoom_in_button)

        self.view = pages_view(self.images)
        self.view.viewport().installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.message_label = QLabel()
        self.message_label.setObjectName("report_preview_message")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setMargin(24)
        self.message_label.setStyleSheet("color: #5f6368; background: #eceef0;")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("report_preview_progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFormat(tr("Building the preview… %p%"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("report_preview_cancel")
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("report_preview_status")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("report_preview_refresh")
        self.refresh_button.setToolTip(tr("Build the preview again"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.progress_bar, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(self.stack, 1)
        layout.addLayout(footer)
        self._update_navigation()

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.status_label.setVisible(not busy)
        self.refresh_button.setEnabled(not busy)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)

    def _cancel_clicked(self) -> None:
        self.cancel()
        self.status_label.setText(tr("Preview cancelled."))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_navigation()


def _tool_button(icon: object, tip: str, text: str = "") -> QToolButton:
    button = QToolButton()
    if icon is not None:
        button.setIcon(icon)  # type: ignore[arg-type]
    if text:
        button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
