"""Finding damaged rows of a stored plan before they become domain objects.

Storage builds objects without re-running the domain's validation (see
:mod:`cosmoplan.storage.trusted`), so a row written by another tool, a broken disk or a hand
edit must be caught here, or it fails much later (a ``TypeError`` in a check, a report or the
window). Every finding is a :class:`CorruptDataError` naming the table, the row and the column.
The checks follow the schema (its column types, nullability and foreign keys), whole columns at
a time: NULL where a value is required, a value of the wrong type (text in a number column),
numbers that are not finite or are negative (no stored number may be), dates that do not exist
or lie outside the planning horizon, a period ending before it starts, a reference to a row
that is not there, and geometries that are unreadable, empty, of the wrong type, not finite or
invalid. On the 100,000-facility plan they add about a fifth to the time of an open (most of it
GEOS's validity check).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np
import shapely
import sqlalchemy as sa
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain.site import FACILITY_GEOMETRIES, POLYGONAL
from cosmoplan.domain.validation import HORIZON
from cosmoplan.storage.schema import metadata

#: The values of one table, column by column.
Columns = Mapping[str, Sequence[Any]]


class CorruptDataError(ValueError):
    """A stored value cannot be turned back into the domain object it came from."""


#: The geometry types each geometry column may hold.
GEOMETRY_TYPES: dict[tuple[str, str], tuple[str, ...]] = {
    ("complexes", "footprint"): POLYGONAL,
    ("facilities", "geometry"): FACILITY_GEOMETRIES,
    ("pads", "location"): ("Point",),
    ("pads", "footprint"): POLYGONAL,
    ("zones", "geometry"): POLYGONAL,
}
#: Periods: (table, first column, last column); the last may equal but not precede the first.
PERIODS = (
    ("facilities", "commissioned", "decommissioned"),
    ("zones", "valid_from", "valid_to"),
    ("pad_status_periods", "start", "end"),
    ("allocations", "start", "end"),
    ("requests", "earliest_start", "latest_end"),
)
#: References kept as plain columns (no foreign key in the schema): (table, column) -> target.
PLAIN_REFERENCES = {("zones", "tenant_id"): "tenants"}

_FIRST, _LAST = (day.isoformat() for day in HORIZON)
#: The Python types the drivers return for each column type.
_TYPES: dict[type[sa.types.TypeEngine[Any]], tuple[type, ...]] = {
    sa.Integer: (int,),
    sa.Float: (int, float),
    sa.Text: (str,),
    sa.LargeBinary: (bytes, memoryview),
    sa.Date: (str, date),
    sa.Boolean: (int, bool),
}


def row_name(cols: Columns, index: int) -> str:
    """How a message names row ``index``: by id, or by pad and position for child rows."""
    if "id" in cols:
        return f"row id {cols['id'][index]}"
    return f"row pad_id {cols['pad_id'][index]}, position {cols['position'][index]}"


def damaged(table: str, cols: Columns, index: int, column: str, what: str) -> CorruptDataError:
    """The error for row ``index`` of ``table``: ``column`` ``what``."""
    return CorruptDataError(f"table {table}, {row_name(cols, index)}, column {column}: {what}")


def check_tables(tables: Mapping[str, Columns], *, partial: bool = False) -> None:
    """Check every column's values, the periods and the references of ``tables`` (not the
    references of ``partial`` tables: some rows of a plan, whose targets may be elsewhere)."""
    for name, cols in tables.items():
        for column in metadata.tables[name].columns:
            if column.name in cols:
                _check_column(name, cols, column)
    for name, first, last in PERIODS:
        _check_period(name, tables[name], first, last)
    if not partial:
        _check_references(tables)


def check_info(name: Any, description: Any) -> None:
    """Check the plan's name and description (the one row of ``plan_info``)."""
    cols = {"id": [1], "name": [name], "description": [description]}
    for column in ("name", "description"):
        if not isinstance(cols[column][0], str):
            raise damaged("plan_info", cols, 0, column, f"{_shown(cols[column][0])} is not text")


def _check_column(table: str, cols: Columns, column: sa.Column[Any]) -> None:
    values = cols[column.name]
    allowed = next((t for kind, t in _TYPES.items() if isinstance(column.type, kind)), None)
    if allowed is None:
        return
    present = set(map(type, values))
    if type(None) in present and not column.nullable:
        raise damaged(table, cols, list(values).index(None), column.name, "is empty (NULL)")
    present.discard(type(None))
    strange = present - set(allowed)
    if bool in present and allowed == (int,):
        strange.add(bool)
    if strange:
        index = next(i for i, v in enumerate(values) if type(v) in strange)
        shown = _shown(values[index])
        raise damaged(table, cols, index, column.name, f"{shown} is not {_noun(column)}")
    if isinstance(column.type, sa.Float) and float in present:
        _check_numbers(table, cols, column.name)
    elif isinstance(column.type, sa.Boolean) and not set(values) <= {0, 1, None}:
        wrong = next(i for i, v in enumerate(values) if v not in (0, 1, None))
        raise damaged(table, cols, wrong, column.name, f"{values[wrong]!r} is not 0 or 1")
    elif isinstance(column.type, sa.Date):
        _check_dates(table, cols, column.name)


