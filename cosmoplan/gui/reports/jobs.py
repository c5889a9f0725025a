"""Report rendering off the GUI thread: the preview's job on a Python thread with a cancellable
progress, the work of preview and export, and a progress that shows a translated label."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cosmoplan.domain.progress import Progress
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
    request: Callable[[], Report], out: Path, paper: str, progress: Progress
) -> tuple[Path, list[PageSize]]:
    """Gather the report ``request()`` gives, render it to ``out`` and read back the size of
    each page (worker thread)."""
    render_report(request(), out, paper, progress)
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

    A Python thread, not a QThreadPool job, for the reason :mod:`cosmoplan.gui.workers` gives
    (pyproj, which draws the map's grid, crashes on a reused pool thread). Unlike
    :func:`~cosmoplan.gui.workers.run_in_background` it shows no dialog: the preview pane shows
    the progress itself. Keep the job until its outcome arrives.
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
