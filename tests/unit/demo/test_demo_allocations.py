"""The demo plan's allocations: realistic incumbents, illustrative start-ups, real findings.

Checked as of 1 June 2026: after Soyuz-5's first launch date and before Proton-M's assumed end.
Exact lists use the allocation rules only (issue 4); the safety rules add their own findings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from cosmoplan.analysis import Finding, RuleCatalogue, Severity, check_plan
from cosmoplan.analysis.rules import allocation_rules
from cosmoplan.demo import build_demo_plan, demo_sources
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    Plan,
    Ref,
    TenantKind,
    ZoneKind,
    display_name,
)
from cosmoplan.services.allocation import findings_for, pad_suitability

AT = date(2026, 6, 1)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_demo_plan()


@pytest.fixture(scope="module")
def findings(plan: Plan) -> list[Finding]:
    """Every rule's findings, as ``cosmoplan check`` reports them."""
    return check_plan(plan, AT)


@pytest.fixture(scope="module")
def allocation_findings(plan: Plan) -> list[Finding]:
    """The findings of the allocation rules alone."""
    return check_plan(plan, AT, RuleCatalogue(allocation_rules()))


def of(plan: Plan, vehicle: str, pad: str) -> Allocation:
    """The one allocation of ``vehicle`` on ``pad``."""
    (found,) = [
        a
        for a in plan.allocations()
        if display_name(plan.get(Kind.VEHICLE, a.vehicle_id)) == vehicle
        and display_name(plan.get(Kind.PAD, a.pad_id)) == pad
    ]
    return found


def about(findings: list[Finding], allocation: Allocation) -> list[str]:
    """The rules of the findings that name ``allocation``."""
    ref = Ref(Kind.ALLOCATION, allocation.id)
    return [f.rule for f in findings if ref in f.subjects]


def test_the_incumbents_and_baiterek_hold_their_pads(plan: Plan) -> None:
    soyuz_2 = of(plan, "Soyuz-2.1a", "31/6")
    soyuz_5 = of(plan, "Soyuz-5", "45/1")
    protons = [of(plan, "Proton-M", "81/24"), of(plan, "Proton-M", "200/39")]
    assert soyuz_2.status is AllocationStatus.ACTIVE and soyuz_2.start <= date(2025, 11, 27)
    assert (soyuz_5.start, soyuz_5.end, soyuz_5.status) == (
        date(2026, 4, 1),
        date(2039, 12, 31),  # the protocol's launches ordered by Russia run to 2039
        AllocationStatus.SIGNED,
    )
    for proton in protons:
        assert proton.status is AllocationStatus.ACTIVE
        assert proton.end == date(2026, 12, 31)
        assert "SPUTNIK-2024" in proton.notes and "ELEKTRO-L5" in proton.notes
        assert "ASSUMPTION" in proton.notes  # no end date is found in the sources
    for allocation in (soyuz_2, soyuz_5, *protons):
        assert allocation.exclusive and allocation.annual_fee_usd is None


def test_soyuz_2_on_the_damaged_pad_31_6(plan: Plan, findings: list[Finding]) -> None:
    soyuz_2 = of(plan, "Soyuz-2.1a", "31/6")
    (finding,) = [f for f in findings if f.rule == "pad.unavailable" and f.primary.id == soyuz_2.id]
    assert finding.severity is Severity.ERROR
    # the service cabin was restored by 3 Mar 2026 (Interfax, The Moscow Times)
    assert finding.text.startswith("Pad 31/6 is damaged from 2025-11-27 until 2026-03-03")
    assert "(96 days)" in finding.text


def test_soyuz_5_is_clean_from_its_first_launch(plan: Plan, findings: list[Finding]) -> None:
    soyuz_5 = of(plan, "Soyuz-5", "45/1")
    assert set(about(findings, soyuz_5)) == {"allocation.overlap"}, "only the RFA proposal"
    assert [f.rule for f in findings_for(plan, soyuz_5, AT)] == ["allocation.overlap"]
    # A month earlier the pad is still being modernised and the cable mast (1 Mar 2026) is not
    # in service yet: the dates of the demo are what keep this allocation clean.
    earlier = findings_for(plan, replace(soyuz_5, start=date(2026, 2, 1)), AT)
    assert {f.rule for f in earlier} == {
        "allocation.overlap",
        "pad.unavailable",
        "facility.not_ready",
    }
    assert any("cable mast" in f.text and "2026-03-01" in f.text for f in earlier)


def test_a_start_up_overlaps_soyuz_5_on_45_1(plan: Plan, findings: list[Finding]) -> None:
    rfa = of(plan, "RFA One", "45/1")
    soyuz_5 = of(plan, "Soyuz-5", "45/1")
    (overlap,) = [f for f in findings if f.rule == "allocation.overlap"]
    assert overlap.subjects[:2] == (
        Ref(Kind.ALLOCATION, soyuz_5.id),
        Ref(Kind.ALLOCATION, rfa.id),
    )
    assert "from 2028-01-01 to 2032-12-31 (1827 days); both are exclusive" in overlap.text


