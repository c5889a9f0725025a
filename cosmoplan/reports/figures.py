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
    """How a pad is used over the period: days it is allocated (overlaps counted once) while it
    can be used, the days it can be used, and the days it is booked while it cannot."""

    pad: str
    days: int
    usable_days: int
    booked_unusable_days: int = 0

    @property
    def share(self) -> float | None:
        """Allocated days over the days the pad can be used, 0..1; ``None`` (not available)
        when it cannot be used on any day of the period."""
        return self.days / self.usable_days if self.usable_days else None


@dataclass(frozen=True, slots=True)
class Fees:
    """A sum of fees: what the known fees add up to, and how many of the fees are unknown."""

    known: float = 0.0
    unknown: int = 0
    count: int = 0

    def __add__(self, other: Fees) -> Fees:
        return Fees(
            self.known + other.known, self.unknown + other.unknown, self.count + other.count
        )

    @property
    def exact(self) -> bool:
        """Whether every fee of the sum is known."""
        return self.unknown == 0


@dataclass(frozen=True, slots=True)
class FeeLine:
    """A tenant's fees: annual fees in force on the report date (signed or active; proposed or
    reserved), and the fees over the period pro rata (signed, active or ended; proposed or
    reserved), never mixed."""

    tenant: str
    committed_annual: Fees
    pending_annual: Fees
    period_signed: Fees
    period_proposed: Fees


