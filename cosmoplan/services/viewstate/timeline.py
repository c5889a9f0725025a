"""What the timeline shows, as plain data: one row per pad (sorted by complex site, then pad
code) with its allocation bars in lanes and its outages, and where each row sits.

Rows are rebuilt only for what a :class:`Changes` touches; each build gets a new ``version``
so that the painter's caches know which rows are stale.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from itertools import count

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    LaunchComplex,
    Pad,
    PadStatus,
    Plan,
    Tenant,
    Vehicle,
    natural_key,
)
from cosmoplan.mapping.tenants import assign_lanes, tenant_colours
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate.days import FIRST_DAY, LAST_DAY, x_after, x_of

#: Pixels of one lane, and above and below the lanes of a row.
LANE_PX = 20
ROW_PAD_PX = 4

_versions = count(1)


@dataclass(frozen=True, slots=True)
class Bar:
    """One allocation on its pad's row: ``x0`` to ``x1`` in days since 1970 (end exclusive)."""

    allocation: Allocation
    lane: int
    x0: float
    x1: float
    tenant: str
    vehicle: str
    colour: str

    @property
    def id(self) -> int:
        """The allocation's id."""
        return self.allocation.id

    @property
    def status(self) -> AllocationStatus:
        """The allocation's status."""
        return self.allocation.status

    @property
    def label(self) -> str:
        """ "Tenant · Vehicle" (or the tenant alone)."""
        return f"{self.tenant} · {self.vehicle}" if self.vehicle else self.tenant


@dataclass(frozen=True, slots=True)
class Outage:
    """A period when the pad cannot be used (open ends drawn to the timeline's limits)."""

    status: PadStatus
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class Row:
    """One pad's row."""

    pad_id: int
    code: str
    complex_id: int
    complex_label: str
    sort_key: tuple
    bars: tuple[Bar, ...]
    outages: tuple[Outage, ...]
    version: int = field(default_factory=lambda: next(_versions))

    @property
    def lanes(self) -> int:
        """How many lanes the bars need (at least one)."""
        return max((bar.lane for bar in self.bars), default=0) + 1

    @property
    def height(self) -> int:
        """The row's height in pixels."""
        return self.lanes * LANE_PX + 2 * ROW_PAD_PX


def bar_top(lane: int) -> float:
    """The top of a bar in ``lane``, from the top of its row."""
    return ROW_PAD_PX + lane * LANE_PX + 1.5


BAR_HEIGHT = LANE_PX - 3.0


