"""The Find box: type a code, a name, a tenant or coordinates; the results follow each
keystroke; Enter or a double click chooses one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import one
from cosmoplan.gui.tables.words import WORDS
from cosmoplan.services.search import Hit, Place, SearchIndex, parse_place
from cosmoplan.services.tables import plain

#: Role of what an item stands for: a Ref or a Place.
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
#: Keys the search field passes on to the results list.
_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class FindDialog(QDialog):
    """A small window with the search field over the results."""

    object_chosen = Signal(object)  # Ref
    place_chosen = Signal(object)  # Place

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_dialog")
        self.setWindowTitle(tr("Find"))
        self.index = SearchIndex(document.plan)
        document.changes_applied.connect(self.index.apply)
        self.field = QLineEdit(self)
        self.field.setObjectName("edit_find")
        self.field.setPlaceholderText(tr("Pad, name, tenant, or coordinates (45.92, 63.34)"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setObjectName("list_find_results")
        self.status = QLabel(self)
        self.status.setObjectName("label_find_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(420, 360)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.choose_current)
        self.results.itemActivated.connect(self._choose)

    def open_for_typing(self) -> None:
        """Show the box with its text selected, ready for a new search."""
        self.index.search("")  # brings the index up to date before the first keystroke
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def search(self, text: str) -> None:
        """Show what ``text`` finds: the place it names first, then the objects."""
        self.results.clear()
        place = parse_place(text)
        if place is not None:
            self._add(tr("Go to {place}").format(place=place.describe()), place)
        for hit in self.index.search(text):
            self._add(self._hit_text(hit), hit.ref)
        if self.results.count():
            self.results.setCurrentRow(0)
        found = self.results.count() - (place is not None)
        self.status.setText(tr("Nothing found.") if text.strip() and not found else "")

    @staticmethod
    def _hit_text(hit: Hit) -> str:
        title = str(plain(hit.title, WORDS))
        kind = one(hit.ref.kind)
        if hit.detail:
            return tr("{title} ({kind}) — {detail}").format(
                title=title, kind=kind, detail=hit.detail
            )
        return tr("{title} ({kind})").format(title=title, kind=kind)

    def _add(self, text: str, target: Ref | Place) -> None:
        item = QListWidgetItem(text, self.results)
        item.setData(TARGET_ROLE, target)
        item.setToolTip(text)

    def choose_current(self) -> None:
        """Enter in the field: choose the result under the cursor (the first one)."""
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if isinstance(target, Place):
            self.place_chosen.emit(target)
        elif isinstance(target, Ref):
            self.object_chosen.emit(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the field move through the results."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _LIST_KEYS:
                self.results.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)