class PadState(StrEnum):
    """What a pad is on the report date, one state a pad: the one definition of the figures."""

    ALLOCATED = "allocated"  # can be used; a signed or active allocation holds it
    RESERVED = "reserved"  # can be used; only a proposed or reserved allocation holds it
    FREE = "free"  # active, nothing holds it
    IDLE = "idle"  # inactive (can be brought back), nothing holds it
    NOT_AVAILABLE = "not-available"  # damaged, destroyed, museum, under modernisation


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of the summary section, each defined once (:func:`pad_states`,
    :func:`utilisation`, :func:`fees`) and read by tiles, tables and charts alike."""

    pads_by_status: tuple[Count, ...]
    pads_by_state: tuple[tuple[PadState, int], ...]
    tenants_by_status: tuple[Count, ...]
    allocations_by_status: tuple[Count, ...]
    findings_by_severity: tuple[Count, ...]
    utilisation: tuple[PadUse, ...]
    fees: tuple[FeeLine, ...]

    @property
    def pads(self) -> int:
        """Number of pads."""
        return sum(c.count for c in self.pads_by_status)

    def state(self, state: PadState) -> int:
        """How many pads are in ``state`` on the report date."""
        return dict(self.pads_by_state).get(state, 0)

    @property
    def allocated_pads(self) -> int:
        """Pads that can be used held by a signed or active allocation."""
        return self.state(PadState.ALLOCATED)

    @property
    def reserved_pads(self) -> int:
        """Pads that can be used held only by a proposed or reserved allocation."""
        return self.state(PadState.RESERVED)

    @property
    def free_pads(self) -> int:
        """Active pads nothing holds."""
        return self.state(PadState.FREE)

    @property
    def unavailable_pads(self) -> int:
        """Pads that cannot be used, whoever holds them."""
        return self.state(PadState.NOT_AVAILABLE)

    def total(self, name: str) -> Fees:
        """The sum of one fee column (``committed_annual``, ``period_signed``...)."""
        return sum((getattr(line, name) for line in self.fees), Fees())


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


def pad_state(pad: Pad, held: Sequence[Allocation], at: date) -> PadState:
    """The state of ``pad`` on ``at``, given the binding allocations holding it then
    (:func:`occupants`, committed first)."""
    status = pad.status_at(at)
    if not status.usable:
        return PadState.NOT_AVAILABLE
    if held:
        return PadState.ALLOCATED if held[0].status in COMMITTED else PadState.RESERVED
    return PadState.FREE if status is PadStatus.ACTIVE else PadState.IDLE


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
    occupied = occupants(plan, at)
    states = Counter(pad_state(pad, occupied.get(pad.id, []), at) for pad in pads)
    tenant_status = Counter(t.status for t in plan.tenants()) if site_tenants else Counter()
    return Summary(
        pads_by_status=_counts(Counter(pad.status_at(at) for pad in pads), list(PadStatus)),
        pads_by_state=tuple((state, states[state]) for state in PadState),
        tenants_by_status=_counts(tenant_status, list(NegotiationStatus)),
        allocations_by_status=_counts(
            Counter(a.status for a in allocations), list(AllocationStatus)
        ),
        findings_by_severity=tuple(Count(k, n) for k, n in severities.items()),
        utilisation=utilisation(plan, allocations, period),
        fees=fees(allocations, tenants, at, period),
    )


def _counts(counts: Mapping[E, int], order: Sequence[E]) -> tuple[Count, ...]:
    """Non-zero counts in enum order."""
    return tuple(Count(value.value, counts[value]) for value in order if counts.get(value))


def usable_spans(pad: Pad, period: Period) -> list[tuple[date, date]]:
    """The parts of the period in which ``pad`` can be used (both ends inclusive)."""
    starts = {period[0]}
    for status in pad.status_periods:
        starts.update(b for b in (status.start, status.end) if b and period[0] < b <= period[1])
    ordered = sorted(starts)
    ends = [b - timedelta(days=1) for b in ordered[1:]] + [period[1]]
    spans: list[tuple[date, date]] = []
    for first, last in zip(ordered, ends, strict=True):
        if not pad.status_at(first).usable:
            continue
        if spans and spans[-1][1] + timedelta(days=1) == first:
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return spans


def utilisation(
    plan: Plan, allocations: Sequence[Allocation], period: Period
) -> tuple[PadUse, ...]:
    """Per pad with allocations in the period (not cancelled), in pad order: the days it is
    allocated while it can be used, over the days it can be used."""
    intervals: dict[int, list[tuple[date, date]]] = {}
    for allocation in allocations:
        if holds_pad(allocation):
            intervals.setdefault(allocation.pad_id, []).append((allocation.start, allocation.end))
    uses = []
    for pad_id, spans in intervals.items():
        booked = union_days(spans, period)
        if not booked:
            continue
        pad = plan.get(Kind.PAD, pad_id)
        assert isinstance(pad, Pad)
        usable = usable_spans(pad, period)
        days = sum(union_days(spans, part) for part in usable)
        usable_days = sum(period_days(part) for part in usable)
        uses.append(PadUse(pad.code, days, usable_days, booked - days))
    return tuple(sorted(uses, key=lambda use: natural_key(use.pad)))


def fees(
    allocations: Sequence[Allocation], tenants: Sequence[Tenant], at: date, period: Period
) -> tuple[FeeLine, ...]:
    """Fee lines of the tenants that have allocations among ``allocations``, by tenant name.

    An unknown fee is counted as unknown, never as 0. Period fees are pro rata of the days in
    the period, signed (signed, active, ended) apart from proposed (proposed, reserved).
    """
    sums: defaultdict[tuple[int, str], Fees] = defaultdict(Fees)
    seen: set[int] = set()
    for allocation in allocations:
        seen.add(allocation.tenant_id)
        fee = allocation.annual_fee_usd

        key = allocation.tenant_id
        if allocation.covers(at) and allocation.status in COMMITTED:
            sums[key, "committed_annual"] += _fee(fee, 1.0)
        elif allocation.covers(at) and allocation.status in PENDING:
            sums[key, "pending_annual"] += _fee(fee, 1.0)
        span = clip(allocation.start, allocation.end, period)
        if span is not None and holds_pad(allocation):
            share = ((span[1] - span[0]).days + 1) / DAYS_PER_YEAR
            column = "period_proposed" if allocation.status in PENDING else "period_signed"
            sums[key, column] += _fee(fee, share)
    lines = [
        FeeLine(
            t.name,
            sums[t.id, "committed_annual"],
            sums[t.id, "pending_annual"],
            sums[t.id, "period_signed"],
            sums[t.id, "period_proposed"],
        )
        for t in tenants
        if t.id in seen
    ]
    return tuple(sorted(lines, key=lambda line: natural_key(line.tenant)))


def _fee(fee: float | None, share: float) -> Fees:
    return Fees(0.0, 1, 1) if fee is None else Fees(fee * share, 0, 1)
