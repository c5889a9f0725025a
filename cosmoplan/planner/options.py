"""Where and when each request could go, decided by the rule catalogue itself.

Nothing here measures a distance or reads a status period: a candidate allocation is put to
:class:`cosmoplan.analysis.CandidateChecker` and its error findings say what is wrong.

- *Unary*: a candidate over the request's whole window, in the plan without the movable
  allocations. An error naming a fixed allocation forbids overlapping that allocation's
  period; other errors depend on the day (pad status, facilities, zones) or on nothing (fit,
  approval), so the window is cut at every date where the site changes and each piece is
  checked alone. Pieces with an error are forbidden.
- *Pairwise*: one probe allocation per (vehicle, pad) of the candidates, all over the whole
  horizon, in one scratch plan; the errors of each probe that name another probe on another
  pad are the pairs that cannot be held at the same time (hazard areas, intraline distance).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from cosmoplan.analysis import RULES, CandidateChecker, RuleCatalogue, Severity
from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding
from cosmoplan.domain import PENDING, Allocation, AllocationStatus, Kind, Plan, Ref, Request

#: Id given to the candidate allocations tried (far above any real id).
PROBE_BASE = 1_000_000_000
#: How far a movable allocation may move either way, in days.
MOVE_SLACK_DAYS = 365


@dataclass(frozen=True, slots=True)
class Item:
    """Something to place: a request, or a movable (proposed or reserved) allocation."""

    key: Ref
    tenant_id: int
    vehicle_id: int
    first: date
    last: date
    days: int
    exclusive: bool
    azimuth: float | None
    value: int
    #: The movable allocation's own start (``None`` for a request).
    original_start: date | None = None


@dataclass(slots=True)
class Option:
    """An item on one pad: the start days allowed, and its preference rank (0 = first)."""

    item: Item
    pad_id: int
    rank: int
    starts: list[tuple[date, date]] = field(default_factory=list)


def request_item(request: Request) -> Item:
    """The item of a pending request."""
    return Item(
        Ref(Kind.REQUEST, request.id),
        request.tenant_id,
        request.vehicle_id,
        request.earliest_start,
        request.latest_end,
        request.duration_days,
        request.exclusive,
        request.launch_azimuth_deg,
        request.priority,
    )


def allocation_item(allocation: Allocation, slack_days: int = MOVE_SLACK_DAYS) -> Item:
    """The item of a movable allocation, free to move ``slack_days`` either way."""
    slack = timedelta(days=slack_days)
    return Item(
        Ref(Kind.ALLOCATION, allocation.id),
        allocation.tenant_id,
        allocation.vehicle_id,
        allocation.start - slack,
        allocation.end + slack,
        allocation.days,
        allocation.exclusive,
        allocation.launch_azimuth_deg,
        0,
        allocation.start,
    )


def candidate(item: Item, pad_id: int, first: date, last: date, probe: int) -> Allocation:
    """The allocation ``item`` would be on ``pad_id`` from ``first`` to ``last``."""
    return Allocation(
        probe,
        item.tenant_id,
        item.vehicle_id,
        pad_id,
        first,
        last,
        AllocationStatus.PROPOSED,
        item.exclusive,
        launch_azimuth_deg=item.azimuth,
    )


def errors(findings: Iterable[Finding]) -> list[Finding]:
    """The error findings among ``findings``."""
    return [f for f in findings if f.severity is Severity.ERROR]


def named_allocations(finding: Finding, own: int) -> set[int]:
    """Ids of the allocations a finding names, other than ``own``."""
    return {r.id for r in finding.subjects if r.kind is Kind.ALLOCATION and r.id != own}


def site_dates(plan: Plan) -> list[date]:
    """Every date where the site changes: status periods, facilities' service, zones."""
    found: set[date | None] = set()
    for pad in plan.pads():
        for period in pad.status_periods:
            found |= {period.start, period.end}
    for facility in plan.facilities():
        found |= {facility.commissioned, facility.decommissioned}
    for zone in plan.zones():
        found |= {zone.valid_from, zone.valid_to}
    return sorted(d for d in found if d is not None)


def pieces(first: date, last: date, cuts: list[date]) -> list[tuple[date, date]]:
    """``first``..``last`` cut before each of ``cuts`` inside it."""
    bounds = [first, *(c for c in cuts if first < c <= last)]
    ends = [b - timedelta(days=1) for b in bounds[1:]] + [last]
    return list(zip(bounds, ends, strict=True))


def subtract(ranges: list[tuple[date, date]], cut: tuple[date, date]) -> list[tuple[date, date]]:
    """``ranges`` without the days of ``cut``."""
    one = timedelta(days=1)
    kept: list[tuple[date, date]] = []
    for low, high in ranges:
        if cut[1] < low or high < cut[0]:
            kept.append((low, high))
            continue
        if low < cut[0]:
            kept.append((low, cut[0] - one))
        if cut[1] < high:
            kept.append((cut[1] + one, high))
    return kept


