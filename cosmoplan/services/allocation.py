"""The allocation workflow: the commands that allocate pads and move allocations through their
lifecycle, and which pads fit a vehicle for a period. Shared by the command line and the GUI.

Nothing here changes a plan: each function checks its input (raising a
:class:`~cosmoplan.messages.CosmoplanError` with a message id) and returns a command to run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from cosmoplan.analysis import CandidateChecker, Finding, Severity
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    NegotiationStatus,
    Pad,
    Plan,
    Ref,
    Tenant,
    Vehicle,
)
from cosmoplan.domain.progress import Progress, report
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.names import name_in
from cosmoplan.services.commands import AddObjects, RemoveObjects, UpdateObject, update

MSG_UNKNOWN_TENANT = register("tenancy.unknown_tenant", "There is no tenant named {name!r}.")
MSG_UNKNOWN_VEHICLE = register(
    "tenancy.unknown_vehicle", "Tenant {tenant!r} has no vehicle named {name!r}."
)
MSG_UNKNOWN_PAD = register("tenancy.unknown_pad", "There is no pad with code {code!r}.")
MSG_UNKNOWN_ALLOCATION = register("tenancy.unknown_allocation", "There is no allocation {id}.")
MSG_NOT_IN_PLAN = register(
    "tenancy.not_in_plan", "The {kind} {name!r} is not part of this plan (id {id})."
)
MSG_VEHICLE_OF_OTHER_TENANT = register(
    "tenancy.vehicle_of_other_tenant",
    "Vehicle {vehicle!r} belongs to {owner!r}, not to {tenant!r}.",
)
MSG_TRANSITION = register(
    "tenancy.status_transition",
    "{name} cannot go from {old} to {new}; from {old} it can only become: {allowed}.",
)
MSG_FINAL = register(
    "tenancy.status_final",
    "{name} is {old}, which is final; its status can no longer change.",
)
MSG_STATUS_MANY = register("tenancy.status_many", "Mark {count} allocations as {status}")
MSG_UNCHANGED = register("tenancy.status_unchanged", "{name} is already {old}.")
MSG_HAS_ALLOCATIONS = register(
    "tenancy.tenant_has_allocations",
    "Tenant {tenant!r} has {count} {count:plural:allocation|allocations}; remove them with it "
    "(cascade) or keep it.",
)

#: The statuses each status may change to: proposed -> reserved -> signed -> active -> ended,
#: or cancelled from any status that is not final.
TRANSITIONS: Mapping[AllocationStatus, frozenset[AllocationStatus]] = {
    AllocationStatus.PROPOSED: frozenset({AllocationStatus.RESERVED, AllocationStatus.CANCELLED}),
    AllocationStatus.RESERVED: frozenset({AllocationStatus.SIGNED, AllocationStatus.CANCELLED}),
    AllocationStatus.SIGNED: frozenset({AllocationStatus.ACTIVE, AllocationStatus.CANCELLED}),
    AllocationStatus.ACTIVE: frozenset({AllocationStatus.ENDED, AllocationStatus.CANCELLED}),
    AllocationStatus.ENDED: frozenset(),
    AllocationStatus.CANCELLED: frozenset(),
}
_ORDER = list(AllocationStatus)


# -- finding objects by name ---------------------------------------------------------------
def find_tenant(plan: Plan, name: str) -> Tenant:
    """The tenant with this name (case-insensitive)."""
    tenant = plan.tenant_by_name(name)
    if tenant is None:
        raise CosmoplanError(MSG_UNKNOWN_TENANT, name=name.strip())
    return tenant


def find_vehicle(plan: Plan, tenant: Tenant, name: str) -> Vehicle:
    """The tenant's vehicle with this name (case-insensitive)."""
    vehicle = plan.vehicle_by_name(name, tenant.id)
    if vehicle is None:
        raise CosmoplanError(MSG_UNKNOWN_VEHICLE, tenant=tenant.name, name=name.strip())
    return vehicle


def find_pad(plan: Plan, code: str) -> Pad:
    """The pad with this code (exact, after trimming spaces)."""
    pad = plan.pad_by_code(code.strip())
    if pad is None:
        raise CosmoplanError(MSG_UNKNOWN_PAD, code=code.strip())
    return pad


def find_allocation(plan: Plan, allocation_id: int) -> Allocation:
    """The allocation with this id."""
    allocation = plan.find(Kind.ALLOCATION, allocation_id)
    if not isinstance(allocation, Allocation):
        raise CosmoplanError(MSG_UNKNOWN_ALLOCATION, id=allocation_id)
    return allocation


