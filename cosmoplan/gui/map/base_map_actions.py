"""The View menu's base-map commands: add an XYZ/WMTS tile server (a URL template) or an
MBTiles file under the plan's layers, remove them, bookmark the view; the base maps are kept
in the preferences and come back with the next window."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from cosmoplan.gis.tiles import TileError
from cosmoplan.gui.actions import ActionSpec
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.map.bookmarks import bookmark_view
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.settings import AppSettings

log = logging.getLogger(__name__)
EXAMPLE = "https://tile.example.org/{z}/{x}/{y}.png"


def restore_base_maps(canvas: MapCanvas, settings: AppSettings) -> None:
    """Show the base maps of the preferences (those that cannot be opened are skipped)."""
    for spec in settings.preferences.base_maps:
        try:
            canvas.base_maps.add(spec)
        except TileError:
            log.warning("skipping the base map %s: cannot be opened", spec)


def add_base_map(parent: QWidget, canvas: MapCanvas, settings: AppSettings, spec: str) -> bool:
    """Add ``spec`` (a URL template or an MBTiles path) under the plan and remember it; a
    one-line message and nothing changed if it cannot be used."""
    try:
        canvas.base_maps.add(spec)
    except TileError:
        QMessageBox.warning(
            parent,
            tr("Base map"),
            tr("Cannot use {spec} as a base map.").format(spec=spec),
        )
        return False
    settings.preferences.base_maps = list(canvas.base_maps.specs)
    settings.save()
    return True


def ask_tile_map(parent: QWidget, canvas: MapCanvas, settings: AppSettings) -> None:
    """Ask for a tile server's URL template and add it."""
    text, ok = QInputDialog.getText(
        parent,
        tr("Add Tile Base Map"),
        tr("URL template of an XYZ or WMTS tile server:"),
        QLineEdit.EchoMode.Normal,
        EXAMPLE,
    )
    if ok and text.strip():
        add_base_map(parent, canvas, settings, text.strip())


def ask_mbtiles(parent: QWidget, canvas: MapCanvas, settings: AppSettings) -> None:
    """Ask for an MBTiles file and add it."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Add MBTiles Base Map"),
        settings.preferences.last_folder,
        tr("MBTiles files (*.mbtiles)"),
    )
    if path:
        add_base_map(parent, canvas, settings, path)


def remove_base_maps(canvas: MapCanvas, settings: AppSettings) -> None:
    """Remove every tile base map (and forget them)."""
    canvas.base_maps.clear()
    settings.preferences.base_maps = []
    settings.save()


def base_map_actions(parent: QWidget, canvas: MapCanvas, settings: AppSettings) -> list[ActionSpec]:
    """The View menu's base-map and bookmark actions."""
    return [
        ActionSpec(
            "view.add-tile-map",
            QT_TRANSLATE_NOOP("actions", "Add &Tile Base Map…"),
            lambda: ask_tile_map(parent, canvas, settings),
            (),
            "list-add",
        ),
        ActionSpec(
            "view.add-mbtiles",
            QT_TRANSLATE_NOOP("actions", "Add &MBTiles Base Map…"),
            lambda: ask_mbtiles(parent, canvas, settings),
            (),
            "list-add",
        ),
        ActionSpec(
            "view.remove-base-maps",
            QT_TRANSLATE_NOOP("actions", "Remove Tile Base Maps"),
            lambda: remove_base_maps(canvas, settings),
            (),
            "list-remove",
            enabled_when=lambda: bool(canvas.base_maps.sources),
        ),
        ActionSpec(
            "view.bookmark",
            QT_TRANSLATE_NOOP("actions", "&Bookmark This View…"),
            lambda: bookmark_view(parent, canvas, settings),
            ("Ctrl+Shift+B",),
            "bookmark-new",
        ),
    ]
