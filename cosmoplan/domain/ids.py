"""Object ids: provisional ones for objects not yet stored, and renumbering to stored ones.

A new object gets a *provisional* id, a negative number only its own plan knows
(:meth:`Plan.next_id <cosmoplan.domain.plan.Plan.next_id>`). Storage gives it its real id
(positive, never used before in that plan) inside the transaction that saves it, so two
planners adding at the same moment can never pick the same id; the plan is then renumbered,
and references to the object in other objects follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from cosmoplan.domain.enums import Kind
from cosmoplan.domain.requests import Request
from cosmoplan.domain.site import Facility, Pad, Zone
from cosmoplan.domain.tenancy import Allocation, Vehicle

#: For each class, its fields holding the id of another object, and that object's kind.
REFERENCE_FIELDS: dict[type, tuple[tuple[str, Kind], ...]] = {
    Pad: (
        ("complex_id", Kind.COMPLEX),
        ("power_facility_id", Kind.FACILITY),
        ("required_facility_ids", Kind.FACILITY),
    ),
    Facility: (("complex_id", Kind.COMPLEX),),
    Zone: (("tenant_id", Kind.TENANT),),
    Vehicle: (("tenant_id", Kind.TENANT),),
    Allocation: (
        ("tenant_id", Kind.TENANT),
        ("vehicle_id", Kind.VEHICLE),
        ("pad_id", Kind.PAD),
    ),
    Request: (
        ("tenant_id", Kind.TENANT),
        ("vehicle_id", Kind.VEHICLE),
        ("pad_ids", Kind.PAD),
    ),
}

#: The kinds whose objects may refer to objects of each kind.
REFERRING_KINDS: dict[Kind, frozenset[Kind]] = {
    Kind.COMPLEX: frozenset({Kind.PAD, Kind.FACILITY}),
    Kind.FACILITY: frozenset({Kind.PAD}),
    Kind.PAD: frozenset({Kind.ALLOCATION, Kind.REQUEST}),
    Kind.ZONE: frozenset(),
    Kind.TENANT: frozenset({Kind.ZONE, Kind.VEHICLE, Kind.ALLOCATION, Kind.REQUEST}),
    Kind.VEHICLE: frozenset({Kind.ALLOCATION, Kind.REQUEST}),
    Kind.ALLOCATION: frozenset(),
    Kind.REQUEST: frozenset(),
}

#: ``lookup(kind, id)``: the id to use instead of ``id`` (``id`` itself when unchanged).
Lookup = Callable[[Kind, int], int]


def is_provisional(object_id: int) -> bool:
    """Whether ``object_id`` is a provisional id (an object not yet stored)."""
    return object_id < 0


def references(entity: Any) -> list[tuple[str, Kind, int]]:
    """Every (field, kind, id) that ``entity`` refers to."""
    found: list[tuple[str, Kind, int]] = []
    for name, kind in REFERENCE_FIELDS.get(type(entity), ()):
        value = getattr(entity, name)
        if isinstance(value, tuple):
            found += [(name, kind, item) for item in value]
        elif value is not None:
            found.append((name, kind, value))
    return found


def renumbered(entity: Any, kind: Kind, lookup: Lookup) -> Any:
    """``entity`` with its id and the ids it refers to passed through ``lookup``.

    Returns ``entity`` itself when nothing changes.
    """
    changes: dict[str, Any] = {}
    new_id = lookup(kind, entity.id)
    if new_id != entity.id:
        changes["id"] = new_id
    for name, target in REFERENCE_FIELDS.get(type(entity), ()):
        value = getattr(entity, name)
        if isinstance(value, tuple):
            mapped: Any = tuple(lookup(target, item) for item in value)
        else:
            mapped = None if value is None else lookup(target, value)
        if mapped != value:
            changes[name] = mapped
    return replace(entity, **changes) if changes else entity
