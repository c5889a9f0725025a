"""Base maps from tiles (plain Python, no Qt): XYZ and WMTS (GoogleMapsCompatible) tile servers
given by a URL template, and MBTiles files; which tiles cover a view of the plan, and where
each tile lies in the model CRS.

Downloaded tiles are kept on disk under a cache folder (one folder per source), so a base map
once seen is there offline; a tile that cannot be fetched is simply missing.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cosmoplan.geo import to_model, to_wgs84

#: Web Mercator's half extent (metres) and the ground size of one pixel at zoom 0 (256 px).
HALF = 20037508.342789244
RESOLUTION_0 = 2 * HALF / 256
#: At most this many tiles are asked for one view.
MAX_TILES = 96
#: Seconds a download may take.
TIMEOUT_S = 10.0
USER_AGENT = "cosmoplan (base map)"


class TileError(ValueError):
    """A tile source that cannot be used (a template without {x}, an unreadable MBTiles)."""


@dataclass(frozen=True, slots=True, order=True)
class TileKey:
    """One tile of the Web Mercator pyramid (XYZ numbering: y down from the north)."""

    z: int
    x: int
    y: int


class TileSource(Protocol):
    """Where tiles come from."""

    name: str
    max_zoom: int

    def cached(self, key: TileKey) -> bytes | None:
        """The tile's image if it is at hand (no network)."""

    def fetch(self, key: TileKey) -> bytes | None:
        """The tile's image, downloaded (and cached) if need be; ``None`` if unavailable."""


def zoom_for(scale: float, latitude: float, max_zoom: int) -> int:
    """The zoom whose pixels are closest to the screen's at ``scale`` pixels per metre."""
    if scale <= 0:
        return 0
    ground = RESOLUTION_0 * math.cos(math.radians(latitude))
    return max(0, min(max_zoom, round(math.log2(ground * scale))))


def _tile_xy(lon: float, lat: float, z: int) -> tuple[float, float]:
    n = 2**z
    lat = max(min(lat, 85.0511), -85.0511)
    x = (lon + 180.0) / 360.0 * n
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return x, y


def tile_lon_lat(x: float, y: float, z: int) -> tuple[float, float]:
    """The longitude and latitude of tile corner (x, y) at zoom ``z``."""
    n = 2**z
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    return lon, lat


def tiles_for(
    bounds: tuple[float, float, float, float], scale: float, max_zoom: int
) -> tuple[int, list[TileKey]]:
    """The zoom and the tiles covering model ``bounds`` seen at ``scale`` pixels per metre
    (at most :data:`MAX_TILES`, zooming out until they fit), centre first."""
    x0, y0, x1, y1 = bounds
    corners = [to_wgs84(x, y) for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
    lons, lats = [c[0] for c in corners], [c[1] for c in corners]
    z = zoom_for(scale, sum(lats) / 4, max_zoom)
    while True:
        (ax, ay), (bx, by) = _tile_xy(min(lons), max(lats), z), _tile_xy(max(lons), min(lats), z)
        n = 2**z
        xs = range(max(0, math.floor(ax)), min(n - 1, math.floor(bx)) + 1)
        ys = range(max(0, math.floor(ay)), min(n - 1, math.floor(by)) + 1)
        if len(xs) * len(ys) <= MAX_TILES or z == 0:
            break
        z -= 1
    cx, cy = (ax + bx) / 2, (ay + by) / 2
    keys = [TileKey(z, x, y) for x in xs for y in ys]
    keys.sort(key=lambda k: (k.x + 0.5 - cx) ** 2 + (k.y + 0.5 - cy) ** 2)
    return z, keys[:MAX_TILES]


def tile_corners(key: TileKey) -> tuple[tuple[float, float], ...]:
    """The tile's corners in model metres: top left, top right, bottom right, bottom left."""
    corners = ((0, 0), (1, 0), (1, 1), (0, 1))
    return tuple(to_model(*tile_lon_lat(key.x + dx, key.y + dy, key.z)) for dx, dy in corners)


def tile_url(template: str, key: TileKey) -> str:
    """The URL of a tile from an XYZ (``{z}/{x}/{y}``, ``{-y}`` for TMS rows) or WMTS
    (``{TileMatrix}/{TileRow}/{TileCol}``) template."""
    flipped = 2**key.z - 1 - key.y
    return (
        template.replace("{z}", str(key.z))
        .replace("{x}", str(key.x))
        .replace("{-y}", str(flipped))
        .replace("{y}", str(key.y))
        .replace("{TileMatrix}", str(key.z))
        .replace("{TileRow}", str(key.y))
        .replace("{TileCol}", str(key.x))
    )


def check_template(template: str) -> None:
    """Refuse a template that cannot name tiles (no column or no row placeholder)."""
    has_x = "{x}" in template or "{TileCol}" in template
    has_y = any(p in template for p in ("{y}", "{-y}", "{TileRow}"))
    if not template.startswith(("http://", "https://", "file://")) or not (has_x and has_y):
        raise TileError(template)


class UrlTiles:
    """Tiles of an XYZ or WMTS server, kept under ``cache`` (a folder per template)."""

    def __init__(self, name: str, template: str, cache: Path, max_zoom: int = 19) -> None:
        check_template(template)
        self.name = name
        self.template = template
        self.max_zoom = max_zoom
        digest = hashlib.sha1(template.encode("utf-8")).hexdigest()[:16]
        self.folder = Path(cache) / digest

    def _path(self, key: TileKey) -> Path:
        return self.folder / str(key.z) / str(key.x) / f"{key.y}.tile"

    def cached(self, key: TileKey) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except OSError:
            return None

    def fetch(self, key: TileKey) -> bytes | None:
        found = self.cached(key)
        if found is not None:
            return found
        request = urllib.request.Request(
            tile_url(self.template, key), headers={"User-Agent": USER_AGENT}
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                data: bytes = response.read()
        except (urllib.error.URLError, OSError, ValueError):
            return None
        if not data:
            return None
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".part")
        temporary.write_bytes(data)
        temporary.replace(path)
        return data


class MbtilesFile:
    """Tiles of an MBTiles file (SQLite; rows numbered from the south, as TMS), read-only."""

    def __init__(self, path: Path, name: str | None = None) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            metadata = dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
            self._db.execute("SELECT 1 FROM tiles LIMIT 1").fetchall()
        except sqlite3.Error as error:
            raise TileError(str(self.path)) from error
        self.name = name or str(metadata.get("name") or self.path.stem)
        self.max_zoom = int(metadata.get("maxzoom", 19))

    def cached(self, key: TileKey) -> bytes | None:
        row = self._db.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (key.z, key.x, 2**key.z - 1 - key.y),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def fetch(self, key: TileKey) -> bytes | None:
        return self.cached(key)

    def close(self) -> None:
        """Close the file."""
        self._db.close()


def write_mbtiles(path: Path, name: str, tiles: Iterator[tuple[TileKey, bytes]]) -> None:
    """Write ``tiles`` (XYZ keys, image bytes) as an MBTiles file (for tests and exports)."""
    db = sqlite3.connect(path)
    try:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB)"
        )
        zooms = []
        for key, data in tiles:
            zooms.append(key.z)
            db.execute(
                "INSERT INTO tiles VALUES (?, ?, ?, ?)", (key.z, key.x, 2**key.z - 1 - key.y, data)
            )
        meta = {"name": name, "format": "png", "minzoom": min(zooms, default=0)}
        meta["maxzoom"] = max(zooms, default=0)
        db.executemany("INSERT INTO metadata VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()])
        db.commit()
    finally:
        db.close()
