"""Texts that do not fit their widgets: a label, button or check box narrower than its text,
a tab or a header section that elides its title, an item view that elides a row (unless the
row's tip shows the whole text, as a data table's capped column does, or the view wraps and
every word fits)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QTreeView,
    QWidget,
)

#: Rows of an item view looked at (the first ones shown).
ROWS = 40


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        if widget.objectName():
            names.append(widget.objectName())
        widget = widget.parentWidget()
    return "/".join(reversed(names[:3]))


def _count(method: Any, parent: QModelIndex) -> int:
    """Rows or columns under ``parent`` (PySide hides one of the two overloads)."""
    for call in (lambda: method(parent), method):
        try:
            return int(call())
        except TypeError:
            continue
    return 1  # a list model's column count is private: it has one


def _rich(text: str) -> bool:
    return "<" in text and ">" in text


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` (``root`` included) that its widget cuts."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            found += _button(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _rows(widget)
    return found


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.wordWrap() or _rich(text) or label.pixmap().width():
        return []
    lines = _plain(text).split("\n")
    needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    return (
        [f"label {_where(label)}: {text!r} needs {needed} px, has {room}"] if needed > room else []
    )


def _button(button: QAbstractButton) -> list[str]:
    if not button.text() or (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return []
    needed = button.sizeHint().width()
    if needed <= button.width() + 1:
        return []
    return [f"button {_where(button)}: {button.text()!r} needs {needed} px, has {button.width()}"]


def _tabs(bar: QTabBar) -> list[str]:
    """Tabs that elide their text, or that lie partly beyond the bar (behind its scroll
    buttons)."""
    found = []
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        elided = rect.width() + 1 < bar.tabSizeHint(i).width()
        if bar.isTabVisible(i) and (elided or rect.right() > bar.width() or rect.left() < 0):
            needed = bar.tabSizeHint(i).width()
            found.append(f"tab {_where(bar)}: {bar.tabText(i)!r} needs {needed} px")
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() is not Qt.Orientation.Horizontal:
        return []
    found = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        extra = (
            16 if header.isSortIndicatorShown() and header.sortIndicatorSection() == section else 8
        )
        needed = metrics.horizontalAdvance(text) + extra
        if text and needed > header.sectionSize(section):
            found.append(
                f"header {_where(header)}: {text!r} needs {needed} px, "
                f"has {header.sectionSize(section)}"
            )
    return found


def _rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    viewport = view.viewport().rect()
    metrics = view.fontMetrics()
    pending = [QModelIndex()]
    seen = 0
    while pending and seen < ROWS:
        parent = pending.pop(0)
        for row in range(_count(model.rowCount, parent)):
            seen += 1
            if seen > ROWS:
                break
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                pending.append(first)
            for column in range(_count(model.columnCount, parent)):
                index = model.index(row, column, parent)
                rect = view.visualRect(index)
                if rect.isEmpty() or not viewport.intersects(rect):
                    continue
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text or "\n" in text:
                    continue
                icon = index.data(Qt.ItemDataRole.DecorationRole)
                check = index.data(Qt.ItemDataRole.CheckStateRole)
                room = (
                    rect.width()
                    - 6
                    - (20 if icon is not None else 0)
                    - (20 if check is not None else 0)
                )
                words = text.split() if view.wordWrap() else [text]  # a wrapping view
                needed = max(metrics.horizontalAdvance(word) for word in words)
                if needed > room and index.data(Qt.ItemDataRole.ToolTipRole) != text:
                    found.append(f"row {_where(view)}: {text!r} needs {needed} px, has {room}")
    return found
