"""Label text for the timeline's bars, laid out once and reused frame after frame: the widths,
the elided forms and the prepared glyphs (``QStaticText``) of the texts seen so far."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText

#: Texts kept at most (the cache starts afresh beyond).
MAX_TEXTS = 20_000
#: Room is rounded down to this many pixels when eliding, so that few forms are kept.
ROOM_STEP = 6.0


class TextCache:
    """Widths, elided forms and static texts in one font."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.height = self.metrics.height()
        self._widths: dict[str, float] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._static: dict[str, QStaticText] = {}

    def width(self, text: str) -> float:
        """The advance of ``text``."""
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) > MAX_TEXTS:
                self._widths.clear()
            found = self._widths[text] = self.metrics.horizontalAdvance(text)
        return found

    def fit(self, text: str, room: float) -> str:
        """``text``, or its elided form that fits ``room`` pixels ("" if nothing useful does)."""
        if self.width(text) <= room:
            return text
        steps = int(room // ROOM_STEP)
        key = (text, steps)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > MAX_TEXTS:
                self._elided.clear()
            found = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, steps * ROOM_STEP)
            found = self._elided[key] = found if len(found) >= 3 else ""
        return found

    def draw(self, painter: QPainter, left: float, middle: float, text: str) -> None:
        """Draw ``text`` from ``left``, centred on ``middle`` (the painter's pen and font)."""
        static = self._static.get(text)
        if static is None:
            if len(self._static) > MAX_TEXTS:
                self._static.clear()
            static = self._static[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self.font)
        painter.drawStaticText(QPointF(left, middle - self.height / 2), static)
