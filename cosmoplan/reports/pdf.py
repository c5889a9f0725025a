"""Render a :class:`~cosmoplan.reports.model.Report` to PDF with ReportLab Platypus, headless.

The PDF is built into a temporary file beside the target and moved into place at the end, so a
failure or a cancel leaves no half-written file (and an existing file as it was).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from cosmoplan.domain.progress import Progress
from cosmoplan.domain.progress import report as step
from cosmoplan.files import atomic_file, require_replaceable
from cosmoplan.messages import register
from cosmoplan.reports.cover import generated_text
from cosmoplan.reports.layout import SECTIONS, Frames
from cosmoplan.reports.model import Report
from cosmoplan.reports.pages import (
    LANDSCAPE,
    PORTRAIT,
    Furniture,
    ReportDocument,
    canvas_maker,
    frame_size,
    paper_size,
)

MSG_WRITE_FAILED = register("report.write_failed", "Cannot write the report {path}: {reason}")
MSG_SUBJECT = register(
    "report.subject", "{plan}: pads and tenants as of {at}, the period {start} to {end}"
)
MSG_GENERATED = register("report.footer.generated", "Generated {when} · cosmoplan {version}")
MSG_PAGE = register("report.footer.page", "Page {page} of {pages}")
WHAT = "Building the report"


def render_report(
    report: Report, out: str | Path, paper: str = "a4", progress: Progress | None = None
) -> Path:
    """Write ``report`` as a PDF to ``out`` on ``"a4"`` or ``"letter"`` paper; return the path.

    ``progress`` hears how far the layout got; when it is cancelled,
    :class:`~cosmoplan.domain.progress.Cancelled` is raised and nothing is written. Raises
    CosmoplanError for an unknown paper size or a file that cannot be written.
    """
    paper_size(paper)
    path = Path(out)
    step(progress, 0, 100, WHAT)
    lang, (start, end) = report.language, report.cover.period
    subject = lang.t(
        MSG_SUBJECT, plan=report.cover.plan_name, at=report.cover.at, start=start, end=end
    )
    furniture = Furniture(
        title=report.title,
        plan=report.cover.plan_name,
        subject=subject,
        generated=lang.t(MSG_GENERATED, when=generated_text(report), version=report.cover.version),
        page_text=lambda page, pages: lang.t(MSG_PAGE, page=page, pages=pages),
        notice=" · ".join(filter(None, [report.scenario_notice, report.control.marking])),
        author=report.cover.author,
        language=report.language.code,
    )
    require_replaceable(path, "PDF")  # before the layout, which takes a while
    with atomic_file(path, MSG_WRITE_FAILED, "PDF") as handle:
        story, first = _story(report, paper, furniture)
        document = ReportDocument(handle, paper, furniture, first=first)
        document.setProgressCallBack(_layout_progress(progress))
        document.build(story, canvasmaker=canvas_maker(furniture))
        step(progress, 100, 100, WHAT)
    return path


def _layout_progress(progress: Progress | None) -> Callable[[str, int], None]:
    total = [1]

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(1, value)
        elif kind == "PROGRESS":
            step(progress, 1 + value * 98 // total[0], 100, WHAT)

    return on_progress


def _story(report: Report, paper: str, furniture: Furniture) -> tuple[list[Flowable], str]:
    """The flowables and the orientation of the first page."""
    chosen = [spec for spec in SECTIONS if report.has(spec.id)]
    portrait_width, _ = frame_size(paper, PORTRAIT)
    landscape_width, landscape_height = frame_size(paper, LANDSCAPE)
    frames = Frames(
        portrait_width,
        landscape_width,
        landscape_height,
        furniture,
        [entry for spec in chosen if not spec.front for entry in spec.entries(report)],
    )
    front = [f for spec in chosen if spec.front for f in spec.render(report, frames)]
    parts = [(PORTRAIT, front)] if front else []  # the cover and the contents share pages
    parts += [(spec.orientation, spec.render(report, frames)) for spec in chosen if not spec.front]
    story: list[Flowable] = []
    for index, (orientation, flowables) in enumerate(parts):
        if index:
            story += [NextPageTemplate(orientation), PageBreak()]
        story += flowables
    return story, parts[0][0] if parts else PORTRAIT
