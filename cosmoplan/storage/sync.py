"""Revisioned saves: what others saved since this planner read, conflicts, and new ids.

The design (the same on an SQLite file and on PostgreSQL):

- The plan's ``change_counter`` numbers its saves; every row carries the ``revision`` (the
  save number) that last wrote it, and ``removed_objects`` the revision of each removal. A
  planner remembers the counter it is in step with (:attr:`Synced.revision`): what others saved
  since is exactly the rows and removals with a greater revision (one indexed query per table,
  skipped when the counter has not moved).
- A save runs under the write lock (``BEGIN IMMEDIATE`` on SQLite). It reads what others saved
  since, compares it with what this planner changed (its touched objects against the objects
  as it read them, :attr:`Synced.base`): an object changed on both sides (to different
  values), or removed on one side and changed on the other, or removed while the other side's
  objects refer to it, is a conflict, and :class:`~cosmoplan.storage.conflicts.ConflictError`
  is raised before anything is written.
- Otherwise new objects get their real ids here, above every stored and removed id of their
  kind, a scenario's included (ids are never reused), the changed rows are written at the
  next revision and the counter moves on. The result (:class:`Saved`) holds the id mapping
  and what others saved (:class:`Elsewhere`), for the project to apply to the open plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cosmoplan.domain import Entity, Kind, Plan, PlanInfo, Ref, kind_of
from cosmoplan.domain.ids import is_provisional, references, renumbered
from cosmoplan.storage import rows
from cosmoplan.storage.conflicts import ConflictError, ObjectConflict
from cosmoplan.storage.errors import MSG_REPLACED, StorageError
from cosmoplan.storage.schema import (
    SCENARIO_TABLE_OF_KIND,
    TABLE_OF_KIND,
    plan_info,
    removed_objects,
)

#: The pseudo-ref of the plan's own properties (name, description) in a conflict.
INFO_REF = None


@dataclass
class Synced:
    """What a planner has read: the plan's identity, the counter it is in step with, and the
    objects (and plan info) as stored at that point."""

    identity: str
    revision: int
    base: dict[Kind, dict[int, Entity]]
    info: PlanInfo
    #: Objects taken from a later revision already (by a refresh or a resolved conflict).
    seen: dict[Ref | None, int] = field(default_factory=dict)

    @classmethod
    def of(cls, identity: str, revision: int, plan: Plan) -> Synced:
        """The state of a planner that has just read (or written) all of ``plan``."""
        base = {kind: dict(plan.objects(kind)) for kind in Kind}
        return cls(identity, revision, base, PlanInfo(plan.info.name, plan.info.description))

    def every_ref(self) -> set[Ref]:
        """Every object as read."""
        return {Ref(kind, i) for kind, objects in self.base.items() for i in objects}

    def stored(self, ref: Ref) -> Entity | None:
        """The object as this planner read it."""
        return self.base[ref.kind].get(ref.id)

    def take(self, ref: Ref, entity: Entity | None) -> None:
        """Note ``entity`` (``None``: removed) as the stored state of ``ref``."""
        if entity is None:
            self.base[ref.kind].pop(ref.id, None)
        else:
            self.base[ref.kind][ref.id] = entity


@dataclass(frozen=True)
class Elsewhere:
    """What other planners saved: objects written (as stored now), refs removed, plan info."""

    upserts: dict[Ref, Entity] = field(default_factory=dict)
    removals: frozenset[Ref] = frozenset()
    info: PlanInfo | None = None
    revisions: Mapping[Ref, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Whether nothing was saved elsewhere."""
        return not (self.upserts or self.removals or self.info is not None)

    def state(self, ref: Ref) -> tuple[bool, Entity | None]:
        """(whether ``ref`` changed elsewhere, its stored object or ``None`` if removed)."""
        if ref in self.upserts:
            return True, self.upserts[ref]
        return ref in self.removals, None

    def without(self, refs: Iterable[Ref]) -> Elsewhere:
        """The same without ``refs``."""
        left = set(refs)
        return Elsewhere(
            {r: e for r, e in self.upserts.items() if r not in left},
            self.removals - left,
            self.info,
            {r: v for r, v in self.revisions.items() if r not in left},
        )


@dataclass(frozen=True)
class Saved:
    """The outcome of a save: real ids of provisional ones, and what others had saved."""

    new_ids: dict[Ref, int]
    elsewhere: Elsewhere
    revision: int


