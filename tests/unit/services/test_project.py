"""The project broadcasts every change and remembers what to save."""

from __future__ import annotations

from shapely.geometry import Point

from cosmoplan.domain import Kind, LaunchComplex, Pad, Ref
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import AddObjects
from cosmoplan.services.project import Project


def test_listeners_receive_changes_and_can_unsubscribe() -> None:
    project = Project.new()
    seen: list[Changes] = []
    unsubscribe = project.subscribe(seen.append)
    command = AddObjects([LaunchComplex(1, "1", "Gagarin's Start"), Pad(1, 1, "1/5", Point(0, 0))])
    project.execute(command)
    assert seen[-1].added == {Ref(Kind.COMPLEX, 1), Ref(Kind.PAD, 1)}
    project.undo(command)
    assert seen[-1].removed == {Ref(Kind.COMPLEX, 1), Ref(Kind.PAD, 1)}
    unsubscribe()
    project.execute(command)
    assert len(seen) == 2


def test_a_new_project_has_unsaved_changes_until_stored() -> None:
    project = Project.new()
    assert project.has_unsaved_changes and project.location is None
