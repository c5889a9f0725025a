"""The bar being dragged: where it would go, red if the rules find an error there, with a panel
of what they would say ("✖ Allocations of Baiterek JV ... overlap on pad 45/1 ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosmoplan.analysis import Severity
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.qtstyle import qcolor
from cosmoplan.gui.timeline import style
from cosmoplan.gui.timeline.items import Frame, _Item
from cosmoplan.mapping.tenants import CONFLICT
from cosmoplan.services.viewstate.days import x_after, x_of
from cosmoplan.services.viewstate.timeline import BAR_HEIGHT, bar_top

if TYPE_CHECKING:
    from cosmoplan.gui.timeline.interaction import Drag

#: Findings listed in the panel at most.
MAX_LINES = 4
PANEL_PX = 640
WARNING = "#9a6700"


def drag_lines(drag: Drag, pad_code: str) -> list[tuple[str, str]]:
    """The panel's lines with their colours: the new period and pad, then the errors and
    warnings the candidate would get (or that there is none)."""
    candidate, original = drag.candidate, drag.original
    assert candidate is not None and original is not None
    head = f"{candidate.start.isoformat()} – {candidate.end.isoformat()} · {pad_code}"
    moved = (candidate.start - original.start).days
    if drag.mode == "move" and moved:
        head += "  " + tr("({days:+d} days)").format(days=moved)
    lines = [(head, style.INK)]
    shown = [f for f in drag.findings if f.severity is not Severity.INFO]
    for finding in shown[:MAX_LINES]:
        error = finding.severity is Severity.ERROR
        mark = "✖ " if error else "⚠ "
        lines.append((mark + finding.text, CONFLICT if error else WARNING))
    if len(shown) > MAX_LINES:
        lines.append((tr("… and {count} more").format(count=len(shown) - MAX_LINES), style.MUTED))
    if not shown:
        lines.append(("✓ " + tr("No conflicts"), "#2e7d32"))
    return lines


class GhostItem(_Item):
    """Paints the dragged bar's candidate and the findings panel."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.font = QFont()
        self.font.setPointSizeF(8.5)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        drag = self.view.input.drag
        if drag is None or drag.candidate is None or not drag.started:
            return
        candidate = drag.candidate
        model = self.view.model
        index = model.row_index(candidate.pad_id)
        if index is None:
            return
        found = model.find_bar(candidate.id)
        lane = found[1].lane if found and found[1].allocation.pad_id == candidate.pad_id else 0
        frame = Frame.of(painter.worldTransform())
        rect = self.view.box.viewRect()
        device = frame.rect(rect.left(), rect.top(), rect.right(), rect.bottom())
        y = model.offsets[index] + bar_top(lane)
        box = frame.rect(x_of(candidate.start), y, x_after(candidate.end), y + BAR_HEIGHT)
        painter.resetTransform()
        error = bool(drag.errors)
        colour = QColor(
            qcolor(
                CONFLICT
                if error
                else self.view.model.colours.get(candidate.tenant_id, style.ACCENT)
            )
        )
        colour.setAlpha(120)
        shown = box.intersected(device.adjusted(-4, -4, 4, 4))
        painter.fillRect(shown, colour)
        painter.setPen(style.pen(CONFLICT if error else style.INK, 2.0, dashed=not error))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(shown)
        self._panel(painter, drag, model.rows[index].code, box, device)

    def _panel(self, painter: QPainter, drag: Drag, code: str, bar: QRectF, device: QRectF) -> None:
        metrics = QFontMetricsF(self.font)
        width = min(PANEL_PX, device.width() - 8)
        texts = [
            (metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 16), colour)
            for text, colour in drag_lines(drag, code)
        ]
        line = metrics.height() + 2
        height = len(texts) * line + 10
        left = min(max(bar.left(), device.left() + 4), device.right() - width - 4)
        top = bar.bottom() + 6
        if top + height > device.bottom() - 4:
            top = max(bar.top() - 6 - height, device.top() + 4)
        panel = QRectF(left, top, width, height)
        painter.setPen(style.pen(CONFLICT if drag.errors else style.GROUP_RULE))
        painter.setBrush(QColor(255, 255, 255, 240))
        painter.drawRoundedRect(panel, 4, 4)
        painter.setFont(self.font)
        for number, (text, colour) in enumerate(texts):
            painter.setPen(qcolor(colour))
            painter.drawText(
                QRectF(left + 8, top + 5 + number * line, width - 16, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
