"""Tables to files: a :class:`Sheet` of plain cells, written as CSV or as an XLSX workbook.

Files are written whole or not at all (:func:`cosmoplan.files.atomic_file`) and never over a
plan or a file of another kind. CSV is UTF-8 with a byte-order mark (spreadsheets then read
its letters right), ISO dates and numbers without grouping; XLSX has real dates and numbers,
a bold header row frozen at the top and an autofilter over the columns.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

from cosmoplan.domain import Plan
from cosmoplan.files import atomic_file, require_replaceable
from cosmoplan.messages import ValidationError, register
from cosmoplan.services.tables.cells import Plain, Words, plain, text
from cosmoplan.services.tables.columns import Column

MSG_WRITE_FAILED = register("tables.export.write_failed", "Cannot write the table {path}: {reason}")
MSG_UNKNOWN_FORMAT = register(
    "tables.export.unknown_format",
    "Cannot write a table as {suffix!r}: the file name must end in .csv or .xlsx.",
)

Row = TypeVar("Row")

#: Widest column of a workbook, in characters.
MAX_WIDTH = 60
#: Characters a sheet name may not hold, and its longest length.
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31


@dataclass(frozen=True)
class Sheet:
    """A table as it is written: a name, the headers and the rows of plain cells."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Plain, ...], ...]


def build_sheet(
    name: str,
    rows: Iterable[Row],
    columns: Sequence[Column[Row]],
    plan: Plan,
    day: date,
    words: Words,
) -> Sheet:
    """The sheet of ``rows`` (in their order) under ``columns``, read as on ``day`` and
    worded by ``words`` (titles in context "tables")."""
    headers = tuple(words.translate("tables", column.title) for column in columns)
    cells = tuple(
        tuple(plain(column.value(row, plan, day), words) for column in columns) for row in rows
    )
    return Sheet(name, headers, cells)


def write_csv_text(sheet: Sheet, stream: TextIO) -> None:
    """``sheet`` as comma-separated text on ``stream`` (opened with ``newline=""``)."""
    writer = csv.writer(stream)
    writer.writerow(sheet.headers)
    writer.writerows([text(cell) for cell in row] for row in sheet.rows)


def write_csv(sheet: Sheet, handle: BinaryIO) -> None:
    """``sheet`` as comma-separated UTF-8 text (with a byte-order mark)."""
    stream = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    write_csv_text(sheet, stream)
    stream.flush()
    stream.detach()


def write_xlsx(sheet: Sheet, handle: BinaryIO) -> None:
    """``sheet`` as a one-sheet workbook: header frozen, autofilter, columns sized to fit."""
    from openpyxl import Workbook  # loaded on use: slow to import
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    page = book.create_sheet(sheet_name(sheet.name))
    page.freeze_panes = "A2"
    last = get_column_letter(max(len(sheet.headers), 1))
    page.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
    for index, width in enumerate(_widths(sheet), start=1):
        page.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for title in sheet.headers:
        cell = WriteOnlyCell(page, value=title)
        cell.font = bold
        header.append(cell)
    page.append(header)
    for row in sheet.rows:
        page.append(row)
    book.save(handle)


def _widths(sheet: Sheet, sample: int = 1000) -> list[int]:
    """Each column's width in characters: its widest text among the first ``sample`` rows."""
    widths = [len(title) for title in sheet.headers]
    for row in sheet.rows[:sample]:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(text(cell)))
    return [min(width + 2, MAX_WIDTH) for width in widths]


def sheet_name(name: str) -> str:
    """``name`` as a workbook allows a sheet name (no ``[]:*?/\\``, at most 31 characters)."""
    return _NOT_IN_SHEET_NAMES.sub(" ", name).strip()[:MAX_SHEET_NAME] or "Sheet"


#: The formats a table is written in: id -> (kind of file, writer).
FORMATS: dict[str, tuple[str, Callable[[Sheet, BinaryIO], None]]] = {
    "csv": ("CSV", write_csv),
    "xlsx": ("XLSX", write_xlsx),
}


def format_of(path: Path) -> str:
    """The format a file name asks for (``.csv`` or ``.xlsx``); ValidationError otherwise."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(MSG_UNKNOWN_FORMAT, field="out", suffix=path.suffix or path.name)
    return suffix


def write_sheet(sheet: Sheet, path: Path, fmt: str | None = None) -> Path:
    """Write ``sheet`` to ``path`` in ``fmt`` (default: from the file name's suffix), whole or
    not at all; never over a plan or a file of another kind. Raises CosmoplanError."""
    kind, writer = FORMATS[fmt or format_of(path)]
    require_replaceable(path, kind)
    with atomic_file(path, MSG_WRITE_FAILED, kind) as handle:
        writer(sheet, handle)
    return path
