"""Formatting for the terminal: aligned tables, aligned key/value summaries and JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

#: A column of a table: the record key and the header shown above it.
Column = tuple[str, str]


#: Floats are shown with at most this many decimals.
MAX_DECIMALS = 6

#: The singular of each kind id, for counts such as "1 complex".
SINGULAR = {
    "complexes": "complex",
    "pads": "pad",
    "facilities": "facility",
    "zones": "zone",
    "tenants": "tenant",
    "vehicles": "vehicle",
    "allocations": "allocation",
    "requests": "request",
    "findings": "finding",
    "changes": "change",
    "errors": "error",
    "warnings": "warning",
}


def count_of(count: int, kind: str) -> str:
    """``"1 pad"``, ``"3 pads"``."""
    return f"{count} {SINGULAR.get(kind, kind) if count == 1 else kind}"


def decimals(value: float) -> int:
    """How many decimals ``value`` needs (at most :data:`MAX_DECIMALS`)."""
    fraction = f"{value:.{MAX_DECIMALS}f}".rstrip("0").partition(".")[2]
    return len(fraction)


def cell(value: Any, places: int | None = None) -> str:
    """How one value reads in a table: blanks for unknowns, yes/no, grouped numbers.

    Floats get ``places`` decimals (default: as many as they need), so that a column of them
    lines up on the decimal point.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.{decimals(value) if places is None else places}f}"
    if isinstance(value, list | tuple):
        return ",".join(cell(item) for item in value)
    return str(value)


def _numeric(values: Sequence[Any]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in present
    )


def table(records: Sequence[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    """An aligned plain-text table; numeric columns are right-aligned."""
    places = [
        max((decimals(r[key]) for r in records if isinstance(r.get(key), float)), default=None)
        for key, _ in columns
    ]
    rows = [
        [cell(record.get(key), p) for (key, _), p in zip(columns, places, strict=True)]
        for record in records
    ]
    headers = [header for _, header in columns]
    widths = [max([len(headers[i]), *(len(row[i]) for row in rows)]) for i in range(len(columns))]
    right = [_numeric([record.get(key) for record in records]) for key, _ in columns]

    def line(cells: Sequence[str]) -> str:
        padded = (
            c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right, strict=True)
        )
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def summary(pairs: Sequence[tuple[str, Any]]) -> str:
    """Aligned ``label  value`` lines; whole numbers grouped and right-aligned in one column."""
    width = max((len(label) for label, _ in pairs), default=0)
    numbers = [f"{v:,}" for _, v in pairs if isinstance(v, int) and not isinstance(v, bool)]
    number_width = max((len(n) for n in numbers), default=0)
    lines = []
    for label, value in pairs:
        text = cell(value)
        if isinstance(value, int) and not isinstance(value, bool):
            text = f"{value:,}".rjust(number_width)
        lines.append(f"{label.ljust(width)}  {text}".rstrip())
    return "\n".join(lines)


def write_json(data: Any, stream: TextIO) -> None:
    """Pretty JSON (UTF-8 text, not escaped) followed by a newline."""
    json.dump(data, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
