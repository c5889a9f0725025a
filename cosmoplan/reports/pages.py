"""Pages of a report: paper sizes, portrait and landscape templates, header and footer.

The footer says "Page X of Y", so it is drawn once the last page is known: the canvas keeps each
finished page and draws the footers (and the page numbers of the table of contents) on save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cosmoplan.mapping.fonts import BOLD, REGULAR, font_name, text_width
from cosmoplan.messages import ValidationError, register
from cosmoplan.reports.colours import ACCENT, MUTED, RULE
from cosmoplan.reports.styles import SMALL, TINY, hex_colour

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
PORTRAIT, LANDSCAPE = "portrait", "landscape"
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_Y = 12 * mm  # header baseline, from the top edge
FOOTER_Y = 10 * mm  # footer baseline, from the bottom edge

MSG_UNKNOWN_PAPER = register(
    "report.unknown_paper", "There is no paper size {paper!r}. Paper sizes: {known}."
)


def paper_size(paper: str) -> tuple[float, float]:
    """The portrait size (points) of ``"a4"`` or ``"letter"``."""
    size = PAPERS.get(paper.strip().lower()) if isinstance(paper, str) else None
    if size is None:
        raise ValidationError(
            MSG_UNKNOWN_PAPER, field="paper", paper=paper, known=", ".join(PAPERS)
        )
    return size


def frame_size(paper: str, orientation: str) -> tuple[float, float]:
    """Width and height (points) of the text frame of a portrait or landscape page."""
    width, height = _oriented(paper_size(paper), orientation)
    return width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM


def _oriented(size: tuple[float, float], orientation: str) -> tuple[float, float]:
    return landscape(size) if orientation == LANDSCAPE else size


@dataclass
class Furniture:
    """What every page shows around the text, and the table-of-contents bookkeeping.

    ``anchors`` maps a section key to its page number (filled while pages are laid out);
    ``slots`` records where the table of contents wants each section's page number drawn, and
    ``marks`` the bookmarks (title, key, level, top) of each page. Bookmarks are made on save
    too: a destination belongs to the page being written.
    """

    title: str
    plan: str
    generated: str
    subject: str = ""
    notice: str = ""
    page_text: Callable[[int, int], str] = lambda page, pages: f"Page {page} of {pages}"
    author: str = ""
    language: str = "en"
    anchors: dict[str, int] = field(default_factory=dict)
    slots: dict[int, list[tuple[str, float, float, float]]] = field(default_factory=dict)
    marks: dict[int, list[tuple[str, str, int, float]]] = field(default_factory=dict)

    def bookmarks(self, canvas: Canvas, page: int) -> None:
        """The bookmarks and outline entries of the headings on ``page``."""
        for title, key, level, top in self.marks.get(page, []):
            canvas.bookmarkHorizontal(key, 0, top)
            canvas.addOutlineEntry(title, key, level=level, closed=level > 0)

    def header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: report title left, plan name right, a rule below."""
        width, height = canvas._pagesize
        y = height - HEADER_Y
        half = (width - 2 * MARGIN_X) / 2 - 6
        canvas.saveState()
        canvas.setFont(BOLD, SMALL)
        canvas.setFillColor(hex_colour(ACCENT))
        canvas.drawString(MARGIN_X, y, fit_text(self.title, SMALL, half, bold=True))
        canvas.setFont(REGULAR, SMALL)
        canvas.setFillColor(hex_colour(MUTED))
        canvas.drawRightString(width - MARGIN_X, y, fit_text(self.plan, SMALL, half))
        canvas.setStrokeColor(hex_colour(RULE))
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """The footer: generation time left, "Page X of Y" right, and the confidentiality
        notice on a line of its own below, cut to the width (a name may be very long)."""
        width, _ = canvas._pagesize
        y = FOOTER_Y
        line = width - 2 * MARGIN_X
        numbers = self.page_text(page, pages)
        canvas.saveState()
        canvas.setStrokeColor(hex_colour(RULE))
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y + 9, width - MARGIN_X, y + 9)
        canvas.setFont(REGULAR, TINY)
        canvas.setFillColor(hex_colour(MUTED))
        room = line - text_width(numbers, SMALL, bold=True) - 12
        canvas.drawString(MARGIN_X, y, fit_text(self.generated, TINY, room))
        if self.notice:
            canvas.setFont(BOLD, TINY)
            canvas.drawCentredString(width / 2, y - 8, fit_text(self.notice, TINY, line, bold=True))
        canvas.setFont(BOLD, SMALL)
        canvas.setFillColor(hex_colour(ACCENT))
        canvas.drawRightString(width - MARGIN_X, y, numbers)
        canvas.restoreState()

    def contents_numbers(self, canvas: Canvas, page: int) -> None:
        """Page numbers (with dot leaders) of the table-of-contents lines on ``page``."""
        for key, x0, x1, y in self.slots.get(page, []):
            number = self.anchors.get(key)
            if number is None:
                continue
            text = str(number)
            size = SMALL + 1
            canvas.saveState()
            canvas.setFont(REGULAR, size)
            canvas.setFillColor(hex_colour(MUTED))
            right = x1 - text_width(text, size) - 4
            dots = "." * max(0, int((right - x0) / text_width(".", size)))
            canvas.drawRightString(right, y, dots)
            canvas.setFillColor(hex_colour(ACCENT))
            canvas.drawRightString(x1, y, text)
            canvas.restoreState()


def fit_text(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` cut with an ellipsis to ``width`` points (the cut found by halving: a name may
    run to thousands of characters)."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


def canvas_maker(furniture: Furniture) -> Callable[..., Canvas]:
    """A canvas class that draws the footers and contents numbers once the page count is known."""

    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished)
            for number, state in enumerate(self._finished, start=1):
                self.__dict__.update(state)
                furniture.bookmarks(self, number)
                furniture.footer(self, number, pages)
                furniture.contents_numbers(self, number)
                Canvas.showPage(self)
            self._finished = []
            Canvas.save(self)

    return ReportCanvas


class ReportDocument(BaseDocTemplate):
    """Portrait and landscape page templates; headings become bookmarks and outline entries.

    ``first`` is the orientation of the first page.
    """

    def __init__(
        self, target: Any, paper: str, furniture: Furniture, first: str = PORTRAIT, **kwargs: Any
    ) -> None:
        size = paper_size(paper)
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=furniture.title,
            subject=furniture.subject or furniture.plan,
            author=furniture.author or "cosmoplan",
            creator="cosmoplan",
            lang=furniture.language,
            initialFontName=font_name(),  # else every page names unembedded Helvetica
            **kwargs,
        )
        self.furniture = furniture
        templates = [self._template(PORTRAIT, size), self._template(LANDSCAPE, landscape(size))]
        if first == LANDSCAPE:
            templates.reverse()  # the first template lays out the first page
        self.addPageTemplates(templates)

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = size
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        return PageTemplate(id=name, frames=[frame], onPage=self.furniture.header, pagesize=size)

    def afterFlowable(self, flowable: Flowable) -> None:
        """Register section headings: bookmark, outline entry, page number for the contents."""
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, key, level = outline
        page = self.canv.getPageNumber()
        self.furniture.anchors[key] = page
        top = self.frame._y + flowable.height + 8
        self.furniture.marks.setdefault(page, []).append((title, key, level, top))
