"""An optimiser result as commands: new proposed allocations for the served requests (marked
planned) and the moved allocations, applied and undone like any other edit."""

from __future__ import annotations

from dataclasses import replace

from cosmoplan.domain import Allocation, AllocationStatus, Kind, Plan, Request, RequestStatus
from cosmoplan.messages import register
from cosmoplan.planner import Result
from cosmoplan.services.commands import AddObjects, Command, UpdateObject

#: The undo step of an applied result.
MSG_APPLY = register(
    "optimisation.apply", "Place {count} {count:plural:request|requests} by the optimiser"
)


def result_commands(plan: Plan, result: Result) -> list[Command]:
    """The commands that make ``plan`` what ``result`` proposes (run them in one group)."""
    commands: list[Command] = []
    for allocation_id, placement in sorted(result.moved.items()):
        allocation = plan.get(Kind.ALLOCATION, allocation_id)
        assert isinstance(allocation, Allocation)
        commands.append(UpdateObject(replace(allocation, start=placement.start, end=placement.end)))
    new: list[Allocation] = []
    next_id = plan.next_id(Kind.ALLOCATION)
    for request_id, placement in sorted(result.served.items()):
        request = plan.get(Kind.REQUEST, request_id)
        assert isinstance(request, Request)
        new.append(
            Allocation(
                next_id - len(new),
                request.tenant_id,
                request.vehicle_id,
                placement.pad_id,
                placement.start,
                placement.end,
                AllocationStatus.PROPOSED,
                request.exclusive,
                request.fee_usd,
                f"Placed by the optimiser for request {request.id}.",
                request.launch_azimuth_deg,
            )
        )
        commands.append(UpdateObject(replace(request, status=RequestStatus.PLANNED)))
    if new:
        commands.insert(0, AddObjects(new))
    return commands
