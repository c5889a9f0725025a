"""Section headings that land in the PDF outline, and the table of contents that lists them.

The contents are laid out before the pages they point to exist: each line records where its page
number goes, and the canvas fills the numbers in on save (one pass, no second layout).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from cosmoplan.reports.pages import Furniture, fit_text
from cosmoplan.reports.styles import escape


@dataclass(frozen=True, slots=True)
class Entry:
    """A line of the contents: the heading's text, its bookmark key and its level (0 or 1)."""

    title: str
    key: str
    level: int = 0


#: A heading, its outline entry and its contents line say at most this many characters.
MAX_TITLE = 240


def short_title(title: str) -> str:
    """``title`` cut with an ellipsis after :data:`MAX_TITLE` characters (a tenant's name may
    run to thousands: a heading must stay a few lines, on one page)."""
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"


class Heading(Paragraph):
    """A heading paragraph that becomes a bookmark and an outline entry where it lands.

    ``markup`` (Paragraph markup, escaped by the caller) replaces the entry's plain title; a
    caller that passes markup cuts its text with :func:`short_title`.
    """

    def __init__(self, entry: Entry, style: ParagraphStyle, markup: str | None = None) -> None:
        title = short_title(entry.title)
        super().__init__(markup if markup is not None else escape(title), style)
        self.outline = (title, entry.key, entry.level)


class ContentsLine(Flowable):
    """One line of the table of contents, linked to its section; the number comes on save."""

    def __init__(self, entry: Entry, style: ParagraphStyle, furniture: Furniture) -> None:
        super().__init__()
        self.entry = entry
        self.style = style
        self.furniture = furniture
        self.width = 0.0
        self.height = float(style.leading)
        self.bold = "Bold" in str(style.fontName)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        indent = float(self.style.leftIndent)
        baseline = y + (self.height - float(self.style.fontSize)) / 2 + 1
        canvas.saveState()
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        size = float(self.style.fontSize)
        title = fit_text(self.entry.title, size, self.width - indent - 40, bold=self.bold)
        canvas.drawString(x + indent, baseline, title)
        canvas.restoreState()
        text_end = x + indent + canvas.stringWidth(title, self.style.fontName, size)
        page = canvas.getPageNumber()
        slot = (self.entry.key, text_end + 4, x + self.width, baseline)
        self.furniture.slots.setdefault(page, []).append(slot)
        canvas.linkRect("", self.entry.key, (x, y, x + self.width, y + self.height), relative=0)

    def draw(self) -> None:
        """Drawn by :meth:`drawOn` (it needs page coordinates)."""

    def split(self, available_width: float, available_height: float) -> list[Any]:
        return []
