"""Tables E-1, E-2 and E-3 of 14 CFR 420 Appendix E (safety-rules.md §2) and their inverses."""

from __future__ import annotations

import math

import pytest

from cosmoplan.messages import ValidationError
from cosmoplan.safety.qd import (
    intraline_distance,
    max_new_for_intraline,
    max_new_for_public_area,
    max_new_for_public_traffic_route,
    public_area_distance,
    public_traffic_route_distance,
)

#: Table E-1 as printed: NEW (lb), public area (ft), public traffic route (ft).
TABLE_E1 = [
    (0.5, 236, 142),
    (0.7, 263, 158),
    (1, 291, 175),
    (2, 346, 208),
    (3, 378, 227),
    (5, 419, 251),
    (7, 445, 267),
    (10, 474, 284),
    (15, 506, 304),
    (20, 529, 317),
    (30, 561, 337),
    (31, 563, 338),
    (50, 601, 361),
    (70, 628, 377),
    (100, 658, 395),
    (150, 815, 489),
    (200, 927, 556),
    (300, 1085, 651),
    (450, 1243, 746),
]

#: Table E-3 as printed (first twelve rows): NEW (lb), intraline distance (ft).
TABLE_E3 = [
    (50, 66),
    (70, 74),
    (100, 84),
    (150, 96),
    (200, 105),
    (300, 120),
    (500, 143),
    (700, 160),
    (1_000, 180),
    (1_500, 206),
    (2_000, 227),
    (3_000, 260),
]


@pytest.mark.parametrize(("new", "public", "ptr"), TABLE_E1)
def test_every_row_of_table_e1(new: float, public: float, ptr: float) -> None:
    assert public_area_distance(new).ft == pytest.approx(public, abs=0.5)
    assert public_traffic_route_distance(new).ft == pytest.approx(ptr, abs=0.5)
    assert "Table E-1" in public_area_distance(new).basis


def test_e1_below_half_a_pound_is_the_236_ft_minimum() -> None:
    assert public_area_distance(0).ft == 236
    assert public_area_distance(0.5).basis.endswith("NEW ≤ 0.5 lb: d = 236 ft")


def test_e1_branch_edge_at_100_lb_uses_the_upper_formula() -> None:
    # §2.1: lower formula gives 656.0 ft at 100 lb, the table's 658 comes from the upper one.
    assert public_area_distance(100).ft == pytest.approx(-1133.9 + 389 * math.log(100))
    assert public_area_distance(99.999).ft == pytest.approx(656.0, abs=0.1)


@pytest.mark.parametrize(("new", "intraline"), TABLE_E3)
def test_every_row_of_table_e3(new: float, intraline: float) -> None:
    assert intraline_distance(new).ft == pytest.approx(intraline, abs=0.5)


def test_e3_beyond_the_printed_rows_is_flagged_as_inference() -> None:
    assert "inferred beyond the last printed row" in intraline_distance(3_001).basis
    assert "below the first printed row" in intraline_distance(10).basis
    assert "inferred" not in intraline_distance(3_000).basis
    assert intraline_distance(1e6).ft == pytest.approx(1_800)


@pytest.mark.parametrize(
    ("new", "public", "band"),
    [
        (450.0001, 1_250, "450 < NEW ≤ 30,000"),
        (30_000, 1_250, "450 < NEW ≤ 30,000"),
        (30_000.001, 40 * 30_000 ** (1 / 3), "30,000 < NEW ≤ 100,000"),
        (100_000, 40 * 100_000 ** (1 / 3), "30,000 < NEW ≤ 100,000"),
        (100_000.001, 2.42 * 100_000**0.577, "100,000 < NEW ≤ 250,000"),
        (250_000, 2.42 * 250_000**0.577, "100,000 < NEW ≤ 250,000"),
        (250_000.001, 50 * 250_000 ** (1 / 3), "250,000 lb < NEW"),
    ],
)
def test_table_e2_band_edges(new: float, public: float, band: str) -> None:
    distance = public_area_distance(new)
    assert distance.ft == pytest.approx(public, rel=1e-6)
    assert band in distance.basis and "Table E-2" in distance.basis
    assert public_traffic_route_distance(new).ft == pytest.approx(0.6 * public, rel=1e-6)


def test_e1_route_column_is_60_percent_of_the_printed_public_column() -> None:
    # 0.6 × 505.78 = 303.47 would print 303; the table prints 304 = round(0.6 × 506).
    assert public_traffic_route_distance(15).ft == pytest.approx(0.6 * 506)
    assert "whole feet" in public_traffic_route_distance(15).basis


def test_inverse_quirk_at_the_100_lb_branch_edge() -> None:
    # The lower E-1 inverse runs to 658 ft although 100 lb already needs 657.5 ft (§2.1).
    allowed = max_new_for_public_area(657.9)
    assert allowed is not None and 102 < allowed < 103
    assert public_area_distance(allowed).ft > 657.9


