"""The project: one open plan, where it is stored, and the one way to change it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from cosmoplan.domain import Plan, PlanInfo, Ref
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import Command, removal_closure
from cosmoplan.storage import PlanStore
from cosmoplan.storage.conflicts import Choice, ObjectConflict
from cosmoplan.storage.sync import Elsewhere, file_ids

#: How to resolve one conflict: keep mine, take theirs, or choose per field.
Resolution = Choice | Mapping[str, Choice]

Listener = Callable[[Changes], None]


class Project:
    """An open plan. Every change goes through :meth:`execute` or :meth:`undo`.

    Listeners receive the :class:`Changes` of each command, so views refresh only what they
    show. Saving writes, in one transaction, only the objects touched since the last save.
    """

    def __init__(self, plan: Plan, store: PlanStore | None = None) -> None:
        self.plan = plan
        self.store = store
        self._listeners: list[Listener] = []
        self._touched: set[Ref] = set()
        self._info_touched = False

    # -- lifecycle -----------------------------------------------------------------------
    @classmethod
    def new(cls, info: PlanInfo | None = None) -> Project:
        """An empty plan, not yet stored anywhere."""
        return cls(Plan(info))

    @classmethod
    def open(cls, location: str | Path, *, read_only: bool = False) -> Project:
        """Open a plan file or database URL (migrating an older schema after a backup).

        ``read_only`` (forced for a file that cannot be written) never writes anything.
        """
        store, plan = PlanStore.open(location, read_only=read_only)
        return cls(plan, store)

    @classmethod
    def create(cls, location: str | Path, plan: Plan) -> Project:
        """Store ``plan`` at a new location and return it as an open project."""
        return cls(plan, PlanStore.create(location, plan))

    @property
    def location(self) -> str | None:
        """Where the plan is stored (a path or URL), or ``None`` if never saved."""
        return self.store.location if self.store is not None else None

    @property
    def read_only(self) -> bool:
        """Whether the plan is open for reading only (saving needs :meth:`save_as`)."""
        return self.store is not None and self.store.read_only

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether commands ran since the last save (or the plan was never stored)."""
        return self.store is None or bool(self._touched) or self._info_touched

    def save(self) -> Changes:
        """Write the touched objects to the store in one transaction, checked against what
        others saved meanwhile.

        New objects get their real ids and what others saved is merged in: both reach the
        listeners as :class:`Changes` made ``elsewhere`` (returned), outside the undo history.
        Raises :class:`~cosmoplan.storage.conflicts.ConflictError` (nothing written, nothing
        merged) when another planner changed the same objects: see :meth:`resolve`.
        """
        if self.store is None:
            raise RuntimeError("save_as() first: this plan has no location yet")
        saved = self.store.save(self.plan, set(self._touched), info_touched=self._info_touched)
        self._touched.clear()
        self._info_touched = False
        changes = self._renumbered(saved.new_ids).merged(self._merge(saved.elsewhere))
        self._notify(changes)
        self.store.checkpoint()
        return changes

    def refresh(self) -> Changes:
        """Merge what others saved since the last read or save (writes nothing).

        What conflicts with this planner's unsaved changes is left for :meth:`save` to report.
        """
        if self.store is None:
            return Changes(elsewhere=True)
        elsewhere = self.store.refresh(
            self.plan, set(self._touched), info_touched=self._info_touched
        )
        changes = self._merge(elsewhere)
        self._notify(changes)
        return changes

    def resolve(self, choices: Iterable[tuple[ObjectConflict, Resolution]]) -> Changes:
        """Resolve the conflicts of a failed save (keep mine, take theirs, or per field);
        then :meth:`save` again. The plan takes the chosen values, outside the undo history."""
        assert self.store is not None
        before: dict[Ref, bool] = {}
        info_changed = False
        for conflict, choice in choices:
            value = conflict.resolved(choice)
            self.store.accept(conflict)
            if conflict.ref is None:
                self.plan.info = PlanInfo(value.name, value.description)
                self._info_touched = True
                info_changed = True
                continue
            ref = conflict.ref
            gone = removal_closure(self.plan, [ref]) if value is None else set()
            for touched in gone | {ref}:
                before.setdefault(touched, self.plan.find(touched.kind, touched.id) is not None)
            self.plan.merge([] if value is None else [value], gone)
            self._touched |= gone | {ref}
        changes = self._presence_changes(before, info_changed)
        self._notify(changes)
        return changes

    def _renumbered(self, new_ids: Mapping[Ref, int]) -> Changes:
        if not new_ids:
            return Changes(elsewhere=True)
        changed = self.plan.renumber(new_ids)
        added = [Ref(ref.kind, real) for ref, real in new_ids.items()]
        return Changes.of(added=added, changed=changed, removed=new_ids, elsewhere=True)

    def _merge(self, elsewhere: Elsewhere) -> Changes:
        """Apply what others saved to the plan; the Changes it made."""
        if elsewhere.empty:
            return Changes(elsewhere=True)
        refs = set(elsewhere.upserts) | elsewhere.removals
        before = {ref: self.plan.find(ref.kind, ref.id) is not None for ref in refs}
        self.plan.merge(elsewhere.upserts.values(), elsewhere.removals)
        if elsewhere.info is not None:
            self.plan.info = PlanInfo(elsewhere.info.name, elsewhere.info.description)
        return self._presence_changes(before, elsewhere.info is not None)

    def _presence_changes(self, before: Mapping[Ref, bool], info_changed: bool) -> Changes:
        after = {ref: self.plan.find(ref.kind, ref.id) is not None for ref in before}
        return Changes.of(
            added=[r for r in before if after[r] and not before[r]],
            changed=[r for r in before if after[r] and before[r]],
            removed=[r for r in before if before[r] and not after[r]],
            info_changed=info_changed,
            elsewhere=True,
        )

    def _notify(self, changes: Changes) -> None:
        """Tell the listeners about changes that are not this planner's commands."""
        if not changes.empty:
            for listener in list(self._listeners):
                listener(changes)

    def save_as(self, location: str | Path) -> None:
        """Write the whole plan to a new location, which becomes the project's location."""
        self._notify(self._renumbered(file_ids(self.plan)))
        new_store = PlanStore.create(location, self.plan)
        if self.store is not None:
            self.store.close()
        self.store = new_store
        self._touched.clear()
        self._info_touched = False

    def close(self) -> None:
        """Release the store (unsaved changes are the caller's business)."""
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- changing ------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def execute(self, command: Command) -> Changes:
        """Run ``command`` and tell the listeners what changed."""
        return self._publish(command.do(self.plan))

    def undo(self, command: Command) -> Changes:
        """Undo ``command`` (which must be the last one done) and tell the listeners."""
        return self._publish(command.undo(self.plan))

    def _publish(self, changes: Changes) -> Changes:
        self._touched |= changes.touched
        self._info_touched |= changes.info_changed
        for listener in list(self._listeners):
            listener(changes)
        return changes
