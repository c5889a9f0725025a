"""Rules on the state of an allocation: tenant approval, stale statuses, implausible periods."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date

from cosmoplan.analysis.context import Bound, CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.rules.common import (
    BuiltinRule,
    words,
)
from cosmoplan.domain import COMMITTED, AllocationStatus, Kind, NegotiationStatus
from cosmoplan.messages import register

#: The longest plausible allocation, and the earliest plausible start (Baikonur, 1955).
MAX_YEARS = 50
EARLIEST_START = date(1955, 1, 1)
DAYS_PER_YEAR = 365.25

_ALLOCATION = "Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end}"
MSG_NOT_APPROVED = register(
    "finding.tenant.not_approved",
    _ALLOCATION + " is {status}, but {tenant} is not approved (talks: {negotiation}).",
)
MSG_FIRST_CONTACT = register(
    "finding.tenant.first_contact",
    _ALLOCATION + " is reserved, but talks with {tenant} are only at first contact.",
)
MSG_STALE = register(
    "finding.allocation.stale",
    _ALLOCATION + " is over by {at} but still {status}; mark it ended or cancelled.",
)
MSG_TOO_LONG = register(
    "finding.allocation.period",
    _ALLOCATION + " runs {years:.1f} years; more than {max_years} years is implausible.",
)
MSG_TOO_EARLY = register(
    "finding.allocation.period.early",
    _ALLOCATION + " starts before {earliest}, before the cosmodrome existed.",
)


class _AllocationRule(BuiltinRule):
    scope = Kind.ALLOCATION

    def _finding(
        self, context: CheckContext, bound: Bound, message_id: str, part: str = "", **extra: object
    ) -> tuple[int, Finding]:
        tenant = context.ref(Kind.TENANT, bound.tenant.id)
        subjects = (bound.allocation_ref, tenant, bound.pad_ref)
        params = {**bound.params, **extra}
        return bound.allocation.id, self.finding(
            message_id, subjects, bound.pad.hazard_source, params, part
        )


class NotApprovedRule(_AllocationRule):
    """A signed or active allocation for a tenant whose talks are not approved."""

    id = "tenant.not_approved"
    severity = Severity.ERROR
    title = "Tenant not approved for a signed allocation"
    description = (
        "The allocation is signed or active but the tenant's negotiation status is not approved."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            status = bound.tenant.status
            if bound.allocation.status in COMMITTED and status is not NegotiationStatus.APPROVED:
                yield self._finding(
                    context, bound, MSG_NOT_APPROVED, negotiation=words(status.value)
                )


class FirstContactRule(_AllocationRule):
    """A pad reserved for a tenant met only once."""

    id = "tenant.first_contact"
    severity = Severity.WARNING
    title = "Pad reserved for a tenant at first contact"
    description = "The allocation is reserved while talks with the tenant are at first contact."

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            if (
                bound.allocation.status is AllocationStatus.RESERVED
                and bound.tenant.status is NegotiationStatus.FIRST_CONTACT
            ):
                yield self._finding(context, bound, MSG_FIRST_CONTACT)


class StaleRule(_AllocationRule):
    """An allocation whose period is over but whose status still holds the pad."""

    id = "allocation.stale"
    severity = Severity.WARNING
    uses_check_date = True
    title = "Allocation over but not ended"
    description = (
        "The allocation's last day is before the check date but its status is still "
        "proposed, reserved, signed or active: it should be ended or cancelled. (A reversed or "
        "empty period cannot exist: the domain refuses it when the allocation is made.)"
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        at = context.at
        for bound in context.binding(ids):
            if bound.allocation.end < at:
                yield self._finding(context, bound, MSG_STALE, at=at.isoformat())


class PeriodRule(_AllocationRule):
    """An allocation period no lease could have."""

    id = "allocation.period"
    severity = Severity.WARNING
    title = "Implausible allocation period"
    description = (
        f"The allocation runs longer than {MAX_YEARS} years, or starts before "
        f"{EARLIEST_START.isoformat()} (before the cosmodrome existed): most likely a typing "
        "error. Reversed or empty periods are refused when an allocation is made; allocations "
        "left open after their end are allocation.stale."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for bound in context.binding(ids):
            allocation = bound.allocation
            if allocation.end >= _years_later(allocation.start, MAX_YEARS):
                years = allocation.days / DAYS_PER_YEAR
                yield self._finding(
                    context, bound, MSG_TOO_LONG, "length", years=years, max_years=MAX_YEARS
                )
            if allocation.start < EARLIEST_START:
                yield self._finding(
                    context, bound, MSG_TOO_EARLY, "start", earliest=EARLIEST_START.isoformat()
                )


def _years_later(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for 29 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