def _require_in_plan(plan: Plan, kind: Kind, entity: Tenant | Vehicle | Pad) -> None:
    if plan.find(kind, entity.id) is None:
        name = entity.code if isinstance(entity, Pad) else entity.name
        raise CosmoplanError(MSG_NOT_IN_PLAN, kind=kind.value, name=name, id=entity.id)


def _require_owner(plan: Plan, tenant: Tenant, vehicle: Vehicle) -> None:
    if vehicle.tenant_id != tenant.id:
        owner = plan.find(Kind.TENANT, vehicle.tenant_id)
        raise CosmoplanError(
            MSG_VEHICLE_OF_OTHER_TENANT,
            vehicle=vehicle.name,
            owner=owner.name if isinstance(owner, Tenant) else str(vehicle.tenant_id),
            tenant=tenant.name,
        )


# -- allocating ----------------------------------------------------------------------------
def errors_of(findings: Sequence[Finding]) -> list[Finding]:
    """The error-severity findings among ``findings``."""
    return [f for f in findings if f.severity is Severity.ERROR]


@dataclass(frozen=True)
class AllocationProposal:
    """A new allocation, the command that adds it, and what the rules would say about it."""

    allocation: Allocation
    command: AddObjects
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> list[Finding]:
        """The error findings: the allocation breaks these rules."""
        return errors_of(self.findings)

    @property
    def blocked(self) -> bool:
        """Whether an error finding should stop the allocation unless the user insists."""
        return bool(self.errors)


def allocate(
    plan: Plan,
    tenant: Tenant,
    vehicle: Vehicle,
    pad: Pad,
    start: date,
    end: date,
    status: AllocationStatus = AllocationStatus.PROPOSED,
    exclusive: bool = True,
    fee: float | None = None,
    notes: str = "",
    at: date | None = None,
    azimuth_deg: float | None = None,
) -> AllocationProposal:
    """A new allocation of ``pad`` to ``tenant``'s ``vehicle`` from ``start`` to ``end``
    (inclusive), launching at ``azimuth_deg`` if given, with the findings the rules report for
    it as of ``at`` (default today).

    Refuses (CosmoplanError) objects not in the plan, a vehicle of another tenant, a reversed
    period, a negative fee or an azimuth outside 0-360°. Rule findings do not refuse: the
    caller decides on :attr:`AllocationProposal.blocked`.
    """
    _require_in_plan(plan, Kind.TENANT, tenant)
    _require_in_plan(plan, Kind.VEHICLE, vehicle)
    _require_in_plan(plan, Kind.PAD, pad)
    _require_owner(plan, tenant, vehicle)
    checker = CandidateChecker(plan, at)
    allocation = Allocation(
        id=checker.new_id(),
        tenant_id=tenant.id,
        vehicle_id=vehicle.id,
        pad_id=pad.id,
        start=start,
        end=end,
        status=status,
        exclusive=exclusive,
        annual_fee_usd=fee,
        notes=notes.strip(),
        launch_azimuth_deg=azimuth_deg,
    )
    return AllocationProposal(
        allocation, AddObjects([allocation]), tuple(checker.check(allocation))
    )


def findings_for(plan: Plan, allocation: Allocation, at: date | None = None) -> list[Finding]:
    """The findings that name ``allocation`` (new, or an edited copy of one in the plan)."""
    return CandidateChecker(plan, at).check(allocation)


# -- the lifecycle -------------------------------------------------------------------------
def allowed_statuses(status: AllocationStatus) -> list[AllocationStatus]:
    """The statuses an allocation in ``status`` may change to, in lifecycle order."""
    return sorted(TRANSITIONS[status], key=_ORDER.index)


def check_transition(plan: Plan, allocation: Allocation, new: AllocationStatus) -> None:
    """Refuse a status change the lifecycle does not allow (naming the allocation as a
    planner does)."""
    old, name = allocation.status, name_in(plan, allocation)
    if new is old:
        raise CosmoplanError(MSG_UNCHANGED, id=allocation.id, name=name, old=old.value)
    allowed = allowed_statuses(old)
    if not allowed:
        raise CosmoplanError(MSG_FINAL, id=allocation.id, name=name, old=old.value)
    if new not in allowed:
        raise CosmoplanError(
            MSG_TRANSITION,
            id=allocation.id,
            name=name,
            old=old.value,
            new=new.value,
            allowed=", ".join(s.value for s in allowed),
        )


def change_status(plan: Plan, allocation_id: int, status: AllocationStatus) -> UpdateObject:
    """The command that moves an allocation to ``status`` (lifecycle rules enforced)."""
    allocation = find_allocation(plan, allocation_id)
    check_transition(plan, allocation, status)
    return UpdateObject(replace(allocation, status=status))


