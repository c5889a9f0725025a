"""The work of a report preview and export (run by the task runner, :mod:`cosmoplan.gui.workers`)
and a progress that shows a translated label."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cosmoplan.domain.progress import Progress
from cosmoplan.gui.reports.pdfpages import PageSize, open_pdf, page_sizes
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
