"""Tile base maps: which tiles cover a view, where they lie, XYZ/WMTS templates, the disk
cache that keeps a seen base map offline, and MBTiles files."""

from __future__ import annotations

from pathlib import Path

import pytest

from cosmoplan.geo import to_model
from cosmoplan.gis.tiles import (
    MAX_TILES,
    MbtilesFile,
    TileError,
    TileKey,
    UrlTiles,
    tile_corners,
    tile_lon_lat,
    tile_url,
    tiles_for,
    write_mbtiles,
    zoom_for,
)
from tests.tile_server import tile_server

BAIKONUR = to_model(63.342, 45.965)


def view(half_m: float) -> tuple[float, float, float, float]:
    x, y = BAIKONUR
    return (x - half_m, y - half_m, x + half_m, y + half_m)


def test_the_zoom_matches_the_screen_and_the_tiles_cover_the_view() -> None:
    assert zoom_for(1.0, 45.97, 19) == 17  # about 0.83 m a pixel at 46° N
    assert zoom_for(1.0, 45.97, 12) == 12
    z, keys = tiles_for(view(500), 1.0, 19)
    assert z == 17 and 0 < len(keys) <= MAX_TILES
    xs = [c[0] for k in keys for c in tile_corners(k)]
    ys = [c[1] for k in keys for c in tile_corners(k)]
    x0, y0, x1, y1 = view(500)
    assert min(xs) <= x0 and max(xs) >= x1 and min(ys) <= y0 and max(ys) >= y1
    lon, lat = tile_lon_lat(keys[0].x + 0.5, keys[0].y + 0.5, z)
    assert abs(lon - 63.342) < 0.01 and abs(lat - 45.965) < 0.01  # centre first


def test_a_wide_view_zooms_out_until_its_tiles_are_few() -> None:
    z, keys = tiles_for(view(200_000), 50.0, 19)
    assert len(keys) <= MAX_TILES and z < 17


def test_templates_name_xyz_tms_and_wmts_tiles() -> None:
    key = TileKey(3, 5, 2)
    assert tile_url("https://t/{z}/{x}/{y}.png", key) == "https://t/3/5/2.png"
    assert tile_url("https://t/{z}/{x}/{-y}.png", key) == "https://t/3/5/5.png"
    wmts = "https://t/wmts/{TileMatrix}/{TileRow}/{TileCol}.png"
    assert tile_url(wmts, key) == "https://t/wmts/3/2/5.png"
    for bad in ("https://t/{z}/{x}.png", "t/{z}/{x}/{y}", "ftp://t/{z}/{x}/{y}"):
        with pytest.raises(TileError):
            UrlTiles("bad", bad, Path("/nonexistent"))


def test_downloaded_tiles_are_cached_and_served_offline(tmp_path: Path) -> None:
    key = TileKey(12, 2768, 1480)
    with tile_server({"/12/2768/1480.png": b"png-1"}) as server:
        source = UrlTiles("local", server.url + "/{z}/{x}/{y}.png", tmp_path)
        assert source.cached(key) is None
        assert source.fetch(key) == b"png-1"
        assert source.fetch(key) == b"png-1"
        assert source.fetch(TileKey(12, 1, 1)) is None  # 404: missing, nothing cached
        assert server.requests == ["/12/2768/1480.png", "/12/1/1.png"]
    # the server is gone: the seen tile is still there, others are simply missing
    offline = UrlTiles("local", server.url + "/{z}/{x}/{y}.png", tmp_path)
    assert offline.fetch(key) == b"png-1"
    assert offline.fetch(TileKey(12, 2769, 1480)) is None


def test_an_mbtiles_file_gives_its_tiles_by_xyz_key(tmp_path: Path) -> None:
    path = tmp_path / "baikonur.mbtiles"
    tiles = {TileKey(10, 692, 370): b"a", TileKey(11, 1384, 740): b"b"}
    write_mbtiles(path, "Baikonur", iter(tiles.items()))
    source = MbtilesFile(path)
    try:
        assert source.name == "Baikonur" and source.max_zoom == 11
        assert source.fetch(TileKey(10, 692, 370)) == b"a"
        assert source.cached(TileKey(11, 1384, 740)) == b"b"
        assert source.fetch(TileKey(11, 1384, 741)) is None
    finally:
        source.close()
    (tmp_path / "junk.mbtiles").write_bytes(b"not sqlite")
    with pytest.raises(TileError):
        MbtilesFile(tmp_path / "junk.mbtiles")
