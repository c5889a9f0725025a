"""vehicle.fit.*: propellant, liftoff mass, height, diameter, thrust, unknown figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cosmoplan.analysis import Severity
from cosmoplan.domain import Kind, PadCapabilities, Propellant, Ref

if TYPE_CHECKING:
    from conftest import Site


def test_a_vehicle_that_fits_gives_no_fit_finding(site: Site) -> None:
    site.allocate(vehicle=3)
    assert site.findings("vehicle.fit") == []


def test_unsupported_propellant_is_an_error_naming_what_the_pad_supports(site: Site) -> None:
    allocation = site.allocate(vehicle=4)  # Proton-M, hypergolic
    [finding] = site.findings("vehicle.fit")
    assert finding.rule == "vehicle.fit.propellant"
    assert finding.severity is Severity.ERROR
    assert finding.subjects == (
        Ref(Kind.ALLOCATION, allocation.id),
        Ref(Kind.VEHICLE, 4),
        Ref(Kind.PAD, 1),
    )
    assert finding.text == (
        "Pad 45/1 does not support n2o4-udmh, the propellant of Proton-M (Roscosmos, allocation "
        "from 2027-01-01 to 2027-12-31); it supports lox-kerosene, solid."
    )


def test_a_pad_listing_no_propellants_accepts_any(site: Site) -> None:
    site.edit(Kind.PAD, 1, capabilities=PadCapabilities())
    site.allocate(vehicle=4)
    assert site.findings("vehicle.fit") == []


@pytest.mark.parametrize(
    ("field", "value", "rule", "numbers"),
    [
        ("liftoff_mass_kg", 697_500, "vehicle.fit.mass", "(697.5 t) exceeds the 600 t limit"),
        ("height_m", 61.5, "vehicle.fit.height", "(61.5 m) exceeds the 60 m limit"),
        ("diameter_m", 7.4, "vehicle.fit.diameter", "(7.4 m) exceeds the 4.5 m limit"),
        ("liftoff_thrust_kn", 10_026, "vehicle.fit.thrust", "(10,026 kN) exceeds the 9,000 kN"),
    ],
)
def test_a_figure_above_the_pad_limit_is_an_error_with_both_numbers(
    site: Site, field: str, value: float, rule: str, numbers: str
) -> None:
    site.edit(Kind.VEHICLE, 1, **{field: value})
    site.allocate(vehicle=1)
    [finding] = site.findings("vehicle.fit")
    assert finding.rule == rule
    assert numbers in finding.text
    assert "of pad 45/1; allocation of Roscosmos from 2027-01-01 to 2027-12-31." in finding.text


def test_a_figure_equal_to_the_limit_fits(site: Site) -> None:
    site.edit(Kind.VEHICLE, 1, liftoff_mass_kg=600_000, height_m=60)
    site.allocate(vehicle=1)
    assert site.findings("vehicle.fit") == []


def test_each_violated_limit_is_its_own_finding(site: Site) -> None:
    site.edit(Kind.VEHICLE, 1, height_m=70, diameter_m=5)
    site.allocate(vehicle=1)
    assert [f.rule for f in site.findings("vehicle.fit")] == [
        "vehicle.fit.diameter",
        "vehicle.fit.height",
    ]


def test_unknown_figures_against_stated_limits_give_one_info(site: Site) -> None:
    site.edit(Kind.VEHICLE, 1, height_m=None, liftoff_thrust_kn=None)
    site.allocate(vehicle=1)
    [finding] = site.findings("vehicle.fit")
    assert finding.rule == "vehicle.fit.unknown"
    assert finding.severity is Severity.INFO
    assert finding.text == (
        "Cannot check height, liftoff thrust of Soyuz-5 (Roscosmos) against the limits of pad "
        "45/1: vehicle figure unknown."
    )


def test_unknown_figures_without_a_limit_are_not_reported(site: Site) -> None:
    site.edit(Kind.VEHICLE, 1, height_m=None)
    site.edit(
        Kind.PAD, 1, capabilities=PadCapabilities(propellants=frozenset({Propellant.LOX_KEROSENE}))
    )
    site.allocate(vehicle=1)
    assert site.findings("vehicle.fit") == []
