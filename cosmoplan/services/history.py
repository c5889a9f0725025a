"""The undo history of one open plan: its entries and where we stand among them.

An entry is one undo step: one command, or the commands of a group done as one. The history
knows nothing of plans; :class:`cosmoplan.services.project.Project` runs the commands and
records them here. Listeners hear of every move (a new entry, an undo, a redo), so the GUI's
Undo and Redo actions and the Undo History panel follow it. Whether the plan differs from what
was saved is the project's to say (:attr:`Project.has_unsaved_changes`), not the history's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cosmoplan.messages import Message
from cosmoplan.services.commands import Command

Listener = Callable[[], None]


@dataclass(frozen=True, slots=True)
class Entry:
    """One undo step: what it is called and the commands it holds, in the order done."""

    text: Message
    commands: tuple[Command, ...]


class History:
    """Entries done (before :attr:`index`) and undone (after it)."""

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._index = 0
        self._listeners: list[Listener] = []

    # -- reading -------------------------------------------------------------------------
    @property
    def entries(self) -> Sequence[Entry]:
        """Every entry, done and undone, oldest first."""
        return tuple(self._entries)

    @property
    def index(self) -> int:
        """How many entries are done (the position between done and undone)."""
        return self._index

    @property
    def can_undo(self) -> bool:
        """Whether an entry is done."""
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        """Whether an undone entry waits to be redone."""
        return self._index < len(self._entries)

    @property
    def next_undo(self) -> Entry | None:
        """The entry an undo would undo."""
        return self._entries[self._index - 1] if self.can_undo else None

    @property
    def next_redo(self) -> Entry | None:
        """The entry a redo would redo."""
        return self._entries[self._index] if self.can_redo else None

    # -- moving --------------------------------------------------------------------------
    def record(self, entry: Entry) -> None:
        """Add a done entry; the undone ones are dropped."""
        del self._entries[self._index :]
        self._entries.append(entry)
        self._index += 1
        self._tell()

    def step_back(self) -> None:
        """:attr:`next_undo` was undone: the index moves before it."""
        if not self.can_undo:
            raise IndexError("nothing to undo")
        self._index -= 1
        self._tell()

    def step_forward(self) -> None:
        """:attr:`next_redo` was redone: the index moves after it."""
        if not self.can_redo:
            raise IndexError("nothing to redo")
        self._index += 1
        self._tell()

    # -- listening -----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every move; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener()
