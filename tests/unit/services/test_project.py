"""The project runs every change, keeps the undo history and knows what is unsaved."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import Point

from cosmoplan.domain import Kind, LaunchComplex, Pad, PlanInfo, Ref, Tenant
from cosmoplan.messages import Message, ValidationError
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import AddObjects, SetPlanInfo, update
from cosmoplan.services.project import Project

GROUP = Message("command.plan_info")


def site() -> AddObjects:
    return AddObjects([LaunchComplex(1, "1", "Gagarin's Start"), Pad(1, 1, "1/5", Point(0, 0))])


def test_listeners_receive_changes_and_can_unsubscribe() -> None:
    project = Project.new()
    seen: list[Changes] = []
    unsubscribe = project.subscribe(seen.append)
    project.execute(site())
    assert seen[-1].added == {Ref(Kind.COMPLEX, 1), Ref(Kind.PAD, 1)}
    project.undo()
    assert seen[-1].removed == {Ref(Kind.COMPLEX, 1), Ref(Kind.PAD, 1)}
    project.redo()
    assert seen[-1].added == {Ref(Kind.COMPLEX, 1), Ref(Kind.PAD, 1)}
    unsubscribe()
    project.execute(AddObjects([Tenant(1, "Skyroot", "India")]))
    assert len(seen) == 3


def test_an_empty_new_plan_has_nothing_to_lose_but_a_filled_unstored_one_has() -> None:
    assert not Project.new().has_unsaved_changes
    filled = Project.new()
    filled.execute(site())
    assert filled.has_unsaved_changes
    recovered = Project(filled.plan.copy(), unsaved=True)
    assert recovered.has_unsaved_changes and recovered.location is None


def test_an_edit_and_its_undo_leave_nothing_unsaved(tmp_path: Path) -> None:
    project = Project.new()
    project.execute(site())
    project.save_as(tmp_path / "p.cosmoplan")
    assert not project.has_unsaved_changes
    project.execute(update(project.plan.get(Kind.PAD, 1), name="1/5 Gagarin"))
    assert project.has_unsaved_changes
    project.undo()
    assert not project.has_unsaved_changes
    project.redo()
    assert project.has_unsaved_changes
    project.save()
    project.undo()
    assert project.has_unsaved_changes
    project.execute(SetPlanInfo(PlanInfo("Another branch")))  # the saved point is gone
    project.undo()
    assert project.has_unsaved_changes
    project.close()


def test_a_group_is_one_undo_step_published_once() -> None:
    project = Project.new()
    project.execute(site())
    seen: list[Changes] = []
    project.subscribe(seen.append)
    with project.group(GROUP):
        project.execute(SetPlanInfo(PlanInfo("Baikonur 2026")))
        project.execute(AddObjects([Tenant(1, "Skyroot", "India")]))
        project.execute(update(project.plan.get(Kind.TENANT, 1), country="Republic of India"))
        assert seen == []  # nothing published inside the group
    assert len(seen) == 1
    assert seen[0].info_changed and seen[0].added == {Ref(Kind.TENANT, 1)} and not seen[0].changed
    assert len(project.history.entries) == 2 and project.history.next_undo is not None
    assert project.history.next_undo.text == GROUP
    project.undo()
    assert project.plan.info.name != "Baikonur 2026" and project.plan.find(Kind.TENANT, 1) is None
    assert seen[-1].removed == {Ref(Kind.TENANT, 1)} and len(seen) == 2


def test_a_failing_group_is_undone_and_not_recorded() -> None:
    project = Project.new()
    project.execute(site())
    before = dict(project.plan.objects(Kind.PAD))
    seen: list[Changes] = []
    project.subscribe(seen.append)
    with pytest.raises(ValidationError), project.group(GROUP):
        project.execute(update(project.plan.get(Kind.PAD, 1), name="renamed"))
        project.execute(AddObjects([Pad(5, 99, "bad", Point(0, 0))]))  # no complex 99
    assert dict(project.plan.objects(Kind.PAD)) == before
    assert seen == [] and len(project.history.entries) == 1


def test_go_to_moves_through_the_history_in_one_published_step() -> None:
    project = Project.new()
    for number in range(1, 4):
        project.execute(AddObjects([Tenant(number, f"Tenant {number}", "Kazakhstan")]))
    seen: list[Changes] = []
    project.subscribe(seen.append)
    project.go_to(0)
    assert len(seen) == 1 and len(seen[0].removed) == 3 and project.history.index == 0
    project.go_to(2)
    assert len(seen) == 2 and {r.id for r in seen[1].added} == {1, 2}
    assert project.plan.find(Kind.TENANT, 3) is None


def test_undoing_an_add_after_the_save_gave_it_its_id_removes_it_by_that_id(
    tmp_path: Path,
) -> None:
    project = Project.create(tmp_path / "plan.cosmoplan", Project.new().plan)
    tenant = Tenant(project.plan.next_id(Kind.TENANT), "Skyroot", "India")
    project.execute(AddObjects([tenant]))
    seen: list[Changes] = []
    project.subscribe(seen.append)
    renumbered = project.save()
    (real,) = [ref for ref in renumbered.added if ref.kind is Kind.TENANT]
    assert real.id > 0 and not project.has_unsaved_changes
    project.undo()  # the command still holds the provisional id
    assert seen[-1].removed == {real} and project.plan.find(Kind.TENANT, real.id) is None
    assert project.has_unsaved_changes
    project.redo()
    assert seen[-1].added == {real} and not project.has_unsaved_changes
    project.close()
