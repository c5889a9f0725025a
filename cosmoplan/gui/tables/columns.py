"""The columns of each kind's table: a title and how to read the value from an object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from cosmoplan.domain import Entity, Facility, Kind, LaunchComplex, Pad, Plan, Zone
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import label

Reader = Callable[[Entity, Plan, date], object]


@dataclass(frozen=True)
class Column:
    """One column: English title (context "tables"), the value of a cell, and what it uses."""

    title: str
    value: Reader
    numeric: bool = False
    uses_date: bool = False  # the value depends on the "as of" date
    uses_kinds: frozenset[Kind] = frozenset()  # the value reads objects of these kinds


def _complex_label(plan: Plan, complex_id: int | None) -> str:
    if complex_id is None:
        return ""
    found = plan.find(Kind.COMPLEX, complex_id)
    return found.label if isinstance(found, LaunchComplex) else f"#{complex_id}"


def _tonnes(kg: float | None) -> float | None:
    return None if kg is None else kg / 1000.0


def _pad(reader: Callable[[Pad, Plan, date], object]) -> Reader:
    return lambda e, plan, day: reader(e, plan, day) if isinstance(e, Pad) else None


def _facility(reader: Callable[[Facility, Plan, date], object]) -> Reader:
    return lambda e, plan, day: reader(e, plan, day) if isinstance(e, Facility) else None


def _zone(reader: Callable[[Zone, Plan, date], object]) -> Reader:
    return lambda e, plan, day: reader(e, plan, day) if isinstance(e, Zone) else None


def _holder(zone: Zone, plan: Plan, day: date) -> str:
    """The name of the tenant holding the zone's land, or nothing."""
    tenant = plan.find(Kind.TENANT, zone.tenant_id) if zone.tenant_id is not None else None
    return getattr(tenant, "name", "")


def _complex(reader: Callable[[LaunchComplex, Plan, date], object]) -> Reader:
    return lambda e, plan, day: reader(e, plan, day) if isinstance(e, LaunchComplex) else None


COMPLEXES = frozenset({Kind.COMPLEX})

COLUMNS: dict[Kind, tuple[Column, ...]] = {
    Kind.COMPLEX: (
        Column(QT_TRANSLATE_NOOP("tables", "Site"), _complex(lambda c, p, d: c.site)),
        Column(QT_TRANSLATE_NOOP("tables", "Name"), _complex(lambda c, p, d: c.name)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Controller"), _complex(lambda c, p, d: label(c.controller))
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Notes"), _complex(lambda c, p, d: c.notes)),
    ),
    Kind.PAD: (
        Column(QT_TRANSLATE_NOOP("tables", "Code"), _pad(lambda x, p, d: x.code)),
        Column(QT_TRANSLATE_NOOP("tables", "Name"), _pad(lambda x, p, d: x.name)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Complex"),
            _pad(lambda x, p, d: _complex_label(p, x.complex_id)),
            uses_kinds=COMPLEXES,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Status"),
            _pad(lambda x, p, d: label(x.status_at(d))),
            uses_date=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Propellants"),
            _pad(lambda x, p, d: ", ".join(sorted(label(v) for v in x.capabilities.propellants))),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Max mass (t)"),
            _pad(lambda x, p, d: _tonnes(x.capabilities.max_liftoff_mass_kg)),
            numeric=True,
        ),
    ),
    Kind.FACILITY: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), _facility(lambda f, p, d: f.name)),
        Column(QT_TRANSLATE_NOOP("tables", "Kind"), _facility(lambda f, p, d: label(f.kind))),
        Column(QT_TRANSLATE_NOOP("tables", "Status"), _facility(lambda f, p, d: label(f.status))),
        Column(
            QT_TRANSLATE_NOOP("tables", "In service"),
            _facility(lambda f, p, d: "✓" if f.in_service_on(d) else ""),
            uses_date=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Complex"),
            _facility(lambda f, p, d: _complex_label(p, f.complex_id)),
            uses_kinds=COMPLEXES,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Propellant"),
            _facility(lambda f, p, d: label(f.propellant) if f.propellant else ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Max quantity (t)"),
            _facility(lambda f, p, d: _tonnes(f.max_quantity_kg)),
            numeric=True,
        ),
    ),
    Kind.ZONE: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), _zone(lambda z, p, d: z.name)),
        Column(QT_TRANSLATE_NOOP("tables", "Kind"), _zone(lambda z, p, d: label(z.kind))),
        Column(QT_TRANSLATE_NOOP("tables", "Held by"), _zone(_holder)),
        Column(QT_TRANSLATE_NOOP("tables", "Valid from"), _zone(lambda z, p, d: z.valid_from)),
        Column(QT_TRANSLATE_NOOP("tables", "Valid to"), _zone(lambda z, p, d: z.valid_to)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Area (km²)"),
            _zone(lambda z, p, d: z.geometry.area / 1e6),
            numeric=True,
        ),
    ),
}

#: The kinds that have a table, in tab order.
TABLE_KINDS = (Kind.PAD, Kind.COMPLEX, Kind.FACILITY, Kind.ZONE)
