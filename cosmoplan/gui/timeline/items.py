"""The timeline's drawing items, inside a pyqtgraph ViewBox whose x is days since 1970 and whose
y is pixels from the top of the first row.

Only the rows in view are drawn. Bars and outages are built into ``QPainterPath`` s per chunk of
:data:`CHUNK` rows and per style (tenant colour and status), kept until one of the chunk's rows
is rebuilt; labels, conflicts and the selection are drawn each frame for the rows in view.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from cosmoplan.domain import AllocationStatus
from cosmoplan.gui.labels import label
from cosmoplan.gui.qtstyle import qcolor
from cosmoplan.gui.timeline import style
from cosmoplan.gui.timeline.text import TextCache
from cosmoplan.gui.timeline.ticks import scale_for
from cosmoplan.mapping.tenants import CONFLICT
from cosmoplan.services.viewstate.timeline import BAR_HEIGHT, Bar, Outage, Row, bar_top

if TYPE_CHECKING:
    from cosmoplan.gui.timeline.view import TimelineView

#: Rows per cached chunk of paths.
CHUNK = 32
#: Narrowest bar (pixels) that gets a label.
LABEL_MIN_PX = 28.0
#: Every item claims this rectangle (days, pixels): the timeline's whole range.
WORLD = QRectF(-30_000.0, -1e3, 120_000.0, 1e8)

StyleKey = tuple[str, AllocationStatus]
_LABEL_GROUND = QColor(255, 255, 255, 220)


@dataclass
class _Chunk:
    """Paths of one chunk of rows, with y measured from the chunk's first row."""

    key: tuple[tuple[int, int], ...]
    outages: QPainterPath
    held: QPainterPath
    bars: dict[StyleKey, QPainterPath]


@dataclass(frozen=True, slots=True)
class Frame:
    """Days and row pixels to device pixels for one paint (no rotation in a ViewBox)."""

    sx: float
    tx: float
    sy: float
    ty: float

    @staticmethod
    def of(transform: QTransform) -> Frame:
        return Frame(transform.m11(), transform.dx(), transform.m22(), transform.dy())

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> QRectF:
        """A data rectangle in device pixels."""
        left, right = x0 * self.sx + self.tx, x1 * self.sx + self.tx
        return QRectF(left, y0 * self.sy + self.ty, right - left, (y1 - y0) * self.sy)


class _Item(QGraphicsObject):
    def __init__(self, view: TimelineView) -> None:
        super().__init__()
        self.view = view

    def boundingRect(self) -> QRectF:
        return WORLD

    def visible_rows(self) -> Iterator[tuple[int, Row, float]]:
        """Index, row and top (y) of each row in view."""
        rect = self.view.box.viewRect()
        model = self.view.model
        for index in model.rows_between(rect.top(), rect.bottom()):
            yield index, model.rows[index], model.offsets[index]