def identity(connection: Connection) -> tuple[str, int]:
    """The plan's UUID and change counter."""
    row = connection.execute(sa.select(plan_info.c.uuid, plan_info.c.change_counter)).one()
    return row.uuid, row.change_counter


def read_elsewhere(connection: Connection, state: Synced, display: str) -> Elsewhere:
    """What others saved since ``state.revision`` and this planner has not taken yet."""
    row = connection.execute(
        sa.select(
            plan_info.c.uuid,
            plan_info.c.change_counter,
            plan_info.c.revision,
            plan_info.c.name,
            plan_info.c.description,
        )
    ).one()
    if row.uuid != state.identity:
        raise StorageError(MSG_REPLACED, location=display)
    if row.change_counter == state.revision:
        return Elsewhere()
    entities, revisions = rows.read_since(connection, state.revision)
    fresh = {ref: v for ref, v in revisions.items() if v > state.seen.get(ref, -1)}
    upserts = {ref: e for e in entities if (ref := Ref(kind_of(e), e.id)) in fresh}
    removals = frozenset(ref for ref in fresh if ref not in upserts)
    info = None
    if row.revision > state.revision and row.revision > state.seen.get(INFO_REF, -1):
        info = PlanInfo(row.name, row.description)
    return Elsewhere(upserts, removals, info, fresh)


def my_changes(plan: Plan, touched: Iterable[Ref], state: Synced) -> dict[Ref, Entity | None]:
    """The touched objects that differ from what was read: ref -> object (``None``: removed)."""
    mine: dict[Ref, Entity | None] = {}
    for given in touched:
        ref = plan.resolve_ref(given)
        now, base = plan.find(ref.kind, ref.id), state.stored(ref)
        if now is not base and now != base:
            mine[ref] = now
    return mine


def my_info(plan: Plan, info_touched: bool, state: Synced) -> PlanInfo | None:
    """The plan info if this planner changed it since it was read, else ``None``."""
    info = PlanInfo(plan.info.name, plan.info.description)
    return info if info_touched and info != state.info else None


def conflicts(
    mine: Mapping[Ref, Entity | None],
    info: PlanInfo | None,
    elsewhere: Elsewhere,
    state: Synced,
    plan: Plan,
) -> list[ObjectConflict]:
    """Every conflict between ``mine`` (and ``info``, mine if changed) and ``elsewhere``."""
    found: list[ObjectConflict] = []
    for ref, entity in mine.items():
        changed, theirs = elsewhere.state(ref)
        if changed and theirs != entity:
            base = state.stored(ref)
            found.append(ObjectConflict(ref, base, theirs, entity, elsewhere.revisions[ref]))
    if info is not None and elsewhere.info is not None and elsewhere.info != info:
        found.append(ObjectConflict(INFO_REF, state.info, elsewhere.info, info, -1))
    clashing = {c.ref for c in found}
    # Removed on one side, still referred to by the other side's objects.
    for referrers, removed, mine_removed in (
        (mine, elsewhere.removals, False),
        (elsewhere.upserts, {r for r, e in mine.items() if e is None}, True),
    ):
        for entity in referrers.values():
            if entity is None:
                continue
            for _, kind, target_id in references(entity):
                target = Ref(kind, target_id)
                if target in removed and target not in clashing:
                    clashing.add(target)
                    stored = state.stored(target)
                    now = None if mine_removed else plan.find(kind, target_id)
                    theirs = stored if mine_removed else None
                    revision = elsewhere.revisions.get(target, -1)
                    found.append(ObjectConflict(target, stored, theirs, now, revision))
    return found


def _next_ids(connection: Connection, kind: Kind) -> int:
    tables = [TABLE_OF_KIND[kind]]
    if kind in SCENARIO_TABLE_OF_KIND:  # a scenario's own objects keep their ids
        tables.append(SCENARIO_TABLE_OF_KIND[kind])
    stored = max(connection.execute(sa.select(sa.func.max(t.c.id))).scalar() or 0 for t in tables)
    removed = connection.execute(
        sa.select(sa.func.max(removed_objects.c.object_id)).where(
            removed_objects.c.kind == kind.value
        )
    ).scalar()
    return max(stored, removed or 0, 0) + 1