def cancel(plan: Plan, allocation_id: int) -> UpdateObject:
    """The command that cancels an allocation (allowed from any status that is not final)."""
    return change_status(plan, allocation_id, AllocationStatus.CANCELLED)


def deallocate(plan: Plan, allocation_id: int) -> RemoveObjects:
    """The command that removes an allocation."""
    allocation = find_allocation(plan, allocation_id)
    return RemoveObjects([Ref(Kind.ALLOCATION, allocation.id)])


# -- tenants -------------------------------------------------------------------------------
def allocations_of(plan: Plan, tenant: Tenant) -> list[Allocation]:
    """The tenant's allocations, by id."""
    return sorted((a for a in plan.allocations() if a.tenant_id == tenant.id), key=_id)


def _id(allocation: Allocation) -> int:
    return allocation.id


def set_tenant_status(plan: Plan, tenant: Tenant, status: NegotiationStatus) -> UpdateObject:
    """The command that records where talks with ``tenant`` stand."""
    _require_in_plan(plan, Kind.TENANT, tenant)
    return update(tenant, status=status)


def remove_tenant(plan: Plan, tenant: Tenant, cascade: bool = False) -> RemoveObjects:
    """The command that removes ``tenant`` with its vehicles; its allocations go too only with
    ``cascade`` (refused otherwise)."""
    _require_in_plan(plan, Kind.TENANT, tenant)
    allocations = allocations_of(plan, tenant)
    if allocations and not cascade:
        raise CosmoplanError(MSG_HAS_ALLOCATIONS, tenant=tenant.name, count=len(allocations))
    return RemoveObjects([Ref(Kind.TENANT, tenant.id)])


def first_free_day(
    plan: Plan, pad_id: int | None, since: date, allocation_id: int | None = None
) -> date:
    """The first day from ``since`` on which pad ``pad_id`` is held by no allocation (other
    than ``allocation_id``, the one being edited); ``since`` itself without a pad."""
    held = sorted(
        (a.start, a.end)
        for a in plan.allocations()
        if a.pad_id == pad_id and a.status.binding and a.id != allocation_id
    )
    day = since
    for start, end in held:
        if start <= day <= end:
            day = end + timedelta(days=1)
    return day


# -- which pads fit ------------------------------------------------------------------------
class PadFit(NamedTuple):
    """A pad and the findings an allocation of it would get (the reasons it does not fit)."""

    pad: Pad
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        """The error findings: why the pad does not fit."""
        return errors_of(self.findings)

    @property
    def fits(self) -> bool:
        """Whether the allocation would break no error rule."""
        return not self.errors


def pad_suitability(
    plan: Plan,
    vehicle: Vehicle,
    start: date,
    end: date,
    tenant: Tenant | None = None,
    *,
    status: AllocationStatus = AllocationStatus.PROPOSED,
    exclusive: bool = True,
    allocation_id: int | None = None,
    at: date | None = None,
    azimuth_deg: float | None = None,
    progress: Progress | None = None,
) -> list[PadFit]:
    """Every pad of the plan, judged for ``vehicle`` (of ``tenant``, default its owner) from
    ``start`` to ``end``: the pads that fit (no error findings) first, fewest findings first;
    then the others, fewest errors first; ties by pad code.

    ``allocation_id`` names an allocation being edited (it then does not conflict with itself);
    ``azimuth_deg`` is the launch azimuth, checked against each pad's range and corridor.
    ``progress`` hears of every pad judged and may cancel (:class:`Cancelled`).
    """
    _require_in_plan(plan, Kind.VEHICLE, vehicle)
    if tenant is None:
        owner = plan.get(Kind.TENANT, vehicle.tenant_id)
        assert isinstance(owner, Tenant)
        tenant = owner
    _require_in_plan(plan, Kind.TENANT, tenant)
    _require_owner(plan, tenant, vehicle)
    checker = CandidateChecker(plan, at)
    candidate_id = checker.new_id() if allocation_id is None else allocation_id
    pads = list(plan.pads())
    fits: list[PadFit] = []
    for done, pad in enumerate(pads):
        report(progress, done, len(pads), "Judging pads")
        candidate = Allocation(
            candidate_id,
            tenant.id,
            vehicle.id,
            pad.id,
            start,
            end,
            status,
            exclusive,
            launch_azimuth_deg=azimuth_deg,
        )
        fits.append(PadFit(pad, checker.check(candidate)))
    fits.sort(key=_rank)
    return fits


def _rank(fit: PadFit) -> tuple[int, int, int, str]:
    errors = len(fit.errors)
    return (0 if errors == 0 else 1, errors, len(fit.findings), fit.pad.code)
