"""A place typed as coordinates: latitude and longitude (decimal degrees, or degrees, minutes
and seconds, with or without hemisphere letters), or UTM zone 41N easting and northing.

    45.92, 63.34            45.92N 63.34E           N45°55' E63°20'30"
    45°55'N 63°20'E         45,92; 63,34            С45.92 В63.34
    398000 5087000          41N 398000 5087000      398000 E 5087000 N

Without hemisphere letters the first number is the latitude; minutes and seconds need their
marks (' and "). Russian letters С, Ю, В, З stand for N, S, E, W.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cosmoplan.geo import format_lat_lon, to_model, to_wgs84


@dataclass(frozen=True, slots=True)
class Place:
    """A point typed by the planner: model metres (UTM 41N) and WGS84 degrees."""

    x: float
    y: float
    lat: float
    lon: float

    def describe(self) -> str:
        """``45°55′12.0″N 63°20′24.0″E (UTM 41N 398000 E, 5087000 N)``."""
        return f"{format_lat_lon(self.lat, self.lon)} (UTM 41N {self.x:.0f} E, {self.y:.0f} N)"


_NUMBER = r"\d+(?:[.,]\d+)?"
_HEMISPHERES = str.maketrans("СЮВЗсювз", "NSEWNSEW")


def _angle(name: str) -> str:
    """One angle: an optional hemisphere letter before or after, a sign, degrees (with or
    without °), minutes (') and seconds (")."""
    return (
        rf"(?P<{name}_pre>[NSEW])?\s*(?P<{name}_sign>[-+−])?\s*"
        rf"(?P<{name}_deg>{_NUMBER})\s*(?:°|º|˚)?\s*"
        rf"(?:(?P<{name}_min>{_NUMBER})\s*['′’]\s*)?"
        rf"(?:(?P<{name}_sec>{_NUMBER})\s*(?:[\"″”]|'')\s*)?"
        rf"(?({name}_pre)|(?P<{name}_post>[NSEW])?)"
    )


#: Between the two angles: a comma or semicolon, white space, or nothing after a mark.
_BETWEEN = r"(?:\s*[,;]\s*|\s+|(?<=[NSEW°º˚'′’\"″”]))"
_LAT_LON = re.compile(rf"\s*{_angle('a')}{_BETWEEN}{_angle('b')}\s*", re.IGNORECASE)
_UTM = re.compile(
    r"\s*(?:UTM\s*)?(?:(?:ZONE\s*)?41\s*N\s*[,;:]?\s*)?"
    r"(?:E\s*)?(?P<e>\d{6}(?:[.,]\d+)?)(?!\d)\s*(?:M\s*)?(?:E\s*)?[,;]?\s*"
    r"(?:N\s*)?(?P<n>\d{7}(?:[.,]\d+)?)\s*(?:M\s*)?(?:N\s*)?",
    re.IGNORECASE,
)


def _number(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


def _degrees(match: re.Match[str], name: str) -> tuple[float, str] | None:
    """The angle ``name`` of ``match`` in signed degrees, and its hemisphere letter."""
    pre, post = match[f"{name}_pre"], match[f"{name}_post"]
    minutes, seconds = _number(match[f"{name}_min"]), _number(match[f"{name}_sec"])
    if minutes >= 60 or seconds >= 60:
        return None
    value = _number(match[f"{name}_deg"]) + minutes / 60 + seconds / 3600
    hemisphere = (pre or post or "").upper()
    if match[f"{name}_sign"] or hemisphere in ("S", "W"):
        value = -value
    return value, hemisphere


def _lat_lon(text: str) -> tuple[float, float] | None:
    match = _LAT_LON.fullmatch(text)
    if match is None:
        return None
    first, second = _degrees(match, "a"), _degrees(match, "b")
    if first is None or second is None:
        return None
    (a, a_side), (b, b_side) = first, second
    if a_side in ("E", "W") or b_side in ("N", "S"):
        (a, a_side), (b, b_side) = (b, b_side), (a, a_side)
    if a_side in ("E", "W") or b_side in ("N", "S"):
        return None  # two latitudes or two longitudes
    if not (-90 <= a <= 90 and -180 <= b <= 180):
        return None
    return a, b


def parse_place(text: str) -> Place | None:
    """The place ``text`` names, or ``None`` if it is not coordinates."""
    text = text.strip().translate(_HEMISPHERES)
    utm = _UTM.fullmatch(text)
    if utm is not None:
        x, y = _number(utm["e"]), _number(utm["n"])
        lon, lat = to_wgs84(x, y)
        return Place(x, y, lat, lon)
    found = _lat_lon(text)
    if found is None:
        return None
    lat, lon = found
    x, y = to_model(lon, lat)
    return Place(x, y, lat, lon)
