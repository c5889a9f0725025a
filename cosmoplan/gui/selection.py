"""The shared selection: which objects the planner has picked, synchronised across views."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from cosmoplan.domain import Ref
from cosmoplan.services.changes import Changes


class Selection(QObject):
    """A set of object refs. Map, tables and properties panel all read and set it."""

    changed = Signal(object)  # frozenset[Ref]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._refs: frozenset[Ref] = frozenset()

    @property
    def refs(self) -> frozenset[Ref]:
        """The selected objects."""
        return self._refs

    def set(self, refs: Iterable[Ref]) -> None:
        """Replace the selection (emits only if it differs)."""
        new = frozenset(refs)
        if new != self._refs:
            self._refs = new
            self.changed.emit(new)

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
