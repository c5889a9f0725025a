"""Appendix A flight corridors (safety-rules.md §4.4): geometric invariants on the ellipsoid."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import Point

from cosmoplan.geo import to_model
from cosmoplan.messages import ValidationError
from cosmoplan.safety.appendix_a import VehicleClass, dimensions, tangent_point
from cosmoplan.safety.corridor import flight_corridor

GEOD = Geod(ellps="WGS84")
NM = 1852.0
#: Pad 45/1 area, Baikonur.
LAT, LON = 45.9435, 63.3422
ORBITAL = [c for c in VehicleClass if c.orbital]


def inverse(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float, float]:
    """Forward azimuth at a, back azimuth at b, distance in nm."""
    forward, back, metres = GEOD.inv(a[0], a[1], b[0], b[1])
    return forward, back, metres / NM


def station(distance_nm: float, azimuth: float = 65.0) -> tuple[float, float, float]:
    """The point on the azimuth line and the line's local forward azimuth there."""
    lon, lat, back = GEOD.fwd(LON, LAT, azimuth, distance_nm * NM)
    return lon, lat, (back + 180.0) % 360.0


def angle(a: float, b: float) -> float:
    """Signed difference a - b of two azimuths, in (-180, 180]."""
    return (a - b + 180.0) % 360.0 - 180.0


def test_tables_a1_to_a3_in_nautical_miles() -> None:
    # Table A-1 "nm exact" row, Table A-3 nm in brackets.
    expected_dmax = {"small": 1.2014, "medium": 1.5306, "medium-large": 1.7445, "large": 2.1395}
    for name, dmax in expected_dmax.items():
        assert dimensions(VehicleClass(name)).dmax_nm == pytest.approx(dmax, abs=1e-4)
    small = dimensions(VehicleClass.SMALL)
    assert (small.doez_nm, small.cf_nm, small.de_nm) == pytest.approx(
        (3.30, 39.45, 117.87), abs=0.01
    )
    assert small.hi_nm == pytest.approx(1_763.27, abs=0.01)
    suborbital = dimensions(VehicleClass.GUIDED_SUBORBITAL, apogee_km=50)
    assert suborbital.hi_nm is None
    assert suborbital.dmax_nm == pytest.approx(1.3166, abs=1e-4)


def test_impact_dispersion_equations_a40_a41() -> None:
    low = dimensions(VehicleClass.GUIDED_SUBORBITAL, apogee_km=80)
    assert low.impact_range_nm == pytest.approx(80 * 0.4 / 1.852)
    high = dimensions(VehicleClass.GUIDED_SUBORBITAL, apogee_km=100)
    assert high.impact_range_nm == pytest.approx(100 * 0.7 / 1.852)
    assert high.impact_radius_nm == pytest.approx(100 * 0.05 / 1.852)


@pytest.mark.parametrize("vehicle_class", list(VehicleClass))
def test_b_and_g_touch_the_launch_circle_at_150_and_210_degrees(
    vehicle_class: VehicleClass,
) -> None:
    dims = dimensions(vehicle_class, apogee_km=None if vehicle_class.orbital else 500)
    b = tangent_point((10.0, dims.cf_nm / 2), (0.0, 0.0), dims.dmax_nm, left=True)
    g = tangent_point((10.0, -dims.cf_nm / 2), (0.0, 0.0), dims.dmax_nm, left=False)
    assert math.degrees(b) == pytest.approx(150.0, abs=1e-3)
    assert math.degrees(g) % 360 == pytest.approx(210.0, abs=1e-3)


@pytest.mark.parametrize("vehicle_class", ORBITAL)
def test_overflight_exclusion_width_and_length(vehicle_class: VehicleClass) -> None:
    corridor = flight_corridor(LAT, LON, 65.0, vehicle_class)
    dims = corridor.dimensions
    ring = np.asarray(corridor.overflight_exclusion.exterior.coords)
    # Width: the chord of the uprange half-circle, perpendicular at the launch point.
    left = GEOD.fwd(LON, LAT, 65.0 - 90.0, dims.dmax_nm * NM)[:2]
    right = GEOD.fwd(LON, LAT, 65.0 + 90.0, dims.dmax_nm * NM)[:2]
    for corner in (left, right):
        assert np.min(np.hypot(*(ring - corner).T)) < 1e-9
    assert inverse(left, right)[2] == pytest.approx(2 * dims.dmax_nm, rel=1e-9)
    # Length: from the uprange tip to the downrange tip, the zone's longest chord.
    lon, lat = ring[:, 0], ring[:, 1]
    i, j = np.triu_indices(len(ring), 1)
    chords = GEOD.inv(lon[i], lat[i], lon[j], lat[j])[2] / NM
    assert chords.max() == pytest.approx(dims.doez_nm + 2 * dims.dmax_nm, rel=1e-6)
    assert corridor.overflight_exclusion.contains(Point(LON, LAT))


