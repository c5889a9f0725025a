"""Two versions of a plan side by side (the plan and a scenario, or two scenarios): what a
scenario changed, and what that does.

Objects are matched by id (a scenario keeps the ids of what it copied, and its own new
objects have ids no other version has). A :class:`Difference` is one object added, removed,
moved (an allocation's pad or dates), or otherwise changed; for a pad, its status periods.
The comparison also runs the rule catalogue on both sides (findings gained and lost), and
counts the requests served, the pads' utilisation and the fees over a period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from cosmoplan.analysis import Finding, check_plan
from cosmoplan.analysis.findings import sort_key
from cosmoplan.domain import (
    BINDING,
    Allocation,
    Entity,
    Kind,
    Pad,
    Plan,
    Ref,
    Request,
    RequestStatus,
    display_name,
)
from cosmoplan.domain.scenario import VARIED_KINDS

How = Literal["added", "removed", "moved", "changed"]
Period = tuple[date, date]
#: Requests a version serves: placed by the optimiser or allocated.
SERVED = frozenset({RequestStatus.PLANNED, RequestStatus.ALLOCATED})
DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Difference:
    """One object as it is in the first version (``before``) and the second (``after``);
    ``None`` where a version does not have it."""

    ref: Ref
    before: Entity | None
    after: Entity | None

    @property
    def how(self) -> How:
        """Added, removed, moved (an allocation's pad or dates changed) or changed."""
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        if isinstance(self.before, Allocation) and isinstance(self.after, Allocation):
            old, new = self.before, self.after
            if (old.pad_id, old.start, old.end) != (new.pad_id, new.start, new.end):
                return "moved"
        return "changed"


@dataclass(frozen=True)
class Totals:
    """What one version amounts to over a period."""

    allocations: int
    served: int
    #: Pad-days held by binding allocations over all pad-days of the period (0 to 1 and more
    #: where shared pads hold several at once).
    utilisation: float
    #: Annual fees of the binding allocations, pro rata over the period (US dollars).
    fees_usd: float


@dataclass(frozen=True)
class Comparison:
    """The differences from the first version to the second, and what they do."""

    differences: tuple[Difference, ...]
    gained: tuple[Finding, ...]
    lost: tuple[Finding, ...]
    served_gained: tuple[int, ...]
    served_lost: tuple[int, ...]
    before: Totals
    after: Totals
    period: Period

    @property
    def empty(self) -> bool:
        """Whether the two versions hold the same allocations, requests and pad statuses."""
        return not self.differences

    def of(self, kind: Kind, how: How | None = None) -> list[Difference]:
        """The differences of one kind (and one way)."""
        return [d for d in self.differences if d.ref.kind is kind and (how is None or d.how == how)]


def differences(first: Plan, second: Plan) -> list[Difference]:
    """Every allocation, request and pad (status periods) that differs, by kind and id."""
    found: list[Difference] = []
    for kind in VARIED_KINDS:
        old, new = first.objects(kind), second.objects(kind)
        for object_id in sorted(set(old) | set(new)):
            before, after = old.get(object_id), new.get(object_id)
            if kind is Kind.PAD:
                if before is None or after is None:
                    continue  # a pad is the plan's: only its statuses vary
                assert isinstance(before, Pad) and isinstance(after, Pad)
                if before.status_periods != after.status_periods:
                    found.append(Difference(Ref(kind, object_id), before, after))
            elif before != after:
                found.append(Difference(Ref(kind, object_id), before, after))
    return found


def compare(first: Plan, second: Plan, at: date, period: Period | None = None) -> Comparison:
    """Compare ``first`` with ``second``, both judged as of ``at``; totals over ``period``
    (default: from 1 January of ``at``'s year, five calendar years)."""
    period = period or (date(at.year, 1, 1), date(at.year + 4, 12, 31))
    old = {f.key: f for f in check_plan(first, at)}
    new = {f.key: f for f in check_plan(second, at)}
    served_before, served_after = _served(first), _served(second)
    return Comparison(
        differences=tuple(differences(first, second)),
        gained=tuple(sorted((f for k, f in new.items() if k not in old), key=sort_key)),
        lost=tuple(sorted((f for k, f in old.items() if k not in new), key=sort_key)),
        served_gained=tuple(sorted(served_after - served_before)),
        served_lost=tuple(sorted(served_before - served_after)),
        before=totals(first, period),
        after=totals(second, period),
        period=period,
    )


def _served(plan: Plan) -> set[int]:
    return {r.id for r in plan.requests() if r.status in SERVED}


def totals(plan: Plan, period: Period) -> Totals:
    """What ``plan`` amounts to over ``period`` (both days counted)."""
    first, last = period
    days = (last - first).days + 1
    held = 0
    fees = 0.0
    for allocation in plan.allocations():
        if allocation.status not in BINDING:
            continue
        start, end = max(allocation.start, first), min(allocation.end, last)
        overlap = max(0, (end - start).days + 1)
        held += overlap
        fees += (allocation.annual_fee_usd or 0.0) * overlap / DAYS_PER_YEAR
    pads = len(plan.objects(Kind.PAD))
    return Totals(
        allocations=len(plan.objects(Kind.ALLOCATION)),
        served=len(_served(plan)),
        utilisation=held / (pads * days) if pads and days > 0 else 0.0,
        fees_usd=fees,
    )


def as_json(comparison: Comparison, first: Plan, second: Plan) -> dict[str, Any]:
    """The comparison as plain JSON values (pads by code, dates as ISO text)."""

    def pad_code(plan: Plan, pad_id: int) -> str:
        pad = plan.find(Kind.PAD, pad_id)
        return pad.code if isinstance(pad, Pad) else str(pad_id)

    def side(entity: Entity | None, plan: Plan) -> dict[str, Any] | None:
        if isinstance(entity, Allocation):
            return {
                "pad": pad_code(plan, entity.pad_id),
                "start": entity.start.isoformat(),
                "end": entity.end.isoformat(),
                "status": entity.status.value,
                "annual_fee_usd": entity.annual_fee_usd,
            }
        if isinstance(entity, Request):
            return {
                "status": entity.status.value,
                "pads": [pad_code(plan, i) for i in entity.pad_ids],
            }
        if isinstance(entity, Pad):
            return {
                "status_periods": [
                    {
                        "status": p.status.value,
                        "start": None if p.start is None else p.start.isoformat(),
                        "end": None if p.end is None else p.end.isoformat(),
                    }
                    for p in entity.status_periods
                ]
            }
        return None

    def finding(found: Finding) -> dict[str, Any]:
        return {"rule": found.rule, "severity": found.severity.value, "message": found.text}

    def total(value: Totals) -> dict[str, Any]:
        return {
            "allocations": value.allocations,
            "served": value.served,
            "utilisation": round(value.utilisation, 6),
            "fees_usd": round(value.fees_usd, 2),
        }

    return {
        "period": [d.isoformat() for d in comparison.period],
        "changes": [
            {
                "kind": d.ref.kind.value,
                "id": d.ref.id,
                "how": d.how,
                "name": display_name(d.after or d.before),  # type: ignore[arg-type]
                "before": side(d.before, first),
                "after": side(d.after, second),
            }
            for d in comparison.differences
        ],
        "findings_gained": [finding(f) for f in comparison.gained],
        "findings_lost": [finding(f) for f in comparison.lost],
        "requests_served_gained": list(comparison.served_gained),
        "requests_served_lost": list(comparison.served_lost),
        "before": total(comparison.before),
        "after": total(comparison.after),
    }
