"""The shared selection: which objects the planner has picked, the same in every view."""

from __future__ import annotations

from collections.abc import Iterable

from cosmoplan.domain import Ref
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate.observable import Observable


class Selection(Observable[frozenset[Ref]]):
    """A set of object refs. Map, tables and properties panel all read and set it; each
    subscriber gets the new set when it really changes."""

    def __init__(self) -> None:
        super().__init__()
        self._refs: frozenset[Ref] = frozenset()

    @property
    def refs(self) -> frozenset[Ref]:
        """The selected objects."""
        return self._refs

    def set(self, refs: Iterable[Ref]) -> None:
        """Replace the selection (subscribers hear only if it differs)."""
        new = frozenset(refs)
        if new != self._refs:
            self._refs = new
            self._notify(new)

    def toggle(self, ref: Ref) -> None:
        """Add or remove one object (Ctrl+click)."""
        self.set(self._refs ^ {ref})

    def clear(self) -> None:
        """Select nothing."""
        self.set(())

    def forget_removed(self, changes: Changes) -> None:
        """Drop objects that a change removed."""
        if self._refs & changes.removed:
            self.set(self._refs - changes.removed)
