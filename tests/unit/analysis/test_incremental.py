"""The incremental checker: only what a change touches is rechecked, with full-check results."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from cosmoplan.analysis import RULES, Finding, IncrementalChecker, check_plan
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    NegotiationStatus,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Propellant,
    Ref,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import AddObjects, Command, RemoveObjects, update

if TYPE_CHECKING:
    from conftest import Site

AT = date(2026, 1, 1)


def run(site: Site, checker: IncrementalChecker, command: Command) -> tuple[Changes, Any]:
    changes = command.do(site.plan)
    return changes, checker.update(changes)


def keys(findings: tuple[Finding, ...] | list[Finding]) -> set[tuple[str, int]]:
    return {(f.rule, f.primary.id) for f in findings}


def test_moving_an_allocation_into_a_conflict_and_back(site: Site) -> None:
    site.allocate(vehicle=1, pad=1)
    moving = site.allocate(vehicle=4, pad=2, start=date(2028, 1, 1), end=date(2028, 12, 31))
    checker = IncrementalChecker(site.plan, AT)
    assert keys(checker.findings) == {("vehicle.fit.propellant", moving.id)}
    into = update(moving, pad_id=1, start=date(2027, 6, 1))
    _, delta = run(site, checker, into)
    assert keys(delta.added) == {("allocation.overlap", 1), ("vehicle.fit.propellant", moving.id)}
    assert keys(delta.removed) == {("vehicle.fit.propellant", moving.id)}
    assert checker.findings == check_plan(site.plan, AT)
    delta = checker.update(into.undo(site.plan))
    assert keys(delta.removed) == {("allocation.overlap", 1), ("vehicle.fit.propellant", moving.id)}
    assert checker.findings == check_plan(site.plan, AT)


def test_a_rename_replaces_the_findings_that_name_the_object(site: Site) -> None:
    site.allocate(vehicle=2, pad=1)
    checker = IncrementalChecker(site.plan, AT)
    [before] = checker.findings
    _, delta = run(site, checker, update(site.plan.get(Kind.TENANT, 2), name="Skyroot Aerospace"))
    assert delta.removed == (before,)
    [after] = delta.added
    assert after.key == before.key
    assert "Skyroot Aerospace, a startup" in after.text


def test_facility_and_zone_changes_reach_the_allocations_of_the_pads_concerned(site: Site) -> None:
    site.allocate(vehicle=2, pad=2)
    checker = IncrementalChecker(site.plan, AT)
    assert checker.findings == []
    _, delta = run(
        site, checker, update(site.plan.get(Kind.FACILITY, 2), commissioned=date(2030, 1, 1))
    )
    assert keys(delta.added) == {("facility.not_ready", 1)}
    lease = site.plan.get(Kind.ZONE, 2)
    _, delta = run(site, checker, update(lease, geometry=shapely.box(-1000, -1000, 6000, 1000)))
    assert keys(delta.added) == {("territory.outside_control", 1)}
    _, delta = run(site, checker, RemoveObjects([Ref(Kind.ZONE, 2)]))
    assert keys(delta.removed) == {("territory.outside_control", 1)}
    assert checker.findings == check_plan(site.plan, AT)


def test_a_vehicle_change_rechecks_the_cadence_of_its_pads(site: Site) -> None:
    site.allocate(vehicle=1, pad=1, exclusive=False)
    site.allocate(vehicle=2, pad=1, exclusive=False)
    site.edit(Kind.TENANT, 2, kind=TenantKind.INCUMBENT)
    checker = IncrementalChecker(site.plan, AT)
    assert checker.findings == []
    _, delta = run(site, checker, update(site.plan.get(Kind.VEHICLE, 2), launches_per_year=7))
    assert keys(delta.added) == {("allocation.cadence", 1)}


def test_changes_that_change_nothing_give_an_empty_delta(site: Site) -> None:
    checker = IncrementalChecker(site.plan, AT)
    assert checker.update(Changes()).empty
    assert checker.update(Changes.of(changed=[Ref(Kind.PAD, 1)])).empty


def test_a_new_check_date_rechecks_the_rules_that_use_it(site: Site) -> None:
    site.allocate(start=date(2026, 1, 1), end=date(2026, 6, 30), status=AllocationStatus.ACTIVE)
    site.allocate(vehicle=4)  # a misfit: its finding does not depend on the date
    checker = IncrementalChecker(site.plan, AT)
    assert checker.at == AT
    misfit = [f for f in checker.findings if f.rule == "vehicle.fit.propellant"]
    assert misfit
    delta = checker.set_at(date(2026, 7, 1))
    assert keys(delta.added) == {("allocation.stale", 1)} and not delta.removed
    assert checker.findings == check_plan(site.plan, date(2026, 7, 1))
    kept = [f for f in checker.findings if f.rule == "vehicle.fit.propellant"]
    assert all(a is b for a, b in zip(kept, misfit, strict=True))  # kept, not rebuilt
    assert [r.id for r in RULES if r.uses_check_date] == ["allocation.stale"]


def test_recheck_all_catches_up_with_changes_it_was_not_told_about(site: Site) -> None:
    checker = IncrementalChecker(site.plan, AT)
    site.allocate(vehicle=4)
    assert checker.findings == []
    delta = checker.recheck_all()
    assert keys(delta.added) == {("vehicle.fit.propellant", 1)}


# -- property: any sequence of commands gives the full check's findings ------------------

DAY = st.integers(0, 4000).map(lambda n: date(2023, 1, 1) + timedelta(days=n))
STATUS = st.sampled_from(list(AllocationStatus))
PLACES = [Point(0, 0), Point(990, 0), Point(5000, 0), Point(20_000, 0), Point(3000, 3000)]


def dates(draw: Any) -> tuple[date, date]:
    first, second = draw(DAY), draw(DAY)
    return min(first, second), max(first, second)


def pick(draw: Any, site: Site, kind: Kind) -> Any:
    ids = sorted(site.plan.objects(kind))
    return site.plan.get(kind, draw(st.sampled_from(ids))) if ids else None


def new_allocation(draw: Any, site: Site) -> Command | None:
    vehicle = pick(draw, site, Kind.VEHICLE)
    pad = pick(draw, site, Kind.PAD)
    if vehicle is None or pad is None:
        return None
    start, end = dates(draw)
    allocation = Allocation(
        site.plan.next_id(Kind.ALLOCATION),
        vehicle.tenant_id,
        vehicle.id,
        pad.id,
        start,
        end,
        draw(STATUS),
        draw(st.booleans()),
    )
    return AddObjects([allocation])


def edit_allocation(draw: Any, site: Site) -> Command | None:
    allocation = pick(draw, site, Kind.ALLOCATION)
    if allocation is None:
        return None
    start, end = dates(draw)
    vehicle = pick(draw, site, Kind.VEHICLE)
    pad = pick(draw, site, Kind.PAD)
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return update(allocation, start=start, end=end)
    if choice == 1:
        return update(allocation, pad_id=pad.id, status=draw(STATUS))
    if choice == 2:
        return update(allocation, vehicle_id=vehicle.id, tenant_id=vehicle.tenant_id)
    return update(allocation, exclusive=not allocation.exclusive)


def edit_pad(draw: Any, site: Site) -> Command | None:
    pad = pick(draw, site, Kind.PAD)
    if pad is None:
        return None
    if draw(st.booleans()):
        facility = pick(draw, site, Kind.FACILITY)
        return update(pad, power_facility_id=facility.id if facility else None, code=f"P{pad.id}x")
    periods: tuple[PadStatusPeriod, ...] = ()
    if draw(st.booleans()):
        first, last = dates(draw)
        status = draw(st.sampled_from(list(PadStatus)))
        periods = (PadStatusPeriod(status, first, draw(st.sampled_from([last, None]))),)
    return update(pad, status_periods=periods, location=draw(st.sampled_from(PLACES)))


def edit_facility(draw: Any, site: Site) -> Command | None:
    facility = pick(draw, site, Kind.FACILITY)
    if facility is None:
        return None
    status = draw(st.sampled_from(list(FacilityStatus)))
    return update(facility, status=status, commissioned=draw(st.none() | DAY))


def edit_zone(draw: Any, site: Site) -> Command | None:
    zone = pick(draw, site, Kind.ZONE)
    if zone is None:
        return None
    start, end = dates(draw)
    x = draw(st.integers(-2000, 6000))
    return update(
        zone,
        kind=draw(st.sampled_from(list(ZoneKind))),
        valid_from=draw(st.sampled_from([None, start])),
        valid_to=draw(st.sampled_from([None, end + timedelta(days=1)])),
        geometry=shapely.box(x, -1000, x + draw(st.integers(100, 4000)), 1000),
    )


def add_site_objects(draw: Any, site: Site) -> Command | None:
    facility_id = site.plan.next_id(Kind.FACILITY)
    zone_id, pad_id = site.plan.next_id(Kind.ZONE), site.plan.next_id(Kind.PAD)
    x = draw(st.integers(-2000, 6000))
    return AddObjects(
        [
            Facility(
                facility_id,
                FacilityKind.RAIL_LINE,
                f"F{facility_id}",
                Point(1, 1),
                commissioned=draw(st.none() | DAY),
            ),
            Zone(
                zone_id,
                draw(st.sampled_from(list(ZoneKind))),
                f"Z{zone_id}",
                shapely.box(x, -500, x + 1500, 500),
            ),
            Pad(
                pad_id,
                1,
                f"new/{pad_id}",
                draw(st.sampled_from(PLACES)),
                required_facility_ids=(facility_id,),
            ),
        ]
    )


def edit_party(draw: Any, site: Site) -> Command | None:
    choice = draw(st.integers(0, 2))
    if choice == 0 and (tenant := pick(draw, site, Kind.TENANT)) is not None:
        return update(
            tenant,
            kind=draw(st.sampled_from(list(TenantKind))),
            status=draw(st.sampled_from(list(NegotiationStatus))),
            name=f"{tenant.name}'",
        )
    if choice == 1 and (vehicle := pick(draw, site, Kind.VEHICLE)) is not None:
        return update(
            vehicle,
            launches_per_year=draw(st.none() | st.integers(0, 14).map(float)),
            height_m=draw(st.none() | st.integers(20, 70).map(float)),
            propellant=draw(st.sampled_from(list(Propellant))),
        )
    if choice == 2:
        tenant_id = site.plan.next_id(Kind.TENANT)
        return AddObjects(
            [
                Tenant(tenant_id, f"T{tenant_id}", "Kazakhstan"),
                Vehicle(site.plan.next_id(Kind.VEHICLE), tenant_id, "V", Propellant.SOLID),
            ]
        )
    return None


def remove_something(draw: Any, site: Site) -> Command | None:
    kind = draw(
        st.sampled_from(
            [Kind.ALLOCATION, Kind.PAD, Kind.FACILITY, Kind.ZONE, Kind.TENANT, Kind.VEHICLE]
        )
    )
    entity = pick(draw, site, kind)
    return RemoveObjects([Ref(kind, entity.id)]) if entity is not None else None


ACTIONS = [
    new_allocation,
    new_allocation,
    edit_allocation,
    edit_allocation,
    edit_pad,
    edit_facility,
    edit_zone,
    edit_party,
    add_site_objects,
    remove_something,
]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.data())
def test_incremental_findings_equal_a_full_check_after_any_commands(
    make_site: type[Site], data: Any
) -> None:
    site = make_site()
    for _ in range(3):
        command = new_allocation(data.draw, site)
        assert command is not None
        command.do(site.plan)
    checker = IncrementalChecker(site.plan, AT)
    done: list[Command] = []
    for _ in range(data.draw(st.integers(1, 12))):
        if done and data.draw(st.integers(0, 5)) == 0:
            changes = done.pop().undo(site.plan)
        else:
            command = data.draw(st.sampled_from(ACTIONS))(data.draw, site)
            if command is None:
                continue
            changes = command.do(site.plan)
            done.append(command)
        before = {f.key: f for f in checker.findings}
        delta = checker.update(changes)
        expected = check_plan(site.plan, AT)
        assert checker.findings == expected
        for finding in delta.removed:
            before.pop(finding.key)
        before.update((f.key, f) for f in delta.added)
        assert before == {f.key: f for f in expected}
