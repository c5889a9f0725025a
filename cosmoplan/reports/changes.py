"""What changed in a plan's allocations since an earlier report: added, moved, ended, cancelled,
removed or otherwise changed in status, found by allocation id.

The earlier report is named by its plan (an earlier plan file, compared object by object) or by
the SHA-256 its cover printed (then only whether the plan is the same can be told).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    Pad,
    Plan,
    Tenant,
    Vehicle,
    natural_key,
)
from cosmoplan.messages import ValidationError, register
from cosmoplan.reports.identity import content_hash

#: A content hash as a cover prints it, or its first characters (at least eight).
HASH = re.compile(r"^[0-9a-fA-F]{8,64}$")

MSG_NOT_A_HASH = register(
    "report.since.not_a_hash",
    "An earlier report is named by its plan file or by the SHA-256 on its cover (got {since!r}).",
)


class ChangeKind(StrEnum):
    """How an allocation changed since the earlier plan."""

    ADDED = "added"
    MOVED = "moved"
    ENDED = "ended"
    CANCELLED = "cancelled"
    REMOVED = "removed"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class Booking:
    """An allocation as the changes print it."""

    pad: str
    start: date
    end: date
    status: AllocationStatus


@dataclass(frozen=True, slots=True)
class Change:
    """One allocation's change: whose, and how it was and is (``None`` when it was not or is
    no longer in the plan)."""

    kind: ChangeKind
    allocation_id: int
    tenant: str
    vehicle: str
    before: Booking | None
    after: Booking | None


@dataclass(frozen=True, slots=True)
class Since:
    """The earlier report compared with: its plan's hash and, when its plan was given, the
    changes (``None`` when only a hash was given and the plans differ: they cannot be told)."""

    content_hash: str
    same: bool
    changes: tuple[Change, ...] | None


def since_hash(text: str, plan: Plan, hashes: Iterable[str]) -> Since:
    """The earlier report named by the hash on its cover: the same plan when it matches one of
    ``hashes`` (the plan's file and content hashes; a prefix of eight or more matches too)."""
    wanted = text.strip().lower()
    if not HASH.match(wanted):
        raise ValidationError(MSG_NOT_A_HASH, field="since", since=text)
    same = any(h.startswith(wanted) for h in hashes)
    return Since(wanted, same, () if same else None)


def since_plan(earlier: Plan, plan: Plan, tenant: Tenant | None) -> Since:
    """The changes from ``earlier`` to ``plan`` of every allocation, or of ``tenant``'s only."""
    digest, _ = content_hash(earlier, None)
    before = _own(earlier, tenant)
    after = _own(plan, tenant)
    changes = []
    for allocation_id in sorted(before.keys() | after.keys()):
        old, new = before.get(allocation_id), after.get(allocation_id)
        kind = _kind(old, new)
        if kind is None:
            continue
        source, shown = (earlier, old) if new is None else (plan, new)
        assert shown is not None
        changes.append(
            Change(
                kind,
                allocation_id,
                _name(source, Kind.TENANT, shown.tenant_id),
                _name(source, Kind.VEHICLE, shown.vehicle_id),
                None if old is None else _booking(earlier, old),
                None if new is None else _booking(plan, new),
            )
        )
    changes.sort(key=lambda c: (natural_key(_pad_of(c)), c.allocation_id))
    return Since(digest, digest == content_hash(plan, None)[0], tuple(changes))


def _pad_of(change: Change) -> str:
    shown = change.after or change.before
    return shown.pad if shown else ""


def _own(plan: Plan, tenant: Tenant | None) -> dict[int, Allocation]:
    return {a.id: a for a in plan.allocations() if tenant is None or a.tenant_id == tenant.id}


def _kind(old: Allocation | None, new: Allocation | None) -> ChangeKind | None:
    if old is None:
        return ChangeKind.ADDED
    if new is None:
        return ChangeKind.REMOVED
    if new.status is AllocationStatus.CANCELLED and old.status is not AllocationStatus.CANCELLED:
        return ChangeKind.CANCELLED
    if new.pad_id != old.pad_id or new.start != old.start or new.end > old.end:
        return ChangeKind.MOVED
    if new.end < old.end or (
        new.status is AllocationStatus.ENDED and old.status is not AllocationStatus.ENDED
    ):
        return ChangeKind.ENDED
    return ChangeKind.STATUS if new.status is not old.status else None


def _booking(plan: Plan, allocation: Allocation) -> Booking:
    pad = plan.find(Kind.PAD, allocation.pad_id)
    code = pad.code if isinstance(pad, Pad) else str(allocation.pad_id)
    return Booking(code, allocation.start, allocation.end, allocation.status)


def _name(plan: Plan, kind: Kind, object_id: int) -> str:
    found = plan.find(kind, object_id)
    return found.name if isinstance(found, Tenant | Vehicle) else str(object_id)