class TimelineModel:
    """The rows of a plan's timeline; :meth:`apply` keeps them in step with the plan."""

    def __init__(
        self, plan: Plan, *, show_cancelled: bool = False, only_allocated: bool = False
    ) -> None:
        self.plan = plan
        self.show_cancelled = show_cancelled
        self.only_allocated = only_allocated
        self.rows_built = 0
        self.rows: list[Row] = []
        self.offsets: list[int] = [0]
        self.colours: dict[int, str] = {}
        self._all: dict[int, Row] = {}
        self._index: dict[int, int] = {}
        self._allocations: dict[int, dict[int, Allocation]] = {}
        self._pad_of: dict[int, int] = {}
        self.rebuild()

    # -- building ------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build every row again (after the whole plan was replaced)."""
        self.colours = tenant_colours(t.id for t in self.plan.tenants())
        self._allocations = {pad.id: {} for pad in self.plan.pads()}
        self._pad_of = {}
        for allocation in self.plan.allocations():
            self._allocations.setdefault(allocation.pad_id, {})[allocation.id] = allocation
            self._pad_of[allocation.id] = allocation.pad_id
        self._all = {}
        for pad in self.plan.pads():
            self._all[pad.id] = self._build(pad)
        self._layout()

    def set_filters(self, *, show_cancelled: bool, only_allocated: bool) -> None:
        """Show cancelled allocations or not; show only pads that have bars or all pads."""
        rebuild = show_cancelled != self.show_cancelled
        self.show_cancelled, self.only_allocated = show_cancelled, only_allocated
        if rebuild:
            for pad_id in list(self._all):
                self._all[pad_id] = self._build(self._pad(pad_id))
        self._layout()

    def apply(self, changes: Changes) -> set[int]:
        """Bring the rows up to date with ``changes``; returns the pads whose rows were rebuilt
        or dropped."""
        dirty: set[int] = set()
        added, changed, removed = changes.ids(Kind.ALLOCATION)
        for allocation_id in added | changed | removed:
            old_pad = self._pad_of.pop(allocation_id, None)
            if old_pad is not None:
                self._allocations.get(old_pad, {}).pop(allocation_id, None)
                dirty.add(old_pad)
            found = self.plan.find(Kind.ALLOCATION, allocation_id)
            if isinstance(found, Allocation):
                self._allocations.setdefault(found.pad_id, {})[found.id] = found
                self._pad_of[found.id] = found.pad_id
                dirty.add(found.pad_id)
        added, changed, removed = changes.ids(Kind.PAD)
        dirty |= added | changed
        for pad_id in removed:
            self._all.pop(pad_id, None)
            self._allocations.pop(pad_id, None)
        dirty -= removed
        complexes = set().union(*changes.ids(Kind.COMPLEX))
        dirty |= {p.id for p in self.plan.pads() if p.complex_id in complexes}
        dirty |= self._pads_of_owners(changes)
        for pad_id in dirty:
            pad = self.plan.find(Kind.PAD, pad_id)
            if isinstance(pad, Pad):
                self._all[pad_id] = self._build(pad)
            else:
                self._all.pop(pad_id, None)
        if dirty or removed:
            self._layout()
        return dirty | removed

    def _pads_of_owners(self, changes: Changes) -> set[int]:
        """Pads with bars of touched tenants or vehicles, or of tenants whose colour changed."""
        tenants = set().union(*changes.ids(Kind.TENANT))
        vehicles = set().union(*changes.ids(Kind.VEHICLE))
        if tenants:
            colours = tenant_colours(t.id for t in self.plan.tenants())
            tenants |= {i for i, c in colours.items() if self.colours.get(i) != c}
            self.colours = colours
        if not tenants and not vehicles:
            return set()
        return {
            pad_id
            for pad_id, allocations in self._allocations.items()
            if any(a.tenant_id in tenants or a.vehicle_id in vehicles for a in allocations.values())
        }

    def _pad(self, pad_id: int) -> Pad:
        pad = self.plan.get(Kind.PAD, pad_id)
        assert isinstance(pad, Pad)
        return pad

    def _build(self, pad: Pad) -> Row:
        self.rows_built += 1
        site = self.plan.find(Kind.COMPLEX, pad.complex_id)
        label = site.label if isinstance(site, LaunchComplex) else ""
        shown = [
            a
            for a in self._allocations.get(pad.id, {}).values()
            if self.show_cancelled or a.status is not AllocationStatus.CANCELLED
        ]
        lanes = assign_lanes((a.id, a.start, a.end) for a in shown)
        bars = tuple(
            Bar(
                allocation,
                lanes[allocation.id],
                x_of(allocation.start),
                x_after(allocation.end),
                _name(self.plan.find(Kind.TENANT, allocation.tenant_id)),
                _name(self.plan.find(Kind.VEHICLE, allocation.vehicle_id)),
                self.colours.get(allocation.tenant_id, "#9e9e9e"),
            )
            for allocation in sorted(shown, key=lambda a: (a.start, a.end, a.id))
        )
        outages = tuple(
            Outage(
                period.status,
                x_of(period.start or FIRST_DAY),
                x_of(period.end) if period.end else x_after(LAST_DAY),
            )
            for period in pad.status_periods
            if not period.status.usable
        )
        key = (
            natural_key(site.site) if isinstance(site, LaunchComplex) else (),
            natural_key(pad.code),
        )
        return Row(pad.id, pad.code, pad.complex_id, label, (*key, pad.id), bars, outages)

    def _layout(self) -> None:
        rows = (r for r in self._all.values() if r.bars or not self.only_allocated)
        self.rows = sorted(rows, key=lambda r: r.sort_key)
        self._index = {row.pad_id: i for i, row in enumerate(self.rows)}
        self.offsets = [0]
        for row in self.rows:
            self.offsets.append(self.offsets[-1] + row.height)

    # -- reading -------------------------------------------------------------------------
    @property
    def height(self) -> int:
        """The height of all rows in pixels."""
        return self.offsets[-1]

    def row_index(self, pad_id: int) -> int | None:
        """Where the pad's row is shown, or ``None`` if it is not."""
        return self._index.get(pad_id)

    def row_at(self, y: float) -> int | None:
        """The index of the row at height ``y``, or ``None`` outside the rows."""
        if y < 0 or y >= self.height:
            return None
        return bisect.bisect_right(self.offsets, y) - 1

    def rows_between(self, y0: float, y1: float) -> range:
        """Indexes of the rows meeting heights ``y0`` to ``y1``."""
        first = max(bisect.bisect_right(self.offsets, y0) - 1, 0)
        last = min(bisect.bisect_left(self.offsets, y1), len(self.rows))
        return range(first, last)

    def find_bar(self, allocation_id: int) -> tuple[int, Bar] | None:
        """The row index and bar of an allocation, if it is shown."""
        pad_id = self._pad_of.get(allocation_id)
        index = None if pad_id is None else self._index.get(pad_id)
        if index is None:
            return None
        bar = next((b for b in self.rows[index].bars if b.id == allocation_id), None)
        return None if bar is None else (index, bar)

    def extent(self) -> tuple[date, date] | None:
        """The first and last day of the shown allocations, if any."""
        bars = [bar for row in self.rows for bar in row.bars]
        if not bars:
            return None
        return min(b.allocation.start for b in bars), max(b.allocation.end for b in bars)

    def tenants_shown(self) -> list[tuple[str, str]]:
        """(name, colour) of the tenants with bars on the timeline, by name."""
        seen: dict[str, str] = {}
        for row in self.rows:
            for bar in row.bars:
                seen.setdefault(bar.tenant, bar.colour)
        return sorted(seen.items(), key=lambda item: item[0].casefold())


def _name(entity: object) -> str:
    return entity.name if isinstance(entity, Tenant | Vehicle) else ""