@pytest.mark.parametrize("vehicle_class", ORBITAL)
def test_widths_of_cf_de_hi_equal_table_a3(vehicle_class: VehicleClass) -> None:
    corridor = flight_corridor(LAT, LON, 65.0, vehicle_class)
    dims, points = corridor.dimensions, corridor.points
    for first, second, width in (("C", "F", dims.cf_nm), ("D", "E", dims.de_nm)):
        assert inverse(points[first], points[second])[2] == pytest.approx(width, rel=1e-9)
    assert dims.hi_nm is not None
    assert inverse(points["H"], points["I"])[2] == pytest.approx(dims.hi_nm, rel=1e-9)


def test_offsets_follow_the_local_azimuth_at_every_station() -> None:
    corridor = flight_corridor(LAT, LON, 65.0, VehicleClass.LARGE)
    dims, points = corridor.dimensions, corridor.points
    assert dims.hi_nm is not None
    for distance, left, right, width in (
        (10.0, "C", "F", dims.cf_nm),
        (100.0, "D", "E", dims.de_nm),
        (5_000.0, "H", "I", dims.hi_nm),
    ):
        lon, lat, local = station(distance)
        to_left = inverse((lon, lat), points[left])
        to_right = inverse((lon, lat), points[right])
        assert angle(to_left[0], local - 90.0) == pytest.approx(0.0, abs=1e-6)
        assert angle(to_right[0], local + 90.0) == pytest.approx(0.0, abs=1e-6)
        assert to_left[2] == pytest.approx(width / 2, rel=1e-9)
    # The trap of §4.4: at 5,000 nm the local azimuth is far from the initial one.
    assert abs(angle(station(5_000.0)[2], 65.0)) > 60.0


@pytest.mark.parametrize("vehicle_class", list(VehicleClass))
def test_bc_makes_60_degrees_with_the_azimuth_line_and_is_tangent(
    vehicle_class: VehicleClass,
) -> None:
    apogee = None if vehicle_class.orbital else 500.0
    corridor = flight_corridor(LAT, LON, 65.0, vehicle_class, apogee)
    points, dmax = corridor.points, corridor.dimensions.dmax_nm
    launch = points["launch"]
    # Extended uprange, BC and GF cross the azimuth line at x = -Dmax / cos 30°.
    lon, lat, local = station(-dmax / math.cos(math.radians(30.0)))
    for tangent, end, sign in (("B", "C", -1.0), ("G", "F", 1.0)):
        radial = inverse(launch, points[tangent])
        assert radial[2] == pytest.approx(dmax, rel=1e-6)  # station-and-offset mapping: µm
        assert angle(radial[0], 65.0) == pytest.approx(sign * 150.0, abs=1e-3)
        crossing = inverse((lon, lat), points[end])[0]
        assert angle(crossing, local) == pytest.approx(sign * 60.0, abs=0.01)
        towards = inverse(points[tangent], points[end])[0]
        outwards = (radial[1] + 180.0) % 360.0  # radius direction at the tangent point
        assert abs(angle(towards, outwards)) == pytest.approx(90.0, abs=0.02)


def test_guided_suborbital_ends_tangent_to_the_impact_area() -> None:
    corridor = flight_corridor(LAT, LON, 65.0, "guided-suborbital", apogee_km=1_000)
    assert corridor.impact_dispersion is not None
    centre = station(700 / 1.852)
    radius_nm = 50 / 1.852
    ring = np.asarray(corridor.impact_dispersion.exterior.coords)
    distances = GEOD.inv(np.full(len(ring), centre[0]), np.full(len(ring), centre[1]),
                         ring[:, 0], ring[:, 1])[2] / NM  # fmt: skip
    assert distances == pytest.approx(radius_nm, rel=1e-3)
    for tangent, start in (("H", "D"), ("I", "E")):
        along = inverse(corridor.points[tangent], corridor.points[start])[0]
        radial = inverse(corridor.points[tangent], centre[:2])[0]
        assert abs(angle(along, radial)) == pytest.approx(90.0, abs=0.2)
    assert corridor.corridor.buffer(1e-9).covers(corridor.impact_dispersion)


