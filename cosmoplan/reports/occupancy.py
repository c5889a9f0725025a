"""Who occupies which pad when: the timeline rows and the map's pad colours of a report.

In a tenant report only the pads the tenant is booked on are on the timeline, and the other
tenants' use of them is one grey "not available to you" bar per pad and period (whole quarters,
merged): no status, vehicle, fee, conflict or exact day. On the map another tenant's pad is
"not available to you", with no negotiation state, corridor or hazard area.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from cosmoplan.analysis import Finding
from cosmoplan.analysis.rules.timeline import OverlapRule
from cosmoplan.domain import (
    COMMITTED,
    Allocation,
    AllocationStatus,
    Entity,
    Kind,
    Pad,
    PadStatus,
    Plan,
    Tenant,
    natural_key,
)
from cosmoplan.mapping.scene import Scene, build_scene
from cosmoplan.mapping.style import PAD_STATUS_COLORS, Style
from cosmoplan.mapping.tenants import assign_lanes
from cosmoplan.messages import register
from cosmoplan.reports.colours import OCCUPIED, tint
from cosmoplan.reports.corridors import corridor_layer
from cosmoplan.reports.figures import Period, clip, holds_pad, occupants
from cosmoplan.reports.hazards import hazard_layer, under_pads
from cosmoplan.reports.language import ENGLISH, Language
from cosmoplan.reports.map_words import worded

#: Another tenant's use of a pad, as a tenant report shows it.
WITHHELD_LABEL = "Not available to you"
#: The width of the ring of its state's colour round a pad held while it cannot be used.
STATE_RING = 3.0
#: The map legend's texts of pads.
PAD_LEGEND = {
    "free": register("report.map.legend.free", "Available"),
    "withheld": register("report.map.legend.withheld", WITHHELD_LABEL),
    "unusable": register("report.map.legend.unusable", "Not available: {state}"),
    "unsigned": register("report.map.legend.unsigned", "{tenant} (not signed)"),
    "held_unusable": register("report.map.legend.held_unusable", "{tenant} (pad {state})"),
    "unsigned_unusable": register(
        "report.map.legend.unsigned_unusable", "{tenant} (not signed, pad {state})"
    ),
}


@dataclass(frozen=True, slots=True)
class TimelineBar:
    """An allocation on the timeline (clipped to the period).

    ``status`` and ``vehicle`` are ``None`` for another tenant's allocation in a tenant report.
    ``lane`` numbers the bars that overlap on one pad from 0 (top).
    """

    allocation_id: int
    start: date
    end: date
    label: str
    vehicle: str | None
    colour: str
    status: AllocationStatus | None
    conflict: bool
    lane: int = 0


@dataclass(frozen=True, slots=True)
class Outage:
    """A period (clipped) when a pad cannot be used, and why."""

    start: date
    end: date
    status: PadStatus


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One pad's row: its bars in lanes, its outages and its conflicting periods."""

    pad: str
    bars: tuple[TimelineBar, ...]
    outages: tuple[Outage, ...]
    conflicts: tuple[tuple[date, date], ...]

    @property
    def lanes(self) -> int:
        """How many lanes the bars need (at least one)."""
        return max((bar.lane for bar in self.bars), default=0) + 1


@dataclass(frozen=True, slots=True)
class Timeline:
    """The rows of the timeline over the period, with the report date as a cursor."""

    start: date
    end: date
    at: date
    rows: tuple[TimelineRow, ...]


