"""tenant.not_approved, tenant.first_contact, allocation.stale and allocation.period."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from cosmoplan.analysis import Severity
from cosmoplan.domain import AllocationStatus, Kind, NegotiationStatus, Ref

if TYPE_CHECKING:
    from conftest import Site


@pytest.mark.parametrize("status", [AllocationStatus.SIGNED, AllocationStatus.ACTIVE])
def test_signed_or_active_for_an_unapproved_tenant_is_an_error(
    site: Site, status: AllocationStatus
) -> None:
    site.edit(Kind.TENANT, 3, status=NegotiationStatus.IN_TALKS)
    allocation = site.allocate(vehicle=3, pad=2, status=status)
    [finding] = site.findings("tenant")
    assert finding.rule == "tenant.not_approved"
    assert finding.severity is Severity.ERROR
    assert finding.subjects == (
        Ref(Kind.ALLOCATION, allocation.id),
        Ref(Kind.TENANT, 3),
        Ref(Kind.PAD, 2),
    )
    assert finding.text == (
        f"Allocation of pad 200/39 to RFA (RFA One) from 2027-01-01 to 2027-12-31 is "
        f"{status.value}, but RFA is not approved (talks: in talks)."
    )


@pytest.mark.parametrize(
    ("negotiation", "status"),
    [
        (NegotiationStatus.APPROVED, AllocationStatus.SIGNED),
        (NegotiationStatus.IN_TALKS, AllocationStatus.RESERVED),
        (NegotiationStatus.FIRST_CONTACT, AllocationStatus.PROPOSED),
        (NegotiationStatus.REJECTED, AllocationStatus.CANCELLED),
    ],
)
def test_no_tenant_finding(
    site: Site, negotiation: NegotiationStatus, status: AllocationStatus
) -> None:
    site.edit(Kind.TENANT, 3, status=negotiation)
    site.allocate(vehicle=3, pad=2, status=status)
    assert site.findings("tenant") == []


def test_a_reservation_at_first_contact_is_a_warning(site: Site) -> None:
    site.edit(Kind.TENANT, 3, status=NegotiationStatus.FIRST_CONTACT)
    site.allocate(vehicle=3, pad=2, status=AllocationStatus.RESERVED)
    [finding] = site.findings("tenant")
    assert finding.rule == "tenant.first_contact"
    assert finding.severity is Severity.WARNING
    assert finding.text.endswith("is reserved, but talks with RFA are only at first contact.")


def test_an_allocation_over_before_the_check_date_but_still_active_is_stale(site: Site) -> None:
    site.allocate(start=date(2024, 1, 1), end=date(2025, 12, 31), status=AllocationStatus.ACTIVE)
    [finding] = site.findings("allocation.stale")
    assert finding.severity is Severity.WARNING
    assert finding.text == (
        "Allocation of pad 45/1 to Roscosmos (Soyuz-5) from 2024-01-01 to 2025-12-31 is over by "
        "2026-01-01 but still active; mark it ended or cancelled."
    )


@pytest.mark.parametrize(
    ("end", "status"),
    [
        (date(2026, 1, 1), AllocationStatus.ACTIVE),  # last day is the check date
        (date(2025, 12, 31), AllocationStatus.ENDED),
        (date(2025, 12, 31), AllocationStatus.CANCELLED),
    ],
)
def test_not_stale(site: Site, end: date, status: AllocationStatus) -> None:
    site.allocate(start=date(2024, 1, 1), end=end, status=status)
    assert site.findings("allocation.stale") == []


def test_a_period_of_over_fifty_years_or_before_1955_is_a_warning(site: Site) -> None:
    site.allocate(start=date(2030, 1, 1), end=date(2090, 12, 31))
    site.allocate(pad=2, vehicle=1, start=date(1950, 1, 1), end=date(2030, 1, 1))
    found = site.findings("allocation.period")
    assert [(f.part, f.severity) for f in found] == [
        ("length", Severity.WARNING),
        ("length", Severity.WARNING),
        ("start", Severity.WARNING),
    ]
    assert found[0].text.endswith(
        "from 2030-01-01 to 2090-12-31 runs 61.0 years; more than 50 years is implausible."
    )
    assert found[2].text.endswith("starts before 1955-01-01, before the cosmodrome existed.")


def test_a_fifty_year_lease_from_1955_is_plausible(site: Site) -> None:
    site.allocate(start=date(1955, 1, 1), end=date(2004, 12, 31))
    assert site.findings("allocation.period") == []