class BackgroundItem(_Item):
    """Zebra stripes, selected rows, row and complex rules, and the date grid."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        frame = Frame.of(painter.worldTransform())
        rect = self.view.box.viewRect()
        painter.resetTransform()
        device = frame.rect(rect.left(), rect.top(), rect.right(), rect.bottom())
        rows = self.view.model.rows
        selected = self.view.marks.selected_pads
        for index, row, top in self.visible_rows():
            stripe = frame.rect(rect.left(), top, rect.right(), top + row.height)
            if row.pad_id in selected:
                painter.fillRect(stripe, qcolor(style.SELECTED_ROW))
            elif index % 2:
                painter.fillRect(stripe, qcolor(style.ZEBRA))
            below = rows[index + 1].complex_id if index + 1 < len(rows) else None
            painter.setPen(style.pen(style.GROUP_RULE if below != row.complex_id else style.RULE))
            painter.drawLine(stripe.bottomLeft(), stripe.bottomRight())
        scale = scale_for(rect.left(), rect.right(), frame.sx)
        for bands, colour in ((scale.minor, style.GRID_MINOR), (scale.major, style.GRID_MAJOR)):
            painter.setPen(style.pen(colour))
            for band in bands:
                x = band.x0 * frame.sx + frame.tx
                painter.drawLine(QPointF(x, device.top()), QPointF(x, device.bottom()))


class BarsItem(_Item):
    """Outages, bars, conflicts, the selection and the labels of the rows in view."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self._chunks: dict[int, _Chunk] = {}
        self.chunks_built = 0
        self.font = QFont()
        self.font.setPointSizeF(8.0)
        self.texts = TextCache(self.font)

    def clear(self) -> None:
        """Forget every cached chunk (after the whole plan changed)."""
        self._chunks.clear()
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rows = list(self.visible_rows())
        if not rows:
            return
        transform = painter.worldTransform()
        offsets = self.view.model.offsets
        for number in range(rows[0][0] // CHUNK, rows[-1][0] // CHUNK + 1):
            chunk = self._chunk(number)
            shift = QTransform.fromTranslate(0.0, offsets[number * CHUNK])
            painter.setWorldTransform(shift * transform)
            _paint_chunk(painter, chunk)
        frame = Frame.of(transform)
        painter.resetTransform()
        rect = self.view.box.viewRect()
        device = frame.rect(rect.left(), rect.top(), rect.right(), rect.bottom())
        self._paint_marks(painter, frame, device, rows)
        self._paint_labels(painter, frame, device, rows)

    def _chunk(self, number: int) -> _Chunk:
        model = self.view.model
        first = number * CHUNK
        rows = model.rows[first : first + CHUNK]
        key = tuple((row.pad_id, row.version) for row in rows)
        cached = self._chunks.get(number)
        if cached is not None and cached.key == key:
            return cached
        self.chunks_built += 1
        chunk = _Chunk(key, QPainterPath(), QPainterPath(), {})
        base = model.offsets[first]
        for index, row in enumerate(rows):
            top = model.offsets[first + index] - base
            for outage in row.outages:
                chunk.outages.addRect(QRectF(outage.x0, top, outage.x1 - outage.x0, row.height))
            for bar in row.bars:
                y = top + bar_top(bar.lane)
                path = chunk.bars.setdefault((bar.colour, bar.status), QPainterPath())
                path.addRect(QRectF(bar.x0, y, bar.x1 - bar.x0, BAR_HEIGHT))
                for outage in row.outages:
                    x0, x1 = max(bar.x0, outage.x0), min(bar.x1, outage.x1)
                    if x0 < x1:
                        chunk.held.addRect(QRectF(x0, y, x1 - x0, BAR_HEIGHT))
        self._chunks[number] = chunk
        return chunk

    def _paint_marks(
        self, painter: QPainter, frame: Frame, device: QRectF, rows: list[tuple[int, Row, float]]
    ) -> None:
        marks = self.view.marks
        reach = device.adjusted(-8, -8, 8, 8)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for _, row, top in rows:
            for x0, x1 in marks.overlaps.get(row.pad_id, ()):
                strip = frame.rect(x0, top + row.height - 4, x1, top + row.height - 1)
                painter.fillRect(strip.intersected(reach), qcolor(CONFLICT))
            for bar in row.bars:
                marked = bar.id in marks.conflicts or bar.id in marks.selected
                if not marked and bar.id != marks.dragged:
                    continue
                box = _bar_rect(frame, bar, top).intersected(reach)
                if box.isEmpty():
                    continue
                if bar.id == marks.dragged:
                    painter.fillRect(box, QColor(255, 255, 255, 170))
                if bar.id in marks.conflicts:
                    painter.setPen(style.conflict_pen())
                    painter.drawRect(box.adjusted(-1.5, -1.5, 1.5, 1.5))
                if bar.id in marks.selected:
                    painter.setPen(style.selection_pen())
                    painter.drawRect(box.adjusted(-3.5, -3.5, 3.5, 3.5))

    def _paint_labels(
        self, painter: QPainter, frame: Frame, device: QRectF, rows: list[tuple[int, Row, float]]
    ) -> None:
        painter.setFont(self.font)
        texts = self.texts
        for _, row, top in rows:
            for outage in row.outages:
                self._outage_label(painter, frame, device, row, top, outage)
            for bar in row.bars:
                box = _bar_rect(frame, bar, top)
                if box.width() < LABEL_MIN_PX:
                    continue
                shown = box.intersected(device)
                text = texts.fit(bar.label, shown.width() - 8)
                if not text:
                    continue
                paint = style.bar_paint(bar.colour, bar.status)
                middle = box.center().y()
                if paint.hatch is not None:
                    back = QRectF(shown.left() + 2, box.top() + 2, texts.width(text) + 5, 0)
                    back.setBottom(box.bottom() - 2)
                    painter.fillRect(back, _LABEL_GROUND)
                painter.setPen(paint.ink)
                texts.draw(painter, shown.left() + 4, middle, text)

    def _outage_label(
        self, painter: QPainter, frame: Frame, device: QRectF, row: Row, top: float, outage: Outage
    ) -> None:
        if any(b.x0 < outage.x1 and outage.x0 < b.x1 for b in row.bars):
            return
        shown = frame.rect(outage.x0, top, outage.x1, top + row.height).intersected(device)
        text = label(outage.status)
        width = self.texts.width(text)
        if shown.width() < width + 16:
            return
        middle = top * frame.sy + frame.ty + min(row.height, 28) / 2
        painter.fillRect(
            QRectF(shown.left() + 4, middle - 8, width + 8, 16), qcolor(style.OUTAGE_LABEL)
        )
        painter.setPen(qcolor(style.MUTED))
        self.texts.draw(painter, shown.left() + 8, middle, text)


def _bar_rect(frame: Frame, bar: Bar, top: float) -> QRectF:
    y = top + bar_top(bar.lane)
    return frame.rect(bar.x0, y, bar.x1, y + BAR_HEIGHT)


def _paint_chunk(painter: QPainter, chunk: _Chunk) -> None:
    ground, hatch, overlay = style.outage_paint()
    if not chunk.outages.isEmpty():
        painter.fillPath(chunk.outages, ground)
        painter.fillPath(chunk.outages, hatch)
    for (colour, status), path in chunk.bars.items():
        paint = style.bar_paint(colour, status)
        painter.fillPath(path, paint.ground)
        if paint.hatch is not None:
            painter.fillPath(path, paint.hatch)
        painter.strokePath(path, paint.pen)
    if not chunk.held.isEmpty():
        painter.fillPath(chunk.held, overlay)


class CursorItem(_Item):
    """The "as of" date: a vertical line across the rows."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        frame = Frame.of(painter.worldTransform())
        rect = self.view.box.viewRect()
        x = self.view.cursor_x * frame.sx + frame.tx
        painter.resetTransform()
        top, bottom = rect.top() * frame.sy + frame.ty, rect.bottom() * frame.sy + frame.ty
        painter.setPen(style.pen(style.CURSOR, 2.0))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
