"""The launch point's distance to the launch site boundary by vehicle class (14 CFR 420.21
Table 2, safety-rules.md §4.3), for every binding allocation whose vehicle has a class.

The site boundary is every cosmodrome-boundary zone valid on some day of the allocation; the
distances come from :mod:`cosmoplan.safety.site_boundary`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from cosmoplan.analysis.context import CheckContext
from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.analysis.impact import Impact
from cosmoplan.analysis.rules.common import BuiltinRule, words
from cosmoplan.domain import Kind, ZoneKind
from cosmoplan.messages import register
from cosmoplan.safety.site_boundary import boundary_shortfalls
from cosmoplan.safety.units import m_to_ft

MSG_BOUNDARY = register(
    "finding.safety.site_boundary",
    "The launch point of pad {pad} is {actual_m:,.0f} m from the boundary of {target}, but the "
    "{vehicle_class} vehicle {vehicle} of {tenant} needs at least {required_m:,.0f} m "
    "({required_ft:,.0f} ft), its debris dispersion radius (14 CFR 420.21 Table 2).",
)


class SiteBoundaryRule(BuiltinRule):
    """A launch point is closer to the launch site boundary than its vehicle class allows."""

    id = "safety.site_boundary"
    severity = Severity.ERROR
    scope = Kind.ALLOCATION
    title = "Launch point too close to the site boundary"
    description = (
        "The distance from the pad's launch point to the cosmodrome boundary (a boundary zone "
        "valid during the allocation) is less than the debris dispersion radius of the "
        "vehicle's class, 14 CFR 420.21 Table 2; a point outside the boundary counts as 0 m."
    )

    def affected(self, impact: Impact) -> Collection[int]:
        """The allocations changed, and every allocation when a zone changed."""
        if impact.touched(Kind.ZONE):
            return list(impact.context.allocations)
        return impact.ids(self.scope)

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        boundaries = [z for z in context.zones.values() if z.kind is ZoneKind.COSMODROME_BOUNDARY]
        if not boundaries:
            return
        for bound in context.binding(ids):
            vehicle_class = bound.vehicle.vehicle_class
            if vehicle_class is None:
                continue
            start, end = bound.allocation.start, bound.allocation.end
            valid = [
                z
                for z in boundaries
                if (z.valid_from is None or z.valid_from <= end)
                and (z.valid_to is None or start < z.valid_to)
            ]
            for shortfall in boundary_shortfalls(bound.pad.location, vehicle_class, valid):
                params = {
                    **bound.params,
                    "vehicle_class": words(vehicle_class.value),
                    "target": shortfall.zone.name,
                    "actual_m": shortfall.actual_m,
                    "required_m": shortfall.required_m,
                    "required_ft": m_to_ft(shortfall.required_m),
                }
                subjects = (
                    bound.allocation_ref,
                    bound.pad_ref,
                    context.ref(Kind.ZONE, shortfall.zone.id),
                )
                finding = self.finding(MSG_BOUNDARY, subjects, shortfall.geometry, params)
                yield bound.allocation.id, finding
