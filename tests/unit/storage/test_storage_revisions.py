"""Revisioned saves between planners: distinct ids, merges of others' changes, conflicts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cosmoplan.domain import Kind, PlanInfo, Ref, Tenant
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import AddObjects, RemoveObjects, SetPlanInfo, update
from cosmoplan.services.project import Project
from cosmoplan.storage.conflicts import REMOVED_FIELD, Choice, ConflictError
from tests.unit.cli.conftest import small_plan

T1 = Ref(Kind.TENANT, 1)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.cosmoplan"
    Project.create(target, small_plan()).close()
    return target


def tenant(project: Project, name: str) -> Tenant:
    return Tenant(project.plan.next_id(Kind.TENANT), name, "Kazakhstan")


def reopened(path: Path) -> Project:
    return Project.open(path, read_only=True)


def test_two_planners_adding_at_once_both_keep_their_object_with_distinct_ids(path):
    a, b = Project.open(path), Project.open(path)
    a.execute(AddObjects([tenant(a, "Alpha")]))
    b.execute(AddObjects([tenant(b, "Beta")]))
    a.save()
    changes = b.save()
    names = {t.name: t.id for t in reopened(path).plan.tenants()}
    assert names["Alpha"] != names["Beta"] and min(names["Alpha"], names["Beta"]) > 1
    assert changes.elsewhere and Ref(Kind.TENANT, names["Alpha"]) in changes.added
    assert {t.name for t in b.plan.tenants()} == {"Roscosmos", "Alpha", "Beta"}
    assert all(i > 0 for i in b.plan.objects(Kind.TENANT)), "no provisional id is left"


def test_ids_are_never_reused_after_a_removal(path):
    a = Project.open(path)
    a.execute(AddObjects([tenant(a, "Alpha")]))
    a.save()
    (alpha,) = [t for t in a.plan.tenants() if t.name == "Alpha"]
    a.execute(RemoveObjects([Ref(Kind.TENANT, alpha.id)]))
    a.save()
    a.execute(AddObjects([tenant(a, "Gamma")]))
    a.save()
    (gamma,) = [t for t in a.plan.tenants() if t.name == "Gamma"]
    assert gamma.id == alpha.id + 1


def test_references_to_a_new_object_follow_its_real_id(path):
    a = Project.open(path)
    new = tenant(a, "Alpha")
    a.execute(AddObjects([new]))
    zone = replace(a.plan.get(Kind.ZONE, 1), tenant_id=new.id)
    a.execute(update(zone, tenant_id=new.id))
    a.save()
    stored = reopened(path).plan
    (alpha,) = [t for t in stored.tenants() if t.name == "Alpha"]
    assert stored.get(Kind.ZONE, 1).tenant_id == alpha.id == a.plan.get(Kind.ZONE, 1).tenant_id


def test_changes_made_elsewhere_to_other_objects_are_merged_outside_the_history(path):
    a, b = Project.open(path), Project.open(path)
    seen: list[Changes] = []
    b.subscribe(seen.append)
    a.execute(update(a.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    a.save()
    b.execute(update(b.plan.get(Kind.VEHICLE, 1), stages=3))
    changes = b.save()
    assert changes.elsewhere and changes.changed == {T1}
    assert b.plan.get(Kind.TENANT, 1).country == "Kazakhstan"
    assert seen[-1] is changes or seen[-1] == changes
    assert not b.has_unsaved_changes
    stored = reopened(path).plan
    assert stored.get(Kind.TENANT, 1).country == "Kazakhstan"
    assert stored.get(Kind.VEHICLE, 1).stages == 3


def test_refresh_pulls_others_changes_without_writing(path):
    a, b = Project.open(path), Project.open(path)
    a.execute(update(a.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    a.save()
    before = path.read_bytes()
    changes = b.refresh()
    assert changes.elsewhere and changes.changed == {T1}
    assert b.plan.get(Kind.TENANT, 1).country == "Kazakhstan"
    assert path.read_bytes() == before
    assert b.refresh().empty, "what was merged is not merged twice"


def test_both_editing_one_object_is_a_conflict_with_base_theirs_and_mine(path):
    a, b = Project.open(path), Project.open(path)
    a.execute(update(a.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    a.save()
    b.execute(update(b.plan.get(Kind.TENANT, 1), country="Russia/KZ", notes="b"))
    before = path.read_bytes()
    with pytest.raises(ConflictError) as caught:
        b.save()
    assert path.read_bytes() == before, "nothing written"
    (conflict,) = caught.value.conflicts
    fields = {f.name: (f.base, f.theirs, f.mine) for f in conflict.fields}
    assert fields == {"country": ("Russia", "Kazakhstan", "Russia/KZ"), "notes": ("", "", "b")}
    assert "tenant Roscosmos" in str(caught.value) and "country, notes" in str(caught.value)
    assert b.has_unsaved_changes


@pytest.mark.parametrize(
    ("choice", "country", "notes"),
    [
        (Choice.MINE, "Russia/KZ", "b"),
        (Choice.THEIRS, "Kazakhstan", ""),
        ({"country": Choice.THEIRS, "notes": Choice.MINE}, "Kazakhstan", "b"),
    ],
)
def test_a_conflict_resolved_then_saved_again(path, choice, country, notes):
    a, b = Project.open(path), Project.open(path)
    a.execute(update(a.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    a.save()
    b.execute(update(b.plan.get(Kind.TENANT, 1), country="Russia/KZ", notes="b"))
    with pytest.raises(ConflictError) as caught:
        b.save()
    changes = b.resolve([(c, choice) for c in caught.value.conflicts])
    assert changes.elsewhere
    b.save()
    stored = reopened(path).plan.get(Kind.TENANT, 1)
    assert (stored.country, stored.notes) == (country, notes)
    assert b.plan.get(Kind.TENANT, 1) == stored


def test_removed_by_one_and_edited_by_the_other_is_a_conflict(path):
    a, b = Project.open(path), Project.open(path)
    a.execute(RemoveObjects([Ref(Kind.ALLOCATION, 1)]))
    a.save()
    b.execute(update(b.plan.get(Kind.ALLOCATION, 1), notes="keep it"))
    with pytest.raises(ConflictError) as caught:
        b.save()
    (conflict,) = caught.value.conflicts
    assert conflict.theirs is None and conflict.mine.notes == "keep it"
    assert [f.name for f in conflict.fields] == [REMOVED_FIELD]
    b.resolve([(conflict, Choice.MINE)])
    b.save()
    assert reopened(path).plan.get(Kind.ALLOCATION, 1).notes == "keep it"


def test_a_new_object_referring_to_one_removed_elsewhere_is_a_conflict(path):
    a, b = Project.open(path), Project.open(path)
    a.execute(RemoveObjects([Ref(Kind.TENANT, 1)]))
    a.save()
    b.execute(AddObjects([replace(b.plan.get(Kind.VEHICLE, 1), id=-1, name="Soyuz-6")]))
    with pytest.raises(ConflictError) as caught:
        b.save()
    assert {c.ref for c in caught.value.conflicts} == {T1}
    b.resolve([(c, Choice.THEIRS) for c in caught.value.conflicts])
    b.save()
    stored = reopened(path).plan
    assert not list(stored.tenants()) and not list(stored.vehicles())


def test_the_plan_properties_conflict_too(path):
    a, b = Project.open(path), Project.open(path)
    a.execute(SetPlanInfo(PlanInfo("A's name", "")))
    a.save()
    b.execute(SetPlanInfo(PlanInfo("B's name", "")))
    with pytest.raises(ConflictError) as caught:
        b.save()
    assert "plan properties" in str(caught.value)
    b.resolve([(c, Choice.THEIRS) for c in caught.value.conflicts])
    b.save()
    assert reopened(path).plan.info.name == "A's name" == b.plan.info.name


def test_a_plan_replaced_on_disk_is_never_written_over(path, tmp_path):
    a = Project.open(path)
    Project.create(path, small_plan()).close()  # another plan of the same name
    a.execute(update(a.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    with pytest.raises(Exception, match="now holds another plan"):
        a.save()
    assert reopened(path).plan.get(Kind.TENANT, 1).country == "Russia"


def test_the_same_change_on_both_sides_is_no_conflict(path):
    a, b = Project.open(path), Project.open(path)
    for project in (a, b):
        project.execute(update(project.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    a.save()
    b.save()
    assert reopened(path).plan.get(Kind.TENANT, 1).country == "Kazakhstan"
