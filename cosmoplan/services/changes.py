"""What a command changed: the value every view uses to refresh only what it shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cosmoplan.domain import Kind, Ref


@dataclass(frozen=True, slots=True)
class Changes:
    """Objects added, changed and removed by one command (or several, merged).

    ``elsewhere`` marks changes that did not come from this planner's commands: saved by
    another planner and merged in, or ids renumbered by a save. They are never part of the
    undo history.
    """

    added: frozenset[Ref] = frozenset()
    changed: frozenset[Ref] = frozenset()
    removed: frozenset[Ref] = frozenset()
    info_changed: bool = False
    elsewhere: bool = False

    @staticmethod
    def of(
        added: Iterable[Ref] = (),
        changed: Iterable[Ref] = (),
        removed: Iterable[Ref] = (),
        info_changed: bool = False,
        elsewhere: bool = False,
    ) -> Changes:
        """Build a Changes value from any iterables of refs."""
        return Changes(
            frozenset(added), frozenset(changed), frozenset(removed), info_changed, elsewhere
        )

    def merged(self, later: Changes) -> Changes:
        """The net effect of ``self`` followed by ``later``: an object added then changed is
        added, added then removed is nothing, removed then added is changed, changed then
        removed is removed."""
        added = (self.added - later.removed) | (later.added - self.removed)
        removed = (self.removed - later.added) | (later.removed - self.added)
        changed = ((self.changed | later.changed) | (self.removed & later.added)) - added - removed
        return Changes(
            added,
            changed,
            removed,
            self.info_changed or later.info_changed,
            self.elsewhere and later.elsewhere,
        )

    def mapped(self, resolve: Callable[[Ref], Ref]) -> Changes:
        """These changes with every ref passed through ``resolve`` (say, provisional ids
        renumbered by a save since a command kept for undo was made)."""
        return Changes(
            frozenset(map(resolve, self.added)),
            frozenset(map(resolve, self.changed)),
            frozenset(map(resolve, self.removed)),
            self.info_changed,
            self.elsewhere,
        )

    def inverted(self) -> Changes:
        """The changes of undoing this one."""
        return Changes(self.removed, self.changed, self.added, self.info_changed, self.elsewhere)

    @property
    def touched(self) -> frozenset[Ref]:
        """Every object concerned."""
        return self.added | self.changed | self.removed

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.added or self.changed or self.removed or self.info_changed)

    def kinds(self) -> set[Kind]:
        """The kinds of the objects concerned."""
        return {ref.kind for ref in self.touched}

    def ids(self, kind: Kind) -> tuple[set[int], set[int], set[int]]:
        """Added, changed and removed ids of one kind."""
        return (
            {r.id for r in self.added if r.kind is kind},
            {r.id for r in self.changed if r.kind is kind},
            {r.id for r in self.removed if r.kind is kind},
        )
