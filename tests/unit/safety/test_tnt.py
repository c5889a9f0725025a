"""TNT-equivalent NEW of propellant loads (safety-rules.md §3) and the exact units (§0)."""

from __future__ import annotations

import pytest

from cosmoplan.domain import Propellant
from cosmoplan.messages import CosmoplanError, ValidationError
from cosmoplan.safety.tnt import PlannerFactor, net_explosive_weight, parse_propellant
from cosmoplan.safety.units import (
    IN_PER_NM,
    ft_to_m,
    in_to_nm,
    kg_to_lb,
    lb_to_kg,
    m_to_ft,
    m_to_nm,
    nm_to_m,
)

LB = 0.45359237  # kg per lb


def test_exact_conversions() -> None:
    assert lb_to_kg(1) == LB
    assert kg_to_lb(LB) == 1
    assert kg_to_lb(1) == pytest.approx(2.20462262, abs=1e-8)
    assert ft_to_m(1) == 0.3048 and m_to_ft(0.3048) == 1
    assert nm_to_m(1) == 1852 and m_to_nm(1852) == 1
    assert abs(IN_PER_NM - 72_913.386) < 1e-3
    assert in_to_nm(87_600) == pytest.approx(1.2014, abs=1e-4)


def test_lox_hydrogen_takes_the_larger_rule() -> None:
    # Below the crossover W = (8/0.14)³ = 186,588.9 lb, 8·W^(2/3) governs.
    small = net_explosive_weight("lox-hydrogen", lb_to_kg(100_000))
    assert small.lb == pytest.approx(8 * 100_000 ** (2 / 3))
    assert "8·W^(2/3) governs" in small.basis
    large = net_explosive_weight("lox-hydrogen", lb_to_kg(1_000_000))
    assert large.lb == pytest.approx(140_000)
    assert "14% of W governs" in large.basis
    crossover = (8 / 0.14) ** 3
    assert crossover == pytest.approx(186_588.9, abs=0.1)
    at = net_explosive_weight("lox-hydrogen", lb_to_kg(crossover))
    assert at.lb == pytest.approx(0.14 * crossover)


def test_lox_kerosene_20_percent_then_10_percent_of_the_excess() -> None:
    assert net_explosive_weight("lox-kerosene", lb_to_kg(400_000)).lb == pytest.approx(80_000)
    assert net_explosive_weight("lox-kerosene", lb_to_kg(500_000)).lb == pytest.approx(100_000)
    big = net_explosive_weight(Propellant.LOX_KEROSENE, lb_to_kg(800_000))
    assert big.lb == pytest.approx(100_000 + 30_000)
    assert "DoD-based" in big.basis and "§3.2" in big.basis


def test_n2o4_udmh_paraffin_and_solid() -> None:
    assert net_explosive_weight("n2o4-udmh", lb_to_kg(1_000)).lb == pytest.approx(100)
    hybrid = net_explosive_weight("paraffin-lox", lb_to_kg(1_000))
    assert hybrid.lb == pytest.approx(150)
    assert "N2O4/PBAN" in hybrid.basis and "§3.4" in hybrid.basis
    solid = net_explosive_weight("solid", 1_000)
    assert solid.kg == pytest.approx(1_000)
    assert "Division 1.1" in solid.basis


def test_division_1_1_is_added_at_100_percent() -> None:
    new = net_explosive_weight("lox-kerosene", lb_to_kg(100_000), division_1_1_kg=lb_to_kg(500))
    assert new.lb == pytest.approx(20_000 + 500)
    assert "§420.69(b)(2)" in new.basis


@pytest.mark.parametrize("combination", ["lox-methane", "lox-propane"])
def test_methane_and_propane_need_a_planner_factor(combination: str) -> None:
    with pytest.raises(CosmoplanError) as raised:
        net_explosive_weight(combination, 1_000)
    assert raised.value.message.id == "safety.tnt.no_factor"
    assert combination in str(raised.value)
    factor = PlannerFactor(0.5, "NASA NESC interim guidance, memo 12")
    new = net_explosive_weight(combination, lb_to_kg(1_000), factor=factor)
    assert new.lb == pytest.approx(500)
    assert "planner-entered factor 0.5" in new.basis and "memo 12" in new.basis


def test_planner_factor_replaces_the_dod_value() -> None:
    new = net_explosive_weight("lox-kerosene", lb_to_kg(1_000), factor=PlannerFactor(0.3, "GOST"))
    assert new.lb == pytest.approx(300)


@pytest.mark.parametrize("value", [0, -0.1, float("inf"), float("nan")])
def test_bad_factor_refused(value: float) -> None:
    with pytest.raises(ValidationError) as raised:
        PlannerFactor(value, "somewhere")
    assert raised.value.message.id == "safety.tnt.bad_factor"


def test_factor_without_source_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        PlannerFactor(0.2, "  ")
    assert raised.value.message.id == "safety.tnt.factor_source"


def test_bad_inputs_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        net_explosive_weight("lox-kerosene", -1)
    assert raised.value.message.id == "domain.not_negative"
    with pytest.raises(ValidationError):
        net_explosive_weight("lox-kerosene", 1, division_1_1_kg=-5)
    with pytest.raises(ValidationError) as unknown:
        parse_propellant("hydrazine")
    assert unknown.value.message.id == "safety.tnt.unknown_propellant"
    assert "lox-kerosene" in str(unknown.value)
