"""The plan: every object of a site model, keyed by kind and id, with referential integrity."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from cosmoplan.domain.enums import Kind
from cosmoplan.domain.ids import REFERRING_KINDS, is_provisional, references, renumbered
from cosmoplan.domain.requests import Request
from cosmoplan.domain.site import Facility, LaunchComplex, Pad, Zone
from cosmoplan.domain.tenancy import Allocation, Tenant, Vehicle
from cosmoplan.messages import ValidationError, register

Entity: TypeAlias = LaunchComplex | Pad | Facility | Zone | Tenant | Vehicle | Allocation | Request

KIND_OF_CLASS: dict[type, Kind] = {
    LaunchComplex: Kind.COMPLEX,
    Pad: Kind.PAD,
    Facility: Kind.FACILITY,
    Zone: Kind.ZONE,
    Tenant: Kind.TENANT,
    Vehicle: Kind.VEHICLE,
    Allocation: Kind.ALLOCATION,
    Request: Kind.REQUEST,
}
CLASS_OF_KIND: dict[Kind, type] = {kind: cls for cls, kind in KIND_OF_CLASS.items()}

#: How a description states the date of a plan's newest fact ("Knowledge date: 2026-03-22.").
KNOWLEDGE_DATE_LABEL = "Knowledge date:"
_KNOWLEDGE_DATE = re.compile(re.escape(KNOWLEDGE_DATE_LABEL) + r" (\d{4}-\d{2}-\d{2})")

MSG_UNKNOWN_OBJECT = register("plan.unknown_object", "There is no {kind} with id {id}.")
MSG_DUPLICATE_ID = register("plan.duplicate_id", "A {kind} with id {id} already exists.")
MSG_DUPLICATE_NAME = register("plan.duplicate_name", "{kind} {name!r} already exists.")
MSG_MISSING_REFERENCE = register(
    "plan.missing_reference", "{kind} {name!r} refers to {target} {id}, which does not exist."
)
MSG_STILL_REFERENCED = register(
    "plan.still_referenced",
    "{kind} {name!r} is still used by {count} other {count:plural:object|objects}.",
)
MSG_VEHICLE_OF_OTHER_TENANT = register(
    "plan.vehicle_of_other_tenant",
    "Vehicle {vehicle!r} belongs to another tenant, not to {tenant!r}.",
)


def kind_of(entity: Entity) -> Kind:
    """The kind of an entity."""
    return KIND_OF_CLASS[type(entity)]


def display_name(entity: Entity) -> str:
    """A short human name: a pad's code, a site's label, otherwise the name or the id."""
    if isinstance(entity, Pad):
        return entity.code
    if isinstance(entity, LaunchComplex):
        return entity.label
    if isinstance(entity, Allocation):
        return f"allocation {entity.id}"
    if isinstance(entity, Request):
        return f"request {entity.id}"
    return entity.name


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to one object: its kind and id."""

    kind: Kind
    id: int


@dataclass(slots=True)
class PlanInfo:
    """Plan-wide facts: its name and description."""

    name: str = "Untitled plan"
    description: str = ""

    @property
    def knowledge_date(self) -> date | None:
        """The date of the plan's newest fact, when its description states one: later
        states in the plan are assumptions."""
        found = _KNOWLEDGE_DATE.search(self.description)
        try:
            return None if found is None else date.fromisoformat(found.group(1))
        except ValueError:  # "Knowledge date: 2026-02-30" states no date
            return None


