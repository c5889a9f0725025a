"""Drawing with typed values: while a line or polygon is drawn, typing a number (or Tab) opens
a field over the map's corner for the next vertex as a distance and a true bearing from the
last one (``250 45``, ``1.2 km 300``); Enter adds it and the field stays for the next, Esc
closes it. As QGIS's advanced digitising, in the few words a planner types."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map.formatting import parse_offset

if TYPE_CHECKING:
    from cosmoplan.gui.map.canvas import MapCanvas

MARGIN = 12


@runtime_checkable
class TakesOffsets(Protocol):
    """A tool that can add a vertex at a distance and bearing from its last one."""

    def add_offset(self, distance: float, bearing: float) -> bool: ...


class TypedVertexBar(QFrame):
    """The field for the next vertex, over the map's top left corner (hidden until used)."""

    def __init__(self, canvas: MapCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setObjectName("typed_vertex_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        self.caption = QLabel(tr("Next vertex (distance, bearing):"))
        self.edit = QLineEdit()
        self.edit.setObjectName("typed_vertex")
        self.edit.setPlaceholderText(tr("e.g. 250 45"))
        self.edit.setToolTip(
            tr("Distance in metres (or km) and true bearing in degrees from the last vertex")
        )
        self.edit.returnPressed.connect(self.enter)
        self.edit.installEventFilter(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        self.hide()

    def start(self, text: str = "") -> None:
        """Show the field with ``text`` typed in it, ready for more."""
        self.adjustSize()
        self.move(MARGIN, MARGIN)
        self.show()
        self.raise_()
        self.edit.setText(text)
        self.edit.setFocus()

    def close_field(self) -> None:
        """Hide the field and give the keyboard back to the map."""
        if self.isVisible():
            self.hide()
            self.canvas.view.setFocus()

    def enter(self) -> None:
        """Add the typed vertex to the tool's shape; a one-line message if it cannot be."""
        tool = self.canvas.tool
        parsed = parse_offset(self.edit.text())
        if parsed is None:
            self.canvas.message.emit(tr("Type a distance and a bearing, e.g. 250 45."))
            return
        if not isinstance(tool, TakesOffsets):
            self.close_field()
            return
        if tool.add_offset(*parsed):
            self.edit.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # keys the field leaves (Return) must not reach the map's tool

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() != Qt.Key.Key_Escape:
            return False
        self.close_field()
        return True
