"""Who occupies which pad on a date, and the map style that shows it: a pad held by a binding
allocation is filled with its tenant's colour (the palette of :mod:`cosmoplan.mapping.tenants`,
as on the timeline and in the reports) and outlined in the colour of its status; a free pad
keeps its status colour. Plain Python (no Qt)."""

from __future__ import annotations

from datetime import date

from cosmoplan.domain import Allocation, AllocationStatus, Entity, Pad, Plan, Tenant
from cosmoplan.mapping.style import PAD_STATUS_COLORS, Style, pad_style
from cosmoplan.mapping.tenants import tenant_colours

#: Which allocation shows when several hold a pad on one day (shared use): the most
#: advanced status first.
_PRECEDENCE = {
    AllocationStatus.ACTIVE: 0,
    AllocationStatus.SIGNED: 1,
    AllocationStatus.RESERVED: 2,
    AllocationStatus.PROPOSED: 3,
    AllocationStatus.ENDED: 4,
}


def _precedence(allocation: Allocation) -> tuple[int, date, int]:
    return (_PRECEDENCE.get(allocation.status, 9), allocation.start, allocation.id)


def occupying(plan: Plan, day: date) -> dict[int, Allocation]:
    """The allocation that holds each occupied pad on ``day``, by pad id: binding (not
    cancelled) and covering the day; of several, the most advanced status, then the earliest
    start, then the lowest id."""
    found: dict[int, Allocation] = {}
    for allocation in plan.allocations():
        if not allocation.status.binding or not allocation.covers(day):
            continue
        held = found.get(allocation.pad_id)
        if held is None or _precedence(allocation) < _precedence(held):
            found[allocation.pad_id] = allocation
    return found


def occupancy(plan: Plan, day: date) -> dict[int, int]:
    """The tenant occupying each occupied pad on ``day``: pad id -> tenant id."""
    return {pad_id: a.tenant_id for pad_id, a in occupying(plan, day).items()}


def occupying_tenants(plan: Plan, day: date) -> list[tuple[Tenant, str]]:
    """The tenants occupying a pad on ``day`` with their colours, by name (a map legend)."""
    colours = tenant_colours(t.id for t in plan.tenants())
    ids = set(occupancy(plan, day).values())
    tenants = [t for t in plan.tenants() if t.id in ids]
    return [(t, colours[t.id]) for t in sorted(tenants, key=lambda t: t.name.casefold())]


class TenantPadStyle:
    """A pad style function ``(pad, day) -> Style`` (as :class:`LayerSpec.style`) that colours
    pads by the tenant occupying them.

    It keeps the occupancy of the last day asked for; call :meth:`invalidate` after the
    plan's allocations or tenants change.
    """

    OUTLINE_WIDTH = 3.0
    SIZE = 14.0

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._day: date | None = None
        self._occupancy: dict[int, int] = {}
        self._colours: dict[int, str] = {}

    def invalidate(self) -> None:
        """Forget the occupancy (the allocations or tenants changed)."""
        self._day = None

    def occupancy(self, day: date) -> dict[int, int]:
        """Pad id -> tenant id on ``day`` (cached for the last day)."""
        if day != self._day:
            self._occupancy = occupancy(self.plan, day)
            self._colours = tenant_colours(t.id for t in self.plan.tenants())
            self._day = day
        return self._occupancy

    def colour_of(self, tenant_id: int) -> str:
        """The colour of a tenant (after :meth:`occupancy` was asked)."""
        return self._colours.get(tenant_id, "#9e9e9e")

    def __call__(self, entity: Entity, day: date) -> Style:
        assert isinstance(entity, Pad)
        tenant_id = self.occupancy(day).get(entity.id)
        if tenant_id is None:
            return pad_style(entity, day)
        return Style(
            fill=f"{self.colour_of(tenant_id)}ff",
            stroke=PAD_STATUS_COLORS[entity.status_at(day)],
            stroke_width=self.OUTLINE_WIDTH,
            symbol="o",
            size=self.SIZE,
        )
