"""pad.unavailable and facility.not_ready."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from cosmoplan.analysis import Severity
from cosmoplan.domain import FacilityStatus, Kind, PadStatus, PadStatusPeriod, Ref

if TYPE_CHECKING:
    from conftest import Site


def test_a_damaged_pad_is_an_error_from_the_damage_until_further_notice(site: Site) -> None:
    site.edit(
        Kind.PAD,
        1,
        status_periods=(
            PadStatusPeriod(PadStatus.ACTIVE, date(1967, 1, 1), date(2025, 11, 27)),
            PadStatusPeriod(PadStatus.DAMAGED, date(2025, 11, 27)),
        ),
    )
    allocation = site.allocate(start=date(2025, 1, 1), end=date(2027, 12, 31))
    [finding] = site.findings("pad.unavailable")
    assert finding.severity is Severity.ERROR
    assert finding.subjects == (Ref(Kind.ALLOCATION, allocation.id), Ref(Kind.PAD, 1))
    assert finding.text == (
        "Pad 45/1 is damaged from 2025-11-27 until further notice; the allocation of Roscosmos "
        "(Soyuz-5) from 2025-01-01 to 2027-12-31 needs it from 2025-11-27 to 2027-12-31 "
        "(765 days)."
    )


def test_modernisation_names_its_end_date_and_each_blocking_period_is_reported(
    site: Site,
) -> None:
    site.edit(
        Kind.PAD,
        1,
        status_periods=(
            PadStatusPeriod(PadStatus.UNDER_MODERNISATION, None, date(2027, 3, 1)),
            PadStatusPeriod(PadStatus.ACTIVE, date(2027, 3, 1), date(2027, 10, 1)),
            PadStatusPeriod(PadStatus.MUSEUM, date(2027, 10, 1)),
        ),
    )
    site.allocate()
    found = site.findings("pad.unavailable")
    assert [f.text.split(";")[0] for f in found] == [
        "Pad 45/1 is under modernisation until 2027-03-01",
        "Pad 45/1 is museum from 2027-10-01 until further notice",
    ]
    assert "needs it from 2027-01-01 to 2027-02-28 (59 days)" in found[0].text


@pytest.mark.parametrize("status", [PadStatus.ACTIVE, PadStatus.INACTIVE])
def test_usable_statuses_and_periods_outside_the_allocation_are_fine(
    site: Site, status: PadStatus
) -> None:
    site.edit(
        Kind.PAD,
        1,
        status_periods=(
            PadStatusPeriod(PadStatus.DESTROYED, date(2020, 1, 1), date(2027, 1, 1)),
            PadStatusPeriod(status, date(2027, 1, 1), date(2028, 1, 1)),
            PadStatusPeriod(PadStatus.DAMAGED, date(2028, 1, 1)),
        ),
    )
    site.allocate()
    assert site.findings("pad.unavailable") == []


def test_a_mast_commissioned_after_the_start_is_an_error_naming_its_date(site: Site) -> None:
    site.edit(Kind.FACILITY, 1, commissioned=date(2027, 6, 30))
    allocation = site.allocate()
    [finding] = site.findings("facility.not_ready")
    assert finding.severity is Severity.ERROR
    assert finding.subjects == (
        Ref(Kind.ALLOCATION, allocation.id),
        Ref(Kind.FACILITY, 1),
        Ref(Kind.PAD, 1),
    )
    assert finding.text == (
        "The cable mast 45/1 cable mast that pad 45/1 needs is commissioned only on 2027-06-30, "
        "after the allocation of Roscosmos (Soyuz-5) starts on 2027-01-01."
    )
    assert finding.geometry == site.plan.get(Kind.FACILITY, 1).geometry  # type: ignore[union-attr]


def test_a_required_facility_is_checked_like_the_power_supply(site: Site) -> None:
    site.edit(Kind.FACILITY, 2, status=FacilityStatus.OUT_OF_SERVICE)
    site.allocate(pad=2, vehicle=2)
    [finding] = site.findings("facility.not_ready")
    assert finding.text == (
        "The fuelling station Site 200 fuelling that pad 200/39 needs is out of service, when "
        "the allocation of Skyroot (Vikram-1) on pad 200/39 starts on 2027-01-01."
    )


def test_planned_facility_without_date_and_retired_facility_are_not_ready(site: Site) -> None:
    site.edit(Kind.FACILITY, 1, commissioned=None, status=FacilityStatus.PLANNED)
    site.edit(Kind.FACILITY, 2, decommissioned=date(2026, 1, 1))
    site.allocate(pad=1)
    site.allocate(pad=2, vehicle=2, start=date(2027, 1, 1), end=date(2027, 6, 30))
    texts = [f.text for f in site.findings("facility.not_ready")]
    assert "is planned with no commissioning date" in texts[0]
    assert "is decommissioned on 2026-01-01, before the allocation" in texts[1]


def test_a_facility_in_service_on_the_first_day_is_ready(site: Site) -> None:
    site.edit(Kind.FACILITY, 1, commissioned=date(2027, 1, 1))
    site.allocate()
    assert site.findings("facility.not_ready") == []
