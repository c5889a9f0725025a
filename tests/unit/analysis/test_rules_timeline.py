"""allocation.overlap and allocation.cadence: a pad's timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from cosmoplan.analysis import Severity
from cosmoplan.domain import AllocationStatus, Kind, Pad, Ref

if TYPE_CHECKING:
    from conftest import Site


def test_two_exclusive_allocations_overlapping_give_one_error_naming_both(site: Site) -> None:
    first = site.allocate(vehicle=2, start=date(2026, 6, 1), end=date(2027, 6, 30))
    second = site.allocate(vehicle=3, start=date(2027, 3, 1), end=date(2028, 1, 31))
    [finding] = site.findings("allocation.overlap")
    assert finding.severity is Severity.ERROR
    assert finding.subjects == (
        Ref(Kind.ALLOCATION, first.id),
        Ref(Kind.ALLOCATION, second.id),
        Ref(Kind.PAD, 1),
    )
    assert finding.text == (
        "Allocations of Skyroot (Vikram-1) and RFA (RFA One) overlap on pad 45/1 from "
        "2027-03-01 to 2027-06-30 (122 days); both are exclusive."
    )
    assert finding.geometry == site.plan.get(Kind.PAD, 1).location  # type: ignore[union-attr]


def test_one_exclusive_and_one_shared_overlapping_is_an_error(site: Site) -> None:
    site.allocate(vehicle=2, exclusive=False)
    site.allocate(vehicle=3, start=date(2027, 12, 31), end=date(2028, 3, 1))
    [finding] = site.findings("allocation.overlap")
    assert "(1 days)" in finding.text
    assert finding.text.endswith("the allocation of RFA (RFA One) is exclusive.")


@pytest.mark.parametrize(
    ("second_start", "second_end", "exclusive", "status"),
    [
        (date(2028, 1, 1), date(2028, 12, 31), True, AllocationStatus.RESERVED),  # next day
        (date(2027, 6, 1), date(2027, 8, 1), False, AllocationStatus.RESERVED),  # both shared
        (date(2027, 6, 1), date(2027, 8, 1), True, AllocationStatus.CANCELLED),
        (date(2027, 6, 1), date(2027, 8, 1), True, AllocationStatus.ENDED),
    ],
)
def test_no_overlap_error(
    site: Site, second_start: date, second_end: date, exclusive: bool, status: AllocationStatus
) -> None:
    site.allocate(vehicle=2, exclusive=exclusive)
    site.allocate(vehicle=3, start=second_start, end=second_end, exclusive=exclusive, status=status)
    assert site.findings("allocation.overlap") == []


def test_overlaps_on_different_pads_do_not_count(site: Site) -> None:
    site.allocate(vehicle=2, pad=1)
    site.allocate(vehicle=3, pad=2)
    assert site.findings("allocation.overlap") == []


def test_each_colliding_pair_is_found_once_by_the_sweep(site: Site) -> None:
    long = site.allocate(vehicle=1, start=date(2027, 1, 1), end=date(2029, 12, 31))
    site.allocate(vehicle=2, start=date(2027, 2, 1), end=date(2027, 3, 1))
    site.allocate(vehicle=3, start=date(2028, 2, 1), end=date(2028, 3, 1))
    found = site.findings("allocation.overlap")
    assert len(found) == 2
    assert all(f.primary == Ref(Kind.ALLOCATION, long.id) for f in found)


def test_shared_allocations_above_the_cadence_give_a_warning_for_the_busy_period(
    site: Site,
) -> None:
    for vehicle in (1, 2, 3):  # 6 launches a year each; the default cadence is 12
        site.allocate(
            vehicle=vehicle,
            start=date(2027, vehicle, 1),
            end=date(2027, 6 + vehicle, 1),
            exclusive=False,
        )
    [finding] = site.findings("allocation.cadence")
    assert finding.severity is Severity.WARNING
    assert finding.subjects[0] == Ref(Kind.PAD, 1)
    assert len(finding.subjects) == 4
    assert finding.text == (
        "Pad 45/1 would see up to 18 launches a year from 2027-03-01 to 2027-07-01 "
        "(3 allocations: Roscosmos (Soyuz-5), Skyroot (Vikram-1), RFA (RFA One)), "
        "more than its cadence of 12 a year."
    )


def test_two_shared_allocations_at_the_cadence_give_no_warning(site: Site) -> None:
    site.allocate(vehicle=1, exclusive=False)
    site.allocate(vehicle=2, exclusive=False)
    assert site.findings("allocation.cadence") == []


def test_a_pad_that_states_its_cadence_is_held_to_it(site: Site) -> None:
    pad = site.plan.get(Kind.PAD, 1)
    assert isinstance(pad, Pad)
    site.edit(Kind.PAD, 1, capabilities=replace(pad.capabilities, max_launches_per_year=10))
    site.allocate(vehicle=1, exclusive=False)  # 6 a year: within 10
    assert site.findings("allocation.cadence") == []
    site.allocate(vehicle=2, exclusive=False)  # 12 a year: within the default, not this pad's
    [finding] = site.findings("allocation.cadence")
    assert "more than its cadence of 10 a year" in finding.text


def test_separate_busy_periods_give_separate_warnings(site: Site) -> None:
    site.edit(Kind.VEHICLE, 1, launches_per_year=10)
    site.allocate(vehicle=1, start=date(2027, 1, 1), end=date(2029, 12, 31), exclusive=False)
    site.allocate(vehicle=2, start=date(2027, 2, 1), end=date(2027, 3, 1), exclusive=False)
    site.allocate(vehicle=3, start=date(2028, 2, 1), end=date(2028, 3, 1), exclusive=False)
    found = site.findings("allocation.cadence")
    assert [f.part for f in found] == ["2027-02-01", "2028-02-01"]
    assert "up to 16 launches" in found[0].text


def test_unknown_launch_rates_count_as_zero(site: Site) -> None:
    site.edit(Kind.VEHICLE, 2, launches_per_year=None)
    site.edit(Kind.VEHICLE, 3, launches_per_year=None)
    for vehicle in (1, 2, 3):
        site.allocate(vehicle=vehicle, exclusive=False)
    assert site.findings("allocation.cadence") == []
