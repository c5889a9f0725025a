"""Report rendering off the GUI thread: jobs on Python threads with a cancellable progress, a
progress dialog for the export, and a progress that shows a translated label."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cosmoplan.domain.progress import Progress
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.reports.pdfpages import PageSize, open_pdf, page_sizes
from cosmoplan.gui.workers import ThreadProgress
from cosmoplan.reports import Report, render_report


class Relabelled:
    """``progress`` with every step labelled ``label`` (the core reports in English)."""

    def __init__(self, progress: Progress, label: str) -> None:
        self.progress = progress
        self.label = label

    def update(self, done: int, total: int, message: str = "") -> None:
        """Pass the step on under our label."""
        self.progress.update(done, total, self.label)

    @property
    def cancelled(self) -> bool:
        """Whether the wrapped progress was cancelled."""
        return self.progress.cancelled


def render_preview(
    report: Report, out: Path, paper: str, progress: Progress
) -> tuple[Path, list[PageSize]]:
    """Render ``report`` to ``out`` and read back the size of each page (worker thread)."""
    render_report(report, out, paper, progress)
    return out, page_sizes(out)


def render_export(report: Report, out: Path, paper: str, progress: Progress) -> int:
    """Render ``report`` to ``out`` (atomically) and return its page count (worker thread)."""
    render_report(report, out, paper, progress)
    with open_pdf(out) as document:
        return len(document)


class JobSignals(QObject):
    """What a :class:`Job` tells the GUI thread: its tag, then the result or the error."""

    finished = Signal(object, object)
    failed = Signal(object, object)


class Job:
    """``work(progress)`` on a new Python thread; the outcome arrives through :attr:`signals`
    with ``tag`` (which tells a receiver whether it still wants it).

    Not a QThreadPool job: a pool thread gets a new Python thread state for every job, and
    pyproj (the report's map reprojects its grid) keeps a per-thread PROJ context that dies
    with one thread state but is still found by the next job on the same thread, which then
    crashes (pyproj 3.7.2, pyproj4/pyproj#1509). A Python thread keeps one state for its life.
    """

    def __init__(self, work: Callable[[ThreadProgress], Any], tag: object = None) -> None:
        self.work = work
        self.tag = tag
        self.progress = ThreadProgress()
        self.signals = JobSignals()
        self.thread = threading.Thread(target=self._run, name="cosmoplan-report", daemon=True)

    def start(self) -> None:
        """Run the work in the background."""
        self.thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the work to end (at most ``timeout`` seconds); whether it has ended."""
        if self.thread.is_alive():
            self.thread.join(timeout)
        return not self.thread.is_alive()

    def _run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:
            self.signals.failed.emit(self.tag, error)
        else:
            self.signals.finished.emit(self.tag, result)


def run_in_thread(
    parent: QWidget,
    title: str,
    work: Callable[[ThreadProgress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Job:
    """:func:`cosmoplan.gui.workers.run_in_background` on a Python thread (see :class:`Job`):
    ``work(progress)`` with a window-modal progress dialog and Cancel; ``on_done(result)`` or
    ``on_error(exception)`` on the GUI thread."""
    job = Job(work)
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("report_export_progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(job.progress.cancel)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def finish(_: object, result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(_: object, error: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_error(error)

    job.progress.progressed.connect(show_progress)
    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    job.start()
    return job
