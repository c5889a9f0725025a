"""What the timeline marks on top of the rows, apart from the plan itself: conflicts from the
findings, the selection, and the bar being dragged. Plain data, shared by the painters."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cosmoplan.analysis import Finding, FindingsDelta, Severity
from cosmoplan.analysis.findings import FindingKey
from cosmoplan.analysis.rules.timeline import OverlapRule
from cosmoplan.domain import Allocation, Kind, Plan, Ref
from cosmoplan.services.viewstate.days import x_after, x_of


@dataclass
class Marks:
    """Conflicts, selection and drag state, by allocation and pad id."""

    conflicts: Counter[int] = field(default_factory=Counter)  # error findings per allocation
    overlaps: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    findings_of: dict[int, list[Finding]] = field(default_factory=dict)
    selected: set[int] = field(default_factory=set)
    selected_pads: set[int] = field(default_factory=set)
    dragged: int | None = None
    _spans: dict[int, dict[FindingKey, tuple[float, float]]] = field(default_factory=dict)

    def set_findings(self, findings: Iterable[Finding], plan: Plan) -> None:
        """Index the findings: errors make conflicts; overlaps give red spans on their pad's
        row (x from, x to)."""
        self.conflicts, self.overlaps, self.findings_of, self._spans = Counter(), {}, {}, {}
        self.apply(FindingsDelta(tuple(findings), ()), plan)

    def apply(self, delta: FindingsDelta, plan: Plan) -> None:
        """Follow a change of the findings without indexing them all again."""
        pads: set[int] = set()
        for finding, sign in [(f, -1) for f in delta.removed] + [(f, 1) for f in delta.added]:
            ids = [r.id for r in finding.subjects if r.kind is Kind.ALLOCATION]
            for allocation_id in ids:
                if sign > 0:
                    self.findings_of.setdefault(allocation_id, []).append(finding)
                else:
                    _discard(self.findings_of, allocation_id, finding)
            if finding.severity is Severity.ERROR:
                for allocation_id in ids:
                    self.conflicts[allocation_id] += sign
                    if self.conflicts[allocation_id] <= 0:
                        del self.conflicts[allocation_id]
                if finding.rule == OverlapRule.id and len(ids) >= 2:
                    pads |= self._overlap(plan, finding, ids[0], ids[1], sign > 0)
        for pad_id in pads:
            spans = list(self._spans.get(pad_id, {}).values())
            if spans:
                self.overlaps[pad_id] = spans
            else:
                self.overlaps.pop(pad_id, None)

    def _overlap(
        self, plan: Plan, finding: Finding, first_id: int, second_id: int, add: bool
    ) -> set[int]:
        """Add or drop the red span of an overlap finding; the pads whose spans changed."""
        if not add:
            return {pad for pad, spans in self._spans.items() if spans.pop(finding.key, None)}
        first = plan.find(Kind.ALLOCATION, first_id)
        second = plan.find(Kind.ALLOCATION, second_id)
        if not isinstance(first, Allocation) or not isinstance(second, Allocation):
            return set()
        start, end = max(first.start, second.start), min(first.end, second.end)
        if start > end or first.pad_id != second.pad_id:
            return set()
        self._spans.setdefault(first.pad_id, {})[finding.key] = (x_of(start), x_after(end))
        return {first.pad_id}

    def set_selection(self, refs: Iterable[Ref]) -> None:
        """Remember which allocations and pads are selected."""
        refs = list(refs)
        self.selected = {r.id for r in refs if r.kind is Kind.ALLOCATION}
        self.selected_pads = {r.id for r in refs if r.kind is Kind.PAD}


def _discard(index: dict[int, list[Finding]], allocation_id: int, finding: Finding) -> None:
    found = index.get(allocation_id)
    if found is None:
        return
    with contextlib.suppress(ValueError):
        found.remove(finding)
    if not found:
        del index[allocation_id]
