"""Texts the map shows: cursor position, distances, areas, scale-bar lengths, their units in
the user's language."""

from __future__ import annotations

import math

from cosmoplan.geo import format_lat_lon, to_wgs84
from cosmoplan.gui.units import unit


def format_position(x: float, y: float) -> str:
    """Model metres as a status-bar text: ``45°56′35.9″N 63°39′10.4″E  |  UTM 41N 550607 E ...``."""
    lon, lat = to_wgs84(x, y)
    return f"{format_lat_lon(lat, lon)}  |  UTM 41N {x:.0f} E {y:.0f} N"


def format_distance(metres: float) -> str:
    """A length for people: ``850 m``, ``12.4 m``, ``3.27 km``."""
    if metres >= 1000:
        return f"{metres / 1000:.2f} {unit('km')}"
    if metres >= 100:
        return f"{metres:.0f} {unit('m')}"
    return f"{metres:.1f} {unit('m')}"


def format_area(square_metres: float) -> str:
    """An area for people: m² below a hectare, ha below a km², km² above."""
    if square_metres >= 1e6:
        return f"{square_metres / 1e6:.3f} {unit('km²')}"
    if square_metres >= 1e4:
        return f"{square_metres / 1e4:.2f} {unit('ha')}"
    return f"{square_metres:.0f} {unit('m²')}"


def nice_length(max_metres: float) -> float:
    """The largest 1-2-5 x 10^n length not above ``max_metres`` (for a scale bar)."""
    if max_metres <= 0 or not math.isfinite(max_metres):
        return 0.0
    power = 10.0 ** math.floor(math.log10(max_metres))
    for step in (5.0, 2.0, 1.0):
        if step * power <= max_metres:
            return step * power
    return power


def format_scale_length(metres: float) -> str:
    """A scale-bar caption: ``500 m``, ``2 km``, ``0.5 m``."""
    if metres >= 1000:
        return f"{metres / 1000:g} {unit('km')}"
    return f"{metres:g} {unit('m')}"


def grid_bearing(x0: float, y0: float, x1: float, y1: float) -> float:
    """The direction from (x0, y0) to (x1, y1) in degrees clockwise from grid north, 0-360."""
    return math.degrees(math.atan2(x1 - x0, y1 - y0)) % 360.0


def format_bearing(degrees: float) -> str:
    """A bearing for people: ``63.3°`` (0.0 to 359.9)."""
    return f"{round(degrees, 1) % 360.0:.1f}°"


def parse_offset(text: str) -> tuple[float, float] | None:
    """A typed next vertex as (distance in metres, true bearing in degrees), from ``250 45``,
    ``250 m 45°``, ``1.2 km 300``, ``250; 45`` or ``250,5 45`` (a decimal comma); ``None``
    when it is not that (a distance of at least 0 and a bearing from 0 to 360)."""
    cleaned = text.strip().lower().replace("°", " ").replace(";", " ").replace("/", " ")
    parts = cleaned.split()
    if len(parts) == 1 and parts[0].count(",") == 1:
        parts = parts[0].split(",")  # "250,45": a comma between the two
    scale = 1.0
    numbers: list[float] = []
    for part in parts:
        if part in ("m", "м"):
            continue
        if part in ("km", "км"):
            scale = 1000.0 if len(numbers) == 1 else scale
            continue
        unit = 1000.0 if part.endswith(("km", "км")) else 1.0
        value = part.removesuffix("km").removesuffix("км").removesuffix("m").removesuffix("м")
        try:
            numbers.append(float(value.replace(",", ".")) * unit)
        except ValueError:
            return None
    if len(numbers) != 2:
        return None
    distance, bearing = numbers[0] * scale, numbers[1]
    if distance < 0 or not 0 <= bearing <= 360 or not math.isfinite(distance):
        return None
    return distance, bearing % 360.0


def offset_point(
    x: float, y: float, distance: float, true_bearing: float, convergence: float
) -> tuple[float, float]:
    """The model point ``distance`` metres from (x, y) on ``true_bearing`` (degrees from true
    north), where grid north is ``convergence`` degrees clockwise of true north."""
    grid = math.radians(true_bearing - convergence)
    return x + distance * math.sin(grid), y + distance * math.cos(grid)
