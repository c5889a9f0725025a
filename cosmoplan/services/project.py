"""The project: one open plan, where it is stored, its undo history, and the one way to
change it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from cosmoplan.domain import Entity, Plan, PlanInfo, Ref
from cosmoplan.messages import Message
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import Command, removal_closure
from cosmoplan.services.history import Entry, History
from cosmoplan.services.merging import merge, presence, presence_changes, renumber
from cosmoplan.storage import PlanStore
from cosmoplan.storage.conflicts import Choice, ObjectConflict
from cosmoplan.storage.scenario_rows import Carried, highest_ids
from cosmoplan.storage.sync import file_ids

#: How to resolve one conflict: keep mine, take theirs, or choose per field.
Resolution = Choice | Mapping[str, Choice]

Listener = Callable[[Changes], None]


class _Group:
    """Commands done inside :meth:`Project.group`, not yet recorded nor published."""

    def __init__(self, text: Message) -> None:
        self.text = text
        self.commands: list[Command] = []
        self.changes = Changes()


class Project:
    """An open plan. Every change goes through :meth:`execute`, :meth:`undo` or :meth:`redo`.

    Listeners receive the :class:`Changes` of each step (one merged value for a group), so
    views refresh only what they show. :attr:`history` holds the undo steps and the saved
    point; :attr:`has_unsaved_changes` is the one truth about unsaved work. Saving writes, in
    one transaction, only the objects touched since the last save.
    """

    def __init__(
        self, plan: Plan, store: PlanStore | None = None, *, unsaved: bool = False
    ) -> None:
        """``unsaved``: the plan already differs from any saved one (a recovered copy). A plan
        with content and no store is unsaved too; a new empty one has nothing to lose."""
        self.plan = plan
        self.store = store
        self.history = History()
        self._listeners: list[Listener] = []
        self._group: _Group | None = None
        #: The saved state of every object changed since the last save (``None``: absent).
        self._saved_objects: dict[Ref, Entity | None] = {}
        self._saved_info = (plan.info.name, plan.info.description)
        self._never_saved = unsaved or (store is None and any(plan.counts().values()))
        plan.watcher = self._before_change

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
    def create(cls, location: str | Path, plan: Plan, scenarios: Carried | None = None) -> Project:
        """Store ``plan`` (with the ``scenarios`` another store carried) at a new location
        and return it as an open project."""
        return cls(plan, PlanStore.create(location, plan, scenarios))

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
        """Whether the plan differs from what was last saved: an edit undone, or an object
        added and removed again, leaves nothing unsaved."""
        info = (self.plan.info.name, self.plan.info.description)
        if self._never_saved or info != self._saved_info:
            return True
        objects = self.plan.objects
        return any(objects(r.kind).get(r.id) != saved for r, saved in self._saved_objects.items())

    @property
    def _info_differs(self) -> bool:
        return (self.plan.info.name, self.plan.info.description) != self._saved_info

    def save(self) -> Changes:
        """Write the objects changed since the last save to the store, in one transaction,
        checked against what others saved meanwhile.

        New objects get their real ids and what others saved is merged in: both reach the
        listeners as :class:`Changes` made ``elsewhere`` (returned), outside the undo history.
        Raises :class:`~cosmoplan.storage.conflicts.ConflictError` (nothing written, nothing
        merged) when another planner changed the same objects: see :meth:`resolve`.
        """
        if self.store is None:
            raise RuntimeError("save_as() first: this plan has no location yet")
        saved = self.store.save(
            self.plan, set(self._saved_objects), info_touched=self._info_differs
        )
        self._saved()
        changes = renumber(self.plan, saved.new_ids).merged(merge(self.plan, saved.elsewhere))
        self._saved_info = (self.plan.info.name, self.plan.info.description)
        self._publish(changes)
        self.store.checkpoint()
        return changes

    def refresh(self) -> Changes:
        """Merge what others saved since the last read or save (writes nothing).

        What conflicts with this planner's unsaved changes is left for :meth:`save` to report.
        """
        if self.store is None:
            return Changes(elsewhere=True)
        unsaved_info = self._info_differs
        elsewhere = self.store.refresh(
            self.plan, set(self._saved_objects), info_touched=unsaved_info
        )
        changes = merge(self.plan, elsewhere)
        if not unsaved_info:  # their name and description are what is saved now
            self._saved_info = (self.plan.info.name, self.plan.info.description)
        return self._publish(changes)

    def resolve(self, choices: Iterable[tuple[ObjectConflict, Resolution]]) -> Changes:
        """Resolve the conflicts of a failed save (keep mine, take theirs, or per field);
        then :meth:`save` again. The plan takes the chosen values, outside the undo history;
        what is stored now is what the chosen values are compared with to say what is
        unsaved."""
        assert self.store is not None
        before: dict[Ref, bool] = {}
        info_changed = False
        for conflict, choice in choices:
            value = conflict.resolved(choice)
            self.store.accept(conflict)
            if conflict.ref is None:
                self.plan.info = PlanInfo(value.name, value.description)
                info_changed = True
                continue
            ref = conflict.ref
            gone = removal_closure(self.plan, [ref]) if value is None else set()
            for touched in gone | {ref}:
                self._saved_objects.setdefault(touched, self.plan.find(touched.kind, touched.id))
            self._saved_objects[ref] = conflict.theirs
            before.update(presence(self.plan, (gone | {ref}) - set(before)))
            self.plan.merge([] if value is None else [value], gone)
        return self._publish(presence_changes(self.plan, before, info_changed))

    def save_as(self, location: str | Path) -> None:
        """Write the whole plan, and its scenarios, to a new location, which becomes the
        project's location."""
        carried = self.store.carried() if self.store is not None else {}
        self._publish(renumber(self.plan, file_ids(self.plan, highest_ids(carried))))
        new_store = PlanStore.create(location, self.plan, carried)
        if self.store is not None:
            self.store.close()
        self.store = new_store
        self._saved()

    def _saved(self) -> None:
        self._saved_objects.clear()
        self._saved_info = (self.plan.info.name, self.plan.info.description)
        self._never_saved = False

    def _before_change(self, ref: Ref, old: Entity | None) -> None:
        self._saved_objects.setdefault(ref, old)

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
        """Run ``command``, record it as one undo step and tell the listeners what changed.

        Inside :meth:`group` the command joins the group instead: recorded and published with
        it. A command that raises changes nothing and records nothing.
        """
        changes = command.do(self.plan)
        if self._group is not None:
            self._group.commands.append(command)
            self._group.changes = self._group.changes.merged(changes)
            return changes
        self.history.record(Entry(command.text, (command,)))
        return self._publish(changes)

    @contextmanager
    def group(self, text: Message) -> Iterator[None]:
        """Commands executed inside are one undo step called ``text``, published as one
        merged :class:`Changes` at the end. If the block raises, what it did is undone and
        nothing is recorded. A group inside a group joins the outer one."""
        if self._group is not None:
            yield
            return
        self._group = group = _Group(text)
        try:
            yield
        except BaseException:
            self._group = None
            for command in reversed(group.commands):
                command.undo(self.plan)
            raise
        self._group = None
        if group.commands:
            self.history.record(Entry(group.text, tuple(group.commands)))
            self._publish(group.changes)

    def undo(self) -> Changes:
        """Undo the last step done and tell the listeners."""
        entry = self.history.next_undo
        if entry is None or self._group is not None:
            return Changes()
        changes = Changes()
        for command in reversed(entry.commands):
            changes = changes.merged(command.undo(self.plan))
        self.history.step_back()
        return self._publish(changes)

    def redo(self) -> Changes:
        """Redo the last step undone and tell the listeners."""
        entry = self.history.next_redo
        if entry is None or self._group is not None:
            return Changes()
        changes = Changes()
        for command in entry.commands:
            changes = changes.merged(command.do(self.plan))
        self.history.step_forward()
        return self._publish(changes)

    def go_to(self, index: int) -> Changes:
        """Undo or redo until ``index`` steps are done; one merged :class:`Changes`."""
        if not 0 <= index <= len(self.history.entries) or self._group is not None:
            return Changes()
        changes = Changes()
        listeners, self._listeners = self._listeners, []
        try:
            while self.history.index > index:
                changes = changes.merged(self.undo())
            while self.history.index < index:
                changes = changes.merged(self.redo())
        finally:
            self._listeners = listeners
        return self._publish(changes)

    def _publish(self, changes: Changes) -> Changes:
        """Tell the listeners (the refs as the plan knows them now)."""
        changes = changes.mapped(self.plan.resolve_ref)
        if not changes.empty:
            for listener in list(self._listeners):
                listener(changes)
        return changes
