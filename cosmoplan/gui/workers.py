"""The one task runner: long work off the GUI thread, as a plain ``run(inputs, progress)``
function on a worker thread of its own.

Every background job of the GUI starts here: :func:`start_worker` (the primitive),
:func:`run_in_background` (with a progress dialog and Cancel), :class:`LatestJob` (one job at
a time, the latest winning) and :class:`SerialQueue` (jobs one after another, the latest asked
first). :func:`wait_for_workers` waits for all of them when the application quits.

Each job gets its own Python thread, not a QThreadPool thread: PySide gives a pool thread a
fresh Python thread state for every job and drops it afterwards, which leaves libraries that
keep per-thread state (pyproj's PROJ context) with a dangling context when the pool reuses the
thread; the process then crashes in the next job's first CRS. A Python thread keeps one thread
state for its whole life and ends with its job.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
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
    """Lives in the GUI thread; emitted from the worker, so delivery is queued to the GUI."""

    finished = Signal(object)
    failed = Signal(object)


#: Workers not yet released, with what they hold: their signal object must outlive the work
#: (or the queued result is dropped with it), and the last reference to it, to the work and to
#: whatever the work holds (a progress object, a dialog) must be dropped on the GUI thread: a
#: QObject freed on a worker thread, by the thread's end or by the cyclic collector running
#: there, crashes Qt now and then.
_ACTIVE: dict[threading.Thread, tuple[_Signals, Callable[[], Any]]] = {}
#: How often a delivered worker is looked at again until its thread is over (ms).
RELEASE_POLL_MS = 5


def start_worker(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> threading.Thread:
    """Run ``work()`` on a new worker thread; ``on_done``/``on_error`` run on the GUI thread."""
    signals = _Signals()
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)

    def run() -> None:
        try:
            result = work()
        except BaseException as error:
            signals.failed.emit(error)
        else:
            signals.finished.emit(result)

    thread = threading.Thread(target=run, name="cosmoplan-worker", daemon=True)
    _ACTIVE[thread] = (signals, work)
    release = partial(_release_later, thread)
    signals.finished.connect(release)
    signals.failed.connect(release)
    thread.start()
    return thread


def _release_later(thread: threading.Thread, _outcome: object = None) -> None:
    """After the delivery (not during it: the sender must not die in its own emission)."""
    QTimer.singleShot(0, partial(_release, thread))


def _release(thread: threading.Thread) -> None:
    """Drop what a delivered worker held, on the GUI thread, once its thread is over."""
    if thread.is_alive():
        QTimer.singleShot(RELEASE_POLL_MS, partial(_release, thread))
        return
    held = _ACTIVE.pop(thread, None)
    if held is not None:
        signals, _work = held
        signals.finished.disconnect()  # the slots, and the cycles through them, go now
        signals.failed.disconnect()


class LatestJob:
    """One job at a time on a worker thread, the latest winning: starting a job cancels the
    one under way, whose result (or error) is then ignored; :meth:`stop` does the same."""

    def __init__(self) -> None:
        self.progress: ThreadProgress | None = None  # of the job under way
        self._threads: list[threading.Thread] = []

    @property
    def running(self) -> bool:
        """Whether a job is under way (its result not delivered yet)."""
        return self.progress is not None

    def start(
        self,
        work: Callable[[ThreadProgress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        on_stale: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``work(progress)``; ``on_done``/``on_error`` run on the GUI thread if no newer
        job was started and :meth:`stop` was not called meanwhile. ``on_progress`` hears the
        job's progress while it is the latest; ``on_stale`` gets the result of a job that was
        overtaken (to clean up what it made)."""
        self.stop()
        progress = self.progress = ThreadProgress()
        if on_progress is not None:
            progress.progressed.connect(
                lambda done, total, text: (
                    self.progress is progress and on_progress(done, total, text)
                )
            )

        def done(result: Any) -> None:
            if self.progress is progress:
                self.progress = None
                on_done(result)
            elif on_stale is not None:
                on_stale(result)

        def failed(error: BaseException) -> None:
            if self.progress is progress:
                self.progress = None
                on_error(error)

        thread = start_worker(lambda: work(progress), done, failed)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def stop(self) -> None:
        """Cancel the job under way (it stops at its next progress report)."""
        if self.progress is not None:
            self.progress.cancel()
            self.progress = None

    def wait(self, timeout_s: float) -> None:
        """Wait (at most ``timeout_s``) for the jobs this started to end."""
        deadline = time.monotonic() + timeout_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))


class SerialQueue:
    """Jobs run one after another, each on a worker thread, the one submitted last first
    (the page just scrolled to is the one on screen). :meth:`clear` drops those not started."""

    def __init__(self) -> None:
        self._pending: list[tuple[int, Callable[[], Any], Callable[[Any], None]]] = []
        self._serial = 0
        self._current: threading.Thread | None = None

    @property
    def idle(self) -> bool:
        """Whether no job is running or waiting."""
        return self._current is None and not self._pending

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Queue ``work()``; ``on_done(result)`` runs on the GUI thread. A job that raises is
        dropped (its caller asks again if it still wants it)."""
        self._serial += 1
        heapq.heappush(self._pending, (-self._serial, work, on_done))
        if self._current is None:
            self._next()

    def clear(self) -> None:
        """Forget the jobs not started yet."""
        self._pending.clear()

    def wait(self, timeout_s: float) -> None:
        """Wait (at most ``timeout_s``) for the running job, dropping the others."""
        self.clear()
        if self._current is not None:
            self._current.join(timeout_s)

    def _next(self) -> None:
        self._current = None
        if not self._pending:
            return
        _, work, on_done = heapq.heappop(self._pending)

        def done(result: Any) -> None:
            on_done(result)
            self._next()

        self._current = start_worker(work, done, lambda _error: self._next())


def wait_for_workers(timeout_s: float = 5.0) -> None:
    """Let the worker threads still running finish (the application is quitting: a thread
    that outlives the QApplication would touch Qt during the interpreter's shutdown)."""
    deadline = time.monotonic() + timeout_s
    for thread in list(_ACTIVE):
        thread.join(max(0.0, deadline - time.monotonic()))


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Callable[[ThreadProgress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> ThreadProgress:
    """Run ``work(progress)`` on a worker thread with a modal progress dialog and Cancel.

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

    def finish(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(error: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_error(error)

    start_worker(lambda: work(progress), finish, fail)
    return progress
