"""Where the report's facts come from: every object's source keys and confidence, and the
references of the keys the demo data defines.

A tenant report lists the site (complexes, pads, facilities, zones) and the tenant's own record
and vehicles, nothing of other tenants.
"""

from __future__ import annotations

from dataclasses import dataclass

from cosmoplan.demo import demo_sources
from cosmoplan.demo.reading import source_keys
from cosmoplan.domain import (
    Confidence,
    Entity,
    Facility,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Tenant,
    Vehicle,
    Zone,
    display_name,
    natural_key,
)

#: The kinds listed, in the order printed.
KINDS: tuple[Kind, ...] = (
    Kind.COMPLEX, Kind.PAD, Kind.FACILITY, Kind.ZONE, Kind.TENANT, Kind.VEHICLE
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One object and its sources."""

    kind: Kind
    name: str
    keys: tuple[str, ...]
    confidence: Confidence | None
    schematic: bool = False


@dataclass(frozen=True, slots=True)
class Citation:
    """What a source key stands for."""

    key: str
    reference: str


@dataclass(frozen=True, slots=True)
class Sources:
    """Every object's sources, and the references of the keys among them that are known."""

    rows: tuple[SourceRow, ...]
    citations: tuple[Citation, ...]


def gather_sources(plan: Plan, tenant: Tenant | None) -> Sources:
    """The sources of every object of ``plan`` (a tenant's own and the site only)."""
    rows = []
    for kind in KINDS:
        objects = sorted(plan.objects(kind).values(), key=lambda o: natural_key(display_name(o)))
        rows += [_row(kind, o) for o in objects if tenant is None or _shown_to(o, tenant)]
    known = demo_sources()
    used = sorted({key for row in rows for key in row.keys if key in known}, key=natural_key)
    return Sources(tuple(rows), tuple(Citation(key, known[key]) for key in used))


def _shown_to(entity: Entity, tenant: Tenant) -> bool:
    if isinstance(entity, Tenant):
        return entity.id == tenant.id
    if isinstance(entity, Vehicle):
        return entity.tenant_id == tenant.id
    return True


def _row(kind: Kind, entity: Entity) -> SourceRow:
    name = display_name(entity)
    if isinstance(entity, LaunchComplex | Pad | Facility | Zone):
        found = entity.provenance
        keys = tuple(source_keys(found.source))
        return SourceRow(kind, name, keys, found.confidence, found.schematic)
    source = entity.source if isinstance(entity, Tenant | Vehicle) else ""
    return SourceRow(kind, name, tuple(source_keys(source)), None)
