"""Rules and the catalogue that holds them; other packages register their own rules into it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator
from typing import Protocol, runtime_checkable

from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.impact import Impact
from cosmoplan.domain import Kind
from cosmoplan.messages import CosmoplanError, register

MSG_DUPLICATE_RULE = register(
    "analysis.duplicate_rule", "A rule with id {rule!r} is already in the catalogue."
)
MSG_UNKNOWN_RULE = register("analysis.unknown_rule", "There is no rule with id {rule!r}.")


@runtime_checkable
class Rule(Protocol):
    """One check of a plan.

    A rule is evaluated per *unit*: one object of kind :attr:`scope` (an allocation, a pad...).
    :meth:`check` yields, for the units asked, each finding with the id of the unit it was
    found for; the incremental checker replaces a unit's findings when it rechecks the unit.
    Every finding's key must be unique among the rule's findings.
    """

    @property
    def id(self) -> str:
        """Stable id, e.g. ``"allocation.overlap"`` (also the findings' ``rule``)."""

    @property
    def severity(self) -> Severity:
        """Severity of the rule's findings."""

    @property
    def title(self) -> str:
        """A short English name for lists and settings."""

    @property
    def description(self) -> str:
        """What the rule checks, in a sentence or three."""

    @property
    def scope(self) -> Kind:
        """The kind of object the rule is evaluated for."""

    @property
    def uses_check_date(self) -> bool:
        """Whether the findings depend on the date the plan is judged on (``context.at``):
        only such rules are checked again when that date moves."""

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        """Evaluate the units with these ids; yield ``(unit id, finding)`` pairs."""

    def affected(self, impact: Impact) -> Collection[int]:
        """Ids of the units whose findings a change may have changed."""

    def neighbours(self, context: CheckContext, allocation_id: int) -> Collection[int]:
        """Other units whose findings may name the allocation ``allocation_id`` (a candidate
        being tried, see :class:`cosmoplan.analysis.CandidateChecker`)."""


class RuleBase(ABC):
    """Convenience base: metadata as class attributes, the default impact for the scope."""

    id: str
    severity: Severity
    title: str
    description: str
    scope: Kind
    uses_check_date: bool = False

    @abstractmethod
    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        """Evaluate the units with these ids (see :class:`Rule`)."""

    def affected(self, impact: Impact) -> Collection[int]:
        """The default expansion of :class:`Impact` for this rule's scope."""
        return impact.ids(self.scope)

    def neighbours(self, context: CheckContext, allocation_id: int) -> Collection[int]:
        """None by default: the rule's findings about an allocation are found for it."""
        return ()

    def __repr__(self) -> str:
        return f"<rule {self.id}>"


class RuleCatalogue:
    """An ordered set of rules by id."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            self.register(rule)

    def register(self, rule: Rule, *, replace: bool = False) -> Rule:
        """Add ``rule``; with ``replace``, swap the rule of the same id (in place)."""
        if rule.id in self._rules and not replace:
            raise CosmoplanError(MSG_DUPLICATE_RULE, rule=rule.id)
        self._rules[rule.id] = rule
        return rule

    def unregister(self, rule_id: str) -> Rule:
        """Remove the rule with this id and return it."""
        try:
            return self._rules.pop(rule_id)
        except KeyError:
            raise CosmoplanError(MSG_UNKNOWN_RULE, rule=rule_id) from None

    def get(self, rule_id: str) -> Rule:
        """The rule with this id."""
        try:
            return self._rules[rule_id]
        except KeyError:
            raise CosmoplanError(MSG_UNKNOWN_RULE, rule=rule_id) from None

    def copy(self) -> RuleCatalogue:
        """An independent catalogue with the same rules."""
        return RuleCatalogue(self._rules.values())

    def __iter__(self) -> Iterator[Rule]:
        return iter(list(self._rules.values()))

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules
