"""A column of a table: its key, its English title and how to read its cell from a row.

The window's tables (:mod:`cosmoplan.gui.tables`) and the exports to CSV and XLSX
(:mod:`cosmoplan.services.tables.export`) are built from the same columns, so a file holds
what the table shows. Titles are translated by the window in Qt context "tables".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from cosmoplan.domain import Kind, LaunchComplex, Pad, Plan, Tenant, Vehicle

Row = TypeVar("Row")
#: Reads one cell from a row object, the plan it belongs to and the "as of" day.
Reader = Callable[[Any, Plan, date], object]


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: English title (context "tables"), how to read a cell, and what it uses."""

    title: str
    value: Callable[[Row, Plan, date], object]
    numeric: bool = False
    uses_date: bool = False  # the value depends on the "as of" date
    uses_kinds: frozenset[Kind] = field(default=frozenset())  # the value reads these kinds


def of_type(kind: type[Row], read: Callable[[Row, Plan, date], object]) -> Reader:
    """A reader of rows of ``kind`` only (anything else reads as nothing)."""
    return lambda row, plan, day: read(row, plan, day) if isinstance(row, kind) else None


def tonnes(kg: float | None) -> float | None:
    """Kilograms as tonnes."""
    return None if kg is None else kg / 1000.0


def complex_label(plan: Plan, complex_id: int | None) -> str:
    """A launch complex's label (its id if it is gone, nothing without one)."""
    if complex_id is None:
        return ""
    found = plan.find(Kind.COMPLEX, complex_id)
    return found.label if isinstance(found, LaunchComplex) else f"#{complex_id}"


def tenant_name(plan: Plan, tenant_id: int) -> str:
    """A tenant's name (its id if it is gone)."""
    found = plan.find(Kind.TENANT, tenant_id)
    return found.name if isinstance(found, Tenant) else f"#{tenant_id}"


def vehicle_name(plan: Plan, vehicle_id: int) -> str:
    """A vehicle's name (its id if it is gone)."""
    found = plan.find(Kind.VEHICLE, vehicle_id)
    return found.name if isinstance(found, Vehicle) else f"#{vehicle_id}"


def pad_code(plan: Plan, pad_id: int) -> str:
    """A pad's code (its id if it is gone)."""
    found = plan.find(Kind.PAD, pad_id)
    return found.code if isinstance(found, Pad) else f"#{pad_id}"
