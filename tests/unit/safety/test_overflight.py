"""Populated places under a flight corridor (Appendix A (d)) and allowed azimuths."""

from __future__ import annotations

from datetime import date

from pyproj import Geod
from shapely.geometry import Point

from cosmoplan.domain import Pad, PadCapabilities, Zone, ZoneKind
from cosmoplan.geo import to_model
from cosmoplan.safety.corridor import flight_corridor
from cosmoplan.safety.overflight import CorridorArea, azimuth_allowed, populated_places_under

LAT, LON = 45.9435, 63.3422
GEOD = Geod(ellps="WGS84")


def place(zone_id: int, azimuth: float, km: float, **fields: object) -> Zone:
    """A 500 m town ``km`` from the launch point along ``azimuth``."""
    lon, lat, _ = GEOD.fwd(LON, LAT, azimuth, km * 1000)
    town = Point(to_model(lon, lat)).buffer(500)
    return Zone(zone_id, ZoneKind.PUBLIC_AREA, f"Town {zone_id}", town, **fields)  # type: ignore[arg-type]


def test_towns_in_the_exclusion_zone_the_corridor_and_outside() -> None:
    corridor = flight_corridor(LAT, LON, 65.0, "medium")
    zones = [
        place(1, 65.0, 5.0),  # 5 km downrange: inside the OEZ (6.4 km + Dmax)
        place(2, 65.0, 60.0),  # on the azimuth line, 60 km out: corridor
        place(3, 245.0, 30.0),  # 30 km uprange: outside
        place(4, 65.0, 5.0, valid_from=date(2030, 1, 1)),  # not yet there in 2027
        Zone(5, ZoneKind.RESTRICTED_AREA, "Not a town", place(9, 65.0, 5.0).geometry),
    ]
    found = populated_places_under(corridor, zones, date(2027, 1, 1))
    assert [(c.zone.id, c.area) for c in found] == [
        (1, CorridorArea.OVERFLIGHT_EXCLUSION),
        (2, CorridorArea.FLIGHT_CORRIDOR),
    ]
    assert found[0].is_error and not found[1].is_error
    assert 4 in {c.zone.id for c in populated_places_under(corridor, zones)}
    assert populated_places_under(corridor, []) == []


def test_azimuth_allowed_by_the_pad_wraps_through_north() -> None:
    pad = Pad(1, 1, "45/1", Point(0, 0), capabilities=PadCapabilities(
        azimuth_min_deg=346.0, azimuth_max_deg=71.0))  # fmt: skip
    assert azimuth_allowed(pad, 0.0) and azimuth_allowed(pad, 65.0)
    assert azimuth_allowed(pad, 350.0)
    assert not azimuth_allowed(pad, 180.0)
    assert azimuth_allowed(Pad(2, 1, "45/2", Point(0, 0)), 180.0)
