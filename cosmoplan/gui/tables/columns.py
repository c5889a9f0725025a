"""The columns of each kind's table: those of the core (:mod:`cosmoplan.services.tables`),
which the exports share, so a file holds what a table shows."""

from __future__ import annotations

from cosmoplan.domain import Kind
from cosmoplan.services.tables import COLUMNS, Column, Reader

#: The kinds that have a table in the Tables dock, in tab order.
TABLE_KINDS = (Kind.PAD, Kind.COMPLEX, Kind.FACILITY, Kind.ZONE)

__all__ = ["COLUMNS", "TABLE_KINDS", "Column", "Reader"]
