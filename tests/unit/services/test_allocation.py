"""The allocation workflow of cosmoplan.services.allocation: commands, lifecycle, pad ranking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from shapely.geometry import Point, box

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    Kind,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Plan,
    Propellant,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.messages import CosmoplanError, ValidationError
from cosmoplan.services.allocation import (
    TRANSITIONS,
    allocate,
    allowed_statuses,
    cancel,
    change_status,
    deallocate,
    find_allocation,
    find_pad,
    find_tenant,
    find_vehicle,
    findings_for,
    first_free_day,
    pad_suitability,
    remove_tenant,
    set_tenant_status,
)
from cosmoplan.services.pad_dates import later_fits

S = AllocationStatus
AT = date(2026, 6, 1)
KEROSENE = frozenset({Propellant.LOX_KEROSENE})


def make_plan() -> Plan:
    """Four pads on Kazakh land: 45/1 (Soyuz-5 signed from 2026-04-01, mast from 2026-03-01),
    200/39 (hypergolic), 1/5 (a museum) and SEZ-1 (free, light launchers)."""
    plan = Plan()
    plan.add(LaunchComplex(1, "45", "Baiterek"))
    plan.add(LaunchComplex(2, "200", "Proton"))
    plan.add(LaunchComplex(3, "1", "Gagarin's Start"))
    plan.add(LaunchComplex(4, "SEZ-1", "SEZ light launch site"))
    plan.add(
        Facility(
            1,
            FacilityKind.CABLE_MAST,
            "45/1 cable mast",
            Point(30, 0),
            commissioned=date(2026, 3, 1),
        )
    )
    big = PadCapabilities(KEROSENE, 560_000, 65, 4.3, 8_200)
    plan.add(Pad(1, 1, "45/1", Point(0, 0), capabilities=big, power_facility_id=1))
    plan.add(
        Pad(
            2,
            2,
            "200/39",
            Point(5_000, 0),
            capabilities=PadCapabilities(frozenset({Propellant.N2O4_UDMH})),
        )
    )
    museum = (PadStatusPeriod(PadStatus.MUSEUM, date(2025, 7, 1)),)
    plan.add(
        Pad(3, 3, "1/5", Point(10_000, 0), status_periods=museum, capabilities=PadCapabilities())
    )
    light = PadCapabilities(KEROSENE, 100_000, 40, 2.5, 1_200)
    plan.add(Pad(4, 4, "SEZ-1", Point(15_000, 0), capabilities=light))
    plan.add(Zone(1, ZoneKind.KAZAKH_TERRITORY, "Kazakh land", box(-1_000, -1_000, 16_000, 1_000)))
    approved = NegotiationStatus.APPROVED
    plan.add(Tenant(1, "Baiterek JV", "Kazakhstan", TenantKind.NATIONAL_PROGRAMME, approved))
    plan.add(Tenant(2, "RFA", "Germany", TenantKind.STARTUP, NegotiationStatus.IN_TALKS))
    plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE, 2, 62, 4.1, 530_000, None, 7_850))
    plan.add(Vehicle(2, 2, "RFA One", Propellant.LOX_KEROSENE, 3, 30, 2, 60_000, None, 900))
    plan.add(Allocation(1, 1, 1, 1, date(2026, 4, 1), date(2040, 12, 31), S.SIGNED))
    return plan


@pytest.fixture
def plan() -> Plan:
    return make_plan()


def objects(plan: Plan) -> dict[Kind, dict[int, object]]:
    return {kind: dict(plan.objects(kind)) for kind in Kind}


def parts(plan: Plan, tenant: str, vehicle: str, pad: str) -> tuple[Tenant, Vehicle, Pad]:
    found = find_tenant(plan, tenant)
    return found, find_vehicle(plan, found, vehicle), find_pad(plan, pad)


def rules(findings: object) -> list[str]:
    return [f.rule for f in findings]  # type: ignore[attr-defined]


# -- allocate ------------------------------------------------------------------------------
def test_a_fitting_allocation_is_not_blocked_and_its_command_adds_it(plan: Plan) -> None:
    before = objects(plan)
    proposal = allocate(
        plan,
        *parts(plan, "rfa", "rfa one", " SEZ-1 "),
        date(2028, 1, 1),
        date(2032, 12, 31),
        status=S.RESERVED,
        exclusive=False,
        fee=1_500_000,
        notes="  illustrative ",
        at=AT,
    )
    assert proposal.findings == () and not proposal.blocked
    assert objects(plan) == before, "allocate() itself changes nothing"
    allocation = proposal.allocation
    assert allocation.id == plan.next_id(Kind.ALLOCATION), "a provisional id until saved"
    assert allocation.pad_id == 4 and allocation.status is S.RESERVED
    assert not allocation.exclusive and allocation.annual_fee_usd == 1_500_000
    assert allocation.notes == "illustrative"
    changes = proposal.command.do(plan)
    assert plan.get(Kind.ALLOCATION, allocation.id) == allocation
    assert {(r.kind, r.id) for r in changes.added} == {(Kind.ALLOCATION, allocation.id)}
    proposal.command.undo(plan)
    assert objects(plan) == before


def test_an_overlapping_allocation_is_blocked_with_the_reason(plan: Plan) -> None:
    proposal = allocate(
        plan, *parts(plan, "RFA", "RFA One", "45/1"), date(2028, 1, 1), date(2032, 12, 31), at=AT
    )
    assert proposal.blocked
    assert rules(proposal.errors) == ["allocation.overlap"]
    assert "45/1" in proposal.errors[0].text and "Soyuz-5" in proposal.errors[0].text


def test_several_reasons_and_warnings_that_do_not_block(plan: Plan) -> None:
    museum = allocate(
        plan, *parts(plan, "RFA", "RFA One", "1/5"), date(2027, 1, 1), date(2027, 12, 31), at=AT
    )
    assert rules(museum.errors) == ["pad.unavailable"]
    stale = allocate(
        plan,
        *parts(plan, "RFA", "RFA One", "SEZ-1"),
        date(2027, 1, 1),
        date(2027, 12, 31),
        at=date(2030, 1, 1),
    )
    assert rules(stale.findings) == ["allocation.stale"] and not stale.blocked


def test_a_signed_allocation_for_a_tenant_in_talks_is_blocked(plan: Plan) -> None:
    proposal = allocate(
        plan,
        *parts(plan, "RFA", "RFA One", "SEZ-1"),
        date(2028, 1, 1),
        date(2028, 12, 31),
        status=S.SIGNED,
        at=AT,
    )
    assert rules(proposal.errors) == ["tenant.not_approved"]


def test_allocate_refuses_bad_input(plan: Plan) -> None:
    baiterek, soyuz_5, pad = parts(plan, "Baiterek JV", "Soyuz-5", "SEZ-1")
    rfa = find_tenant(plan, "RFA")
    with pytest.raises(CosmoplanError) as caught:
        allocate(plan, rfa, soyuz_5, pad, date(2028, 1, 1), date(2028, 2, 1))
    assert caught.value.message.id == "tenancy.vehicle_of_other_tenant"
    assert "Baiterek JV" in str(caught.value)
    with pytest.raises(ValidationError) as reversed_:
        allocate(plan, baiterek, soyuz_5, pad, date(2028, 2, 1), date(2028, 1, 1))
    assert reversed_.value.message.id == "domain.dates_reversed"
    with pytest.raises(ValidationError) as fee:
        allocate(plan, baiterek, soyuz_5, pad, date(2028, 1, 1), date(2028, 2, 1), fee=-1)
    assert fee.value.message.id == "domain.not_negative"
    stranger = Tenant(99, "Stranger", "Nowhere")
    with pytest.raises(CosmoplanError) as missing:
        allocate(plan, stranger, soyuz_5, pad, date(2028, 1, 1), date(2028, 2, 1))
    assert missing.value.message.id == "tenancy.not_in_plan"
    assert plan.counts()[Kind.ALLOCATION] == 1


@pytest.mark.parametrize(
    ("call", "message_id"),
    [
        (lambda p: find_tenant(p, "Nobody"), "tenancy.unknown_tenant"),
        (lambda p: find_vehicle(p, find_tenant(p, "RFA"), "Soyuz-5"), "tenancy.unknown_vehicle"),
        (lambda p: find_pad(p, "99/1"), "tenancy.unknown_pad"),
        (lambda p: find_allocation(p, 42), "tenancy.unknown_allocation"),
        (lambda p: deallocate(p, 42), "tenancy.unknown_allocation"),
        (lambda p: change_status(p, 42, S.ENDED), "tenancy.unknown_allocation"),
    ],
)
def test_unknown_objects_are_refused_with_a_message_id(
    plan: Plan, call: object, message_id: str
) -> None:
    with pytest.raises(CosmoplanError) as caught:
        call(plan)  # type: ignore[operator]
    assert caught.value.message.id == message_id


def test_findings_for_an_edited_allocation_do_not_count_it_twice(plan: Plan) -> None:
    soyuz = find_allocation(plan, 1)
    assert findings_for(plan, soyuz, AT) == []
    early = replace(soyuz, start=date(2026, 2, 1))
    assert set(rules(findings_for(plan, early, AT))) == {"facility.not_ready"}


# -- lifecycle -----------------------------------------------------------------------------
def test_the_lifecycle_runs_forward_one_step_at_a_time(plan: Plan) -> None:
    plan.add(replace(find_allocation(plan, 1), id=2, status=S.PROPOSED, pad_id=4))
    for status in (S.RESERVED, S.SIGNED, S.ACTIVE, S.ENDED):
        command = change_status(plan, 2, status)
        command.do(plan)
        assert find_allocation(plan, 2).status is status
    command.undo(plan)
    assert find_allocation(plan, 2).status is S.ACTIVE


def test_allowed_statuses_follow_the_lifecycle() -> None:
    assert allowed_statuses(S.PROPOSED) == [S.RESERVED, S.CANCELLED]
    assert allowed_statuses(S.RESERVED) == [S.SIGNED, S.CANCELLED]
    assert allowed_statuses(S.SIGNED) == [S.ACTIVE, S.CANCELLED]
    assert allowed_statuses(S.ACTIVE) == [S.ENDED, S.CANCELLED]
    assert allowed_statuses(S.ENDED) == [] and allowed_statuses(S.CANCELLED) == []
    assert set(TRANSITIONS) == set(S)


@pytest.mark.parametrize("status", [S.PROPOSED, S.RESERVED, S.SIGNED, S.ACTIVE])
def test_any_status_that_is_not_final_can_be_cancelled(plan: Plan, status: S) -> None:
    plan.replace(replace(find_allocation(plan, 1), status=status))
    cancel(plan, 1).do(plan)
    assert find_allocation(plan, 1).status is S.CANCELLED


@pytest.mark.parametrize(
    ("old", "new", "message_id", "text"),
    [
        (S.PROPOSED, S.SIGNED, "tenancy.status_transition", "become: reserved, cancelled"),
        (S.SIGNED, S.RESERVED, "tenancy.status_transition", "become: active, cancelled"),
        (S.PROPOSED, S.ENDED, "tenancy.status_transition", "from proposed to ended"),
        (S.SIGNED, S.SIGNED, "tenancy.status_unchanged", "already signed"),
        (S.ENDED, S.CANCELLED, "tenancy.status_final", "final"),
        (S.CANCELLED, S.PROPOSED, "tenancy.status_final", "cancelled"),
    ],
)
def test_other_status_changes_are_refused(
    plan: Plan, old: S, new: S, message_id: str, text: str
) -> None:
    plan.replace(replace(find_allocation(plan, 1), status=old))
    with pytest.raises(CosmoplanError) as caught:
        change_status(plan, 1, new)
    assert caught.value.message.id == message_id
    assert text in str(caught.value)
    assert find_allocation(plan, 1).status is old


def test_deallocate_removes_only_the_allocation_and_undoes(plan: Plan) -> None:
    before = objects(plan)
    command = deallocate(plan, 1)
    command.do(plan)
    assert plan.counts()[Kind.ALLOCATION] == 0 and plan.counts()[Kind.VEHICLE] == 2
    command.undo(plan)
    assert objects(plan) == before


# -- tenants -------------------------------------------------------------------------------
def test_a_tenant_with_allocations_is_removed_only_with_cascade(plan: Plan) -> None:
    baiterek = find_tenant(plan, "Baiterek JV")
    with pytest.raises(CosmoplanError) as caught:
        remove_tenant(plan, baiterek)
    assert caught.value.message.id == "tenancy.tenant_has_allocations"
    before = objects(plan)
    command = remove_tenant(plan, baiterek, cascade=True)
    command.do(plan)
    assert plan.tenant_by_name("Baiterek JV") is None
    assert plan.counts()[Kind.ALLOCATION] == 0 and plan.vehicle_by_name("Soyuz-5") is None
    command.undo(plan)
    assert objects(plan) == before


def test_a_tenant_without_allocations_goes_with_its_vehicles(plan: Plan) -> None:
    remove_tenant(plan, find_tenant(plan, "RFA")).do(plan)
    assert plan.tenant_by_name("RFA") is None and plan.vehicle_by_name("RFA One") is None


def test_set_tenant_status(plan: Plan) -> None:
    command = set_tenant_status(plan, find_tenant(plan, "rfa"), NegotiationStatus.APPROVED)
    command.do(plan)
    assert find_tenant(plan, "RFA").status is NegotiationStatus.APPROVED
    command.undo(plan)
    assert find_tenant(plan, "RFA").status is NegotiationStatus.IN_TALKS


# -- which pads fit ------------------------------------------------------------------------
def test_pads_that_fit_come_first_and_the_others_say_why(plan: Plan) -> None:
    rfa_one = plan.vehicle_by_name("RFA One")
    assert rfa_one is not None
    fits = pad_suitability(plan, rfa_one, date(2028, 1, 1), date(2032, 12, 31), at=AT)
    assert [fit.pad.code for fit in fits] == ["SEZ-1", "1/5", "200/39", "45/1"]
    assert [fit.fits for fit in fits] == [True, False, False, False]
    reasons = {fit.pad.code: rules(fit.errors) for fit in fits}
    assert reasons == {
        "SEZ-1": [],
        "45/1": ["allocation.overlap"],
        "200/39": ["vehicle.fit.propellant"],
        "1/5": ["pad.unavailable"],
    }
    pad, findings = fits[0]  # a (pad, findings) pair
    assert pad.code == "SEZ-1" and findings == []
    assert plan.counts()[Kind.ALLOCATION] == 1


def test_pad_suitability_of_an_allocation_being_edited_ignores_itself(plan: Plan) -> None:
    soyuz_5 = plan.vehicle_by_name("Soyuz-5")
    assert soyuz_5 is not None
    start, end = date(2027, 1, 1), date(2030, 12, 31)
    as_new = {f.pad.code: rules(f.errors) for f in pad_suitability(plan, soyuz_5, start, end)}
    assert as_new["45/1"] == ["allocation.overlap"]
    edited = pad_suitability(plan, soyuz_5, start, end, allocation_id=1, at=AT)
    assert edited[0].pad.code == "45/1" and edited[0].fits
    sez = next(f for f in edited if f.pad.code == "SEZ-1")
    assert set(rules(sez.errors)) == {
        "vehicle.fit.mass",
        "vehicle.fit.height",
        "vehicle.fit.diameter",
        "vehicle.fit.thrust",
    }


def test_pad_suitability_refuses_a_vehicle_of_another_tenant(plan: Plan) -> None:
    soyuz_5 = plan.vehicle_by_name("Soyuz-5")
    assert soyuz_5 is not None
    with pytest.raises(CosmoplanError) as caught:
        pad_suitability(plan, soyuz_5, date(2028, 1, 1), date(2028, 2, 1), find_tenant(plan, "RFA"))
    assert caught.value.message.id == "tenancy.vehicle_of_other_tenant"


def test_the_first_free_day_of_a_pad_skips_every_allocation_that_holds_it(plan: Plan) -> None:
    assert first_free_day(plan, 1, AT) == date(2041, 1, 1)  # Soyuz-5 holds 45/1 to 2040
    assert first_free_day(plan, 1, date(2026, 1, 1)) == date(2026, 1, 1)  # before it starts
    assert first_free_day(plan, 1, AT, allocation_id=1) == AT  # the one being edited
    plan.add(Allocation(2, 2, 2, 1, date(2041, 1, 1), date(2042, 6, 30), S.PROPOSED))
    plan.add(Allocation(3, 2, 2, 1, date(2042, 7, 1), date(2043, 1, 1), S.CANCELLED))
    assert first_free_day(plan, 1, AT) == date(2042, 7, 1)  # back to back; cancelled holds not
    assert first_free_day(plan, 4, AT) == AT  # SEZ-1 is free
    assert first_free_day(plan, None, AT) == AT  # no pad chosen yet


def test_a_vehicle_that_fits_no_pad_is_told_when_and_where_one_would(plan: Plan) -> None:
    tenant, vehicle, _ = parts(plan, "RFA", "RFA One", "SEZ-1")
    plan.add(Allocation(2, 1, 1, 4, date(2026, 1, 1), date(2030, 12, 31), S.SIGNED))  # SEZ-1
    start, end = date(2027, 1, 1), date(2028, 12, 31)
    fits = pad_suitability(plan, vehicle, start, end, tenant, at=AT)
    assert not any(fit.fits for fit in fits)
    wanted = Allocation(99, tenant.id, vehicle.id, 4, start, end, S.PROPOSED)
    later = later_fits(plan, fits, wanted, AT)
    by_code = {fit.pad.code: fit for fit in later}
    assert by_code["SEZ-1"].start == date(2031, 1, 1)  # the day after the other tenant leaves
    assert by_code["45/1"].start == date(2041, 1, 1)  # after Soyuz-5's signed years
    assert by_code["1/5"].start is None  # a museum for good
    assert by_code["200/39"].start is None  # hypergolic: never for a kerosene vehicle
    assert by_code["200/39"].blocking.rule.startswith("vehicle.fit")
    assert [fit.pad.code for fit in later][:2] == ["SEZ-1", "45/1"]  # earliest first
