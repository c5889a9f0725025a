"""What the timeline marks on top of the rows, apart from the plan itself: conflicts from the
findings, the selection, and the bar being dragged. Plain data, shared by the painters."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cosmoplan.analysis import Finding, Severity
from cosmoplan.domain import Allocation, Kind, Plan, Ref
from cosmoplan.gui.timeline.dates import x_after, x_of

OVERLAP_RULE = "allocation.overlap"


@dataclass
class Marks:
    """Conflicts, selection and drag state, by allocation and pad id."""

    conflicts: set[int] = field(default_factory=set)
    overlaps: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    findings_of: dict[int, list[Finding]] = field(default_factory=dict)
    selected: set[int] = field(default_factory=set)
    selected_pads: set[int] = field(default_factory=set)
    dragged: int | None = None

    def set_findings(self, findings: Iterable[Finding], plan: Plan) -> None:
        """Index the findings: errors make conflicts; overlaps give red spans on their pad's
        row (x from, x to)."""
        self.conflicts = set()
        self.overlaps = {}
        self.findings_of = {}
        for finding in findings:
            ids = [r.id for r in finding.subjects if r.kind is Kind.ALLOCATION]
            for allocation_id in ids:
                self.findings_of.setdefault(allocation_id, []).append(finding)
            if finding.severity is Severity.ERROR:
                self.conflicts.update(ids)
                if finding.rule == OVERLAP_RULE and len(ids) >= 2:
                    self._add_overlap(plan, ids[0], ids[1])

    def _add_overlap(self, plan: Plan, first_id: int, second_id: int) -> None:
        first = plan.find(Kind.ALLOCATION, first_id)
        second = plan.find(Kind.ALLOCATION, second_id)
        if not isinstance(first, Allocation) or not isinstance(second, Allocation):
            return
        start, end = max(first.start, second.start), min(first.end, second.end)
        if start <= end and first.pad_id == second.pad_id:
            self.overlaps.setdefault(first.pad_id, []).append((x_of(start), x_after(end)))

    def set_selection(self, refs: Iterable[Ref]) -> None:
        """Remember which allocations and pads are selected."""
        refs = list(refs)
        self.selected = {r.id for r in refs if r.kind is Kind.ALLOCATION}
        self.selected_pads = {r.id for r in refs if r.kind is Kind.PAD}