def test_short_suborbital_corridor_closes_at_de_and_holds_the_impact_area() -> None:
    corridor = flight_corridor(LAT, LON, 65.0, "guided-suborbital", apogee_km=100)
    assert "H" not in corridor.points
    assert corridor.impact_dispersion is not None
    assert corridor.corridor.covers(corridor.impact_dispersion)


@pytest.mark.parametrize("azimuth", [float(a) for a in range(0, 360, 15)] + [359.9])
def test_polygons_are_valid_at_every_azimuth(azimuth: float) -> None:
    for vehicle_class in (VehicleClass.SMALL, VehicleClass.LARGE):
        corridor = flight_corridor(LAT, LON, azimuth, vehicle_class)
        for geometry in (corridor.overflight_exclusion, corridor.corridor):
            assert geometry.is_valid and not geometry.is_empty
            min_x, min_y, max_x, max_y = geometry.bounds
            assert min_x >= -180 and max_x <= 180 and min_y >= -90 and max_y <= 90
        # Both uprange arcs are densified on the same circle; allow for 1 cm of rounding.
        assert corridor.corridor.buffer(1e-7).covers(corridor.overflight_exclusion)


def test_antimeridian_is_cut_into_a_multipolygon() -> None:
    corridor = flight_corridor(LAT, LON, 60.0, VehicleClass.LARGE)
    geometry = corridor.corridor
    assert geometry.geom_type == "MultiPolygon"
    east, west = (p for p in sorted(geometry.geoms, key=lambda p: -p.bounds[2]))
    assert east.bounds[2] == pytest.approx(180.0) and west.bounds[0] == pytest.approx(-180.0)
    assert corridor.points["H"][0] < -170  # across the antimeridian
    for distance in (1_000.0, 4_000.0, 4_990.0):
        lon, lat, _ = station(distance, 60.0)
        assert geometry.contains(Point(lon, lat))
    # The two parts put back together give the area of one continuous corridor.
    joined = shapely.union(east, shapely.affinity.translate(west, 360.0))
    assert joined.geom_type == "Polygon"


def test_a_corridor_over_the_north_pole_contains_it() -> None:
    corridor = flight_corridor(LAT, LON, 0.0, VehicleClass.SMALL)
    assert corridor.corridor.contains(Point(10.0, 89.9))
    assert corridor.corridor.contains(Point(LON, 60.0))
    assert not corridor.corridor.contains(Point(LON, 40.0))
    assert not corridor.corridor.contains(Point(LON + 90.0, 60.0))


def test_model_crs_projection_keeps_the_launch_area() -> None:
    corridor = flight_corridor(LAT, LON, 65.0, VehicleClass.MEDIUM)
    oez, near = corridor.in_model_crs()
    pad = Point(to_model(LON, LAT))
    assert oez.is_valid and near.is_valid
    assert oez.contains(pad) and near.contains(pad)
    dims = corridor.dimensions
    assert oez.area == pytest.approx(
        (math.pi * dims.dmax_nm**2 + 2 * dims.dmax_nm * dims.doez_nm) * NM**2, rel=2e-3
    )


@pytest.mark.parametrize(
    ("arguments", "message_id"),
    [
        ((LAT, LON, 360.0, "small"), "safety.corridor.bad_azimuth"),
        ((LAT, LON, -0.5, "small"), "safety.corridor.bad_azimuth"),
        ((LAT, LON, float("nan"), "small"), "safety.corridor.bad_azimuth"),
        ((90.0, LON, 10.0, "small"), "safety.corridor.bad_latitude"),
        ((LAT, 180.5, 10.0, "small"), "safety.corridor.bad_longitude"),
        ((LAT, LON, 10.0, "heavy"), "safety.corridor.unknown_class"),
        ((LAT, LON, 10.0, "guided-suborbital"), "safety.corridor.apogee_required"),
        ((LAT, LON, 10.0, "guided-suborbital", 0.0), "safety.corridor.bad_apogee"),
        ((LAT, LON, 10.0, "large", 120.0), "safety.corridor.apogee_not_applicable"),
    ],
)
def test_bad_input_refused(arguments: tuple, message_id: str) -> None:
    with pytest.raises(ValidationError) as raised:
        flight_corridor(*arguments)
    assert raised.value.message.id == message_id
