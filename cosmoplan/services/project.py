"""The project: one open plan, where it is stored, and the one way to change it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cosmoplan.domain import Plan, PlanInfo, Ref
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import Command
from cosmoplan.storage import PlanStore

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
    def open(cls, location: str | Path) -> Project:
        """Open a plan file or database URL (migrating an older schema after a backup)."""
        store, plan = PlanStore.open(location)
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
    def has_unsaved_changes(self) -> bool:
        """Whether commands ran since the last save (or the plan was never stored)."""
        return self.store is None or bool(self._touched) or self._info_touched

    def save(self) -> None:
        """Write the touched objects to the store in one transaction."""
        if self.store is None:
            raise RuntimeError("save_as() first: this plan has no location yet")
        self.store.save(self.plan, touched=set(self._touched))
        self._touched.clear()
        self._info_touched = False

    def save_as(self, location: str | Path) -> None:
        """Write the whole plan to a new location, which becomes the project's location."""
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
