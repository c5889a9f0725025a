"""14 CFR 420 Appendix A flight corridor in its local frame (safety-rules.md §4.4).

Tables A-1 to A-3 are kept in inches as printed and converted to nautical miles exactly (§0).
The outlines are built in the planner's local frame of §4.4: x downrange along the flight
azimuth line, y to the left, in nautical miles; :mod:`cosmoplan.safety.corridor` maps them to
the ellipsoid. Rings run counter-clockwise seen from above and are densified here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from cosmoplan.domain import VehicleClass
from cosmoplan.domain.validation import require_member
from cosmoplan.messages import register
from cosmoplan.safety.units import in_to_nm

MSG_UNKNOWN_CLASS = register(
    "safety.corridor.unknown_class",
    "Unknown vehicle class {value!r}; expected one of: {choices}.",
)

#: Appendix A (c)(3): stations of lines CF, DE and HI downrange (nm).
STATION_CF_NM, STATION_DE_NM, STATION_HI_NM = 10.0, 100.0, 5_000.0


_C = VehicleClass
#: Table A-1, debris dispersion radius Dmax (inches; equals §420.21 Table 2 feet × 12).
DMAX_IN = {_C.SMALL: 87_600, _C.MEDIUM: 111_600, _C.MEDIUM_LARGE: 127_200, _C.LARGE: 156_000}
DMAX_IN[_C.GUIDED_SUBORBITAL] = 96_000
#: Table A-2, overflight exclusion zone downrange distance DOEZ (inches).
DOEZ_IN = {_C.SMALL: 240_500, _C.MEDIUM: 253_000, _C.MEDIUM_LARGE: 310_300, _C.LARGE: 937_700}
DOEZ_IN[_C.GUIDED_SUBORBITAL] = 232_100
#: Table A-3, full length of line CF at 10 nm (inches, printed as ×10⁶ in to six digits).
CF_IN = {_C.SMALL: 2_876_200, _C.MEDIUM: 2_972_200, _C.MEDIUM_LARGE: 3_034_600}
CF_IN |= {_C.LARGE: 3_149_790, _C.GUIDED_SUBORBITAL: 2_909_800}
#: Table A-3, full length of line DE at 100 nm (inches).
DE_IN = {_C.SMALL: 8_594_520, _C.MEDIUM: 8_642_520, _C.MEDIUM_LARGE: 8_673_720}
DE_IN |= {_C.LARGE: 8_731_310, _C.GUIDED_SUBORBITAL: 8_611_320}
#: Table A-3, full length of line HI at 5,000 nm (inches; orbital classes only).
HI_IN = 128_566_000

#: Eq. A40/A41: impact range factor IP below / from 100 km apogee, dispersion factor DISP.
IP_LOW, IP_HIGH, IP_THRESHOLD_KM, DISP = 0.4, 0.7, 100.0, 0.05
KM_PER_NM = 1.852
#: Angular spacing of the vertices of densified arcs (chord error 0.015 % of the radius).
ARC_STEP_DEG = 2.0


def parse_class(value: str | VehicleClass) -> VehicleClass:
    """The vehicle class with this id; ValidationError naming the choices if none."""
    return require_member(VehicleClass, value, MSG_UNKNOWN_CLASS, "vehicle_class")


@dataclass(frozen=True, slots=True)
class CorridorDimensions:
    """Appendix A dimensions of one class, in nautical miles (full lengths of CF, DE, HI)."""

    vehicle_class: VehicleClass
    dmax_nm: float
    doez_nm: float
    cf_nm: float
    de_nm: float
    hi_nm: float | None
    impact_range_nm: float | None = None
    impact_radius_nm: float | None = None

    @property
    def basis(self) -> str:
        """Where the numbers come from."""
        text = (
            f"14 CFR 420 App. A Tables A-1 to A-3, {self.vehicle_class.value} class "
            "(safety rules §4.4 [S])"
        )
        if self.impact_range_nm is not None:
            text += "; impact dispersion area Eq. A40/A41"
        return text


def dimensions(vehicle_class: VehicleClass, apogee_km: float | None = None) -> CorridorDimensions:
    """Tables A-1 to A-3 for the class, and the Eq. A40/A41 impact area for a suborbital one.

    Eq. A40: impact range D = Hap·IP, IP = 0.4 below 100 km apogee and 0.7 from 100 km;
    Eq. A41: dispersion radius R = Hap·0.05 (km, as the 100 km threshold implies).
    """
    impact_range = impact_radius = None
    if apogee_km is not None:
        factor = IP_LOW if apogee_km < IP_THRESHOLD_KM else IP_HIGH
        impact_range = apogee_km * factor / KM_PER_NM
        impact_radius = apogee_km * DISP / KM_PER_NM
    return CorridorDimensions(
        vehicle_class,
        in_to_nm(DMAX_IN[vehicle_class]),
        in_to_nm(DOEZ_IN[vehicle_class]),
        in_to_nm(CF_IN[vehicle_class]),
        in_to_nm(DE_IN[vehicle_class]),
        in_to_nm(HI_IN) if vehicle_class.orbital else None,
        impact_range,
        impact_radius,
    )


Points = NDArray[np.float64]


def tangent_point(
    point: tuple[float, float], centre: tuple[float, float], radius: float, left: bool
) -> float:
    """Angle (rad, from +x) where a tangent from ``point`` touches the circle.

    Of the two tangents, the one touching farthest to the left (max y) or right (min y).
    """
    dx, dy = point[0] - centre[0], point[1] - centre[1]
    towards, spread = math.atan2(dy, dx), math.acos(radius / math.hypot(dx, dy))
    angles = (towards - spread, towards + spread)
    return max(angles, key=math.sin) if left else min(angles, key=math.sin)


def _line(start: tuple[float, float], end: tuple[float, float], step: float) -> Points:
    """Points from ``start`` towards ``end`` (end excluded), at most ``step`` apart."""
    count = max(1, math.ceil(math.dist(start, end) / step))
    t = np.arange(count) / count
    return np.column_stack([start[0] + t * (end[0] - start[0]), start[1] + t * (end[1] - start[1])])


def _arc(centre: tuple[float, float], radius: float, first: float, last: float) -> Points:
    """Points on a circle from angle ``first`` up to ``last`` (rad, ``last`` excluded): the start
    and every multiple of 2° after it, so that arcs of one circle share their vertices."""
    step = math.radians(ARC_STEP_DEG)
    grid = np.arange(math.floor(first / step) + 1, math.ceil(last / step)) * step
    angles = np.concatenate([[first], grid[grid > first + 1e-9]])
    return np.column_stack(
        [centre[0] + radius * np.cos(angles), centre[1] + radius * np.sin(angles)]
    )


def _at(centre: tuple[float, float], radius: float, angle: float) -> tuple[float, float]:
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)


def _ring(parts: list[Points]) -> Points:
    """Chain densified pieces (each without its end point) into one closed ring."""
    ring = np.concatenate(parts)
    return np.vstack([ring, ring[:1]])


XY = tuple[float, float]


def _path(vertices: list[XY], step: float) -> list[Points]:
    """Densified straight lines joining ``vertices`` in order (the last vertex excluded)."""
    return [_line(a, b, step) for a, b in pairwise(vertices)]


def overflight_exclusion_ring(dims: CorridorDimensions, step_nm: float) -> Points:
    """Appendix A (c)(2): half-circles of radius Dmax at the launch point (uprange) and at
    DOEZ (downrange), joined by the crossrange lines at ±Dmax."""
    r, far = dims.dmax_nm, dims.doez_nm
    quarter = math.pi / 2
    return _ring(
        [
            _arc((0.0, 0.0), r, quarter, 3 * quarter),
            _line((0.0, -r), (far, -r), step_nm),
            _arc((far, 0.0), r, -quarter, quarter),
            _line((far, r), (0.0, r), step_nm),
        ]
    )


def corridor_ring(dims: CorridorDimensions, step_nm: float) -> tuple[Points, dict[str, Points]]:
    """Appendix A (c)(3)-(4): arc G-B uprange, then B-C-D-H-I-E-F-G, or for a guided suborbital
    vehicle D and E joined through tangents around the impact dispersion area.

    Returns the ring and its named vertices. B and G are the tangent points from C and F on the
    Dmax circle (150° and 210° from +x for every class, §4.4 [D]). A suborbital impact area
    that does not lie beyond line DE (impact range ≤ 100 nm) is left inside a corridor closed by
    DE, since tangents from D and E would run back uprange.
    """
    r = dims.dmax_nm
    c, f = (STATION_CF_NM, dims.cf_nm / 2), (STATION_CF_NM, -dims.cf_nm / 2)
    d, e = (STATION_DE_NM, dims.de_nm / 2), (STATION_DE_NM, -dims.de_nm / 2)
    b_angle = tangent_point(c, (0.0, 0.0), r, left=True)
    g_angle = tangent_point(f, (0.0, 0.0), r, left=False) % (2 * math.pi)
    b, g = _at((0.0, 0.0), r, b_angle), _at((0.0, 0.0), r, g_angle)
    named = {"B": b, "C": c, "D": d, "E": e, "F": f, "G": g}
    parts = [_arc((0.0, 0.0), r, b_angle, g_angle)]
    if dims.hi_nm is not None:
        h, i = (STATION_HI_NM, dims.hi_nm / 2), (STATION_HI_NM, -dims.hi_nm / 2)
        named |= {"H": h, "I": i}
        parts += _path([g, f, e, i, h, d, c, b], step_nm)
    elif _tangents_apply(dims):
        assert dims.impact_range_nm is not None and dims.impact_radius_nm is not None
        centre, radius = (dims.impact_range_nm, 0.0), dims.impact_radius_nm
        right = tangent_point(e, centre, radius, left=False)
        left = tangent_point(d, centre, radius, left=True)
        h, i = _at(centre, radius, left), _at(centre, radius, right)
        named |= {"H": h, "I": i}
        parts += _path([g, f, e, i], step_nm)
        parts += [_arc(centre, radius, right, left)]
        parts += _path([h, d, c, b], step_nm)
    else:
        parts += _path([g, f, e, d, c, b], step_nm)
    return _ring(parts), {k: np.asarray(v, dtype=float) for k, v in named.items()}


def _tangents_apply(dims: CorridorDimensions) -> bool:
    """Whether DH and EI can run tangent to the impact area: it lies beyond line DE."""
    assert dims.impact_range_nm is not None and dims.impact_radius_nm is not None
    centre = (dims.impact_range_nm, 0.0)
    beyond = dims.impact_range_nm > STATION_DE_NM
    outside = math.dist(centre, (STATION_DE_NM, dims.de_nm / 2)) > dims.impact_radius_nm
    return beyond and outside


def impact_ring(dims: CorridorDimensions) -> Points:
    """The impact dispersion circle (Eq. A40/A41), centred on the azimuth line."""
    assert dims.impact_range_nm is not None and dims.impact_radius_nm is not None
    ring = _arc((dims.impact_range_nm, 0.0), dims.impact_radius_nm, 0.0, 2 * math.pi)
    return np.vstack([ring, ring[:1]])
