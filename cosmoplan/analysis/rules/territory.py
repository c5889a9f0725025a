"""Rule on who controls the land: start-ups and national programmes stay out of the lease."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date
from itertools import pairwise

from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.rules.common import (
    BuiltinRule,
    words,
)
from cosmoplan.domain import Kind, Ref, TenantKind, Zone, ZoneKind
from cosmoplan.messages import register

#: Tenants that only Kazakhstan may host (on its own land or in the special economic zone).
HOSTED_BY_KAZAKHSTAN = frozenset({TenantKind.STARTUP, TenantKind.NATIONAL_PROGRAMME})
ALLOWED = frozenset({ZoneKind.SPECIAL_ECONOMIC_ZONE, ZoneKind.KAZAKH_TERRITORY})

_ALLOCATION = " (allocation with {vehicle} from {start} to {end})."
MSG_IN_LEASE = register(
    "finding.territory.outside_control",
    "Pad {pad} lies in {zone}, Russian-leased territory, from {period_start} to {period_end}; "
    "{tenant}, a {tenant_kind}, may not be allocated a pad there" + _ALLOCATION,
)
MSG_OUTSIDE = register(
    "finding.territory.outside_control.no_zone",
    "Pad {pad} lies outside any special economic zone or Kazakh territory from {period_start} "
    "to {period_end}; {tenant}, a {tenant_kind}, may only be allocated a pad inside one"
    + _ALLOCATION,
)


class TerritoryRule(BuiltinRule):
    """The pad lies where the allocating authority cannot host this tenant."""

    id = "territory.outside_control"
    severity = Severity.ERROR
    scope = Kind.ALLOCATION
    title = "Pad outside the territory open to the tenant"
    description = (
        "A start-up or national programme may only be allocated a pad that lies in a special "
        "economic zone or Kazakh territory zone valid on every day of the allocation, and in "
        "no Russian-leased zone valid on any of them. Incumbents are not checked. One finding "
        "per run of days with the same reason; zones are found with an STRtree."
    )

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        bounds = [b for b in context.binding(ids) if b.tenant.kind in HOSTED_BY_KAZAKHSTAN]
        context.territory.prime(b.pad for b in bounds)
        for bound in bounds:
            zones = context.territory.zones_at(bound.pad)
            allocation = bound.allocation
            for first, last, lease in _violations(allocation.start, allocation.end, zones):
                subjects: tuple[Ref, ...] = (
                    bound.allocation_ref,
                    bound.pad_ref,
                    context.ref(Kind.TENANT, bound.tenant.id),
                )
                if lease is not None:
                    subjects += (context.ref(Kind.ZONE, lease.id),)
                since = first.isoformat()
                params = {
                    **bound.params,
                    "zone": lease.name if lease is not None else "",
                    "tenant_kind": words(bound.tenant.kind.value),
                    "period_start": since,
                    "period_end": last.isoformat(),
                }
                message = MSG_OUTSIDE if lease is None else MSG_IN_LEASE
                finding = self.finding(message, subjects, bound.pad.location, params, since)
                yield allocation.id, finding


def _violations(
    start: date, end: date, zones: tuple[Zone, ...]
) -> Iterator[tuple[date, date, Zone | None]]:
    """Runs of days in ``start..end`` when the pad is in a lease zone (given) or in no allowed one.

    ``zones`` are the territory zones containing the pad, whatever their dates.
    """
    if not zones:
        yield start, end, None
        return
    low, high = start.toordinal(), end.toordinal() + 1
    cuts = {low, high}
    for zone in zones:
        for bound in (zone.valid_from, zone.valid_to):
            if bound is not None and low < bound.toordinal() < high:
                cuts.add(bound.toordinal())
    run: tuple[int, int, Zone | None] | None = None
    for first, after in pairwise(sorted(cuts)):
        day = date.fromordinal(first)
        valid = [z for z in zones if z.valid_on(day)]
        lease = next((z for z in valid if z.kind is ZoneKind.RUSSIAN_LEASE), None)
        if lease is None and any(z.kind in ALLOWED for z in valid):
            if run is not None:
                yield date.fromordinal(run[0]), date.fromordinal(run[1] - 1), run[2]
            run = None
        elif run is not None and run[2] is lease:
            run = (run[0], after, lease)
        else:
            if run is not None:
                yield date.fromordinal(run[0]), date.fromordinal(run[1] - 1), run[2]
            run = (first, after, lease)
    if run is not None:
        yield date.fromordinal(run[0]), date.fromordinal(run[1] - 1), run[2]
