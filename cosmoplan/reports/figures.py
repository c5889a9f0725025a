"""Summary figures of a report: pads by status, occupation, tenants by status, utilisation, fees."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from cosmoplan.domain import (
    BINDING,
    COMMITTED,
    PENDING,
    Allocation,
    AllocationStatus,
    Kind,
    NegotiationStatus,
    Pad,
    PadStatus,
    Plan,
    Tenant,
    natural_key,
)

Period = tuple[date, date]
E = TypeVar("E", bound=StrEnum)

DAYS_PER_YEAR = 365.25


@dataclass(frozen=True, slots=True)
class Count:
    """A labelled count (one row of a small summary table)."""

    label: str
    count: int


@dataclass(frozen=True, slots=True)
class PadUse:
    """How many days of the period a pad is allocated (overlaps counted once)."""

    pad: str
    days: int
    period_days: int

    @property
    def share(self) -> float:
        """Allocated days over period days, 0..1."""
        return self.days / self.period_days if self.period_days else 0.0


@dataclass(frozen=True, slots=True)
class FeeLine:
    """A tenant's fees: annual fees in force on the report date, and the fees over the period."""

    tenant: str
    committed_annual: float
    pending_annual: float
    period_total: float


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of the summary section.

    Occupation is on the report date: *allocated* pads hold a signed or active allocation,
    *reserved* ones only a proposed or reserved one, *free* ones none and can be used, and
    *unavailable* ones none and cannot (damaged, destroyed, museum, under modernisation).
    """

    pads_by_status: tuple[Count, ...]
    allocated_pads: int
    reserved_pads: int
    free_pads: int
    unavailable_pads: int
    tenants_by_status: tuple[Count, ...]
    allocations_by_status: tuple[Count, ...]
    findings_by_severity: tuple[Count, ...]
    utilisation: tuple[PadUse, ...]
    fees: tuple[FeeLine, ...]

    @property
    def pads(self) -> int:
        """Number of pads."""
        return sum(c.count for c in self.pads_by_status)

    @property
    def committed_annual(self) -> float:
        """Annual fees of signed and active allocations on the report date."""
        return sum(line.committed_annual for line in self.fees)

    @property
    def pending_annual(self) -> float:
        """Annual fees of proposed and reserved allocations on the report date."""
        return sum(line.pending_annual for line in self.fees)

    @property
    def period_total(self) -> float:
        """Fees over the whole period."""
        return sum(line.period_total for line in self.fees)


def words(value: str) -> str:
    """An enum id for people: ``"under-modernisation"`` -> ``"Under modernisation"``."""
    return value.replace("-", " ").capitalize()


def period_days(period: Period) -> int:
    """Days in the period, both ends counted."""
    return (period[1] - period[0]).days + 1


def clip(start: date, end: date, period: Period) -> tuple[date, date] | None:
    """The part of ``start..end`` inside the period, or ``None``."""
    first, last = max(start, period[0]), min(end, period[1])
    return (first, last) if first <= last else None


def union_days(intervals: Iterable[tuple[date, date]], period: Period) -> int:
    """Days of the period covered by at least one interval (both ends inclusive)."""
    total, reach = 0, period[0] - timedelta(days=1)
    for start, end in sorted(i for i in (clip(s, e, period) for s, e in intervals) if i):
        start = max(start, reach + timedelta(days=1))
        if start <= end:
            total += (end - start).days + 1
            reach = end
    return total


def occupants(plan: Plan, at: date) -> dict[int, list[Allocation]]:
    """Binding allocations covering ``at`` by pad id, committed ones first, then by start."""
    found: dict[int, list[Allocation]] = {}
    for allocation in plan.allocations():
        if allocation.status in BINDING and allocation.covers(at):
            found.setdefault(allocation.pad_id, []).append(allocation)
    for allocations in found.values():
        allocations.sort(key=lambda a: (a.status not in COMMITTED, a.start, a.id))
    return found


def holds_pad(allocation: Allocation) -> bool:
    """Whether the allocation used or uses its pad at some time (every status but cancelled)."""
    return allocation.status is not AllocationStatus.CANCELLED


def summarise(
    plan: Plan,
    allocations: Sequence[Allocation],
    tenants: Sequence[Tenant],
    at: date,
    period: Period,
    severities: Counter[str],
    site_tenants: bool,
) -> Summary:
    """The summary of ``allocations`` (those the report shows) and ``tenants``.

    Pad figures are site-wide. Tenants by status are given only with ``site_tenants`` (a
    tenant report does not tell one tenant about the others).
    """
    pads = list(plan.pads())
    by_status = Counter(pad.status_at(at) for pad in pads)
    occupied = occupants(plan, at)
    allocated = sum(1 for ids in occupied.values() if ids[0].status in COMMITTED)
    reserved = len(occupied) - allocated
    usable = sum(1 for pad in pads if pad.id not in occupied and pad.status_at(at).usable)
    tenant_status = Counter(t.status for t in plan.tenants()) if site_tenants else Counter()
    return Summary(
        pads_by_status=_counts(by_status, list(PadStatus)),
        allocated_pads=allocated,
        reserved_pads=reserved,
        free_pads=usable,
        unavailable_pads=len(pads) - len(occupied) - usable,
        tenants_by_status=_counts(tenant_status, list(NegotiationStatus)),
        allocations_by_status=_counts(
            Counter(a.status for a in allocations), list(AllocationStatus)
        ),
        findings_by_severity=tuple(Count(words(k), n) for k, n in severities.items()),
        utilisation=utilisation(plan, allocations, period),
        fees=fees(allocations, tenants, at, period),
    )


def _counts(counts: Mapping[E, int], order: Sequence[E]) -> tuple[Count, ...]:
    """Non-zero counts in enum order."""
    return tuple(Count(words(value.value), counts[value]) for value in order if counts.get(value))


def utilisation(
    plan: Plan, allocations: Sequence[Allocation], period: Period
) -> tuple[PadUse, ...]:
    """Per pad with allocations in the period: days allocated (not cancelled), in pad order."""
    intervals: dict[int, list[tuple[date, date]]] = {}
    for allocation in allocations:
        if holds_pad(allocation):
            intervals.setdefault(allocation.pad_id, []).append((allocation.start, allocation.end))
    total = period_days(period)
    uses = []
    for pad_id, spans in intervals.items():
        days = union_days(spans, period)
        if days:
            pad = plan.get(Kind.PAD, pad_id)
            assert isinstance(pad, Pad)
            uses.append(PadUse(pad.code, days, total))
    return tuple(sorted(uses, key=lambda use: natural_key(use.pad)))


def fees(
    allocations: Sequence[Allocation], tenants: Sequence[Tenant], at: date, period: Period
) -> tuple[FeeLine, ...]:
    """Fee lines of the tenants that have allocations among ``allocations``, by tenant name."""
    committed: defaultdict[int, float] = defaultdict(float)
    pending: defaultdict[int, float] = defaultdict(float)
    over_period: defaultdict[int, float] = defaultdict(float)
    seen: set[int] = set()
    for allocation in allocations:
        seen.add(allocation.tenant_id)
        fee = allocation.annual_fee_usd or 0.0
        if allocation.covers(at) and allocation.status in COMMITTED:
            committed[allocation.tenant_id] += fee
        elif allocation.covers(at) and allocation.status in PENDING:
            pending[allocation.tenant_id] += fee
        span = clip(allocation.start, allocation.end, period)
        if span is not None and holds_pad(allocation):
            days = (span[1] - span[0]).days + 1
            over_period[allocation.tenant_id] += fee * days / DAYS_PER_YEAR
    lines = [
        FeeLine(t.name, committed[t.id], pending[t.id], over_period[t.id])
        for t in tenants
        if t.id in seen
    ]
    return tuple(sorted(lines, key=lambda line: natural_key(line.tenant)))
