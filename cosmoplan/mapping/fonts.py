"""The fonts of maps and reports: DejaVu Sans, shipped with cosmoplan so that Cyrillic and Kazakh
letters (Байқоңыр) come out right on every machine."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")
FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_path(bold: bool = False) -> Path:
    """The TTF file of the regular or bold face (for Pillow and other rasterisers)."""
    return FONT_DIR / _FILES[BOLD if bold else REGULAR]


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans (regular and bold) with ReportLab once; return the family name.

    ReportLab embeds a subset of the TTF in every PDF that uses it.
    """
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(FAMILY, bold, italic, BOLD if bold else REGULAR)
    return FAMILY


def font_name(bold: bool = False) -> str:
    """The registered ReportLab font name of a face (registers the fonts if needed)."""
    register_fonts()
    return BOLD if bold else REGULAR


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of ``text`` at ``size`` points in DejaVu Sans."""
    return float(pdfmetrics.stringWidth(text, font_name(bold), size))


def embedded_drawing(width: float, height: float) -> Drawing:
    """A ReportLab drawing that starts in DejaVu Sans: left to its default (Times-Roman) a drawing
    would put an unembedded standard font into every PDF that shows it."""
    return Drawing(width, height, initialFontName=font_name(), initialFontSize=10)
