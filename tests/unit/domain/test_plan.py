"""Referential integrity and lookups of the Plan aggregate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from shapely.geometry import Point

from cosmoplan.domain import (
    Allocation,
    Facility,
    FacilityKind,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    PlanInfo,
    Propellant,
    Ref,
    Tenant,
    Vehicle,
)
from cosmoplan.messages import ValidationError


def small_plan() -> Plan:
    plan = Plan()
    plan.add(LaunchComplex(1, "45", "Zenit"))
    plan.add(Facility(1, FacilityKind.CABLE_MAST, "Mast", Point(1, 1), complex_id=1))
    plan.add(Pad(1, 1, "45/1", Point(0, 0), power_facility_id=1))
    plan.add(Tenant(1, "Baiterek", "Kazakhstan"))
    plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE))
    plan.add(Allocation(1, 1, 1, 1, date(2026, 4, 1), date(2030, 12, 31)))
    return plan


def test_missing_references_are_refused() -> None:
    plan = Plan()
    with pytest.raises(ValidationError, match="complexes 99"):
        plan.add(Pad(1, 99, "45/1", Point(0, 0)))
    assert plan.counts()[Kind.PAD] == 0


def test_unique_codes_sites_and_tenant_names() -> None:
    plan = small_plan()
    with pytest.raises(ValidationError, match="already exists"):
        plan.add(Pad(2, 1, "45/1", Point(5, 5)))
    with pytest.raises(ValidationError, match="already exists"):
        plan.add(LaunchComplex(2, "45", "Other"))
    with pytest.raises(ValidationError, match="already exists"):
        plan.add(Tenant(2, "BAITEREK", "Kazakhstan"))
    # Renaming an object to its own name is fine.
    plan.replace(replace(plan.get(Kind.PAD, 1), name="Left pad"))  # type: ignore[type-var]


def test_vehicle_must_belong_to_the_allocated_tenant() -> None:
    plan = small_plan()
    plan.add(Tenant(2, "Skyroot", "India"))
    with pytest.raises(ValidationError, match="belongs to another tenant"):
        plan.add(Allocation(2, 2, 1, 1, date(2027, 1, 1), date(2027, 2, 1)))


def test_remove_refuses_while_referenced_and_dependents_are_listed() -> None:
    plan = small_plan()
    assert set(plan.dependents(Kind.TENANT, 1)) == {Ref(Kind.VEHICLE, 1), Ref(Kind.ALLOCATION, 1)}
    assert set(plan.dependents(Kind.FACILITY, 1)) == {Ref(Kind.PAD, 1)}
    with pytest.raises(ValidationError, match="still used"):
        plan.remove(Kind.TENANT, 1)
    plan.remove(Kind.ALLOCATION, 1)
    plan.remove(Kind.VEHICLE, 1)
    plan.remove(Kind.TENANT, 1)
    assert plan.counts()[Kind.TENANT] == 0


def test_lookups_and_ids() -> None:
    plan = small_plan()
    assert plan.pad_by_code("45/1") is plan.get(Kind.PAD, 1)
    assert plan.tenant_by_name(" baiterek ") is plan.get(Kind.TENANT, 1)
    assert plan.vehicle_by_name("soyuz-5", tenant_id=1) is plan.get(Kind.VEHICLE, 1)
    assert plan.vehicle_by_name("soyuz-5", tenant_id=2) is None
    assert plan.next_id(Kind.PAD) == -1, "new objects get provisional (negative) ids"
    with pytest.raises(ValidationError, match="no pads with id 7"):
        plan.get(Kind.PAD, 7)


def test_bulk_load_keeps_provisional_ids_free() -> None:
    plan = Plan()
    plan.load([LaunchComplex(10, "1", "Gagarin's Start"), Pad(-4, 10, "1/5", Point(0, 0))])
    assert plan.next_id(Kind.COMPLEX) == -1 and plan.next_id(Kind.PAD) == -5


def test_renumbering_moves_objects_and_references_and_old_ids_still_resolve() -> None:
    plan = Plan()
    plan.add(LaunchComplex(plan.next_id(Kind.COMPLEX), "1", "Gagarin's Start"))
    pad = Pad(plan.next_id(Kind.PAD), -1, "1/5", Point(0, 0))
    plan.add(pad)
    changed = plan.renumber({Ref(Kind.COMPLEX, -1): 7, Ref(Kind.PAD, -1): 3})
    assert set(plan.objects(Kind.COMPLEX)) == {7} and set(plan.objects(Kind.PAD)) == {3}
    assert plan.get(Kind.PAD, 3).complex_id == 7 and plan.get(Kind.PAD, 3).id == 3
    assert changed == set(), "the pad was renumbered itself, not only its reference"
    # A command made before the renumbering (kept for undo) still finds its objects.
    assert plan.get(Kind.PAD, -1) is plan.get(Kind.PAD, 3)
    plan.replace(replace(pad, name="renamed"))
    assert plan.get(Kind.PAD, 3).name == "renamed" and plan.get(Kind.PAD, 3).complex_id == 7
    plan.remove(Kind.PAD, -1)
    plan.add(pad)  # redo of its addition
    assert set(plan.objects(Kind.PAD)) == {3} and plan.get(Kind.PAD, 3).complex_id == 7


def test_a_copy_is_untouched_by_later_edits_of_the_plan() -> None:
    plan = small_plan()
    plan.info = PlanInfo("Baikonur", "demo")
    copy = plan.copy()
    assert copy.counts() == plan.counts() and copy.info == plan.info
    pad = plan.get(Kind.PAD, 1)
    plan.replace(replace(pad, name="renamed"))  # type: ignore[arg-type]
    plan.add(Tenant(plan.next_id(Kind.TENANT), "Later", "Spain"))
    assert copy.get(Kind.PAD, 1) is pad
    assert copy.counts()[Kind.TENANT] == plan.counts()[Kind.TENANT] - 1
    assert copy.next_id(Kind.TENANT) == plan.next_id(Kind.TENANT) + 1
