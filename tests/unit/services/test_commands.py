"""Commands do and undo exactly, and report what they changed."""

from __future__ import annotations

from datetime import date

import pytest
from shapely.geometry import Point, box

from cosmoplan.domain import (
    Allocation,
    Facility,
    FacilityKind,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Propellant,
    Ref,
    Request,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.messages import ValidationError
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import (
    AddObjects,
    RemoveObjects,
    update,
)


def snapshot(plan: Plan) -> dict[Kind, dict[int, object]]:
    return {kind: dict(plan.objects(kind)) for kind in Kind}


def small_plan() -> Plan:
    plan = Plan()
    plan.add(LaunchComplex(1, "45", "Zenit"))
    plan.add(Facility(1, FacilityKind.CABLE_MAST, "Mast", Point(1, 1), complex_id=1))
    plan.add(Pad(1, 1, "45/1", Point(0, 0), power_facility_id=1, required_facility_ids=(1,)))
    plan.add(Tenant(1, "Baiterek", "Kazakhstan"))
    plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE))
    plan.add(Allocation(1, 1, 1, 1, date(2026, 4, 1), date(2030, 12, 31)))
    return plan


def test_add_and_undo() -> None:
    plan = small_plan()
    before = snapshot(plan)
    command = AddObjects([Pad(2, 1, "45/2", Point(9, 9))])
    changes = command.do(plan)
    assert changes.added == {Ref(Kind.PAD, 2)}
    assert command.text.text() == "Add 45/2"
    assert command.undo(plan).removed == {Ref(Kind.PAD, 2)}
    assert snapshot(plan) == before


def test_failed_add_of_several_leaves_nothing_behind() -> None:
    plan = small_plan()
    before = snapshot(plan)
    command = AddObjects([Pad(2, 1, "45/2", Point(9, 9)), Pad(3, 1, "45/2", Point(8, 8))])
    with pytest.raises(ValidationError):
        command.do(plan)
    assert snapshot(plan) == before


def test_update_and_undo() -> None:
    plan = small_plan()
    pad = plan.get(Kind.PAD, 1)
    command = update(pad, name="Baiterek left")
    assert command.do(plan).changed == {Ref(Kind.PAD, 1)}
    assert plan.get(Kind.PAD, 1).name == "Baiterek left"  # type: ignore[union-attr]
    command.undo(plan)
    assert plan.get(Kind.PAD, 1) == pad


def test_remove_tenant_cascades_and_undo_restores_everything() -> None:
    plan = small_plan()
    before = snapshot(plan)
    command = RemoveObjects([Ref(Kind.TENANT, 1)])
    changes = command.do(plan)
    assert changes.removed == {Ref(Kind.TENANT, 1), Ref(Kind.VEHICLE, 1), Ref(Kind.ALLOCATION, 1)}
    assert command.text.text() == "Delete Baiterek"
    command.undo(plan)
    assert snapshot(plan) == before


def test_removing_a_facility_detaches_pads_instead_of_deleting_them() -> None:
    plan = small_plan()
    before = snapshot(plan)
    command = RemoveObjects([Ref(Kind.FACILITY, 1)])
    changes = command.do(plan)
    assert changes.removed == {Ref(Kind.FACILITY, 1)}
    assert changes.changed == {Ref(Kind.PAD, 1)}
    pad = plan.get(Kind.PAD, 1)
    assert isinstance(pad, Pad)
    assert pad.power_facility_id is None and pad.required_facility_ids == ()
    command.undo(plan)
    assert snapshot(plan) == before


def test_removing_a_tenant_keeps_its_leased_land_without_the_link() -> None:
    plan = small_plan()
    plan.add(Zone(1, ZoneKind.SPECIAL_ECONOMIC_ZONE, "Lease", box(0, 0, 50, 50), tenant_id=1))
    before = snapshot(plan)
    command = RemoveObjects([Ref(Kind.TENANT, 1)])
    changes = command.do(plan)
    assert Ref(Kind.ZONE, 1) not in changes.removed
    assert changes.changed == {Ref(Kind.ZONE, 1)}
    zone = plan.get(Kind.ZONE, 1)
    assert isinstance(zone, Zone) and zone.tenant_id is None
    command.undo(plan)
    assert snapshot(plan) == before


def test_removing_a_pad_keeps_the_requests_that_wanted_it_without_it() -> None:
    plan = small_plan()
    plan.add(Pad(2, 1, "45/2", Point(10, 0)))
    plan.add(Request(1, 1, 1, date(2031, 1, 1), date(2031, 12, 31), 30, pad_ids=(1, 2)))
    before = snapshot(plan)
    command = RemoveObjects([Ref(Kind.PAD, 1)])
    changes = command.do(plan)
    assert Ref(Kind.REQUEST, 1) in changes.changed and Ref(Kind.ALLOCATION, 1) in changes.removed
    request = plan.get(Kind.REQUEST, 1)
    assert isinstance(request, Request) and request.pad_ids == (2,)
    command.undo(plan)
    assert snapshot(plan) == before
    removed = RemoveObjects([Ref(Kind.TENANT, 1)])
    assert Ref(Kind.REQUEST, 1) in removed.do(plan).removed


def test_a_zone_cannot_name_a_tenant_that_does_not_exist() -> None:
    plan = small_plan()
    with pytest.raises(ValidationError):
        plan.add(Zone(1, ZoneKind.SPECIAL_ECONOMIC_ZONE, "Lease", box(0, 0, 5, 5), tenant_id=9))


def test_removing_a_complex_takes_its_pads_facilities_and_allocations() -> None:
    plan = small_plan()
    before = snapshot(plan)
    command = RemoveObjects([Ref(Kind.COMPLEX, 1)])
    removed = command.do(plan).removed
    assert {r.kind for r in removed} == {Kind.COMPLEX, Kind.PAD, Kind.FACILITY, Kind.ALLOCATION}
    command.undo(plan)
    assert snapshot(plan) == before


def test_changes_merge() -> None:
    a, b = Ref(Kind.PAD, 1), Ref(Kind.PAD, 2)
    assert Changes.of(added=[a]).merged(Changes.of(removed=[a])).empty
    merged = Changes.of(added=[a]).merged(Changes.of(changed=[a, b]))
    assert merged.added == {a} and merged.changed == {b}
    assert Changes.of(removed=[a]).merged(Changes.of(added=[a])).changed == {a}
    assert Changes.of(added=[a]).inverted().removed == {a}
