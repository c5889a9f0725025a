"""Scenarios of an open plan: made as a copy of the plan (or of another scenario), opened as a
project of their own (the same commands and undo), and promoted to the plan, all of their
changes or the chosen ones, as one undoable step."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from cosmoplan.domain import Entity, Kind, Pad, Plan, Ref, kind_of
from cosmoplan.domain.ids import is_provisional
from cosmoplan.domain.scenario import plan_with, variant_of
from cosmoplan.messages import CosmoplanError, Message, register
from cosmoplan.planner.compare import Difference, differences
from cosmoplan.services.commands import AddObjects, Command, RemoveObjects, UpdateObject
from cosmoplan.services.project import Project
from cosmoplan.storage import PlanStore, scenarios
from cosmoplan.storage.scenarios import ScenarioInfo, ScenarioStore

MSG_PROMOTE = register(
    "scenario.promote",
    "Promote {count} {count:plural:change|changes} of scenario {name}",
)
MSG_NOT_STORED = register(
    "scenario.not_stored", "Save the plan first: its scenarios are kept with it."
)
MSG_NOT_A_CHANGE = register(
    "scenario.not_a_change", "Scenario {name!r} does not change {kind} {id}."
)


def new(project: Project, name: str, notes: str = "", like: str | None = None) -> ScenarioInfo:
    """Keep a new scenario called ``name``: a copy of the plan, or of the scenario ``like``."""
    store = _store(project)
    variant = variant_of(project.plan) if like is None else scenarios.read(store, like)[1]
    return scenarios.create(store, name, variant, notes)


def open_scenario(project: Project, name: str) -> Project:
    """The scenario called ``name`` as a project: the plan with the scenario's allocations,
    requests and pad statuses; saving it saves the scenario (the plan's store stays open)."""
    store = _store(project)
    info, variant = scenarios.read(store, name)
    return Project(plan_with(project.plan, variant), ScenarioStore(store, info, project.plan))


def listed(project: Project) -> list[ScenarioInfo]:
    """The plan's scenarios by name."""
    return scenarios.listed(_store(project))


def remove(project: Project, name: str) -> ScenarioInfo:
    """Remove the scenario called ``name``; returns it as it was."""
    return scenarios.remove(_store(project), name)


def name_of(scenario: Project) -> str:
    """The name of the scenario open in ``scenario`` (a project from :func:`open_scenario`)."""
    assert isinstance(scenario.store, ScenarioStore)
    return scenario.store.scenario


def _store(project: Project) -> PlanStore:
    if project.store is None:
        raise CosmoplanError(MSG_NOT_STORED)
    return project.store


def chosen_differences(
    plan: Plan, scenario: Plan, name: str, chosen: Collection[Ref] | None = None
) -> list[Difference]:
    """What ``scenario`` changes in ``plan``: every difference, or those of the ``chosen``
    objects (each must be one); CosmoplanError naming the first that is not."""
    found = differences(plan, scenario)
    if chosen is None:
        return found
    by_ref = {d.ref: d for d in found}
    for ref in chosen:
        if ref not in by_ref:
            raise CosmoplanError(MSG_NOT_A_CHANGE, name=name, kind=ref.kind.value, id=ref.id)
    return [d for d in found if d.ref in set(chosen)]


def commands(plan: Plan, changes: Iterable[Difference]) -> list[Command]:
    """The commands that make ``plan`` what the second side of ``changes`` holds (run them in
    one group). A new object not saved yet (a provisional id) gets a new id of ``plan``."""
    done: list[Command] = []
    added: list[Entity] = []
    removed: list[Ref] = []
    for change in changes:
        if change.after is None:
            removed.append(change.ref)
        elif change.before is None:
            added.append(change.after)
        elif isinstance(change.after, Pad):
            pad = plan.get(Kind.PAD, change.ref.id)
            assert isinstance(pad, Pad)
            done.append(UpdateObject(replace(pad, status_periods=change.after.status_periods)))
        else:
            done.append(UpdateObject(change.after))
    next_ids = {kind: plan.next_id(kind) for kind in (Kind.ALLOCATION, Kind.REQUEST)}
    new: list[Entity] = []
    for entity in added:
        if is_provisional(entity.id):
            kind = kind_of(entity)
            entity = replace(entity, id=next_ids[kind])
            next_ids[kind] -= 1
        new.append(entity)
    if removed:
        done.insert(0, RemoveObjects(removed))
    if new:
        done.append(AddObjects(new))
    return done


def promote(
    project: Project, scenario: Plan, name: str, chosen: Collection[Ref] | None = None
) -> list[Difference]:
    """Make the plan of ``project`` what ``scenario`` holds, for every difference or the
    ``chosen`` ones, as one undoable step; returns the differences promoted."""
    found = chosen_differences(project.plan, scenario, name, chosen)
    text = Message(MSG_PROMOTE, {"count": len(found), "name": name})
    with project.group(text):
        for command in commands(project.plan, found):
            project.execute(command)
    return found
