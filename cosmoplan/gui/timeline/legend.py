"""The timeline's legend under the rows: the fill style of each status, outages, conflicts and
the "as of" cursor, then the colour of each tenant shown (lines wrap to the width). The legend
keeps to a quarter of the timeline's height, so the rows keep their room: what does not fit is
named in its tooltip (the tenants' colours are in the Legend dock too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cosmoplan.domain import AllocationStatus
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.qtstyle import qcolor
from cosmoplan.gui.timeline import style
from cosmoplan.mapping.tenants import CONFLICT, STATUS_ORDER, STATUS_SAMPLE

if TYPE_CHECKING:
    from cosmoplan.gui.timeline.view import TimelineView

LINE_PX = 20
SWATCH = QRectF(0, 0, 22, 11)
#: The most of the timeline's height the legend takes when it lists the tenants too.
MAX_SHARE = 0.25

Painter = Callable[[QPainter, QRectF], None]


class TimelineLegend(QWidget):
    """Samples and names, flowed into as many lines as the width needs."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.font_ = QFont()
        self.font_.setPointSizeF(8.0)
        self.bold = QFont(self.font_)
        self.bold.setBold(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(2 * LINE_PX + 8)

    def entries(self) -> list[tuple[str, Painter, bool]]:
        """(text, sample painter, starts a new line) in order."""
        items: list[tuple[str, Painter, bool]] = []
        statuses = list(STATUS_ORDER)
        if self.view.model.show_cancelled:
            statuses.append(AllocationStatus.CANCELLED)
        for status in statuses:
            items.append((label(status), _bar(STATUS_SAMPLE, status), False))
        items.append((tr("Pad not available"), style.paint_outage_sample, False))
        items.append((tr("Error finding"), _conflict, False))
        items.append((tr("As of {date}").format(date=self.view.day.isoformat()), _cursor, False))
        first = True
        for name, colour in self.view.model.tenants_shown():
            items.append((name, _swatch(colour), first))
            first = False
        return items

    def _layout(
        self, width: float, max_lines: int | None = None
    ) -> tuple[list[tuple[QPointF, str, Painter]], int, list[str]]:
        """Where each entry goes, the height, and the texts of entries past ``max_lines``."""
        metrics = QFontMetricsF(self.font_)
        x, y, line = 8.0, 4.0, 1
        placed, left_out = [], []
        for text, sample, new_line in self.entries():
            needed = SWATCH.width() + 6 + metrics.horizontalAdvance(text) + 16
            if new_line or (x > 8 and x + needed > width - 8):
                x, y, line = 8.0, y + LINE_PX, line + 1
            if max_lines is not None and line > max_lines:
                left_out.append(text)
                continue
            placed.append((QPointF(x, y), text, sample))
            x += needed
        lines = min(line, max_lines) if max_lines is not None else line
        return placed, int(4 + lines * LINE_PX + 4), left_out

    def _max_lines(self) -> int:
        return max(1, int(self.view.height() * MAX_SHARE - 8) // LINE_PX)

    def refresh(self) -> None:
        """Fit the height to the entries and repaint (after tenants, filters or the timeline's
        height changed); what does not fit in its share of the height goes to the tooltip."""
        _, height, left_out = self._layout(self.width(), self._max_lines())
        self.setToolTip(", ".join(left_out))
        if height != self.height():
            self.setFixedHeight(height)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), qcolor("#fbfcfd"))
        painter.setPen(style.pen(style.RULE))
        painter.drawLine(0, 0, self.width(), 0)
        placed, _, _ = self._layout(self.width(), self._max_lines())
        painter.setFont(self.font_)
        for point, text, sample in placed:
            swatch = SWATCH.translated(point.x(), point.y() + (LINE_PX - SWATCH.height()) / 2)
            painter.save()
            sample(painter, swatch)
            painter.restore()
            painter.setPen(qcolor(style.INK))
            painter.drawText(
                QRectF(swatch.right() + 6, point.y(), 400, LINE_PX),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.end()


def _bar(colour: str, status: AllocationStatus) -> Painter:
    return lambda painter, rect: style.paint_bar_sample(painter, rect, colour, status)


def _swatch(colour: str) -> Painter:
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, qcolor(colour))

    return paint


def _conflict(painter: QPainter, rect: QRectF) -> None:
    painter.fillRect(rect, qcolor("#ffffff"))
    painter.setPen(style.conflict_pen())
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.fillRect(QRectF(rect.left(), rect.bottom() - 3, rect.width(), 3), qcolor(CONFLICT))


def _cursor(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(style.pen(style.CURSOR, 2.0))
    x = rect.center().x()
    painter.drawLine(QPointF(x, rect.top() - 3), QPointF(x, rect.bottom() + 3))
