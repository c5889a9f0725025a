"""The File > Open Recent menu, kept in the typed preferences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu

from cosmoplan.gui.i18n import tr
from cosmoplan.gui.settings import AppSettings
from cosmoplan.storage.locations import absolute_location


def remember(settings: AppSettings, location: str) -> None:
    """Record that ``location`` was opened or saved."""
    settings.preferences.add_recent(absolute_location(location))
    settings.save()


def attach_recent_menu(
    parent: QMenu, settings: AppSettings, open_location: Callable[[str], object]
) -> QMenu:
    """Add an "Open Recent" sub-menu to ``parent``, rebuilt each time it opens."""
    menu = parent.addMenu(tr("Open &Recent"))
    menu.setObjectName("menu_recent")

    def rebuild() -> None:
        menu.clear()
        recent = settings.preferences.recent_files
        for number, location in enumerate(recent, start=1):
            label = f"&{number} {Path(location).name}" if number < 10 else Path(location).name
            action = menu.addAction(label)
            action.setToolTip(location)
            action.setStatusTip(location)
            action.triggered.connect(lambda _=False, where=location: open_location(where))
        if recent:
            menu.addSeparator()
            menu.addAction(tr("&Clear List")).triggered.connect(clear)
        else:
            menu.addAction(tr("No recent plans")).setEnabled(False)

    def clear() -> None:
        settings.preferences.recent_files = []
        settings.save()

    menu.aboutToShow.connect(rebuild)
    rebuild()
    return menu
