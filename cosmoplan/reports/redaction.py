"""The one redaction of a tenant report: every free text that reaches it, told without the names
of anyone else.

A :class:`Redactor` knows the other tenants' names, the distinctive words of those names and
their vehicles' names, and the tenant's own names (its name and its vehicles'). It replaces each
other name that stands as a whole word (case-insensitive, any script) by :data:`WITHHELD`,
except where it is part of one of the tenant's own names: in the report of "Skyroot Aerospace",
"Skyroot" (another tenant) is withheld but "Skyroot Aerospace" is not.

:func:`redact` applies it to every text of a report at once (cover, map labels and legend,
timeline, findings, tenant part), so no text can slip past by being added later.
"""

from __future__ import annotations

import dataclasses
import re
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

from cosmoplan.domain import Plan, Tenant

#: What stands in for a withheld name.
WITHHELD = "[…]"
#: Words that say what kind of body a tenant is, not which one: never distinctive on their own.
GENERIC_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "for",
        "de",
        "la",
        "le",
        "du",
        "des",
        "a",
        "an",
        "&",
        "inc",
        "ltd",
        "llc",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "co",
        "corp",
        "corporation",
        "company",
        "group",
        "agency",
        "state",
        "national",
        "international",
        "space",
        "aerospace",
        "systems",
        "technologies",
        "technology",
        "launch",
        "services",
        "industries",
        "holding",
        "holdings",
        "limited",
        "jsc",
        "ojsc",
        "pjsc",
        "и",
        "ғарыш",
        "ғарыштық",
        "космос",
        "космический",
        "агентство",
        "корпорация",
        "компания",
        "ао",
        "оао",
        "пао",
        "зао",
        "ооо",
        "фгуп",
        "гк",
        "ак",
    ]
)
#: Fields of report data that hold machine keys (never printed as text): left as they are.
MACHINE_FIELDS = frozenset(
    {"id", "rule", "colour", "hash_basis", "content_hash", "version", "language"}
)

T = TypeVar("T")


def name_words(name: str) -> list[str]:
    """The words of a name that tell it apart: not generic, at least two letters or digits."""
    return [
        word
        for word in re.findall(r"\w+", name)
        if word.casefold() not in GENERIC_WORDS and len(word) >= 2
    ]


class Redactor:
    """Withholds the names of tenants other than ``tenant``, their name words and vehicles."""

    def __init__(self, plan: Plan, tenant: Tenant) -> None:
        own = {tenant.name, *(v.name for v in plan.vehicles() if v.tenant_id == tenant.id)}
        own_keys = {o.casefold() for o in own}
        own_words = {w.casefold() for o in own for w in re.findall(r"\w+", o)}
        names = {t.name for t in plan.tenants() if t.id != tenant.id}
        names.update(v.name for v in plan.vehicles() if v.tenant_id != tenant.id)
        words = {w for t in plan.tenants() if t.id != tenant.id for w in name_words(t.name)}
        words = {w for w in words if w.casefold() not in own_words}  # shared words tell nothing
        self.own = sorted(own)
        self.others = sorted(o for o in names | words if o.strip() and o.casefold() not in own_keys)
        self._own_keys = frozenset(o.casefold() for o in own)
        self._pattern = _pattern(tuple(self.own), tuple(self.others))

    def text(self, value: str) -> str:
        """``value`` with every other tenant's name, name word and vehicle withheld."""
        if self._pattern is None or not value:
            return value
        own = self._own_keys
        return self._pattern.sub(lambda m: m[0] if m[0].casefold() in own else WITHHELD, value)

    def names_withheld(self) -> list[str]:
        """What this redactor withholds (other tenants' names, their words, their vehicles)."""
        return list(self.others)


@lru_cache(maxsize=64)
def _pattern(own: tuple[str, ...], others: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pass over own names (kept) and other names (withheld), longest first, so that the
    longest name at each place wins (an own name containing another's keeps it)."""
    if not others:
        return None
    names = sorted({*own, *others}, key=lambda n: (-len(n), n))
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def redact(value: T, redactor: Redactor) -> T:
    """``value`` (report data: dataclasses, tuples, strings) with every text redacted."""
    return _walk(value, redactor)


def _walk(value: Any, redactor: Redactor) -> Any:
    if type(value) is str:
        return redactor.text(value)
    if isinstance(value, Enum | bool | int | float) or value is None:
        return value
    if isinstance(value, tuple):
        return tuple(_walk(v, redactor) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _walk(getattr(value, f.name), redactor)
            for f in dataclasses.fields(value)
            if f.name not in MACHINE_FIELDS
        }
        return dataclasses.replace(value, **changes)
    return value