def build_timeline(
    plan: Plan,
    period: Period,
    at: date,
    colours: Mapping[int, str],
    findings: Iterable[Finding],
    tenant: Tenant | None,
) -> Timeline:
    """One row per pad with allocations (not cancelled) or an outage in the period; in a tenant
    report, one per pad the tenant is booked on in the period."""
    pairs = _conflict_pairs(findings)
    if tenant is not None:
        own_ids = {a.id for a in plan.allocations() if a.tenant_id == tenant.id}
        pairs = [pair for pair in pairs if own_ids.intersection(pair)]
    conflicting = {i for pair in pairs for i in pair}
    by_pad: dict[int, list[Allocation]] = {}
    for allocation in plan.allocations():
        if holds_pad(allocation) and clip(allocation.start, allocation.end, period):
            by_pad.setdefault(allocation.pad_id, []).append(allocation)
    rows = []
    for pad in plan.pads():
        allocations = by_pad.get(pad.id, [])
        outages = _outages(pad, period)
        if tenant is not None:
            own = [a for a in allocations if a.tenant_id == tenant.id]
            if not own:
                continue
            bars = _bars(
                plan,
                own,
                period,
                colours,
                conflicting,
                withheld_spans([a for a in allocations if a.tenant_id != tenant.id], period),
            )
        elif allocations or outages:
            bars = _bars(plan, allocations, period, colours, conflicting, [])
        else:
            continue
        rows.append(TimelineRow(pad.code, bars, outages, _conflicts(allocations, pairs, period)))
    rows.sort(key=lambda row: natural_key(row.pad))
    return Timeline(period[0], period[1], at, tuple(rows))