def test_e2_first_band_route_distance_is_750_ft() -> None:
    assert public_traffic_route_distance(10_000).ft == pytest.approx(750)


def test_e2_step_at_30000_lb_as_written_and_conservative() -> None:
    # §2.2: 40·30,000^(1/3) = 1,242.9 ft, a downward step from 1,250 ft.
    assert public_area_distance(30_000.01).ft == pytest.approx(1_242.9, abs=0.05)
    assert public_area_distance(30_000.01, conservative=True).ft == 1_250
    assert "conservative" in public_area_distance(30_000.01, conservative=True).basis
    assert public_traffic_route_distance(30_000.01, conservative=True).ft == pytest.approx(750)
    # Above 30,517.6 lb the formula passes 1,250 ft and both readings agree.
    assert public_area_distance(40_000, conservative=True).ft == public_area_distance(40_000).ft


def test_e2_continuity_at_100000_and_250000_lb() -> None:
    # §2.2 checks: 1,856.6 vs 1,857.0 ft and 3,150.8 vs 3,149.8 ft.
    below, above = public_area_distance(100_000).ft, public_area_distance(100_000.0001).ft
    assert below == pytest.approx(1_856.6, abs=0.05)
    assert above == pytest.approx(1_857.0, abs=0.05)
    below, above = public_area_distance(250_000).ft, public_area_distance(250_000.0001).ft
    assert below == pytest.approx(3_150.8, abs=0.05)
    assert above == pytest.approx(3_149.8, abs=0.05)


def test_metres_are_the_exact_conversion() -> None:
    distance = public_area_distance(10_000)
    assert distance.m == 1_250 * 0.3048
    assert intraline_distance(1_000).m == pytest.approx(180 * 0.3048)


def test_negative_new_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        public_area_distance(-1)
    assert raised.value.message.id == "domain.not_negative"
    with pytest.raises(ValidationError):
        intraline_distance(float("nan"))


@pytest.mark.parametrize("distance", [0, 100, 235.99])
def test_below_236_ft_nothing_is_allowed(distance: float) -> None:
    assert max_new_for_public_area(distance) is None
    assert max_new_for_public_traffic_route(0.6 * distance) is None


@pytest.mark.parametrize(
    ("distance", "expected"),
    [
        (236, math.exp(236 / 79.2 - 3.678)),
        (500, math.exp(500 / 79.2 - 3.678)),
        (658, math.exp(658 / 389 + 2.914)),
        (1_000, math.exp(1_000 / 389 + 2.914)),
        (1_243, math.exp(1_243 / 389 + 2.914)),
        (1_243.5, 1_243.5**3 / 64_000),
        (1_857, 1_857**3 / 64_000),
        (2_000, 0.2162 * 2_000**1.7331),
        (3_150, 0.2162 * 3_150**1.7331),
        (4_000, 4_000**3 / 125_000),
    ],
)
def test_inverse_footnote_formulas(distance: float, expected: float) -> None:
    assert max_new_for_public_area(distance) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    "new", [0.7, 1, 10, 50, 99, 101, 200, 449, 35_000, 60_000, 99_000, 150_000, 249_000, 1e6]
)
def test_inverse_round_trip_across_bands(new: float) -> None:
    # Outside the plateau (450-30,000 lb) the inverse gives back the NEW, within the rounding
    # of the footnotes' constants (3.678 for 291.3/79.2, 2.914 for 1133.9/389, 0.2162).
    allowed = max_new_for_public_area(public_area_distance(new).ft)
    assert allowed == pytest.approx(new, rel=2e-3)
    # The E-1 route distance is 60 % of the whole-foot public distance: up to 0.5 ft more.
    route = max_new_for_public_traffic_route(public_traffic_route_distance(new).ft)
    assert route == pytest.approx(new, rel=2e-3 if new > 450 else 1e-2)


@pytest.mark.parametrize("new", [451, 5_000, 30_000])
def test_inverse_on_the_1250_ft_plateau_allows_at_least_the_new(new: float) -> None:
    allowed = max_new_for_public_area(public_area_distance(new).ft)
    assert allowed is not None and allowed >= new
    assert public_area_distance(allowed).ft == pytest.approx(1_250)


def test_conservative_inverse_caps_at_450_lb_below_1250_ft() -> None:
    assert max_new_for_public_area(1_245) == pytest.approx(1_245**3 / 64_000)
    assert max_new_for_public_area(1_245, conservative=True) == 450
    assert max_new_for_public_area(1_000, conservative=True) == max_new_for_public_area(1_000)
    assert max_new_for_public_area(1_250, conservative=True) == pytest.approx(30_517.578125)


def test_intraline_inverse_round_trip() -> None:
    for new in (10, 50, 3_000, 123_456):
        assert max_new_for_intraline(intraline_distance(new).ft) == pytest.approx(new)