def test_a_start_up_in_the_russian_lease(
    plan: Plan, findings: list[Finding], allocation_findings: list[Finding]
) -> None:
    nebula = of(plan, "Nebula-1", "81/23")
    assert nebula.status is AllocationStatus.RESERVED
    assert sorted(about(allocation_findings, nebula)) == [
        "territory.outside_control",
        "vehicle.fit.propellant",
        "vehicle.fit.unknown",
    ]
    (territory,) = [f for f in findings if f.rule == "territory.outside_control"]
    zone = plan.get(Kind.ZONE, territory.subjects[-1].id)
    assert zone.kind is ZoneKind.RUSSIAN_LEASE  # type: ignore[union-attr]


def test_a_start_up_on_the_museum_pad(plan: Plan, allocation_findings: list[Finding]) -> None:
    vikram = of(plan, "Vikram-1", "1/5")
    assert sorted(about(allocation_findings, vikram)) == [
        "pad.unavailable",
        "vehicle.fit.propellant",
        "vehicle.fit.unknown",
    ]


def test_one_start_up_proposal_is_clean_on_the_proposed_sez_pad(
    plan: Plan, findings: list[Finding]
) -> None:
    sl1 = of(plan, "SL1", "SEZ-1")
    tenant = plan.get(Kind.TENANT, sl1.tenant_id)
    assert tenant.kind is TenantKind.STARTUP  # type: ignore[union-attr]
    assert sl1.status is AllocationStatus.PROPOSED
    assert about(findings, sl1) == []
    sooner = findings_for(plan, replace(sl1, start=date(2027, 6, 1)), AT)
    assert {f.rule for f in sooner} == {"facility.not_ready"}, "the hangar is planned for 2028"


def test_only_the_proposed_sez_pad_fits_a_light_launcher(plan: Plan) -> None:
    start, end = date(2028, 1, 1), date(2032, 12, 31)
    for name in ("RFA One", "Miura 5", "SL1"):
        vehicle = plan.vehicle_by_name(name)
        assert vehicle is not None
        shared = pad_suitability(plan, vehicle, start, end, exclusive=False, at=AT)
        assert [fit.pad.code for fit in shared if fit.fits] == ["SEZ-1"], name
        assert shared[0].pad.code == "SEZ-1"
        exclusive = pad_suitability(plan, vehicle, start, end, at=AT)
        sez = next(fit for fit in exclusive if fit.pad.code == "SEZ-1")
        assert [f.rule for f in sez.errors] == ["allocation.overlap"], "SL1 shares it"
    for name in ("Nebula-1", "Vikram-1", "Spectrum"):
        vehicle = plan.vehicle_by_name(name)
        assert vehicle is not None
        ranked = pad_suitability(plan, vehicle, start, end, exclusive=False, at=AT)
        assert not any(fit.fits for fit in ranked), name


def test_the_whole_list_of_allocation_findings(
    findings: list[Finding], allocation_findings: list[Finding]
) -> None:
    assert [f for f in findings if not f.rule.startswith("safety.")] == allocation_findings
    assert [(f.severity.value, f.rule) for f in allocation_findings] == [
        ("error", "allocation.overlap"),
        ("error", "pad.unavailable"),
        ("error", "pad.unavailable"),
        ("error", "territory.outside_control"),
        ("error", "vehicle.fit.propellant"),
        ("error", "vehicle.fit.propellant"),
        ("info", "vehicle.fit.unknown"),
        ("info", "vehicle.fit.unknown"),
        ("info", "vehicle.fit.unknown"),
    ]


def test_a_newcomer_sees_errors_whatever_the_day(plan: Plan) -> None:
    assert any(f.severity is Severity.ERROR for f in check_plan(plan))


def test_start_ups_are_illustrative_proposals_with_fees(plan: Plan) -> None:
    for allocation in plan.allocations():
        tenant = plan.get(Kind.TENANT, allocation.tenant_id)
        if tenant.kind is TenantKind.STARTUP:  # type: ignore[union-attr]
            assert allocation.notes.startswith("ILLUSTRATIVE"), allocation
            assert "Fee illustrative" in allocation.notes
            assert allocation.annual_fee_usd is not None
            assert allocation.status in {
                AllocationStatus.PROPOSED,
                AllocationStatus.RESERVED,
                AllocationStatus.CANCELLED,
            }
    cancelled = of(plan, "Spectrum", "SEZ-1")
    assert cancelled.status is AllocationStatus.CANCELLED
    assert findings_for(plan, cancelled, AT) == []


def test_allocation_notes_cite_known_sources(plan: Plan) -> None:
    known = set(demo_sources())
    for allocation in plan.allocations():
        cited = {
            key.strip()
            for group in re.findall(r"\[([^\]]+)\]", allocation.notes)
            for key in group.split(",")
        }
        assert cited <= known, (allocation.id, cited - known)
