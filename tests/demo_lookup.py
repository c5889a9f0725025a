"""Finding objects of the Baikonur demo plan by the names a planner knows them by."""

from __future__ import annotations

from cosmoplan.domain import Allocation, Kind, Plan, display_name


def allocation_on(plan: Plan, pad_code: str, vehicle_name: str) -> Allocation:
    """The one allocation of ``vehicle_name`` on the pad ``pad_code``."""
    pad = plan.pad_by_code(pad_code)
    assert pad is not None
    (found,) = [
        a
        for a in plan.allocations()
        if a.pad_id == pad.id and display_name(plan.get(Kind.VEHICLE, a.vehicle_id)) == vehicle_name
    ]
    return found
