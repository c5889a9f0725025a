"""When a pad would fit: for a vehicle that fits no pad for the period asked, the earliest
start from which each pad would take an allocation of the same length, or the limit that
blocks it whatever the date (say a propellant the pad does not handle)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from cosmoplan.analysis import CandidateChecker, Finding
from cosmoplan.analysis.context import pad_facility_ids
from cosmoplan.domain import Allocation, Facility, Kind, Pad, Plan
from cosmoplan.domain.validation import HORIZON
from cosmoplan.services.allocation import PadFit, errors_of

#: At most this many start days are tried on each pad (the days its obstacles end).
MAX_TRIES = 24


class LaterFit(NamedTuple):
    """A pad that does not fit now: from when it would (``None``: never, for ``blocking``)."""

    pad: Pad
    start: date | None
    blocking: Finding


def later_fits(plan: Plan, fits: list[PadFit], wanted: Allocation, at: date) -> list[LaterFit]:
    """For each pad of ``fits`` that does not fit ``wanted`` (a candidate on any pad), the
    earliest start on or after ``wanted.start`` from which the same period would fit, judged
    as of ``at``; pads that would fit some day first, earliest first, then those that never
    would, each with the first error that blocks it."""
    checker = CandidateChecker(plan, at)
    length = wanted.end - wanted.start
    found: list[LaterFit] = []
    for fit in fits:
        if fit.fits:
            continue
        start = None
        for day in _start_days(plan, fit.pad, wanted.start):
            if day + length > HORIZON[1]:
                break
            candidate = Allocation(
                wanted.id,
                wanted.tenant_id,
                wanted.vehicle_id,
                fit.pad.id,
                day,
                day + length,
                wanted.status,
                wanted.exclusive,
                launch_azimuth_deg=wanted.launch_azimuth_deg,
            )
            if not errors_of(checker.check(candidate)):
                start = day
                break
        found.append(LaterFit(fit.pad, start, fit.errors[0]))
    found.sort(key=lambda later: (later.start is None, later.start or date.max, later.pad.code))
    return found


def _start_days(plan: Plan, pad: Pad, since: date) -> list[date]:
    """The days on which what keeps ``pad`` from fitting may end: the day after each
    allocation on it, each change of its status, each commissioning of a facility it needs."""
    days = {
        a.end + timedelta(days=1)
        for a in plan.allocations()
        if a.pad_id == pad.id and a.status.binding
    }
    for period in pad.status_periods:
        days |= {d for d in (period.start, period.end) if d is not None}
    for facility_id in pad_facility_ids(pad):
        facility = plan.find(Kind.FACILITY, facility_id)
        if isinstance(facility, Facility) and facility.commissioned is not None:
            days.add(facility.commissioned)
    return sorted(d for d in days if d > since)[:MAX_TRIES]
