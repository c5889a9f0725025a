"""What a choice in the Find box does: an object is selected and shown on the map; a place
gets the map centred on it with a marker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget
from shapely.geometry import Point

from cosmoplan.domain import Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.find.dialog import FindDialog
from cosmoplan.gui.map import MapCanvas
from cosmoplan.gui.map.overlays import Mark, MarksItem, cosmetic
from cosmoplan.services.search import Place, map_refs
from cosmoplan.services.viewstate import Selection

#: A place is shown with this many metres around it.
PLACE_VIEW_M = 3000.0
#: The marker's colour and size in pixels.
MARKER_COLOUR = "#d81b60"
MARKER_PX = 14.0


class Finder(QObject):
    """The Find box of one window and what its choices do."""

    def __init__(
        self,
        document: Document,
        selection: Selection,
        canvas: MapCanvas,
        show_on_map: Callable[[list[Ref]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.canvas = canvas
        self.show_on_map = show_on_map
        self.dialog = FindDialog(document, parent)
        self.dialog.object_chosen.connect(self.show_object)
        self.dialog.place_chosen.connect(self.show_place)
        self.marker = MarksItem()
        canvas.view.box.addItem(self.marker, ignoreBounds=True)
        self.marker.setZValue(25)
        self.place: Place | None = None

    def open(self) -> FindDialog:
        """Edit > Find: show the box, ready for typing."""
        self.dialog.open_for_typing()
        return self.dialog

    def show_object(self, ref: Ref) -> None:
        """Select ``ref`` and show it (or the pads and land it holds) on the map."""
        self.selection.set([ref])
        shown = map_refs(self.document.plan, ref)
        if shown:
            self.show_on_map(shown)

    def show_place(self, place: Place) -> None:
        """Centre the map on ``place`` and mark it."""
        self.place = place
        half = PLACE_VIEW_M / 2
        self.canvas.zoom_to_bounds((place.x - half, place.y - half, place.x + half, place.y + half))
        brush = QBrush(QColor(MARKER_COLOUR))
        mark = Mark(Point(place.x, place.y), cosmetic("#ffffff", 2.0), brush, MARKER_PX)
        self.marker.set_marks([mark])
