"""Findings kept current as the plan changes: only what a change touches is checked again."""

from __future__ import annotations

from collections.abc import Iterable, Set
from datetime import date
from typing import Protocol

from cosmoplan.analysis.catalogue import RuleCatalogue
from cosmoplan.analysis.check import run_rule
from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding, FindingsDelta, sorted_findings
from cosmoplan.analysis.impact import Impact
from cosmoplan.analysis.rules import RULES
from cosmoplan.domain import Entity, Kind, Plan, Ref
from cosmoplan.memory import collector_paused


class ChangeSet(Protocol):
    """What :meth:`IncrementalChecker.update` needs of a change: the objects it touched.

    ``cosmoplan.services.changes.Changes`` is one (analysis may not import services).
    """

    @property
    def touched(self) -> Set[Ref]:
        """Every object added, changed or removed."""


class IncrementalChecker:
    """The findings of one plan, updated from each command's :class:`Changes`.

    Call :meth:`update` after every change of the plan (in order, none skipped); the
    findings then equal those of a full :func:`check_plan`. The rules are those of
    ``catalogue`` (default :data:`RULES`) when the checker is made.
    """

    def __init__(
        self, plan: Plan, at: date | None = None, catalogue: RuleCatalogue | None = None
    ) -> None:
        self._plan = plan
        self._rules = list(catalogue if catalogue is not None else RULES)
        self._context = CheckContext(plan, at)
        self._mirror: dict[Kind, dict[int, Entity]] = {k: dict(plan.objects(k)) for k in Kind}
        self._store: dict[str, dict[int, list[Finding]]] = {}
        self._sorted: list[Finding] | None = None
        self._fill()

    @property
    def at(self) -> date:
        """The date the plan is judged on."""
        return self._context.at

    @property
    def findings(self) -> list[Finding]:
        """Every current finding, sorted as :func:`check_plan` sorts them."""
        if self._sorted is None:
            with collector_paused():
                self._sorted = sorted_findings(
                    f for units in self._store.values() for found in units.values() for f in found
                )
        return list(self._sorted)

    def update(self, changes: ChangeSet) -> FindingsDelta:
        """Recheck what ``changes`` may affect; return the findings removed and added."""
        versions: dict[Ref, tuple[Entity | None, Entity | None]] = {}
        for ref in changes.touched:
            before = self._mirror[ref.kind].get(ref.id)
            after = self._plan.find(ref.kind, ref.id)
            if before is after:
                continue
            versions[ref] = (before, after)
            if after is None:
                del self._mirror[ref.kind][ref.id]
            else:
                self._mirror[ref.kind][ref.id] = after
        if not versions:
            return FindingsDelta()
        self._context.apply(versions.values())
        impact = Impact(self._context, versions)
        old: list[Finding] = []
        new: list[Finding] = []
        for rule in self._rules:
            units = rule.affected(impact)
            if not units:
                continue
            store = self._store[rule.id]
            for unit in units:
                old.extend(store.pop(unit, ()))
            for unit, finding in rule.check(self._context, units):
                store.setdefault(unit, []).append(finding)
                new.append(finding)
        return self._delta(old, new)

    def set_at(self, at: date) -> FindingsDelta:
        """Judge the plan on another date: the rules whose findings depend on it are checked
        again, the others keep theirs."""
        self._context.at = at
        old: list[Finding] = []
        new: list[Finding] = []
        for rule in self._rules:
            if not rule.uses_check_date:
                continue
            old += [f for found in self._store[rule.id].values() for f in found]
            units: dict[int, list[Finding]] = {}
            for unit, finding in run_rule(rule, self._context):
                units.setdefault(unit, []).append(finding)
                new.append(finding)
            self._store[rule.id] = units
        return self._delta(old, new)

    def recheck_all(self) -> FindingsDelta:
        """Check the whole plan again, e.g. after changes made without :meth:`update`."""
        old = [f for units in self._store.values() for found in units.values() for f in found]
        self._context = CheckContext(self._plan, self._context.at)
        self._mirror = {kind: dict(self._plan.objects(kind)) for kind in Kind}
        self._fill()
        new = [f for units in self._store.values() for found in units.values() for f in found]
        return self._delta(old, new)

    def _fill(self) -> None:
        self._store = {}
        with collector_paused():
            for rule in self._rules:
                units: dict[int, list[Finding]] = {}
                for unit, finding in run_rule(rule, self._context):
                    units.setdefault(unit, []).append(finding)
                self._store[rule.id] = units
        self._sorted = None

    def _delta(self, old: Iterable[Finding], new: Iterable[Finding]) -> FindingsDelta:
        old_by_key = {f.key: f for f in old}
        new_by_key = {f.key: f for f in new}
        removed = tuple(f for k, f in old_by_key.items() if new_by_key.get(k) != f)
        added = tuple(f for k, f in new_by_key.items() if old_by_key.get(k) != f)
        if removed or added:
            self._sorted = None
        return FindingsDelta(added, removed)
