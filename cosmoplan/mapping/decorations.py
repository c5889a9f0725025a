"""Map furniture as ReportLab shapes: scale bar, north arrow, latitude/longitude grid, legend."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import shapely
from reportlab.graphics.shapes import Group, Line, Path, Rect

from cosmoplan.geo import MODEL_EPSG, WGS84_EPSG, to_model, to_wgs84, transformer
from cosmoplan.mapping.fonts import text_width
from cosmoplan.mapping.scene import LegendEntry, Scene
from cosmoplan.mapping.shapes import color, styled, symbol, text
from cosmoplan.mapping.viewport import Box, Viewport

INK = "#202020"
MUTED = "#606060"
GRID_COLOR = "#5a6a7a73"
#: Graticule steps, in degrees, from coarse to fine.
GRID_STEPS = tuple(m / 60 for m in (300, 120, 60, 30, 20, 15, 10, 5, 2, 1, 0.5, 0.25))
#: Roughly how many page points apart grid lines should be.
GRID_SPACING_PT = 110.0
#: The scale bar is the longest round length up to this share of the frame width.
SCALE_BAR_SHARE = 0.25
LEGEND_ROW = 11.0  # legend row height
LEGEND_LINE = 8.4  # the next line of an entry's wrapped text
LEGEND_HEADING_GAP = 4.0
LEGEND_FONT = 7.5
LEGEND_TEXT_X = 40.0  # where an entry's text starts in its column
LEGEND_HEAD = 64.0  # title (two lines), date and rule above the entries
LEGEND_FOOT = 22.0  # the coordinate system's line below them
MAX_LEGEND_COLUMNS = 3
LEGEND_SCALES = (1.0, 0.93, 0.87)


# -- scale bar -----------------------------------------------------------------------------------
def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 x 10^n metres not above ``metres``."""
    exponent = math.floor(math.log10(metres))
    for mantissa in (5, 2, 1):
        if mantissa * 10**exponent <= metres:
            return float(mantissa * 10**exponent)
    return float(10**exponent)


def length_text(metres: float) -> str:
    """``500 m``, ``1 km``, ``2.5 km``."""
    if metres < 1000:
        return f"{metres:g} m"
    return f"{metres / 1000:g} km"


def scale_bar_box(viewport: Viewport) -> Box:
    """The page box of the scale bar's white ground (labels keep off it)."""
    x0, y0, x1, _ = viewport.frame
    metres = nice_length((x1 - x0) * SCALE_BAR_SHARE / viewport.scale)
    box_width = metres * viewport.scale + text_width(length_text(metres), 7.0) / 2 + 18.0
    return (x0 + 5.0, y0 + 6.0, x0 + 5.0 + box_width, y0 + 30.0)


def north_arrow_box(viewport: Viewport) -> Box:
    """The page box the north arrow and its "N" take (labels keep off it)."""
    _, _, x1, y1 = viewport.frame
    return (x1 - 34.0, y1 - 44.0, x1 - 6.0, y1 - 6.0)


def scale_bar(viewport: Viewport) -> Group:
    """A four-segment black and white bar of a round length at the frame's bottom left."""
    x0, y0, x1, _ = viewport.frame
    metres = nice_length((x1 - x0) * SCALE_BAR_SHARE / viewport.scale)
    length = metres * viewport.scale
    left, base, bar = x0 + 12.0, y0 + 12.0, 4.0
    end_label = length_text(metres)
    ground = scale_bar_box(viewport)
    group = Group(
        Rect(
            ground[0],
            ground[1],
            ground[2] - ground[0],
            ground[3] - ground[1],
            rx=2,
            ry=2,
            fillColor=color("#ffffffcc"),
            fillOpacity=0.8,
            strokeColor=None,
        )
    )
    segment = length / 4
    for i in range(4):
        group.add(
            Rect(
                left + i * segment,
                base,
                segment,
                bar,
                fillColor=color(INK if i % 2 == 0 else "#ffffff"),
                strokeColor=color(INK),
                strokeWidth=0.6,
            )
        )
    half = length_text(metres / 2)
    ticks = [(0.0, "0"), (length / 2, half), (length, end_label)]
    if length / 2 < (text_width(half, 7.0) + text_width(end_label, 7.0)) / 2 + 4.0:
        del ticks[1]  # no room for the middle figure
    for position, value in ticks:
        group.add(text(left + position, base + bar + 3, value, 7.0, anchor="middle"))
    return group