class Plan:
    """All objects of one plan. Mutate only through :meth:`add`, :meth:`replace`, :meth:`remove`.

    Entities are immutable; replacing one swaps the stored object. Each mutation keeps
    references valid: a pad's complex, a vehicle's tenant, an allocation's (or a request's)
    tenant, vehicle and pads must exist; pad codes, complex site numbers and tenant names are
    unique.

    New objects get provisional (negative) ids from :meth:`next_id`; storage replaces them by
    real ones when it saves (:meth:`renumber`). The plan remembers the provisional ids it
    renumbered, so that a command done before the save (and kept for undo) still finds its
    objects: every id given to the plan, and every reference inside an object given to it, is
    resolved first.
    """

    def __init__(self, info: PlanInfo | None = None) -> None:
        self.info = info or PlanInfo()
        self._objects: dict[Kind, dict[int, Entity]] = {kind: {} for kind in Kind}
        self._next_new: dict[Kind, int] = {kind: -1 for kind in Kind}
        self._aliases: dict[Kind, dict[int, int]] = {kind: {} for kind in Kind}
        #: Told of every add, replace and remove, before it happens, with the object as it
        #: was (``None`` for a new one). The project uses it to know what differs from the save.
        self.watcher: Callable[[Ref, Entity | None], None] | None = None

    # -- reading -------------------------------------------------------------------------
    def objects(self, kind: Kind) -> Mapping[int, Entity]:
        """The objects of ``kind`` by id (read-only view)."""
        return self._objects[kind]

    def complexes(self) -> Iterator[LaunchComplex]:
        """Every launch complex."""
        return iter(self._objects[Kind.COMPLEX].values())  # type: ignore[arg-type]

    def pads(self) -> Iterator[Pad]:
        """Every pad."""
        return iter(self._objects[Kind.PAD].values())  # type: ignore[arg-type]

    def facilities(self) -> Iterator[Facility]:
        """Every facility."""
        return iter(self._objects[Kind.FACILITY].values())  # type: ignore[arg-type]

    def zones(self) -> Iterator[Zone]:
        """Every zone."""
        return iter(self._objects[Kind.ZONE].values())  # type: ignore[arg-type]

    def tenants(self) -> Iterator[Tenant]:
        """Every tenant."""
        return iter(self._objects[Kind.TENANT].values())  # type: ignore[arg-type]

    def vehicles(self) -> Iterator[Vehicle]:
        """Every vehicle."""
        return iter(self._objects[Kind.VEHICLE].values())  # type: ignore[arg-type]

    def allocations(self) -> Iterator[Allocation]:
        """Every allocation."""
        return iter(self._objects[Kind.ALLOCATION].values())  # type: ignore[arg-type]

    def requests(self) -> Iterator[Request]:
        """Every request for a pad."""
        return iter(self._objects[Kind.REQUEST].values())  # type: ignore[arg-type]

    def get(self, kind: Kind, object_id: int) -> Entity:
        """The object of ``kind`` with ``object_id``; ValidationError if there is none."""
        try:
            return self._objects[kind][self.resolve(kind, object_id)]
        except KeyError:
            raise ValidationError(MSG_UNKNOWN_OBJECT, kind=kind.value, id=object_id) from None

    def find(self, kind: Kind, object_id: int) -> Entity | None:
        """The object of ``kind`` with ``object_id``, or ``None``."""
        return self._objects[kind].get(self.resolve(kind, object_id))

    def resolve(self, kind: Kind, object_id: int) -> int:
        """The id the object known as ``object_id`` has now (a renumbered provisional id's
        real id; otherwise ``object_id`` itself)."""
        if object_id < 0:
            return self._aliases[kind].get(object_id, object_id)
        return object_id

    def resolve_ref(self, ref: Ref) -> Ref:
        """``ref`` with its id resolved (see :meth:`resolve`)."""
        object_id = self.resolve(ref.kind, ref.id)
        return ref if object_id == ref.id else Ref(ref.kind, object_id)

    def pad_by_code(self, code: str) -> Pad | None:
        """The pad with this code (exact match), or ``None``."""
        return next((pad for pad in self.pads() if pad.code == code), None)

    def tenant_by_name(self, name: str) -> Tenant | None:
        """The tenant with this name (case-insensitive), or ``None``."""
        folded = name.strip().casefold()
        return next((t for t in self.tenants() if t.name.casefold() == folded), None)

    def vehicle_by_name(self, name: str, tenant_id: int | None = None) -> Vehicle | None:
        """The vehicle with this name (case-insensitive), optionally of one tenant."""
        folded = name.strip().casefold()
        return next(
            (
                v
                for v in self.vehicles()
                if v.name.casefold() == folded and (tenant_id is None or v.tenant_id == tenant_id)
            ),
            None,
        )

    def copy(self) -> Plan:
        """A copy that later edits of this plan do not touch (for work on another thread;
        the entities are immutable, so they are shared)."""
        copy = Plan(PlanInfo(self.info.name, self.info.description))
        copy.load(entity for objects in self._objects.values() for entity in objects.values())
        copy._next_new = dict(self._next_new)
        copy._aliases = {kind: dict(aliases) for kind, aliases in self._aliases.items()}
        return copy

    def counts(self) -> dict[Kind, int]:
        """How many objects of each kind the plan holds."""
        return {kind: len(objects) for kind, objects in self._objects.items()}

    def next_id(self, kind: Kind) -> int:
        """A provisional id for a new object of ``kind``: negative, unused in this plan.

        The ids after it (``next_id - 1``, ``next_id - 2``...) are free too, for imports.
        """
        return self._next_new[kind]

    def dependents(self, kind: Kind, object_id: int) -> list[Ref]:
        """Objects that refer to the given one (and would dangle if it were removed)."""
        refs: list[Ref] = []
        if kind is Kind.COMPLEX:
            refs += [Ref(Kind.PAD, p.id) for p in self.pads() if p.complex_id == object_id]
            refs += [
                Ref(Kind.FACILITY, f.id) for f in self.facilities() if f.complex_id == object_id
            ]
        elif kind is Kind.FACILITY:
            refs += [
                Ref(Kind.PAD, p.id)
                for p in self.pads()
                if p.power_facility_id == object_id or object_id in p.required_facility_ids
            ]
        elif kind is Kind.PAD:
            refs += [
                Ref(Kind.ALLOCATION, a.id) for a in self.allocations() if a.pad_id == object_id
            ]
            refs += [Ref(Kind.REQUEST, r.id) for r in self.requests() if object_id in r.pad_ids]
        elif kind is Kind.TENANT:
            refs += [Ref(Kind.ZONE, z.id) for z in self.zones() if z.tenant_id == object_id]
            refs += [Ref(Kind.VEHICLE, v.id) for v in self.vehicles() if v.tenant_id == object_id]
            refs += [
                Ref(Kind.ALLOCATION, a.id) for a in self.allocations() if a.tenant_id == object_id
            ]
            refs += [Ref(Kind.REQUEST, r.id) for r in self.requests() if r.tenant_id == object_id]
        elif kind is Kind.VEHICLE:
            refs += [
                Ref(Kind.ALLOCATION, a.id) for a in self.allocations() if a.vehicle_id == object_id
            ]
            refs += [Ref(Kind.REQUEST, r.id) for r in self.requests() if r.vehicle_id == object_id]
        return refs

    # -- changing ------------------------------------------------------------------------
    def add(self, entity: Entity) -> None:
        """Add a new object; its id must be free."""
        kind = kind_of(entity)
        entity = self._resolved(entity, kind)
        if entity.id in self._objects[kind]:
            raise ValidationError(MSG_DUPLICATE_ID, kind=kind.value, id=entity.id)
        self._check(entity)
        if self.watcher is not None:
            self.watcher(Ref(kind, entity.id), None)
        self._objects[kind][entity.id] = entity
        self._note_id(kind, entity.id)

    def replace(self, entity: Entity) -> Entity:
        """Replace the object with the same kind and id; returns the old one."""
        kind = kind_of(entity)
        entity = self._resolved(entity, kind)
        old = self.get(kind, entity.id)
        self._check(entity)
        if self.watcher is not None:
            self.watcher(Ref(kind, entity.id), old)
        self._objects[kind][entity.id] = entity
        return old

    def remove(self, kind: Kind, object_id: int) -> Entity:
        """Remove an object nothing refers to; returns it."""
        entity = self.get(kind, object_id)
        object_id = entity.id
        dependents = self.dependents(kind, object_id)
        if dependents:
            raise ValidationError(
                MSG_STILL_REFERENCED,
                kind=kind.value,
                name=display_name(entity),
                count=len(dependents),
            )
        if self.watcher is not None:
            self.watcher(Ref(kind, object_id), entity)
        del self._objects[kind][object_id]
        return entity

    def load(self, entities: Iterable[Entity]) -> None:
        """Add trusted objects in bulk (from storage), checking references once at the end."""
        for entity in entities:
            kind = kind_of(entity)
            self._objects[kind][entity.id] = entity
        for kind, objects in self._objects.items():
            if objects:
                self._note_id(kind, min(objects))

    # -- merging what storage says ---------------------------------------------------------
    def renumber(self, new_ids: Mapping[Ref, int]) -> set[Ref]:
        """Give provisional ids their real ones (``new_ids``: provisional ref -> real id).

        References to them in other objects follow. Returns the other objects so changed
        (by their new refs).
        """
        moved: dict[Kind, dict[int, int]] = {kind: {} for kind in Kind}
        for ref, real in new_ids.items():
            moved[ref.kind][ref.id] = real

        def lookup(kind: Kind, object_id: int) -> int:
            return moved[kind].get(object_id, object_id)

        for kind, ids in moved.items():
            objects = self._objects[kind]
            for old, real in ids.items():
                objects[real] = objects.pop(old)
            self._aliases[kind].update(ids)
        referring = {other for kind, ids in moved.items() if ids for other in REFERRING_KINDS[kind]}
        changed: set[Ref] = set()
        for kind in Kind:
            objects = self._objects[kind]
            arrived = set(moved[kind].values())
            for object_id in list(objects) if kind in referring else arrived:
                entity = objects[object_id]
                new = renumbered(entity, kind, lookup)
                if new is not entity:
                    objects[object_id] = new
                    if object_id not in arrived:
                        changed.add(Ref(kind, object_id))
        return changed

    def merge(self, upserts: Iterable[Entity], removals: Iterable[Ref]) -> None:
        """Take objects stored by someone else as they are (trusted, like :meth:`load`):
        ``upserts`` replace or join the plan's, ``removals`` go."""
        for ref in removals:
            self._objects[ref.kind].pop(ref.id, None)
        self.load(upserts)

    def _note_id(self, kind: Kind, object_id: int) -> None:
        if object_id < 0:
            self._next_new[kind] = min(self._next_new[kind], object_id - 1)

    def _resolved(self, entity: Entity, kind: Kind) -> Entity:
        """``entity`` with renumbered provisional ids (its own and its references) resolved."""
        aliases = self._aliases
        if not any(aliases.values()):
            return entity
        if not (
            is_provisional(entity.id) or any(is_provisional(i) for _, _, i in references(entity))
        ):
            return entity
        resolved: Entity = renumbered(entity, kind, self.resolve)
        return resolved

    # -- integrity -----------------------------------------------------------------------
    def _check(self, entity: Entity) -> None:
        if isinstance(entity, Pad):
            self._require(entity, Kind.COMPLEX, entity.complex_id)
            if entity.power_facility_id is not None:
                self._require(entity, Kind.FACILITY, entity.power_facility_id)
            for facility_id in entity.required_facility_ids:
                self._require(entity, Kind.FACILITY, facility_id)
            self._unique(entity, entity.code, (p.code for p in self._others(entity)))
        elif isinstance(entity, LaunchComplex):
            self._unique(entity, entity.site, (c.site for c in self._others(entity)))
        elif isinstance(entity, Facility):
            if entity.complex_id is not None:
                self._require(entity, Kind.COMPLEX, entity.complex_id)
        elif isinstance(entity, Zone):
            if entity.tenant_id is not None:
                self._require(entity, Kind.TENANT, entity.tenant_id)
        elif isinstance(entity, Tenant):
            self._unique(
                entity, entity.name.casefold(), (t.name.casefold() for t in self._others(entity))
            )
        elif isinstance(entity, Vehicle):
            self._require(entity, Kind.TENANT, entity.tenant_id)
            siblings = (v for v in self._others(entity) if v.tenant_id == entity.tenant_id)
            self._unique(entity, entity.name.casefold(), (v.name.casefold() for v in siblings))
        elif isinstance(entity, Allocation | Request):
            self._require(entity, Kind.TENANT, entity.tenant_id)
            vehicle = self._require(entity, Kind.VEHICLE, entity.vehicle_id)
            pad_ids = (entity.pad_id,) if isinstance(entity, Allocation) else entity.pad_ids
            for pad_id in pad_ids:
                self._require(entity, Kind.PAD, pad_id)
            assert isinstance(vehicle, Vehicle)
            if vehicle.tenant_id != entity.tenant_id:
                tenant = self.get(Kind.TENANT, entity.tenant_id)
                raise ValidationError(
                    MSG_VEHICLE_OF_OTHER_TENANT,
                    field="vehicle_id",
                    vehicle=vehicle.name,
                    tenant=display_name(tenant),
                )

    def _others(self, entity: Entity) -> Iterator[Any]:
        kind = kind_of(entity)
        return (e for i, e in self._objects[kind].items() if i != entity.id)

    def _require(self, entity: Entity, target: Kind, target_id: int) -> Entity:
        found = self._objects[target].get(target_id)
        if found is None:
            raise ValidationError(
                MSG_MISSING_REFERENCE,
                kind=kind_of(entity).value,
                name=display_name(entity),
                target=target.value,
                id=target_id,
            )
        return found

    def _unique(self, entity: Entity, key: str, existing: Iterable[str]) -> None:
        if key in set(existing):
            raise ValidationError(
                MSG_DUPLICATE_NAME, kind=kind_of(entity).value, name=display_name(entity)
            )
