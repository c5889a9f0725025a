"""territory.outside_control: start-ups stay out of the Russian lease and inside Kazakh land."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from shapely.geometry import Point

from cosmoplan.analysis import Severity
from cosmoplan.domain import Kind, Ref, TenantKind

if TYPE_CHECKING:
    from conftest import Site


def test_a_startup_on_a_pad_in_the_lease_is_an_error_naming_the_zone(site: Site) -> None:
    allocation = site.allocate(vehicle=2, pad=1)
    [finding] = site.findings("territory")
    assert finding.severity is Severity.ERROR
    assert finding.subjects == (
        Ref(Kind.ALLOCATION, allocation.id),
        Ref(Kind.PAD, 1),
        Ref(Kind.TENANT, 2),
        Ref(Kind.ZONE, 2),
    )
    assert finding.text == (
        "Pad 45/1 lies in Baikonur lease, Russian-leased territory, from 2027-01-01 to "
        "2027-12-31; Skyroot, a startup, may not be allocated a pad there (allocation with "
        "Vikram-1 from 2027-01-01 to 2027-12-31)."
    )


def test_an_incumbent_may_use_the_lease_and_a_startup_the_sez(site: Site) -> None:
    site.allocate(vehicle=1, pad=1)
    site.allocate(vehicle=2, pad=2)
    assert site.findings("territory") == []


def test_only_the_days_before_the_lease_ends_are_reported(site: Site) -> None:
    site.allocate(vehicle=3, pad=1, start=date(2049, 7, 1), end=date(2051, 6, 30))
    [finding] = site.findings("territory")
    assert "from 2049-07-01 to 2049-12-31;" in finding.text


def test_a_national_programme_is_held_to_the_same_rule(site: Site) -> None:
    site.edit(Kind.TENANT, 1, kind=TenantKind.NATIONAL_PROGRAMME)
    site.allocate(vehicle=1, pad=1)
    [finding] = site.findings("territory")
    assert "Roscosmos, a national programme, may not" in finding.text


def test_a_pad_outside_every_zone_is_outside_control(site: Site) -> None:
    site.edit(Kind.PAD, 2, location=Point(20_000, 0))
    allocation = site.allocate(vehicle=2, pad=2)
    [finding] = site.findings("territory")
    assert finding.subjects == (
        Ref(Kind.ALLOCATION, allocation.id),
        Ref(Kind.PAD, 2),
        Ref(Kind.TENANT, 2),
    )
    assert finding.text.startswith(
        "Pad 200/39 lies outside any special economic zone or Kazakh territory from 2027-01-01 "
        "to 2027-12-31; Skyroot, a startup, may only be allocated a pad inside one"
    )


def test_zones_count_only_while_they_are_valid(site: Site) -> None:
    site.edit(Kind.ZONE, 1, valid_from=date(2030, 1, 1))
    site.edit(Kind.ZONE, 3, valid_from=date(2027, 7, 1))
    site.allocate(vehicle=2, pad=2)
    [finding] = site.findings("territory")
    assert "from 2027-01-01 to 2027-06-30;" in finding.text
    assert finding.part == "2027-01-01"


def test_a_pad_on_the_lease_boundary_is_in_the_lease(site: Site) -> None:
    site.edit(Kind.PAD, 1, location=Point(1000, 0))
    site.allocate(vehicle=2, pad=1)
    [finding] = site.findings("territory")
    assert Ref(Kind.ZONE, 2) in finding.subjects