# -- north arrow ---------------------------------------------------------------------------------
def north_angle(viewport: Viewport) -> float:
    """Angle (radians, counter-clockwise from page up) of true north at the frame centre."""
    min_x, min_y, max_x, max_y = viewport.visible
    cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
    lon, lat = to_wgs84(cx, cy)
    nx, ny = to_model(lon, lat + 0.01)
    return math.atan2(-(nx - cx), ny - cy)


def north_arrow(viewport: Viewport) -> Group:
    """A half-filled arrow pointing to true north with an "N", at the frame's top right."""
    _, _, x1, y1 = viewport.frame
    cx, cy, half = x1 - 20.0, y1 - 30.0, 11.0
    angle = north_angle(viewport)
    cos, sin = math.cos(angle), math.sin(angle)

    def at(dx: float, dy: float) -> tuple[float, float]:
        return (cx + dx * cos - dy * sin, cy + dx * sin + dy * cos)

    group = Group()
    for side, fill in ((-1.0, INK), (1.0, "#ffffff")):
        path = Path(fillMode=0)
        path.moveTo(*at(0.0, half))
        path.lineTo(*at(side * 6.0, -half))
        path.lineTo(*at(0.0, -half * 0.45))
        path.closePath()
        path.fillColor = color(fill)
        path.strokeColor = color(INK)
        path.strokeWidth = 0.7
        path.strokeLineJoin = 1
        group.add(path)
    nx, ny = at(0.0, half + 3.0)
    group.add(text(nx, ny, "N", 9.0, bold=True, anchor="middle"))
    return group


# -- graticule -----------------------------------------------------------------------------------
def graticule(viewport: Viewport) -> tuple[Group, Group]:
    """Meridians and parallels inside the frame, and their labels in the margins."""
    lines, labels = Group(), Group()
    x0, y0, x1, y1 = viewport.frame
    frame = shapely.box(x0, y0, x1, y1)
    west, south, east, north = _lon_lat_bounds(viewport)
    lon_step = _grid_step(east - west, (x1 - x0) / GRID_SPACING_PT)
    lat_step = _grid_step(north - south, (y1 - y0) / GRID_SPACING_PT)
    forward = transformer(f"EPSG:{WGS84_EPSG}", f"EPSG:{MODEL_EPSG}")
    for lon in _ticks(west, east, lon_step):
        lats = np.linspace(south, north, 48)
        page = viewport.to_page_array(np.column_stack(forward.transform(np.full(48, lon), lats)))
        if _add_grid_line(lines, page, frame):
            u = float(np.interp(y0, page[:, 1], page[:, 0]))
            if x0 + 12 <= u <= x1 - 12:
                labels.add(_tick(u, y0, u, y0 - 3))
                name = _angle_text(lon, lon_step, "E", "W")
                labels.add(text(u, y0 - 11, name, 7.0, fill=MUTED, anchor="middle"))
    for lat in _ticks(south, north, lat_step):
        lons = np.linspace(west, east, 48)
        page = viewport.to_page_array(np.column_stack(forward.transform(lons, np.full(48, lat))))
        if _add_grid_line(lines, page, frame):
            v = float(np.interp(x0, page[:, 0], page[:, 1]))
            if y0 + 6 <= v <= y1 - 6:
                labels.add(_tick(x0, v, x0 - 3, v))
                name = _angle_text(lat, lat_step, "N", "S")
                labels.add(text(x0 - 5, v - 2.5, name, 7.0, fill=MUTED, anchor="end"))
    return lines, labels


def _lon_lat_bounds(viewport: Viewport) -> tuple[float, float, float, float]:
    box = shapely.segmentize(shapely.box(*viewport.visible), 500.0)
    xs, ys = np.asarray(box.exterior.coords).T
    lons, lats = transformer(f"EPSG:{MODEL_EPSG}", f"EPSG:{WGS84_EPSG}").transform(xs, ys)
    return float(np.min(lons)), float(np.min(lats)), float(np.max(lons)), float(np.max(lats))


def _grid_step(span: float, wanted: float) -> float:
    for step in reversed(GRID_STEPS):
        if span / step <= max(wanted, 2.0):
            return step
    return GRID_STEPS[0]


def _ticks(low: float, high: float, step: float) -> list[float]:
    first = math.ceil(low / step - 1e-9)
    return [i * step for i in range(first, math.floor(high / step + 1e-9) + 1)]


