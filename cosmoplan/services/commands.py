"""Every change to a plan is a command with ``do`` and ``undo``; both return :class:`Changes`.

Commands are plain Python. :class:`cosmoplan.services.project.Project` runs them and keeps them
in its undo history (several in one step with ``Project.group``), for the window and the
command line alike. A command keeps whatever it needs to undo itself exactly.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from cosmoplan.domain import Entity, Kind, Plan, PlanInfo, Ref, display_name, kind_of
from cosmoplan.messages import Message, register
from cosmoplan.names import name_in
from cosmoplan.services.changes import Changes

MSG_ADD = register("command.add", "Add {what}")
MSG_UPDATE = register("command.update", "Edit {what}")
MSG_REMOVE = register("command.remove", "Delete {what}")
MSG_INFO = register("command.plan_info", "Edit plan properties")
MSG_COUNT = register("command.count", "{count} {kind}")

#: Removal order: what refers to others goes first.
REMOVAL_ORDER = (
    Kind.REQUEST,
    Kind.ALLOCATION,
    Kind.VEHICLE,
    Kind.ZONE,
    Kind.TENANT,
    Kind.PAD,
    Kind.FACILITY,
    Kind.COMPLEX,
)
ADDITION_ORDER = tuple(reversed(REMOVAL_ORDER))
#: Links that removal cuts instead of removing the dependent: a pad keeps going without a
#: removed facility it named, a zone without the tenant that held it, and a request without
#: a removed pad it wanted.
DETACHED_LINKS = frozenset(
    {(Kind.FACILITY, Kind.PAD), (Kind.TENANT, Kind.ZONE), (Kind.PAD, Kind.REQUEST)}
)


def removal_closure(plan: Plan, refs: Iterable[Ref]) -> set[Ref]:
    """Everything :class:`RemoveObjects` removes with ``refs`` (see :data:`DETACHED_LINKS`)."""
    found: set[Ref] = set()
    pending = list(refs)
    while pending:
        ref = pending.pop()
        if ref in found or plan.find(ref.kind, ref.id) is None:
            continue
        found.add(ref)
        pending += [
            dep
            for dep in plan.dependents(ref.kind, ref.id)
            if (ref.kind, dep.kind) not in DETACHED_LINKS
        ]
    return found


def detached_by(plan: Plan, removed: set[Ref]) -> list[Entity]:
    """Objects that stay but lose their link to something in ``removed``, links cut."""
    facilities = {r.id for r in removed if r.kind is Kind.FACILITY}
    tenants = {r.id for r in removed if r.kind is Kind.TENANT}
    pads = {r.id for r in removed if r.kind is Kind.PAD}
    found: list[Entity] = []
    for pad in plan.pads():
        if Ref(Kind.PAD, pad.id) in removed:
            continue
        power, required = pad.power_facility_id, pad.required_facility_ids
        if power in facilities or facilities & set(required):
            found.append(
                replace(
                    pad,
                    power_facility_id=None if power in facilities else power,
                    required_facility_ids=tuple(i for i in required if i not in facilities),
                )
            )
    for zone in plan.zones():
        if zone.tenant_id in tenants and Ref(Kind.ZONE, zone.id) not in removed:
            found.append(replace(zone, tenant_id=None))
    for request in plan.requests():
        if pads & set(request.pad_ids) and Ref(Kind.REQUEST, request.id) not in removed:
            kept = tuple(i for i in request.pad_ids if i not in pads)
            found.append(replace(request, pad_ids=kept))
    return found


def describe(entities: Sequence[Entity], plan: Plan | None = None) -> str | Message:
    """A short description of a group of objects for an undo label: the name of one (as a
    planner names it when ``plan`` is given), or a message counting them (so that the GUI can
    translate it)."""
    if len(entities) == 1:
        return display_name(entities[0]) if plan is None else name_in(plan, entities[0])
    kinds = {kind_of(e) for e in entities}
    kind = kinds.pop().value if len(kinds) == 1 else "objects"
    return Message(MSG_COUNT, {"count": len(entities), "kind": kind})


class Command(ABC):
    """A reversible change to a plan."""

    @property
    @abstractmethod
    def text(self) -> Message:
        """What the command does, for the Undo menu and history."""

    @abstractmethod
    def do(self, plan: Plan) -> Changes:
        """Apply the change."""

    @abstractmethod
    def undo(self, plan: Plan) -> Changes:
        """Revert exactly what :meth:`do` did."""


class AddObjects(Command):
    """Add new objects (one drawn feature, or a whole import)."""

    def __init__(self, entities: Iterable[Entity], label: str | None = None) -> None:
        self.entities = sorted(entities, key=lambda e: ADDITION_ORDER.index(kind_of(e)))
        self._what: str | Message = label or describe(self.entities)
        self._label = label

    @property
    def text(self) -> Message:
        return Message(MSG_ADD, {"what": self._what})

    def do(self, plan: Plan) -> Changes:
        done: list[Entity] = []
        try:
            for entity in self.entities:
                plan.add(entity)
                done.append(entity)
        except Exception:
            for entity in reversed(done):
                plan.remove(kind_of(entity), entity.id)
            raise
        self._what = self._label or describe(self.entities, plan)
        return Changes.of(added=(Ref(kind_of(e), e.id) for e in self.entities))

    def undo(self, plan: Plan) -> Changes:
        for entity in reversed(self.entities):
            plan.remove(kind_of(entity), entity.id)
        return Changes.of(removed=(Ref(kind_of(e), e.id) for e in self.entities))


class UpdateObject(Command):
    """Replace one object by an edited copy (same kind and id)."""

    def __init__(self, new: Entity, label: str | None = None) -> None:
        self.new = new
        self.old: Entity | None = None
        self._label = label
        self._what: str | Message = label or display_name(new)

    @property
    def text(self) -> Message:
        return Message(MSG_UPDATE, {"what": self._what})

    def do(self, plan: Plan) -> Changes:
        self.old = plan.replace(self.new)
        self._what = self._label or name_in(plan, self.new)
        return Changes.of(changed=[Ref(kind_of(self.new), self.new.id)])

    def undo(self, plan: Plan) -> Changes:
        assert self.old is not None, "undo before do"
        plan.replace(self.old)
        return Changes.of(changed=[Ref(kind_of(self.new), self.new.id)])


def update(entity: Entity, **fields: Any) -> UpdateObject:
    """A command that changes some fields of ``entity``."""
    return UpdateObject(replace(entity, **fields))


class RemoveObjects(Command):
    """Remove objects together with everything that depends on them.

    Allocations, vehicles and pads that refer to a removed object go with it; a pad that
    only names a removed facility as its power supply or a requirement stays and loses
    that reference, as does a zone held by a removed tenant.
    """

    def __init__(self, refs: Iterable[Ref]) -> None:
        self.refs = list(dict.fromkeys(refs))
        self.removed: list[Entity] = []
        self.detached: list[Entity] = []
        self._what: str | Message = ""

    @property
    def text(self) -> Message:
        return Message(MSG_REMOVE, {"what": self._what})

    def do(self, plan: Plan) -> Changes:
        targets = removal_closure(plan, self.refs)
        self.detached = [plan.replace(entity) for entity in detached_by(plan, targets)]
        ordered = sorted(targets, key=lambda r: REMOVAL_ORDER.index(r.kind))
        self.removed = [plan.get(r.kind, r.id) for r in ordered]
        self._what = describe([plan.get(r.kind, r.id) for r in self.refs], plan)
        for ref in ordered:
            plan.remove(ref.kind, ref.id)
        return Changes.of(removed=ordered, changed=(Ref(kind_of(e), e.id) for e in self.detached))

    def undo(self, plan: Plan) -> Changes:
        for entity in reversed(self.removed):
            plan.add(entity)
        for entity in self.detached:
            plan.replace(entity)
        return Changes.of(
            added=(Ref(kind_of(e), e.id) for e in self.removed),
            changed=(Ref(kind_of(e), e.id) for e in self.detached),
        )


class SetPlanInfo(Command):
    """Change the plan's name or description."""

    def __init__(self, info: PlanInfo) -> None:
        self.new = PlanInfo(info.name, info.description)
        self.old: PlanInfo | None = None

    @property
    def text(self) -> Message:
        return Message(MSG_INFO)

    def do(self, plan: Plan) -> Changes:
        self.old = PlanInfo(plan.info.name, plan.info.description)
        plan.info = PlanInfo(self.new.name, self.new.description)
        return Changes(info_changed=True)

    def undo(self, plan: Plan) -> Changes:
        assert self.old is not None, "undo before do"
        plan.info = PlanInfo(self.old.name, self.old.description)
        return Changes(info_changed=True)
