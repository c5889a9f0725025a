"""Long work off the GUI thread: a plain ``run(inputs, progress)`` function on a QThreadPool,
with a progress dialog and a Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class ThreadProgress(QObject):
    """The core's Progress protocol, safe to call from a worker thread."""

    progressed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = False

    def update(self, done: int, total: int, message: str = "") -> None:
        """Report progress (queued to the GUI thread)."""
        self.progressed.emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        """Whether the user pressed Cancel."""
        return self._cancelled

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancelled = True


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[ThreadProgress], Any], progress: ThreadProgress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Callable[[ThreadProgress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> ThreadProgress:
    """Run ``work(progress)`` on a pool thread with a modal progress dialog and Cancel.

    ``on_done(result)`` or ``on_error(exception)`` is called on the GUI thread. The work must
    not touch Qt widgets or a SQLAlchemy session from the GUI thread.
    """
    progress = ThreadProgress()
    cancel_text = QCoreApplication.translate("workers", "Cancel")
    dialog = QProgressDialog(title, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(progress.cancel)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    progress.progressed.connect(show_progress)
    job = _Job(work, progress)

    def finish(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(error: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_error(error)

    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    (pool or QThreadPool.globalInstance()).start(job)
    return progress
