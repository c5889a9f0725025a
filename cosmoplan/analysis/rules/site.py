"""Rules on the site an allocation needs: the pad's status and the facilities it depends on."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date

from cosmoplan.analysis.context import CheckContext, pad_facility_ids
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.rules.common import (
    ONE_DAY,
    BuiltinRule,
    days,
    words,
)
from cosmoplan.domain import Facility, FacilityStatus, Kind, PadStatus
from cosmoplan.messages import register

#: Pad statuses that rule out a launch.
UNAVAILABLE = frozenset(
    {PadStatus.UNDER_MODERNISATION, PadStatus.DAMAGED, PadStatus.DESTROYED, PadStatus.MUSEUM}
)

_NEEDS = (
    "; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from "
    "{overlap_start} to {overlap_end} ({days} days)."
)
#: Message per (period has a start, period has an end).
MSG_UNAVAILABLE = {
    (True, True): register(
        "finding.pad.unavailable", "Pad {pad} is {pad_status} from {since} until {until}" + _NEEDS
    ),
    (True, False): register(
        "finding.pad.unavailable.open",
        "Pad {pad} is {pad_status} from {since} until further notice" + _NEEDS,
    ),
    (False, True): register(
        "finding.pad.unavailable.until", "Pad {pad} is {pad_status} until {until}" + _NEEDS
    ),
    (False, False): register(
        "finding.pad.unavailable.always", "Pad {pad} is {pad_status} for good" + _NEEDS
    ),
}

_STARTS = ", when the allocation of {tenant} ({vehicle}) on pad {pad} starts on {start}."
MSG_NOT_COMMISSIONED = register(
    "finding.facility.not_ready",
    "The {facility_kind} {facility} that pad {pad} needs is commissioned only on {commissioned}, "
    "after the allocation of {tenant} ({vehicle}) starts on {start}.",
)
MSG_NO_DATE = register(
    "finding.facility.not_ready.no_date",
    "The {facility_kind} {facility} that pad {pad} needs is {facility_status} with no "
    "commissioning date, so it is not in service" + _STARTS,
)
MSG_RETIRED = register(
    "finding.facility.not_ready.retired",
    "The {facility_kind} {facility} that pad {pad} needs is decommissioned on {decommissioned}, "
    "before the allocation of {tenant} ({vehicle}) starts on {start}.",
)
MSG_OUT_OF_SERVICE = register(
    "finding.facility.not_ready.out_of_service",
    "The {facility_kind} {facility} that pad {pad} needs is out of service" + _STARTS,
)


class PadUnavailableRule(BuiltinRule):
    """The pad cannot be used during part of the allocation."""

    id = "pad.unavailable"
    severity = Severity.ERROR
    scope = Kind.ALLOCATION
    title = "Pad not available in the period"
    description = (
        "A status period of the pad (under modernisation, damaged, destroyed or museum) "
        "overlaps the allocation. One finding per such status period."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            allocation, pad = bound.allocation, bound.pad
            for period in pad.status_periods:
                if period.status not in UNAVAILABLE:
                    continue
                first = allocation.start if period.start is None else period.start
                first = max(first, allocation.start)
                last = allocation.end if period.end is None else period.end - ONE_DAY
                last = min(last, allocation.end)
                if first > last:
                    continue
                message = MSG_UNAVAILABLE[(period.start is not None, period.end is not None)]
                since = period.start.isoformat() if period.start else ""
                params = {
                    **bound.params,
                    "pad_status": words(period.status.value),
                    "since": since,
                    "until": period.end.isoformat() if period.end else "",
                    "overlap_start": first.isoformat(),
                    "overlap_end": last.isoformat(),
                    "days": days(first, last),
                }
                subjects = (bound.allocation_ref, bound.pad_ref)
                finding = self.finding(message, subjects, pad.hazard_source, params, since)
                yield allocation.id, finding


class FacilityNotReadyRule(BuiltinRule):
    """A facility the pad needs is not in service when the allocation starts."""

    id = "facility.not_ready"
    severity = Severity.ERROR
    scope = Kind.ALLOCATION
    title = "Required facility not in service"
    description = (
        "The pad's power supply or another facility it requires is not in service on the "
        "allocation's first day: not yet commissioned, decommissioned, out of service, or "
        "not operational with no commissioning date."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            start = bound.allocation.start
            for facility_id in pad_facility_ids(bound.pad):
                facility = context.facilities.get(facility_id)
                if facility is None or facility.in_service_on(start):
                    continue
                params = {
                    **bound.params,
                    "facility": facility.name,
                    "facility_kind": words(facility.kind.value),
                    "facility_status": words(facility.status.value),
                    "commissioned": _iso(facility.commissioned),
                    "decommissioned": _iso(facility.decommissioned),
                }
                subjects = (
                    bound.allocation_ref,
                    context.ref(Kind.FACILITY, facility.id),
                    bound.pad_ref,
                )
                message = _reason(facility, start)
                yield (
                    bound.allocation.id,
                    self.finding(message, subjects, facility.geometry, params),
                )


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _reason(facility: Facility, start: date) -> str:
    """The message that says why a facility is not in service on ``start``."""
    if facility.status is FacilityStatus.OUT_OF_SERVICE:
        return MSG_OUT_OF_SERVICE
    if facility.decommissioned is not None and start >= facility.decommissioned:
        return MSG_RETIRED
    if facility.commissioned is None:
        return MSG_NO_DATE
    return MSG_NOT_COMMISSIONED
