"""`cosmoplan hazard`: NEW and the three Q-D distances, in text and JSON; bad input refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err

KEYS = [
    "net_explosive_weight_lb",
    "public_area_distance_ft",
    "public_area_distance_m",
    "public_traffic_route_distance_ft",
    "public_traffic_route_distance_m",
    "intraline_distance_ft",
    "intraline_distance_m",
    "basis",
]
KG_PER_LB = 0.45359237


def test_json_for_a_kerosene_vehicle(cli: Run) -> None:
    result = cli("hazard", "--propellant", "lox-kerosene", "--mass-kg", "270000", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert list(data) == KEYS
    w = 270_000 / KG_PER_LB
    new = 100_000 + 0.1 * (w - 500_000)
    assert data["net_explosive_weight_lb"] == pytest.approx(new)
    assert data["public_area_distance_ft"] == pytest.approx(2.42 * new**0.577)
    assert data["public_area_distance_m"] == pytest.approx(data["public_area_distance_ft"] * 0.3048)
    assert data["public_traffic_route_distance_ft"] == pytest.approx(
        0.6 * data["public_area_distance_ft"]
    )
    assert data["intraline_distance_m"] == pytest.approx(18 * new ** (1 / 3) * 0.3048)
    for part in ("LO2/RP-1", "DoD-based", "Table E-2", "Table E-3"):
        assert part in data["basis"]


def test_text_output_names_units_and_basis(cli: Run) -> None:
    result = cli("hazard", "--propellant", "solid", "--mass-kg", "1000")
    assert result.code == 0, result.err
    assert "Public area distance           1,250.0 ft (381.0 m)" in result.out
    assert "Public traffic route distance  750.0 ft (228.6 m)" in result.out
    assert "Division 1.1" in result.out and "Table E-3" in result.out


def test_division_1_1_and_the_conservative_step(cli: Run) -> None:
    # 13,000 kg of propellant as Division 1.1 plus 700 kg of motors: just over 30,000 lb.
    argv = ["hazard", "--propellant", "solid", "--mass-kg", "13000", "--json"]
    as_written = cli(*argv, "--division-1-1-kg", "700").json()
    assert as_written["net_explosive_weight_lb"] == pytest.approx(13_700 / KG_PER_LB)
    assert as_written["public_area_distance_ft"] < 1_250
    conservative = cli(*argv, "--division-1-1-kg", "700", "--conservative").json()
    assert conservative["public_area_distance_ft"] == 1_250


def test_methane_with_a_planner_factor(cli: Run) -> None:
    result = cli(
        "hazard", "--propellant", "lox-methane", "--mass-kg", "1000", "--tnt-factor", "0.5",
        "--factor-source", "NESC interim guidance", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["net_explosive_weight_lb"] == pytest.approx(500 / KG_PER_LB)
    assert "NESC interim guidance" in data["basis"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--propellant", "lox-kerosene", "--mass-kg", "-1"], "must not be negative"),
        (["--propellant", "hydrazine", "--mass-kg", "10"], "Unknown propellant combination"),
        (["--propellant", "lox-methane", "--mass-kg", "10"], "No TNT-equivalent factor"),
        (["--propellant", "lox-propane", "--mass-kg", "10", "--tnt-factor", "0.3"], "its source"),
        (
            ["--propellant", "lox-propane", "--mass-kg", "10", "--factor-source", "x"],
            "--tnt-factor",
        ),
        (["--propellant", "solid", "--mass-kg", "10", "--division-1-1-kg", "-2"], "negative"),
        (["--propellant", "solid", "--mass-kg", "ten"], "invalid float value"),
        (["--propellant", "solid"], "required"),
    ],
)
def test_bad_input_exits_2_with_one_line(cli: Run, argv: list[str], expected: str) -> None:
    result = cli("hazard", *argv)
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cosmoplan: error: ")
    assert expected in lines[0]
