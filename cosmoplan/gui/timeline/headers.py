"""The timeline's headers: the date scale above the rows (with the "as of" flag) and the pad
column on the left (complex, pad code), both following the plot's view."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosmoplan.gui.i18n import tr
from cosmoplan.gui.qtstyle import qcolor
from cosmoplan.gui.timeline import style
from cosmoplan.gui.timeline.ticks import scale_for

if TYPE_CHECKING:
    from cosmoplan.gui.timeline.view import TimelineView

HEADER_PX = 46
ROW_HEADER_PX = 210
_FLAG_PX = 18


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class _Header(pg.GraphicsWidget):
    def __init__(self, view: TimelineView) -> None:
        super().__init__()
        self.view = view
        self.bold = _font(8.5, bold=True)
        self.small = _font(7.5)
        self.code = _font(9.0, bold=True)


class TimeHeader(_Header):
    """Two tiers of dates over the plot (years over months, months over days...); the "as of"
    date as a flag. Clicking or dragging here moves the "as of" date."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setFixedHeight(HEADER_PX)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        width, half = rect.width(), rect.height() / 2
        x0, x1 = self.view.box.viewRange()[0]
        if width <= 0 or x1 <= x0:
            return
        scale = width / (x1 - x0)

        def px(x: float) -> float:
            return (x - x0) * scale

        painter.setClipRect(rect)
        painter.fillRect(rect, qcolor(style.HEADER))
        bands = scale_for(x0, x1, scale)
        for tier, (top, font, colour) in enumerate(
            ((0.0, self.bold, style.INK), (half, self.small, style.MUTED))
        ):
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            for band in bands.major if tier == 0 else bands.minor:
                left, right = px(band.x0), px(band.x1)
                painter.setPen(style.pen(style.GROUP_RULE if tier == 0 else style.RULE))
                painter.drawLine(
                    QPointF(left, top + (0 if tier == 0 else 6)), QPointF(left, top + half)
                )
                shown_left, shown_right = max(left, 0.0), min(right, width)
                if (
                    not band.label
                    or metrics.horizontalAdvance(band.label) + 6 > shown_right - shown_left
                ):
                    continue
                painter.setPen(qcolor(colour))
                painter.drawText(
                    QRectF(shown_left, top, shown_right - shown_left, half),
                    Qt.AlignmentFlag.AlignCenter,
                    band.label,
                )
        painter.setPen(style.pen(style.GROUP_RULE))
        painter.drawLine(QPointF(0, half), QPointF(width, half))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        self._paint_flag(painter, px(self.view.cursor_x), rect)

    def _paint_flag(self, painter: QPainter, x: float, rect: QRectF) -> None:
        if not -40 <= x <= rect.width() + 40:
            return
        text = self.view.day.isoformat()
        painter.setFont(self.bold)
        width = QFontMetricsF(self.bold).horizontalAdvance(text) + 12
        flag = QRectF(x - width / 2, rect.bottom() - _FLAG_PX - 5, width, _FLAG_PX)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(style.CURSOR))
        painter.drawRoundedRect(flag, 3, 3)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - 5, flag.bottom()),
                    QPointF(x + 5, flag.bottom()),
                    QPointF(x, rect.bottom()),
                ]
            )
        )
        painter.setPen(qcolor("#ffffff"))
        painter.drawText(flag, Qt.AlignmentFlag.AlignCenter, text)


class RowHeader(_Header):
    """The pad column: the complex (on the first row of its group in view) and the pad code."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setFixedWidth(ROW_HEADER_PX)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.setClipRect(rect)
        painter.fillRect(rect, qcolor("#fbfcfd"))
        view = self.view
        y0 = view.box.viewRange()[1][0]
        rows = view.model.rows
        metrics = QFontMetricsF(self.small)
        first_shown = True
        for index in view.model.rows_between(y0, y0 + rect.height()):
            row = rows[index]
            top = view.model.offsets[index] - y0
            band = QRectF(0, top, rect.width(), row.height)
            if row.pad_id in view.marks.selected_pads:
                painter.fillRect(band, qcolor(style.SELECTED_ROW))
            elif index % 2:
                painter.fillRect(band, qcolor(style.ZEBRA))
            new_group = index == 0 or rows[index - 1].complex_id != row.complex_id
            if new_group or first_shown:
                painter.setFont(self.small)
                painter.setPen(qcolor(style.MUTED))
                text = metrics.elidedText(row.complex_label, Qt.TextElideMode.ElideRight, 128)
                painter.drawText(
                    QRectF(10, top, 132, min(row.height, 28.0)), Qt.AlignmentFlag.AlignVCenter, text
                )
            first_shown = False
            painter.setFont(self.code)
            painter.setPen(qcolor(style.INK))
            painter.drawText(
                QRectF(140, top, rect.width() - 150, min(row.height, 28.0)),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                row.code,
            )
            below = rows[index + 1].complex_id if index + 1 < len(rows) else None
            painter.setPen(style.pen(style.GROUP_RULE if below != row.complex_id else style.RULE))
            painter.drawLine(band.bottomLeft(), band.bottomRight())
        painter.setPen(style.pen(style.GROUP_RULE))
        painter.drawLine(rect.topRight(), rect.bottomRight())


class CornerItem(_Header):
    """Above the pad column: the column titles."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setFixedWidth(ROW_HEADER_PX)
        self.setFixedHeight(HEADER_PX)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect, qcolor(style.HEADER))
        painter.setFont(self.bold)
        painter.setPen(qcolor(style.MUTED))
        lower = QRectF(10, rect.height() / 2, rect.width() - 20, rect.height() / 2)
        painter.drawText(lower, Qt.AlignmentFlag.AlignVCenter, tr("Launch complex"))
        painter.drawText(
            lower, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, tr("Pad")
        )
        painter.setPen(style.pen(style.GROUP_RULE))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