def withheld_spans(allocations: list[Allocation], period: Period) -> list[tuple[date, date]]:
    """Other tenants' use of a pad in whole calendar quarters, merged, clipped to the period."""
    spans = sorted((_quarter_start(a.start), _quarter_end(a.end)) for a in allocations)
    merged: list[tuple[date, date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [span for span in (clip(s, e, period) for s, e in merged) if span is not None]


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _quarter_end(day: date) -> date:
    month = (day.month - 1) // 3 * 3 + 4
    return date(day.year + (month > 12), (month - 1) % 12 + 1, 1) - timedelta(days=1)


def _conflict_pairs(findings: Iterable[Finding]) -> list[tuple[int, int]]:
    pairs = []
    for finding in findings:
        if finding.rule == OverlapRule.id:
            ids = [r.id for r in finding.subjects if r.kind is Kind.ALLOCATION]
            if len(ids) == 2:
                pairs.append((ids[0], ids[1]))
    return pairs


def _bars(
    plan: Plan,
    allocations: list[Allocation],
    period: Period,
    colours: Mapping[int, str],
    conflicting: Collection[int],
    withheld: list[tuple[date, date]],
) -> tuple[TimelineBar, ...]:
    """The bars of ``allocations`` and of the ``withheld`` spans (others' use), in lanes."""
    spans: dict[int, tuple[date, date]] = {}
    for allocation in allocations:
        span = clip(allocation.start, allocation.end, period)
        assert span is not None
        spans[allocation.id] = span
    for index, span in enumerate(withheld, start=1):
        spans[-index] = span  # withheld spans have no allocation: negative keys
    lanes = assign_lanes((key, first, last) for key, (first, last) in spans.items())
    bars = [
        TimelineBar(-i, *span, WITHHELD_LABEL, None, OCCUPIED, None, False, lanes[-i])
        for i, span in enumerate(withheld, start=1)
    ]
    for allocation in allocations:
        owner = plan.get(Kind.TENANT, allocation.tenant_id)
        vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
        bars.append(
            TimelineBar(
                allocation_id=allocation.id,
                start=spans[allocation.id][0],
                end=spans[allocation.id][1],
                label=_name(owner),
                vehicle=_name(vehicle),
                colour=colours[allocation.tenant_id],
                status=allocation.status,
                conflict=allocation.id in conflicting,
                lane=lanes[allocation.id],
            )
        )
    bars.sort(key=lambda bar: (bar.start, bar.end, bar.allocation_id))
    return tuple(bars)


def _name(entity: Entity) -> str:
    return str(getattr(entity, "name", ""))


def _outages(pad: Pad, period: Period) -> tuple[Outage, ...]:
    outages = []
    for status_period in pad.status_periods:
        if status_period.status.usable:
            continue
        start = status_period.start or period[0]
        end = (
            date.fromordinal(status_period.end.toordinal() - 1) if status_period.end else period[1]
        )
        span = clip(start, end, period)
        if span is not None:
            outages.append(Outage(span[0], span[1], status_period.status))
    return tuple(outages)


def _conflicts(
    allocations: list[Allocation], pairs: list[tuple[int, int]], period: Period
) -> tuple[tuple[date, date], ...]:
    by_id = {a.id: a for a in allocations}
    spans = []
    for first_id, second_id in pairs:
        first, second = by_id.get(first_id), by_id.get(second_id)
        if first is None or second is None:
            continue
        span = clip(max(first.start, second.start), min(first.end, second.end), period)
        if span is not None:
            spans.append(span)
    return tuple(sorted(set(spans)))


def build_map(
    plan: Plan,
    at: date,
    colours: Mapping[int, str],
    tenant: Tenant | None,
    title: str,
    lang: Language = ENGLISH,
) -> Scene:
    """The site map on ``at`` with each pad coloured by the tenant occupying it, the hazard
    area of the vehicle on each occupied pad and of each propellant store in service, and the
    flight corridors of the allocations giving a launch azimuth (under the hazard areas).

    A pad that cannot be used shows its own state (damaged, museum...) whoever holds it: grey
    when free or held by another tenant, else in its holder's colour inside a ring of the
    state's colour. Committed occupation (signed, active) is a solid fill; proposed or reserved
    a pale fill with a dashed outline. In a tenant report another tenant's pad is only "not
    available to you", and only the tenant's own corridors and hazard areas are drawn.
    """
    occupied = occupants(plan, at)
    if tenant is not None:
        mine = {pad: held for pad, held in occupied.items() if held[0].tenant_id == tenant.id}
    else:
        mine = occupied
    tenants = {t.id: t for t in plan.tenants()}

    def occupant(entity: Entity, day: date) -> Allocation | None:
        """Who holds the pad: anyone's if it can be used, else only one the report may name."""
        if not isinstance(entity, Pad):
            return None
        found = occupied.get(entity.id) if entity.status_at(day).usable else mine.get(entity.id)
        return found[0] if found else None

    def style(entity: Entity, day: date) -> Style:
        allocation = occupant(entity, day)
        if allocation is None:
            return _free_style(entity, day)
        if entity.id not in mine:
            return Style(OCCUPIED, "#5a5a5a", 1.0, symbol="o", size=12.0)
        colour = colours[allocation.tenant_id]
        if allocation.status in COMMITTED:
            held = Style(colour, "#1b1f24", 1.0, symbol="o", size=12.0)
        else:
            held = Style(tint(colour, 0.45), colour, 1.6, dash=(2.0, 1.5), symbol="o", size=12.0)
        assert isinstance(entity, Pad)
        status = entity.status_at(day)
        if status.usable:
            return held
        return replace(held, stroke=PAD_STATUS_COLORS[status], stroke_width=STATE_RING, dash=None)

    def legend(entity: Entity, day: date) -> str:
        allocation = occupant(entity, day)
        assert isinstance(entity, Pad)
        status = entity.status_at(day)
        if allocation is None:
            if status.usable:
                return lang.t(PAD_LEGEND["free"])
            return lang.t(PAD_LEGEND["unusable"], state=lang.enum(status).lower())
        if entity.id not in mine:
            return lang.t(PAD_LEGEND["withheld"])
        name = tenants[allocation.tenant_id].name
        signed = allocation.status in COMMITTED
        if status.usable:
            return name if signed else lang.t(PAD_LEGEND["unsigned"], tenant=name)
        key = "held_unusable" if signed else "unsigned_unusable"
        return lang.t(PAD_LEGEND[key], tenant=name, state=lang.enum(status).lower())

    scene = build_scene(plan, at, styles={"pads": style}, legend_texts={"pads": legend})
    scene = Scene(at=scene.at, extent=scene.extent, layers=scene.layers, title=title)
    corridors = corridor_layer(plan, scene, None if tenant is None else tenant.id, lang)
    scene = under_pads(scene, corridors)
    return worded(under_pads(scene, hazard_layer(plan, mine, at)), lang)


def _free_style(entity: Entity, day: date) -> Style:
    assert isinstance(entity, Pad)
    status = entity.status_at(day)
    if status.usable:
        return Style("#ffffff", "#1b1f24", 1.2, symbol="o", size=11.0)
    fill = "#5a5a5a" if status is PadStatus.DESTROYED else "#c8c8c8"
    return Style(fill, "#5a5a5a", 0.8, symbol="o", size=9.0)
