"""Find objects by what a planner types: a pad's code, a name, a tenant's name, a site.

The index keeps one entry per object, with the texts it can be found by, casefolded, in the
order hits come among equals; a search is a few substring scans over them (every word typed
must occur), ranked: an object's own code or name equal to the text first, then starting with
it, then any of its texts or their words starting with it, then containing it. Changes mark
entries stale and the next search rebuilds them (all of them when a name other objects are
found by changed: a pad's code, a tenant's name…).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import chain, islice

from cosmoplan.domain import (
    Allocation,
    Entity,
    Facility,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Ref,
    Tenant,
    Vehicle,
    Zone,
    natural_key,
)
from cosmoplan.messages import Message
from cosmoplan.names import name_of
from cosmoplan.services.changes import Changes
from cosmoplan.services.tables.columns import complex_label, pad_code, tenant_name, vehicle_name

#: The kinds found, in the order their hits come among equals.
SEARCHED = (
    Kind.PAD,
    Kind.COMPLEX,
    Kind.FACILITY,
    Kind.ZONE,
    Kind.TENANT,
    Kind.VEHICLE,
    Kind.ALLOCATION,
)
_KIND_ORDER = {kind: index for index, kind in enumerate(SEARCHED)}
#: Kinds whose names other objects are found by (a pad by its complex, an allocation by its
#: tenant, vehicle and pad): a change to one rebuilds the whole index.
NAMED_BY_OTHERS = frozenset({Kind.COMPLEX, Kind.PAD, Kind.TENANT, Kind.VEHICLE})
#: At most this many hits are returned.
LIMIT = 50
_SEPARATOR = "\x1f"


class Rank(IntEnum):
    """How well an object matches, best first."""

    EXACT = 0  # one of its own codes or names is the text
    PREFIX = 1  # one of its own codes or names starts with the text
    WORD = 2  # one of its texts, or a word of one, starts with the text
    CONTAINS = 3  # one of its texts contains the text


@dataclass(frozen=True, slots=True)
class Hit:
    """One object found: its ref, what it is called and what tells it apart."""

    ref: Ref
    title: str | Message
    detail: str
    rank: Rank


@dataclass(frozen=True, slots=True)
class _Entry:
    ref: Ref
    own: tuple[str, ...]  # its own codes and names, casefolded
    texts: str  # every text it is found by, casefolded, each after a separator
    order: tuple[int, str]


#: How many of the texts of an object of each kind are its own codes and names (the others
#: are those of the objects it belongs to).
_OWN = {
    Kind.PAD: 2,
    Kind.COMPLEX: 3,
    Kind.FACILITY: 1,
    Kind.ZONE: 1,
    Kind.TENANT: 1,
    Kind.VEHICLE: 1,
    Kind.ALLOCATION: 0,
}


def _texts(plan: Plan, entity: Entity) -> list[str]:
    """The texts an object is found by: its own codes and names first (see :data:`_OWN`)."""
    if isinstance(entity, Pad):
        return [entity.code, entity.name, complex_label(plan, entity.complex_id)]
    if isinstance(entity, LaunchComplex):
        return [entity.label, entity.site, entity.name]
    if isinstance(entity, Facility):
        return [entity.name, complex_label(plan, entity.complex_id)]
    if isinstance(entity, Zone):
        holder = "" if entity.tenant_id is None else tenant_name(plan, entity.tenant_id)
        return [entity.name, holder]
    if isinstance(entity, Tenant):
        return [entity.name, entity.country]
    if isinstance(entity, Vehicle):
        return [entity.name, tenant_name(plan, entity.tenant_id)]
    if isinstance(entity, Allocation):
        vehicle, tenant = vehicle_name(plan, entity.vehicle_id), tenant_name(plan, entity.tenant_id)
        return [vehicle, tenant, pad_code(plan, entity.pad_id), str(entity.id)]
    raise TypeError(f"not searched: {entity!r}")


def _hit(plan: Plan, ref: Ref, rank: Rank) -> Hit:
    """A hit, named as a planner names the object and told apart by a detail."""
    entity = plan.get(ref.kind, ref.id)
    texts = _texts(plan, entity)
    if isinstance(entity, Allocation):
        title: str | Message = name_of(plan, ref)
        detail = texts[1]
    elif isinstance(entity, Pad):
        title, detail = entity.code, ", ".join(t for t in texts[1:] if t)
    else:
        title, detail = texts[0], texts[-1] if texts[-1] != texts[0] else ""
    return Hit(ref, title, detail, rank)


def _entry(plan: Plan, kind: Kind, entity: Entity) -> _Entry:
    texts = _texts(plan, entity)
    folded = [text.casefold() for text in texts]
    joined = "".join(_SEPARATOR + text for text in folded if text)
    own = tuple(text for text in folded[: _OWN[kind]] if text)
    return _Entry(Ref(kind, entity.id), own, joined, (_KIND_ORDER[kind], natural_key(texts[0])))


class SearchIndex:
    """What can be found in a plan, kept current by :meth:`apply`."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._entries: dict[Ref, _Entry] = {}
        self._ordered: list[_Entry] = []  # best order among equal ranks
        self._texts: list[str] = []  # the entries' texts, in that order
        self._owns: list[str] = []  # their own codes and names, in that order
        self._by_own: dict[str, list[int]] = {}  # where each code or name is
        self._stale: set[Ref] = set()
        self._rebuild = True

    def apply(self, changes: Changes) -> None:
        """Note what ``changes`` touched; the next search brings it up to date."""
        for kind in changes.kinds() & set(SEARCHED):
            added, changed, removed = changes.ids(kind)
            self._stale.update(Ref(kind, i) for i in added | changed | removed)

    def _refresh(self) -> None:
        """Bring the entries up to date: those changed, or all when a name others are found
        by changed."""
        plan, entries = self.plan, self._entries
        if not self._rebuild and not self._stale:
            return
        for ref in self._stale if not self._rebuild else ():
            entity = plan.find(ref.kind, ref.id)
            old = entries.pop(ref, None)
            if entity is None:
                self._rebuild |= ref.kind in NAMED_BY_OTHERS
                continue
            entry = entries[ref] = _entry(plan, ref.kind, entity)
            renamed = old is None or old.own != entry.own
            self._rebuild |= renamed and ref.kind in NAMED_BY_OTHERS and old is not None
        if self._rebuild:
            entries = self._entries = {
                Ref(kind, entity.id): _entry(plan, kind, entity)
                for kind in SEARCHED
                for entity in plan.objects(kind).values()
            }
        self._ordered = sorted(entries.values(), key=lambda entry: entry.order)
        self._texts = [entry.texts for entry in self._ordered]
        self._owns = ["".join(_SEPARATOR + text for text in e.own) for e in self._ordered]
        self._by_own = {}
        for index, entry in enumerate(self._ordered):
            for text in set(entry.own):
                self._by_own.setdefault(text, []).append(index)
        self._rebuild = False
        self._stale.clear()

    def search(self, text: str, limit: int = LIMIT) -> list[Hit]:
        """The objects every word of ``text`` occurs in (any case), best first: see
        :class:`Rank`; among equals, by kind (pads first) and name. Each rank is looked for
        in the entries' order and the search stops at ``limit`` hits, so a common text is as
        quick as a rare one."""
        self._refresh()
        words = text.casefold().split()
        if not words:
            return []
        needle = " ".join(words)
        texts, owns = self._texts, self._owns
        candidates: Sequence[int] = range(len(texts))
        exact = self._by_own.get(needle, [])
        if len(words) > 1:  # every word somewhere; the words together rank higher
            candidates = [i for i in candidates if all(word in texts[i] for word in words)]
            exact = [i for i in exact if i in set(candidates)]
        at_start, after_space = _SEPARATOR + needle, " " + needle
        exactly = set(exact)

        def word_starts(i: int) -> bool:
            return at_start in texts[i] or after_space in texts[i]

        ranked = chain(
            ((Rank.EXACT, i) for i in exact),
            ((Rank.PREFIX, i) for i in candidates if at_start in owns[i] and i not in exactly),
            ((Rank.WORD, i) for i in candidates if at_start not in owns[i] and word_starts(i)),
            (
                (Rank.CONTAINS, i)
                for i in candidates
                if (len(words) > 1 or needle in texts[i]) and not word_starts(i)
            ),
        )
        ordered, plan = self._ordered, self.plan
        return [_hit(plan, ordered[i].ref, rank) for rank, i in islice(ranked, limit)]
