"""Scenarios kept in the plan file: stored whole with a version check, new objects with ids the
plan never gives, changes a scenario cannot keep refused, the plan itself untouched. The same
tests run on PostgreSQL (tests/unit/pg/test_pg_scenarios.py: ``path`` is a URL there)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    PadStatus,
    PadStatusPeriod,
    Plan,
    Request,
)
from cosmoplan.domain.scenario import Variant, plan_with, variant_of
from cosmoplan.services.commands import AddObjects, update
from cosmoplan.services.project import Project
from cosmoplan.storage import scenarios
from cosmoplan.storage.errors import StorageError
from cosmoplan.storage.scenarios import ScenarioStore
from tests.unit.cli.conftest import small_plan

OUTAGE = (PadStatusPeriod(PadStatus.DAMAGED, date(2027, 1, 1), note="flooded ✓"),)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.cosmoplan"
    Project.create(target, small_plan()).close()
    return target


def opened(project: Project, name: str) -> Project:
    """The scenario ``name`` of ``project`` as a project of its own."""
    assert project.store is not None
    info, variant = scenarios.read(project.store, name)
    return Project(
        plan_with(project.plan, variant), ScenarioStore(project.store, info, project.plan)
    )


def proposal(plan: Plan, start: date) -> Allocation:
    return Allocation(
        plan.next_id(Kind.ALLOCATION), 1, 1, 1, start, date(start.year + 1, 12, 31),
        AllocationStatus.PROPOSED, annual_fee_usd=2.5e6, notes="what if",
    )  # fmt: skip


def test_a_scenario_comes_back_as_stored_and_the_plan_does_not_see_it(path: Path | str) -> None:
    project = Project.open(path)
    plan = project.plan
    assert project.store is not None
    request = Request(7, 1, 1, date(2031, 1, 1), date(2032, 12, 31), 30, pad_ids=(1,), fee_usd=1.0)
    allocation = replace(proposal(plan, date(2031, 1, 1)), id=9)
    wanted = Variant.of([allocation], [request], {1: OUTAGE})
    info = scenarios.create(project.store, "  Site 45 flooded ", wanted, notes="two\nlines")
    assert (info.name, info.notes, info.revision, info.allocations, info.requests) == (
        "Site 45 flooded", "two\nlines", 1, 1, 1,
    )  # fmt: skip
    project.close()

    again = Project.open(path, read_only=True)
    assert again.store is not None
    assert [s.name for s in scenarios.listed(again.store)] == ["Site 45 flooded"]
    _, back = scenarios.read(again.store, "site 45 FLOODED")
    assert back == wanted
    assert sorted(again.plan.objects(Kind.ALLOCATION)) == [1]  # the plan's own, unchanged
    assert again.plan.get(Kind.PAD, 1).status_periods != OUTAGE  # type: ignore[union-attr]
    again.close()


def test_a_scenario_opened_as_a_plan_is_edited_undone_and_saved_with_ids_the_plan_skips(
    path: Path | str,
) -> None:
    project = Project.open(path)
    assert project.store is not None
    scenarios.create(project.store, "Slip", variant_of(project.plan))
    scenario = opened(project, "slip")
    pad = scenario.plan.get(Kind.PAD, 1)
    scenario.execute(update(pad, status_periods=OUTAGE))
    scenario.execute(AddObjects([proposal(scenario.plan, date(2031, 1, 1))]))
    scenario.undo()
    scenario.redo()
    scenario.save()
    new_id = max(scenario.plan.objects(Kind.ALLOCATION))
    assert new_id == 2 and not scenario.has_unsaved_changes
    assert project.plan.find(Kind.ALLOCATION, new_id) is None
    assert project.plan.get(Kind.PAD, 1).status_periods != OUTAGE  # type: ignore[union-attr]

    project.execute(AddObjects([proposal(project.plan, date(2035, 1, 1))]))
    project.save()
    assert sorted(project.plan.objects(Kind.ALLOCATION)) == [1, 3]  # 2 is the scenario's
    info, back = scenarios.read(project.store, "Slip")
    assert info.revision == 2 and sorted(back.allocations) == [1, 2]
    assert back.pad_statuses[1] == OUTAGE
    scenario.close()
    project.close()


def test_a_scenario_saved_by_someone_else_meanwhile_is_refused_with_nothing_written(
    path: Path | str,
) -> None:
    project = Project.open(path)
    assert project.store is not None
    scenarios.create(project.store, "Slip", variant_of(project.plan))
    mine, theirs = opened(project, "Slip"), opened(project, "Slip")
    theirs.execute(AddObjects([proposal(theirs.plan, date(2031, 1, 1))]))
    theirs.save()
    mine.execute(AddObjects([proposal(mine.plan, date(2033, 1, 1))]))
    with pytest.raises(StorageError, match="saved by someone else"):
        mine.save()
    assert mine.has_unsaved_changes
    _, stored = scenarios.read(project.store, "Slip")
    assert [a.start for a in stored.allocations.values()] == [date(2026, 1, 1), date(2031, 1, 1)]
    scenarios.remove(project.store, "Slip")
    with pytest.raises(StorageError, match="was removed"):
        theirs.save()
    project.close()


def test_a_change_a_scenario_cannot_keep_is_refused(path: Path | str) -> None:
    project = Project.open(path)
    assert project.store is not None
    scenarios.create(project.store, "Slip", variant_of(project.plan))
    scenario = opened(project, "Slip")
    tenant = scenario.plan.get(Kind.TENANT, 1)
    scenario.execute(update(tenant, name="Roscosmos State Corporation"))
    with pytest.raises(StorageError, match="change 'Roscosmos State Corporation' in the plan"):
        scenario.save()
    scenario.undo()
    pad = scenario.plan.get(Kind.PAD, 1)
    scenario.execute(update(pad, name="Renamed pad"))
    with pytest.raises(StorageError, match="change '45/1' in the plan"):
        scenario.save()
    assert scenarios.read(project.store, "Slip")[0].revision == 1
    project.close()


def test_names_are_unique_unknown_ones_listed_and_removal_final(path: Path | str) -> None:
    project = Project.open(path)
    assert project.store is not None
    variant = variant_of(project.plan)
    scenarios.create(project.store, "Slip", variant)
    with pytest.raises(StorageError, match="already has a scenario 'SLIP'"):
        scenarios.create(project.store, "SLIP", variant)
    with pytest.raises(StorageError, match=r"There is no scenario 'Other'.*Scenarios: 'Slip'"):
        scenarios.read(project.store, "Other")
    assert scenarios.remove(project.store, "slip").name == "Slip"
    assert scenarios.listed(project.store) == []
    project.close()


def test_a_plan_not_saved_yet_cannot_be_copied(path: Path | str) -> None:
    project = Project.open(path)
    assert project.store is not None
    project.execute(AddObjects([proposal(project.plan, date(2031, 1, 1))]))
    with pytest.raises(StorageError, match="Save the plan first"):
        scenarios.create(project.store, "Slip", variant_of(project.plan))
    assert scenarios.listed(project.store) == []
    project.close()


def test_a_read_only_plan_lists_its_scenarios_and_writes_none(path: Path, folder_snapshot) -> None:
    project = Project.open(path)
    assert project.store is not None
    scenarios.create(project.store, "Slip", variant_of(project.plan))
    project.close()
    before = folder_snapshot(path.parent)
    reading = Project.open(path, read_only=True)
    assert reading.store is not None
    assert [s.name for s in scenarios.listed(reading.store)] == ["Slip"]
    with pytest.raises(StorageError, match="read-only"):
        scenarios.remove(reading.store, "Slip")
    reading.close()
    assert folder_snapshot(path.parent) == before


def test_opening_leaves_out_what_names_objects_the_plan_no_longer_has() -> None:
    plan = small_plan()
    stray = Allocation(5, 1, 99, 1, date(2031, 1, 1), date(2031, 12, 31))
    keep = Request(3, 1, 1, date(2031, 1, 1), date(2031, 12, 31), 10, pad_ids=(42, 1))
    opened_plan = plan_with(plan, Variant.of([stray], [keep], {1: OUTAGE, 42: OUTAGE}))
    assert list(opened_plan.objects(Kind.ALLOCATION)) == []
    assert opened_plan.get(Kind.REQUEST, 3).pad_ids == (1,)  # type: ignore[union-attr]
    assert opened_plan.get(Kind.PAD, 1).status_periods == OUTAGE  # type: ignore[union-attr]
    assert sorted(plan.objects(Kind.ALLOCATION)) == [1]  # the plan itself is left as it was


def test_save_as_carries_the_scenarios_and_new_ids_skip_theirs(path: Path, tmp_path: Path) -> None:
    project = Project.open(path)
    assert project.store is not None
    scenarios.create(project.store, "Empty", Variant())
    scenarios.create(project.store, "Flooded", variant_of(project.plan), notes="what if")
    scenario = opened(project, "Flooded")
    scenario.execute(AddObjects([proposal(scenario.plan, date(2031, 1, 1))]))
    scenario.save()
    (own,) = set(scenario.plan.objects(Kind.ALLOCATION)) - set(
        project.plan.objects(Kind.ALLOCATION)
    )
    scenario.close()
    project.execute(AddObjects([proposal(project.plan, date(2033, 1, 1))]))  # not saved yet

    copy = tmp_path / "copy.cosmoplan"
    project.save_as(copy)
    assert project.location == str(copy)
    (new,) = set(project.plan.objects(Kind.ALLOCATION)) - {1}
    assert new > own  # the plan's new allocation does not take the scenario's id
    project.close()

    again = Project.open(copy, read_only=True)
    assert again.store is not None
    assert [(s.name, s.notes) for s in scenarios.listed(again.store)] == [
        ("Empty", ""),
        ("Flooded", "what if"),
    ]
    _, flooded = scenarios.read(again.store, "Flooded")
    assert own in flooded.allocations and new not in flooded.allocations
    assert set(again.plan.objects(Kind.ALLOCATION)) == {1, new}
    again.close()
    original = Project.open(path, read_only=True)  # the original keeps its own
    assert original.store is not None and len(scenarios.listed(original.store)) == 2
    original.close()


def test_save_as_after_the_file_was_replaced_by_another_plan_carries_none_of_its_scenarios(
    path: Path, tmp_path: Path
) -> None:
    project = Project.open(path)
    assert project.store is not None
    scenarios.create(project.store, "Mine", Variant())
    other = tmp_path / "other.cosmoplan"
    made = Project.create(other, small_plan())
    assert made.store is not None
    scenarios.create(made.store, "Theirs", Variant())
    made.close()
    os.replace(other, path)  # someone put another plan where this one was
    copy = tmp_path / "copy.cosmoplan"
    project.save_as(copy)
    names = [s.name for s in scenarios.listed(project.store)]
    project.close()
    assert "Theirs" not in names
