"""The look of reports: one type scale in DejaVu Sans, paragraph styles, spacing, number formats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from cosmoplan.mapping.fonts import BOLD, REGULAR, register_fonts
from cosmoplan.reports.colours import ACCENT, INK, MUTED

#: Type scale (points): every size in a report is one of these.
TITLE, H1, H2, H3, BODY, SMALL, TINY = 24.0, 16.0, 12.0, 10.0, 9.0, 7.5, 6.5
#: Vertical rhythm (points).
GAP = 6.0


def hex_colour(value: str) -> Color:
    """A ReportLab colour from ``#RRGGBB``."""
    return HexColor(value)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    toc: tuple[ParagraphStyle, ParagraphStyle]


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The styles (fonts registered on first use)."""
    register_fonts()
    ink, accent, muted = hex_colour(INK), hex_colour(ACCENT), hex_colour(MUTED)

    def style(name: str, size: float, bold: bool = False, **extra: object) -> ParagraphStyle:
        options: dict[str, object] = {
            "fontName": BOLD if bold else REGULAR,
            "fontSize": size,
            "leading": round(size * 1.3, 1),
            "textColor": ink,
            "alignment": TA_LEFT,
        }
        options.update(extra)
        return ParagraphStyle(name, **options)

    return Styles(
        title=style("Title", TITLE, True, leading=30, textColor=accent, spaceAfter=GAP),
        subtitle=style("Subtitle", H2, textColor=muted, leading=16, spaceAfter=GAP * 3),
        h1=style("H1", H1, True, textColor=accent, spaceBefore=0, spaceAfter=GAP * 1.5),
        h2=style("H2", H2, True, textColor=accent, spaceBefore=GAP * 2, spaceAfter=GAP),
        h3=style("H3", H3, True, spaceBefore=GAP * 1.5, spaceAfter=GAP * 0.5),
        body=style("Body", BODY, leading=12.5, spaceAfter=GAP),
        small=style("Small", SMALL, textColor=muted, leading=9.5),
        caption=style("Caption", SMALL, textColor=muted, leading=9.5, spaceAfter=GAP),
        toc=(
            style("TOC1", BODY + 1, True, leading=17),
            style("TOC2", BODY, leading=13, leftIndent=14),
        ),
    )


def money(value: float | None) -> str:
    """US dollars without cents, grouped: ``1,250,000``; blank when unknown."""
    return "" if value is None else f"{value:,.0f}"


def day(value: date) -> str:
    """A date as printed: ISO 8601 (unambiguous in every country)."""
    return value.isoformat()


def number(value: float | None, places: int = 1) -> str:
    """A figure with ``places`` decimals, trailing zeros dropped; blank when unknown."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(share: float) -> str:
    """``0.734`` -> ``73 %``."""
    return f"{share * 100:.0f} %"


def escape(text: str) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
