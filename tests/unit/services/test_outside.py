"""An open plan notices what others save to its file, merges it, and reports a file that
was replaced or went away."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cosmoplan.domain import Kind, Ref, Tenant
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.commands import AddObjects, update
from cosmoplan.services.outside import Outcome, OutsideWatch
from cosmoplan.services.project import Project
from tests.unit.cli.conftest import small_plan

T1 = Ref(Kind.TENANT, 1)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.cosmoplan"
    Project.create(target, small_plan()).close()
    return target


def add_tenant(path: Path, name: str) -> None:
    other = Project.open(path)
    other.execute(AddObjects([Tenant(other.plan.next_id(Kind.TENANT), name, "KZ")]))
    other.save()
    other.close()


def test_nothing_is_read_while_the_file_stays_as_it_was(path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    assert watch.watching and watch.poll() is None and watch.poll() is None
    project.close()


def test_what_another_process_saves_is_merged_and_said_once(path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    seen = []
    project.subscribe(seen.append)
    add_tenant(path, "Alpha")
    found = watch.poll()
    assert found is not None and found.outcome is Outcome.MERGED
    assert found.changes.elsewhere and seen == [found.changes]
    assert "Alpha" in {t.name for t in project.plan.tenants()}
    assert not project.has_unsaved_changes  # theirs is saved already
    assert found.message.params["count"] == 1
    assert watch.poll() is None
    project.close()


def test_this_planners_own_save_is_not_reported_as_from_elsewhere(path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    project.execute(update(project.plan.get(Kind.TENANT, 1), name="Roscosmos State Corp."))
    project.save()
    assert watch.poll() is None
    project.close()


def test_an_unsaved_edit_of_the_same_object_is_kept_for_the_save_to_report(path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    project.execute(update(project.plan.get(Kind.TENANT, 1), name="Mine"))
    other = Project.open(path)
    other.execute(update(other.plan.get(Kind.TENANT, 1), name="Theirs"))
    other.save()
    other.close()
    assert watch.poll() is None  # nothing merged: the clash waits for the save
    assert project.plan.get(Kind.TENANT, 1).name == "Mine" and project.has_unsaved_changes  # type: ignore[attr-defined]
    project.close()


def test_a_deleted_plan_is_reported_once_and_never_recreated_by_a_save(path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    project.execute(update(project.plan.get(Kind.TENANT, 1), name="Mine"))
    path.unlink()
    found = watch.poll()
    assert found is not None and found.outcome is Outcome.GONE and watch.lost
    assert watch.poll() is None
    with pytest.raises(CosmoplanError):
        project.save()
    assert not path.exists()
    project.close()


def test_a_plan_replaced_by_another_is_reported(path: Path, tmp_path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    other = tmp_path / "other.cosmoplan"
    Project.create(other, small_plan()).close()
    shutil.copy(other, path)
    found = watch.poll()
    assert found is not None and found.outcome is Outcome.REPLACED and watch.lost
    project.close()


def test_two_saves_in_one_tick_of_the_file_clock_are_both_seen(path: Path) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    add_tenant(path, "Alpha")
    assert watch.poll() is not None
    add_tenant(path, "Beta")  # the file may look just as it did
    found = watch.poll()
    assert found is not None and "Beta" in {t.name for t in project.plan.tenants()}
    project.close()


def test_a_pad_saved_elsewhere_merges_though_its_complex_was_not_saved_again(
    path: Path,
) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    other = Project.open(path)
    pad = next(other.plan.pads())
    other.execute(update(pad, name="Renamed elsewhere"))
    other.save()
    other.close()
    found = watch.poll()
    assert found is not None and found.outcome is Outcome.MERGED
    assert project.plan.get(Kind.PAD, pad.id).name == "Renamed elsewhere"  # type: ignore[attr-defined]
    project.close()
