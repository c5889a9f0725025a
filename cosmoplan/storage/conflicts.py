"""Conflicts between this planner's unsaved changes and what others saved meanwhile.

A save that finds another planner changed or removed an object this planner also changed (or
removed what this planner's objects refer to) writes nothing and raises :class:`ConflictError`.
Each :class:`ObjectConflict` holds the object as this planner read it (``base``), as it is
stored now (``theirs``) and as this planner has it (``mine``); ``None`` means "not there"
(removed, or not yet created). Resolve with ``Project.resolve`` and save again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from cosmoplan.domain import Ref, display_name
from cosmoplan.messages import CosmoplanError, Message, register

MSG_CONFLICT = register(
    "storage.conflict",
    "Not saved: {kind} {name} was changed elsewhere too ({fields}){more}. "
    "Nothing was written; open the plan again and redo the change.",
)
MSG_MORE = register("storage.conflict_more", " and {count} other {count:plural:object|objects}")
SINGULAR = {
    "complexes": "complex",
    "pads": "pad",
    "facilities": "facility",
    "zones": "zone",
    "tenants": "tenant",
    "vehicles": "vehicle",
    "allocations": "allocation",
    "requests": "request",
}

#: The name of the pseudo-field of an object removed on one side.
REMOVED_FIELD = "(removed)"


class Choice(StrEnum):
    """How to resolve a conflict (or one field of it)."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class FieldConflict:
    """One field on which theirs and mine differ (``None`` values of a removed side)."""

    name: str
    base: Any
    theirs: Any
    mine: Any


@dataclass(frozen=True)
class ObjectConflict:
    """One object both sides changed; ``revision`` is the stored revision of theirs."""

    ref: Ref | None  # None: the plan's own properties (a PlanInfo on each side)
    base: Any
    theirs: Any
    mine: Any
    revision: int

    @property
    def fields(self) -> tuple[FieldConflict, ...]:
        """The fields on which theirs and mine differ; one ``(removed)`` pseudo-field when
        one side removed the object."""
        if self.theirs is None or self.mine is None:
            return (FieldConflict(REMOVED_FIELD, self.base, self.theirs, self.mine),)
        return tuple(
            FieldConflict(f.name, _value(self.base, f.name), theirs, mine)
            for f in fields(self.mine)
            if (theirs := getattr(self.theirs, f.name)) != (mine := getattr(self.mine, f.name))
        )

    @property
    def name(self) -> str:
        """A short name of the object (mine, theirs or base: whichever exists)."""
        if self.ref is None:
            return "properties"
        entity = self.mine or self.theirs or self.base
        return display_name(entity) if entity is not None else str(self.ref.id)

    def resolved(self, choice: Choice | Mapping[str, Choice]) -> Any:
        """The object as it should be: mine, theirs, or theirs with the fields chosen mine."""
        if choice == Choice.MINE:
            return self.mine
        if choice == Choice.THEIRS:
            return self.theirs
        if self.theirs is None or self.mine is None:
            raise ValueError("a removed object is resolved whole: mine or theirs")
        values = {f.name: getattr(self.theirs, f.name) for f in fields(self.theirs)}
        values.update(
            {name: getattr(self.mine, name) for name, c in choice.items() if c == Choice.MINE}
        )
        return type(self.theirs)(**values)


def _value(entity: Any, name: str) -> Any:
    return None if entity is None else getattr(entity, name)


class ConflictError(CosmoplanError):
    """A save found conflicts (:attr:`conflicts`) and wrote nothing."""

    def __init__(self, conflicts: list[ObjectConflict]) -> None:
        first = conflicts[0]
        others = len(conflicts) - 1
        super().__init__(
            MSG_CONFLICT,
            kind="plan" if first.ref is None else SINGULAR[first.ref.kind.value],
            name=first.name,
            fields=", ".join(f.name for f in first.fields),
            more=Message(MSG_MORE, {"count": others}) if others else "",
        )
        self.conflicts = conflicts