def new_ids(connection: Connection, refs: Iterable[Ref]) -> dict[Ref, int]:
    """Real ids for the provisional ``refs``: above every stored and removed id of the kind."""
    found: dict[Ref, int] = {}
    for kind in Kind:
        provisional = sorted((r for r in refs if r.kind is kind), key=lambda r: -r.id)
        if provisional:
            first = _next_ids(connection, kind)
            found.update({ref: first + i for i, ref in enumerate(provisional)})
    return found


def save(
    connection: Connection,
    plan: Plan,
    touched: Iterable[Ref],
    info_touched: bool,
    state: Synced,
    display: str,
) -> Saved:
    """Write this planner's changes in the open transaction; see the module. The plan's row
    is locked first (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's transaction holds the
    write lock already), so saves run one after the other and each sees the others."""
    counter = connection.execute(
        sa.select(plan_info.c.change_counter).with_for_update()
    ).scalar_one()
    elsewhere = read_elsewhere(connection, state, display)
    mine = my_changes(plan, touched, state)
    info = my_info(plan, info_touched, state)
    found = conflicts(mine, info, elsewhere, state, plan)
    if found:
        raise ConflictError(found)
    revision = counter + 1
    assigned = new_ids(connection, [r for r, e in mine.items() if e and is_provisional(r.id)])

    def lookup(kind: Kind, object_id: int) -> int:
        return assigned.get(Ref(kind, object_id), plan.resolve(kind, object_id))

    by_kind: dict[Kind, list[Entity]] = {kind: [] for kind in Kind}
    for ref, entity in mine.items():
        if entity is not None:
            by_kind[ref.kind].append(renumbered(entity, ref.kind, lookup))
    for kind in reversed(TABLE_OF_KIND):
        stored = [r.id for r in mine if r.kind is kind and not is_provisional(r.id)]
        rows.delete(connection, kind, stored)
        _forget_removals(connection, kind, stored)
    for kind in TABLE_OF_KIND:
        rows.insert(connection, kind, by_kind[kind], revision)
    gone = [
        {"kind": r.kind.value, "object_id": r.id, "revision": revision}
        for r, e in mine.items()
        if e is None and not is_provisional(r.id)
    ]
    if gone:
        connection.execute(removed_objects.insert(), gone)
    if info is not None:
        rows.write_info(connection, info, revision, state.identity)
    moved = connection.execute(
        sa.update(plan_info)
        .where(plan_info.c.change_counter == counter)
        .values(change_counter=revision)
    )
    if moved.rowcount != 1:  # never, under the lock; but a save must not pass unchecked
        raise StorageError(MSG_REPLACED, location=display)
    for ref, entity in mine.items():
        state.take(ref, None)
        if entity is not None:
            new = renumbered(entity, ref.kind, lookup)
            state.take(Ref(ref.kind, new.id), new)
    if info is not None:
        state.info = info
    take_elsewhere(state, elsewhere, revision)
    return Saved(assigned, elsewhere, revision)


def take_elsewhere(state: Synced, elsewhere: Elsewhere, revision: int | None) -> None:
    """Note ``elsewhere`` as read; with ``revision``, the planner is in step with it."""
    for ref in elsewhere.removals:
        state.take(ref, None)
    for ref, entity in elsewhere.upserts.items():
        state.take(ref, entity)
    if elsewhere.info is not None:
        state.info = elsewhere.info
    if revision is None:
        state.seen.update(elsewhere.revisions.items())
    else:
        state.revision = revision
        state.seen.clear()


def _forget_removals(connection: Connection, kind: Kind, ids: list[int]) -> None:
    for start in range(0, len(ids), rows.CHUNK):
        chunk = ids[start : start + rows.CHUNK]
        connection.execute(
            sa.delete(removed_objects).where(
                removed_objects.c.kind == kind.value, removed_objects.c.object_id.in_(chunk)
            )
        )


def file_ids(plan: Plan, above: Mapping[Kind, int] | None = None) -> dict[Ref, int]:
    """Real ids for the provisional ids of a plan stored anew: after its highest of each kind
    (and after ``above``'s, the highest ids its scenarios hold)."""
    found: dict[Ref, int] = {}
    floors = above or {}
    for kind in Kind:
        ids = plan.objects(kind)
        provisional = sorted((i for i in ids if is_provisional(i)), reverse=True)
        real = max((i for i in ids if not is_provisional(i)), default=0)
        first = max(real, floors.get(kind, 0)) + 1
        found.update({Ref(kind, old): first + n for n, old in enumerate(provisional)})
    return found
