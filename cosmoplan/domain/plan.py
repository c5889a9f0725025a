"""The plan: every object of a site model, keyed by kind and id, with referential integrity."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from cosmoplan.domain.enums import Kind
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

MSG_UNKNOWN_OBJECT = register("plan.unknown_object", "There is no {kind} with id {id}.")
MSG_DUPLICATE_ID = register("plan.duplicate_id", "A {kind} with id {id} already exists.")
MSG_DUPLICATE_NAME = register("plan.duplicate_name", "{kind} {name!r} already exists.")
MSG_MISSING_REFERENCE = register(
    "plan.missing_reference", "{kind} {name!r} refers to {target} {id}, which does not exist."
)
MSG_STILL_REFERENCED = register(
    "plan.still_referenced", "{kind} {name!r} is still used by {count} other object(s)."
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


class Plan:
    """All objects of one plan. Mutate only through :meth:`add`, :meth:`replace`, :meth:`remove`.

    Entities are immutable; replacing one swaps the stored object. Each mutation keeps
    references valid: a pad's complex, a vehicle's tenant, an allocation's (or a request's)
    tenant, vehicle and pads must exist; pad codes, complex site numbers and tenant names are
    unique.
    """

    def __init__(self, info: PlanInfo | None = None) -> None:
        self.info = info or PlanInfo()
        self._objects: dict[Kind, dict[int, Entity]] = {kind: {} for kind in Kind}
        self._next_id: dict[Kind, int] = {kind: 1 for kind in Kind}
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
            return self._objects[kind][object_id]
        except KeyError:
            raise ValidationError(MSG_UNKNOWN_OBJECT, kind=kind.value, id=object_id) from None

    def find(self, kind: Kind, object_id: int) -> Entity | None:
        """The object of ``kind`` with ``object_id``, or ``None``."""
        return self._objects[kind].get(object_id)

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
        return copy

    def counts(self) -> dict[Kind, int]:
        """How many objects of each kind the plan holds."""
        return {kind: len(objects) for kind, objects in self._objects.items()}

    def next_id(self, kind: Kind) -> int:
        """The id the next new object of ``kind`` gets."""
        return self._next_id[kind]

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
        if entity.id in self._objects[kind]:
            raise ValidationError(MSG_DUPLICATE_ID, kind=kind.value, id=entity.id)
        self._check(entity)
        if self.watcher is not None:
            self.watcher(Ref(kind, entity.id), None)
        self._objects[kind][entity.id] = entity
        self._next_id[kind] = max(self._next_id[kind], entity.id + 1)

    def replace(self, entity: Entity) -> Entity:
        """Replace the object with the same kind and id; returns the old one."""
        kind = kind_of(entity)
        old = self.get(kind, entity.id)
        self._check(entity)
        if self.watcher is not None:
            self.watcher(Ref(kind, entity.id), old)
        self._objects[kind][entity.id] = entity
        return old

    def remove(self, kind: Kind, object_id: int) -> Entity:
        """Remove an object nothing refers to; returns it."""
        entity = self.get(kind, object_id)
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
                self._next_id[kind] = max(self._next_id[kind], max(objects) + 1)

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