def _noun(column: sa.Column[Any]) -> str:
    nouns = {
        sa.Integer: "a whole number",
        sa.Float: "a number",
        sa.LargeBinary: "a geometry",
        sa.Date: "a date",
        sa.Boolean: "0 or 1",
    }
    return next((n for kind, n in nouns.items() if isinstance(column.type, kind)), "text")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_numbers(table: str, cols: Columns, column: str) -> None:
    values = np.asarray(cols[column], dtype=float)  # None becomes NaN, which SQLite never holds
    bad = np.isinf(values) | (values < 0)
    if bad.any():
        index = int(np.argmax(bad))
        value = float(values[index])
        what = "is not finite" if math.isinf(value) else "is negative"
        raise damaged(table, cols, index, column, f"{value!r} {what}")


def _check_dates(table: str, cols: Columns, column: str) -> None:
    """ISO dates (``YYYY-MM-DD``) inside the horizon; whether the day exists is checked as
    they are decoded (:func:`date_values`)."""
    values = cols[column]
    texts = [v if isinstance(v, str) else v.isoformat() for v in values if v is not None]
    if not texts:
        return
    if set(map(len, texts)) == {len(_FIRST)} and min(texts) >= _FIRST and max(texts) <= _LAST:
        return
    for index, value in enumerate(values):
        text = value if value is None or isinstance(value, str) else value.isoformat()
        if text is None:
            continue
        if len(text) != len(_FIRST):  # fromisoformat also takes other forms ("20250101")
            raise damaged(table, cols, index, column, f"{_shown(value)} is not a date")
        if not _FIRST <= text <= _LAST:
            what = f"{text} is outside the planning horizon, {_FIRST} to {_LAST}"
            raise damaged(table, cols, index, column, what)


def date_values(table: str, cols: Columns, column: str) -> list[date | None]:
    """The dates of ``cols[column]`` (ISO text or dates; ``None`` stays)."""
    values = cols[column]
    try:
        return [v if v is None or type(v) is date else date.fromisoformat(v) for v in values]
    except (TypeError, ValueError):
        index = next(i for i, v in enumerate(values) if not _is_date(v))
        raise damaged(
            table, cols, index, column, f"{_shown(values[index])} is not a date"
        ) from None


def _is_date(value: Any) -> bool:
    try:
        return value is None or type(value) is date or bool(date.fromisoformat(value))
    except (TypeError, ValueError):
        return False


def _check_period(table: str, cols: Columns, first: str, last: str) -> None:
    for index, (start, end) in enumerate(zip(cols[first], cols[last], strict=True)):
        if start is not None and end is not None and str(end) < str(start):
            raise damaged(table, cols, index, last, f"{end} is before {first} {start}")


def _check_references(tables: Mapping[str, Columns]) -> None:
    ids = {name: set(cols["id"]) for name, cols in tables.items() if "id" in cols}
    references = dict(PLAIN_REFERENCES)
    for table in metadata.tables.values():
        for key in table.foreign_keys:
            references[(table.name, key.parent.name)] = key.column.table.name
    for (name, column), target in references.items():
        if name not in tables or target not in ids:
            continue
        cols = tables[name]
        known = ids[target]
        values = cols[column]
        if not known.issuperset(v for v in values if v is not None):
            index = next(i for i, v in enumerate(values) if v is not None and v not in known)
            what = f"refers to {target} id {values[index]}, which is not in the plan"
            raise damaged(name, cols, index, column, what)


def check_geometries(
    table: str, cols: Columns, column: str, geometries: Sequence[BaseGeometry | None]
) -> None:
    """Check the geometries decoded from ``cols[column]``: readable, of an allowed type, not
    empty, with finite coordinates, valid."""
    stored = cols[column]
    shapes = np.asarray(geometries, dtype=object)
    present = shapes != None  # noqa: E711 (element-wise)
    unreadable = ~present & np.asarray([v is not None for v in stored], dtype=bool)
    if unreadable.any():
        raise damaged(table, cols, int(np.argmax(unreadable)), column, "unreadable geometry")
    allowed = GEOMETRY_TYPES[(table, column)]
    kinds = shapely.get_type_id(shapes)
    codes = [_TYPE_IDS[name] for name in allowed]
    wrong = present & ~np.isin(kinds, codes)
    if wrong.any():
        index = int(np.argmax(wrong))
        actual = shapes[index].geom_type
        raise damaged(table, cols, index, column, f"a {actual}, not a {' or '.join(allowed)}")
    empty = present & shapely.is_empty(shapes)
    if empty.any():
        raise damaged(table, cols, int(np.argmax(empty)), column, "empty geometry")
    _check_shapes(table, cols, column, shapes, present & (kinds != _TYPE_IDS["Point"]))
    points = present & (kinds == _TYPE_IDS["Point"])
    if points.any():  # a point is valid when its coordinates are finite
        coordinates = shapely.get_coordinates(shapes[points])
        finite = np.isfinite(coordinates).all(axis=1)
        if not finite.all():
            row = int(np.flatnonzero(points)[int(np.argmin(finite))])
            raise damaged(table, cols, row, column, "invalid geometry (Invalid Coordinate)")


def _check_shapes(
    table: str, cols: Columns, column: str, shapes: np.ndarray[Any, Any], checked: Any
) -> None:
    """Check the validity of the ``checked`` shapes (lines and polygons)."""
    if not checked.any():
        return
    # GEOS finds coordinates that are not finite ("Invalid Coordinate") as it checks validity.
    invalid = checked & ~shapely.is_valid(shapes)
    if invalid.any():
        row = int(np.argmax(invalid))
        reason = shapely.is_valid_reason(shapes[row])
        raise damaged(table, cols, row, column, f"invalid geometry ({reason})")


_TYPE_IDS = {
    "Point": 0,
    "LineString": 1,
    "Polygon": 3,
    "MultiPoint": 4,
    "MultiLineString": 5,
    "MultiPolygon": 6,
}
