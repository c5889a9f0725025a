"""Map bookmarks: named views kept in the preferences (View > Bookmark This View…, and a
Bookmarks menu that shows each again)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.settings import AppSettings

Bounds = tuple[float, float, float, float]


def bookmarks(settings: AppSettings) -> dict[str, Bounds]:
    """The bookmarks of the preferences that are well-formed, by name."""
    found: dict[str, Bounds] = {}
    for name, value in settings.preferences.map_bookmarks.items():
        numbers = isinstance(value, list) and len(value) == 4
        if numbers and all(isinstance(v, int | float) and math.isfinite(v) for v in value):
            x0, y0, x1, y1 = (float(v) for v in value)
            found[str(name)] = (x0, y0, x1, y1)
    return found


def add_bookmark(settings: AppSettings, name: str, bounds: Bounds) -> None:
    """Remember the view ``bounds`` as ``name`` (replacing one of that name)."""
    settings.preferences.map_bookmarks[name] = [float(v) for v in bounds]
    settings.save()


def bookmark_view(parent: QWidget, canvas: MapCanvas, settings: AppSettings) -> None:
    """Ask a name for the current view and remember it."""
    name, ok = QInputDialog.getText(parent, tr("Bookmark This View"), tr("Name of the view:"))
    if ok and name.strip():
        add_bookmark(settings, name.strip(), canvas.navigator.bounds())


def attach_bookmarks_menu(parent: QMenu, canvas: MapCanvas, settings: AppSettings) -> None:
    """Add a "Bookmarks" sub-menu to ``parent``, rebuilt each time it opens."""
    menu = parent.addMenu(tr("Boo&kmarks"))
    menu.setObjectName("menu_bookmarks")

    def rebuild() -> None:
        menu.clear()
        found = bookmarks(settings)
        for name, bounds in sorted(found.items()):
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, b=bounds: canvas.zoom_to_bounds(b, 0.0))
        if found:
            menu.addSeparator()
            menu.addAction(tr("&Clear Bookmarks")).triggered.connect(clear)
        else:
            menu.addAction(tr("No bookmarks")).setEnabled(False)

    def clear() -> None:
        settings.preferences.map_bookmarks = {}
        settings.save()

    menu.aboutToShow.connect(rebuild)
    rebuild()
