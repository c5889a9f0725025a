"""The pages of a PDF as a scrollable sheet of page images: a list model and a delegate that paints
each page as paper on a grey desk, with its number under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cosmoplan.gui.i18n import tr
from cosmoplan.gui.reports.pdfpages import PageImages

#: Space around a page in its cell, and between the page and its number, in pixels.
MARGIN = 10
LABEL_GAP = 4
DESK = QColor("#d5d8dc")
SHADOW = QColor(0, 0, 0, 55)
PLACEHOLDER = QColor("#9aa0a6")

ModelIndex = QModelIndex | QPersistentModelIndex


class PageModel(QAbstractListModel):
    """One row per page of the document :class:`PageImages` holds."""

    def __init__(self, images: PageImages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.images = images
        images.ready.connect(self.page_ready)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of pages."""
        return 0 if parent.isValid() else len(self.images.sizes)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The page's name; its orientation in the tooltip."""
        if not index.isValid():
            return None
        number = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Page {number}").format(number=number)
        if role == Qt.ItemDataRole.ToolTipRole:
            width, height = self.images.sizes[index.row()]
            orientation = tr("landscape") if width > height else tr("portrait")
            return tr("Page {number} of {count}, {orientation}").format(
                number=number, count=self.rowCount(), orientation=orientation
            )
        return None

    def reset(self) -> None:
        """The document or the zoom changed: lay every page out again."""
        self.beginResetModel()
        self.endResetModel()

    def page_ready(self, row: int) -> None:
        """Repaint the page whose image arrived."""
        if 0 <= row < self.rowCount():
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PageDelegate(QStyledItemDelegate):
    """Paints a page image (or a placeholder while it renders) with a shadow and its number.

    Sizes come from the page sizes alone, so laying out hundreds of pages renders none of them.
    """

    def __init__(self, images: PageImages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.images = images

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """The page's size plus its margin and number."""
        page = self.images.page_size(index.row())
        text = option.fontMetrics.height()
        return QSize(page.width() + 2 * MARGIN, page.height() + 2 * MARGIN + LABEL_GAP + text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Draw the page."""
        row = index.row()
        cell: QRect = option.rect
        size = self.images.page_size(row)
        page = QRect(cell.x() + (cell.width() - size.width()) // 2, cell.y() + MARGIN, 0, 0)
        page.setSize(size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(page.translated(2, 3), SHADOW)
        painter.fillRect(page, Qt.GlobalColor.white)
        image = self.images.image(row)
        if image is not None:
            painter.drawImage(page, image)
        else:
            painter.setPen(PLACEHOLDER)
            painter.drawText(page, Qt.AlignmentFlag.AlignCenter, tr("Rendering…"))
        palette: QPalette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(page.adjusted(-2, -2, 1, 1))
        label = QRect(cell.x(), page.bottom() + 1 + LABEL_GAP, cell.width(), cell.height())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(row + 1)
        )
        painter.restore()


def pages_view(images: PageImages, parent: QWidget | None = None) -> QListView:
    """A list view showing ``images``'s pages left to right, wrapping, on a grey desk."""
    view = QListView(parent)
    view.setObjectName("report_preview_pages")
    view.setModel(PageModel(images, view))
    view.setItemDelegate(PageDelegate(images, view))
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setSpacing(4)
    view.setUniformItemSizes(False)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalScrollBar().setSingleStep(24)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, DESK)
    palette.setColor(QPalette.ColorRole.Text, QColor("#3c4043"))
    view.setPalette(palette)
    return view