def _add_grid_line(group: Group, page: np.ndarray, frame: shapely.Polygon) -> bool:
    clipped = shapely.intersection(shapely.LineString(page), frame)
    if clipped.is_empty or clipped.length == 0:
        return False
    for part in getattr(clipped, "geoms", [clipped]):
        coords = np.asarray(part.coords)
        path = Path()
        path.moveTo(*coords[0])
        for u, v in coords[1:]:
            path.lineTo(float(u), float(v))
        path.fillColor = None
        path.strokeColor = color(GRID_COLOR)
        path.strokeOpacity = 0.45
        path.strokeWidth = 0.4
        group.add(path)
    return True


def _tick(u0: float, v0: float, u1: float, v1: float) -> Line:
    return Line(u0, v0, u1, v1, strokeColor=color(MUTED), strokeWidth=0.6)


def _angle_text(value: float, step: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    seconds = round(abs(value) * 3600)
    degrees, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if step >= 1 - 1e-9:
        return f"{degrees}°{hemisphere}"
    if step * 60 >= 1 - 1e-9:
        return f"{degrees}°{minutes:02d}′{hemisphere}"
    return f"{degrees}°{minutes:02d}′{secs:02d}″{hemisphere}"


# -- legend --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LegendRow:
    """A line of the legend: a group heading, or an entry with its text wrapped to the column."""

    heading: str | None
    entry: LegendEntry | None
    lines: tuple[str, ...]

    def height(self, scale: float = 1.0) -> float:
        """Points the row takes at ``scale`` (a heading takes its gap above)."""
        gap = LEGEND_HEADING_GAP if self.heading else 0.0
        return (LEGEND_ROW + LEGEND_LINE * (len(self.lines) - 1) + gap) * scale


def legend_rows(scene: Scene, column: float, scale: float = 1.0) -> list[LegendRow]:
    """Every class the scene draws, top layer first, under its group's heading; an entry's text
    wrapped to a ``column`` points wide (never cut)."""
    rows: list[LegendRow] = []
    current: str | None = None
    room = column - LEGEND_TEXT_X - 8
    for layer in reversed(scene.layers):
        if not layer.legend:
            continue
        if layer.legend_group and layer.legend_group != current:
            rows.append(LegendRow(layer.legend_group, None, (layer.legend_group,)))
            current = layer.legend_group
        for entry in layer.legend:
            lines = wrap_lines(entry.text, LEGEND_FONT * scale, room)
            rows.append(LegendRow(None, entry, tuple(lines)))
    return rows


def legend_columns(
    scene: Scene, height: float, column: float, most: int = MAX_LEGEND_COLUMNS
) -> tuple[int, float]:
    """How many columns of ``column`` points a legend ``height`` points high needs to show every
    entry, and the scale of its rows: rows a little closer before one more column, and smaller
    than :data:`LEGEND_SCALES` only when ``most`` columns are too few."""
    room = max(height - LEGEND_HEAD - LEGEND_FOOT, LEGEND_ROW)
    most = max(1, most)
    for columns in range(1, most + 1):
        for scale in LEGEND_SCALES:
            if len(_in_columns(legend_rows(scene, column, scale), room, scale)) <= columns:
                return columns, scale
    scale = LEGEND_SCALES[-1]
    while scale > 0.3:
        scale *= 0.9
        if len(_in_columns(legend_rows(scene, column, scale), room, scale)) <= most:
            break
    return most, scale


def legend(scene: Scene, box: Box, columns: int = 1, scale: float = 1.0) -> Group:
    """A panel with the title, the date, then every legend entry of each layer, top layer first,
    in ``columns`` columns (see :func:`legend_columns`)."""
    x0, y0, x1, y1 = box
    group = Group(
        Rect(
            x0,
            y0,
            x1 - x0,
            y1 - y0,
            rx=3,
            ry=3,
            fillColor=color("#ffffff"),
            strokeColor=color("#b0b0b0"),
            strokeWidth=0.6,
        )
    )
    inner = x1 - x0 - 16
    y = y1 - 18
    for line in _wrap(scene.title or "Map", 10.0, inner, lines=2):
        group.add(text(x0 + 8, y, line, 10.0, bold=True))
        y -= 12.5
    dated = scene.dated or f"As of {scene.at.isoformat()}"
    group.add(text(x0 + 8, y, dated, 8.0, fill=MUTED))
    y -= 8
    group.add(Line(x0 + 8, y, x1 - 8, y, strokeColor=color("#c8c8c8"), strokeWidth=0.5))
    top = y - 14
    column = (x1 - x0) / columns
    parts = _in_columns(legend_rows(scene, column, scale), top - (y0 + LEGEND_FOOT), scale)
    for index, rows in enumerate(parts):
        left, y = x0 + index * column, top
        for number, row in enumerate(rows):
            if row.entry is None:
                y -= LEGEND_HEADING_GAP * scale if number else 0
                group.add(text(left + 8, y, row.lines[0], 8.0 * scale, bold=True))
                y -= LEGEND_ROW * scale
                continue
            group.add(_swatch(left + 10, y - 1, row.entry))
            for line in row.lines:
                group.add(text(left + LEGEND_TEXT_X, y, line, LEGEND_FONT * scale))
                y -= LEGEND_LINE * scale
            y -= (LEGEND_ROW - LEGEND_LINE) * scale
    group.add(text(x0 + 8, y0 + 8, "UTM zone 41N (EPSG:32641)", 6.5, fill=MUTED))
    return group


def _in_columns(rows: list[LegendRow], room: float, scale: float) -> list[list[LegendRow]]:
    """``rows`` cut into columns of ``room`` points; a heading starts the column of its first
    entry. A column that cannot hold its rows still takes them: nothing is dropped."""
    parts: list[list[LegendRow]] = [[]]
    used = 0.0
    for index, row in enumerate(rows):
        need = row.height(scale)
        if row.entry is None and index + 1 < len(rows):
            need += rows[index + 1].height(scale)
        if parts[-1] and used + need > room:
            parts.append([])
            used = 0.0
        parts[-1].append(row)
        used += row.height(scale)
    return parts


def wrap_lines(value: str, size: float, width: float) -> list[str]:
    """``value`` broken at spaces into lines of ``width`` points; a word too long for a line is
    broken after its hyphens ("Монтажно-|испытательные"), and cut only if a part is still too
    long."""
    lines: list[str] = []
    for word in value.split():
        pieces = [word] if text_width(word, size) <= width else _after_hyphens(word)
        for index, piece in enumerate(pieces):
            glue = "" if index else " "
            if lines and text_width(f"{lines[-1]}{glue}{piece}", size) <= width:
                lines[-1] = f"{lines[-1]}{glue}{piece}"
            else:
                lines.append(_fit(piece, size, width))
    return lines or [""]


def _after_hyphens(word: str) -> list[str]:
    parts = word.split("-")
    return [f"{part}-" for part in parts[:-1]] + [parts[-1]]


def _swatch(x: float, y: float, entry: LegendEntry) -> Group:
    """An 22 x 9 pt sample of a style, its baseline-aligned centre at ``y + 2.5``."""
    group = Group()
    mid = y + 3.0
    style = entry.style
    if entry.shape == "point":
        group.add(symbol(x + 11, mid, replace(style, size=min(style.size, 10.0))))
    elif entry.shape == "line":
        path = Path()
        path.moveTo(x, mid)
        path.lineTo(x + 22, mid)
        group.add(styled(path, style, filled=False))
    else:
        path = Path(fillMode=0)
        for u, v in ((x, mid - 4.5), (x + 22, mid - 4.5), (x + 22, mid + 4.5), (x, mid + 4.5)):
            (path.lineTo if path.points else path.moveTo)(u, v)
        path.closePath()
        group.add(styled(path, style, filled=True))
    return group


def _wrap(value: str, size: float, width: float, lines: int) -> list[str]:
    """``value`` broken at spaces into at most ``lines`` lines of ``width`` points (bold)."""
    result: list[str] = []
    words = value.split()
    while words and len(result) < lines - 1:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size, True) <= width:
            line = f"{line} {words.pop(0)}"
        result.append(line)
    if words:
        result.append(_fit(" ".join(words), size, width, bold=True))
    return [_fit(line, size, width, bold=True) for line in result]


def _fit(value: str, size: float, width: float, bold: bool = False) -> str:
    """``value`` cut with an ellipsis to fit ``width`` points."""
    if text_width(value, size, bold) <= width:
        return value
    while value and text_width(value + "…", size, bold) > width:
        value = value[:-1]
    return value + "…"
