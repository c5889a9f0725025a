"""Rules over a pad's timeline: overlapping allocations and too many launches a year."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator
from datetime import date

from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.rules.common import ONE_DAY, BuiltinRule, days
from cosmoplan.domain import Kind, Pad
from cosmoplan.messages import register

#: Launches a year a pad is assumed to support when it states no cadence of its own.
DEFAULT_CADENCE_PER_YEAR = 12.0

MSG_OVERLAP = register(
    "finding.allocation.overlap",
    "Allocations of {first_tenant} ({first_vehicle}) and {second_tenant} ({second_vehicle}) "
    "overlap on pad {pad} from {overlap_start} to {overlap_end} ({days} days); "
    "both are exclusive.",
)
MSG_OVERLAP_ONE = register(
    "finding.allocation.overlap.one_exclusive",
    "Allocations of {first_tenant} ({first_vehicle}) and {second_tenant} ({second_vehicle}) "
    "overlap on pad {pad} from {overlap_start} to {overlap_end} ({days} days); "
    "the allocation of {exclusive_tenant} ({exclusive_vehicle}) is exclusive.",
)
MSG_CADENCE = register(
    "finding.allocation.cadence",
    "Pad {pad} would see up to {rate:g} launches a year from {period_start} to {period_end} "
    "({count} allocations: {names}), more than its cadence of {cadence:g} a year.",
)


def pad_cadence(pad: Pad) -> float:
    """Launches a year the pad supports: its stated capability, else the default."""
    stated = pad.capabilities.max_launches_per_year
    return float(stated) if stated is not None else DEFAULT_CADENCE_PER_YEAR


def _label(bound: Bound) -> str:
    return f"{bound.tenant.name} ({bound.vehicle.name})"


class OverlapRule(BuiltinRule):
    """Exclusive use of a pad collides with another allocation in time."""

    id = "allocation.overlap"
    severity = Severity.ERROR
    scope = Kind.PAD
    title = "Allocations overlap on a pad"
    description = (
        "Two binding allocations (proposed, reserved, signed or active) of one pad share at "
        "least one day and at least one of them is exclusive. Found by sorting each pad's "
        "allocations by start date and sweeping once."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for pad_id in ids:
            active: list[Bound] = []
            for bound in context.binding_on(pad_id):
                start = bound.allocation.start
                active = [a for a in active if a.allocation.end >= start]
                for earlier in active:
                    if earlier.allocation.exclusive or bound.allocation.exclusive:
                        yield pad_id, self._finding(earlier, bound)
                active.append(bound)

    def _finding(self, first: Bound, second: Bound) -> Finding:
        start = second.allocation.start
        end = min(first.allocation.end, second.allocation.end)
        both = first.allocation.exclusive and second.allocation.exclusive
        exclusive = first if first.allocation.exclusive else second
        params = {
            "first_tenant": first.tenant.name,
            "first_vehicle": first.vehicle.name,
            "second_tenant": second.tenant.name,
            "second_vehicle": second.vehicle.name,
            "exclusive_tenant": exclusive.tenant.name,
            "exclusive_vehicle": exclusive.vehicle.name,
            "pad": first.pad.code,
            "overlap_start": start.isoformat(),
            "overlap_end": end.isoformat(),
            "days": days(start, end),
        }
        subjects = (first.allocation_ref, second.allocation_ref, first.pad_ref)
        message = MSG_OVERLAP if both else MSG_OVERLAP_ONE
        return self.finding(message, subjects, first.pad.hazard_source, params)


class CadenceRule(BuiltinRule):
    """The allocations of a pad together plan more launches a year than the pad supports."""

    id = "allocation.cadence"
    severity = Severity.WARNING
    scope = Kind.PAD
    title = "Pad launch cadence exceeded"
    description = (
        "At some time the vehicles of a pad's binding allocations together plan more launches "
        "a year than the pad supports. Exclusive allocations count too (their overlaps are "
        "errors of their own); unknown rates count as zero. Pads state no cadence yet: "
        f"{DEFAULT_CADENCE_PER_YEAR:g} launches a year is assumed. Computed with one sweep "
        "over the start and end events of each pad."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for pad_id in ids:
            bounds = context.binding_on(pad_id)
            if not bounds:
                continue
            cadence = pad_cadence(bounds[0].pad)
            if _never_above(bounds, cadence):
                continue
            for first, last, rate, members in _excess(bounds, cadence):
                yield pad_id, self._finding(first, last, rate, cadence, members)

    def _finding(
        self, first: date, last: date, rate: float, cadence: float, members: list[Bound]
    ) -> Finding:
        pad = members[0].pad
        members.sort(key=lambda b: b.allocation.id)
        params = {
            "pad": pad.code,
            "rate": rate,
            "cadence": cadence,
            "period_start": first.isoformat(),
            "period_end": last.isoformat(),
            "count": len(members),
            "names": ", ".join(_label(b) for b in members),
        }
        subjects = (members[0].pad_ref, *(b.allocation_ref for b in members))
        return self.finding(MSG_CADENCE, subjects, pad.hazard_source, params, first.isoformat())


def _never_above(bounds: list[Bound], cadence: float) -> bool:
    """Quick answer for the usual pad: allocations one after another, each within the cadence."""
    last_end = None
    for bound in bounds:
        allocation = bound.allocation
        if (last_end is not None and allocation.start <= last_end) or (
            bound.vehicle.launches_per_year or 0.0
        ) > cadence:
            return False
        last_end = allocation.end if last_end is None else max(last_end, allocation.end)
    return True


def _excess(bounds: list[Bound], cadence: float) -> Iterator[tuple[date, date, float, list[Bound]]]:
    """Maximal periods when the summed rate exceeds ``cadence``: first, last day, peak, members."""
    events: dict[date, list[tuple[bool, Bound]]] = {}
    for bound in bounds:
        events.setdefault(bound.allocation.start, []).append((True, bound))
        events.setdefault(bound.allocation.end + ONE_DAY, []).append((False, bound))
    active: dict[int, Bound] = {}
    run_start: date | None = None
    run_peak = 0.0
    run_members: dict[int, Bound] = {}
    for day in sorted(events):
        for starting, bound in events[day]:
            if starting:
                active[bound.allocation.id] = bound
            else:
                del active[bound.allocation.id]
        rate = math.fsum(b.vehicle.launches_per_year or 0.0 for b in active.values())
        if rate > cadence:
            if run_start is None:
                run_start, run_peak, run_members = day, rate, {}
            run_peak = max(run_peak, rate)
            run_members.update(active)
        elif run_start is not None:
            yield run_start, day - ONE_DAY, run_peak, list(run_members.values())
            run_start = None