def start_ranges(item: Item, forbidden: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Start days of ``item`` whose period misses every forbidden period."""
    span = timedelta(days=item.days - 1)
    starts = [(item.first, item.last - span)]
    for low, high in forbidden:
        starts = subtract(starts, (low - span, high))
    return starts


class Oracle:
    """Asks the rule catalogue about candidates of one plan (see the module's notes)."""

    def __init__(
        self,
        plan: Plan,
        movable: Iterable[int] = (),
        at: date | None = None,
        catalogue: RuleCatalogue | None = None,
    ) -> None:
        self._at = at
        self._catalogue = catalogue
        self.fixed_plan = plan.copy()
        for allocation_id in movable:
            self.fixed_plan.remove(Kind.ALLOCATION, allocation_id)
        self._checker = CandidateChecker(self.fixed_plan, at, catalogue)
        self._cuts = site_dates(plan)
        self._probe = PROBE_BASE

    def _next_probe(self) -> int:
        self._probe += 1
        return self._probe

    def check(self, allocation: Allocation) -> list[Finding]:
        """Error findings of ``allocation`` in the plan without the movable allocations."""
        return errors(self._checker.check(allocation))

    def option(self, item: Item, pad_id: int, rank: int) -> Option | None:
        """``item`` on ``pad_id`` with its allowed start days, or ``None`` if it never fits."""
        probe = self._next_probe()
        whole = self.check(candidate(item, pad_id, item.first, item.last, probe))
        forbidden: list[tuple[date, date]] = []
        allocations = self.fixed_plan.objects(Kind.ALLOCATION)
        unary = False
        for finding in whole:
            others = named_allocations(finding, probe)
            if not others:
                unary = True
            for other in others:
                held = allocations[other]
                assert isinstance(held, Allocation)
                forbidden.append((held.start, held.end))
        if unary:
            for low, high in pieces(item.first, item.last, self._cuts):
                found = self.check(candidate(item, pad_id, low, high, probe))
                if any(not named_allocations(f, probe) for f in found):
                    forbidden.append((low, high))
        starts = start_ranges(item, forbidden)
        if item.original_start is not None:
            starts = sorted({*starts, (item.original_start, item.original_start)})
        return Option(item, pad_id, rank, starts) if starts else None

    def conflicts(self, options: list[Option]) -> set[tuple[int, int]]:
        """Pairs of option indexes on different pads whose items cannot be held at once."""
        scratch = self.fixed_plan.copy()
        first = min(o.item.first for o in options)
        last = max(o.item.last for o in options)
        probes: dict[tuple[int, int], Allocation] = {}
        for option in options:
            key = (option.item.vehicle_id, option.pad_id)
            if key not in probes:
                probe = candidate(option.item, option.pad_id, first, last, self._next_probe())
                probes[key] = probe
                scratch.add(probe)
        clashes = probe_clashes(scratch, {p.id: k for k, p in probes.items()}, self._at,
                                self._catalogue)  # fmt: skip
        by_key: dict[tuple[int, int], list[int]] = {}
        for index, option in enumerate(options):
            by_key.setdefault((option.item.vehicle_id, option.pad_id), []).append(index)
        pairs: set[tuple[int, int]] = set()
        for one, other in clashes:
            for i in by_key[one]:
                for j in by_key[other]:
                    if i < j and options[i].item.key != options[j].item.key:
                        pairs.add((i, j))
        return pairs


def probe_clashes(
    plan: Plan,
    probes: dict[int, tuple[int, int]],
    at: date | None,
    catalogue: RuleCatalogue | None,
) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (vehicle, pad) keys of the probes in ``plan`` on different pads that an error
    finding names together, both ways round: every rule is run once over all the probes (and
    over their pads), as :func:`~cosmoplan.analysis.check_plan` runs it over a plan. A finding
    about a probe pairs it with every other probe it names; one about a pad pairs the probes
    on that pad it names with the others it names."""
    context = CheckContext(plan, at)
    pads = sorted({key[1] for key in probes.values()})
    clashes: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for rule in catalogue if catalogue is not None else RULES:
        if rule.scope is Kind.ALLOCATION:
            units = sorted(probes)
        elif rule.scope is Kind.PAD:
            units = pads
        else:
            continue
        for unit, finding in rule.check(context, units):
            if finding.severity is not Severity.ERROR:
                continue
            named = [probes[r.id] for r in finding.subjects
                     if r.kind is Kind.ALLOCATION and r.id in probes]  # fmt: skip
            if rule.scope is Kind.ALLOCATION:
                owners = [probes[unit]]
                named.append(probes[unit])
            else:
                owners = [key for key in named if key[1] == unit]
            for owner in owners:
                for other in named:
                    if other[1] != owner[1]:
                        clashes.add((owner, other))
                        clashes.add((other, owner))
    return clashes


def movable_allocations(plan: Plan, first: date, last: date) -> list[Allocation]:
    """Proposed and reserved allocations that overlap ``first``..``last``."""
    return [
        a for a in plan.allocations() if a.status in PENDING and a.start <= last and first <= a.end
    ]
