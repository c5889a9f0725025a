"""Tile base maps under the plan: from a tile server the test starts on 127.0.0.1 (kept in the
disk cache and shown again offline) and from a generated MBTiles file; bookmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from cosmoplan.gis.tiles import tiles_for, write_mbtiles
from cosmoplan.gui.map.bookmarks import add_bookmark, bookmarks
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.viewstate import AsOfDate, LayerModel
from tests.gui.map.conftest import DAY, X0, Y0
from tests.tile_server import tile_server

EMPTY = (X0 + 2800, Y0 + 2800)  # outside every feature of the small plan


def png(colour: str) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def new_canvas(qtbot: Any, document: Any, selection: Any, cache: Path) -> MapCanvas:
    canvas = MapCanvas(document, selection, AsOfDate(DAY), LayerModel(), None, cache)
    qtbot.addWidget(canvas)
    canvas.resize(640, 480)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.zoom_to_bounds((X0 - 3000, Y0 - 3000, X0 + 3000, Y0 + 3000))
    canvas.settle()
    return canvas


def colour(canvas: MapCanvas) -> QColor:
    canvas.settle()
    return canvas.viewport().grab().toImage().pixelColor(canvas.map_to_widget(*EMPTY))


def view_tiles(canvas: MapCanvas) -> list[Any]:
    scale = canvas.navigator.scale() * canvas.viewport().devicePixelRatioF()
    return tiles_for(canvas.navigator.bounds(), scale, 19)[1]


def test_tiles_from_a_server_show_under_the_plan_and_stay_offline(
    qtbot: Any, document: Any, selection: Any, tmp_path: Path
) -> None:
    canvas = new_canvas(qtbot, document, selection, tmp_path / "tiles")
    plain = colour(canvas)
    served = {f"/{k.z}/{k.x}/{k.y}.png": png("#d02020") for k in view_tiles(canvas)}
    with tile_server(served) as server:
        canvas.base_maps.add(server.url + "/{z}/{x}/{y}.png")
        qtbot.waitUntil(lambda: colour(canvas).red() > 180 and colour(canvas).green() < 80)
        assert plain.red() < 250 or plain.green() > 80
        assert server.requests and all(path in served for path in server.requests)
        canvas.base_maps.close()
        template = server.url + "/{z}/{x}/{y}.png"
    # the server is gone: a new canvas with the same cache shows the tiles at once
    offline = new_canvas(qtbot, document, selection, tmp_path / "tiles")
    offline.base_maps.add(template)
    assert colour(offline).red() > 180 and colour(offline).green() < 80
    offline.base_maps.clear()
    assert colour(offline) == plain


def test_an_mbtiles_file_is_a_base_map(
    qtbot: Any, document: Any, selection: Any, tmp_path: Path
) -> None:
    canvas = new_canvas(qtbot, document, selection, tmp_path / "tiles")
    path = tmp_path / "site.mbtiles"
    write_mbtiles(path, "Site", ((k, png("#2040d0")) for k in view_tiles(canvas)))
    canvas.base_maps.add(str(path))
    shown = colour(canvas)
    assert shown.blue() > 180 and shown.red() < 80
    canvas.base_maps.close()


def test_a_bad_base_map_is_refused_with_nothing_changed(
    qtbot: Any, document: Any, selection: Any, tmp_path: Path
) -> None:
    from cosmoplan.gis.tiles import TileError

    canvas = new_canvas(qtbot, document, selection, tmp_path / "tiles")
    for bad in ("https://example.org/tiles.png", str(tmp_path / "missing.mbtiles")):
        with pytest.raises(TileError):
            canvas.base_maps.add(bad)
    assert canvas.base_maps.specs == [] and canvas.base_maps.sources == []


def test_bookmarks_are_kept_in_the_preferences(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "config")
    add_bookmark(settings, "Site 45", (1.0, 2.0, 3.0, 4.0))
    settings.preferences.map_bookmarks["broken"] = ["x", 1, 2]
    again = AppSettings(tmp_path / "config")
    assert bookmarks(again) == {"Site 45": (1.0, 2.0, 3.0, 4.0)}


def test_the_bookmarks_menu_shows_a_bookmarked_view_again(main_window: Any) -> None:
    from PySide6.QtWidgets import QMenu

    window = main_window
    canvas = window.canvas
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    x, y = pad.location.x, pad.location.y
    canvas.zoom_to_bounds((x - 500, y - 500, x + 500, y + 500), 0.0)
    add_bookmark(window.settings, "Site 45", canvas.navigator.bounds())
    canvas.zoom_to_all()
    menu = window.findChild(QMenu, "menu_bookmarks")
    assert menu is not None
    menu.aboutToShow.emit()
    (action,) = [a for a in menu.actions() if a.text() == "Site 45"]
    action.trigger()
    x0, y0, x1, y1 = canvas.navigator.bounds()
    assert abs((x0 + x1) / 2 - x) < 5 and abs((y0 + y1) / 2 - y) < 5
    assert window.action_set["view.add-tile-map"] and window.action_set["view.add-mbtiles"]
    assert not window.action_set["view.remove-base-maps"].isEnabled()
