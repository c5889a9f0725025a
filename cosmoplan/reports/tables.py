"""Report tables: header row repeated on every page, zebra rows, thin rules, aligned numbers.

Cells are plain strings wrapped here to their column (a Table draws them line by line), which is
many times faster than a Paragraph per cell: the allocation tables run to thousands of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import white
from reportlab.platypus import LongTable, Table, TableStyle

from cosmoplan.mapping.fonts import BOLD, REGULAR, text_width
from cosmoplan.reports.colours import ACCENT, RULE, ZEBRA
from cosmoplan.reports.styles import SMALL, hex_colour, styles

PAD_X, PAD_Y = 4.0, 2.4
#: A cell shows at most this many lines (a name thousands of characters long is cut).
MAX_CELL_LINES = 12
LEADING = 1.22  # line height in font sizes


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its title, its share of the table width, and how its cells align.

    A ``fit`` column is as wide as its widest cell (and the longest word of its title), so
    dates and numbers never wrap; the other columns share the rest by ``weight``.
    """

    title: str
    weight: float = 1.0
    align: str = "LEFT"  # LEFT, RIGHT or CENTER
    fit: bool = False


@lru_cache(maxsize=1 << 17)
def _width(word: str, bold: bool, size: float) -> float:
    return text_width(word, size, bold)


def wrap(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` broken at spaces into lines of at most ``width`` points (long words broken too).

    Widths are summed per word (cached: table cells repeat the same words), which equals the
    width of the whole line since the fonts have no kerning.
    """
    words = text.split(" ")
    widths = [_width(word, bold, size) for word in words]
    space = _width(" ", bold, size)
    if sum(widths) + space * (len(words) - 1) <= width:
        return text
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word, word_width in zip(words, widths, strict=True):
        if not word:
            continue
        if line and used + space + word_width <= width:
            line.append(word)
            used += space + word_width
            continue
        if line:
            lines.append(" ".join(line))
        while word_width > width and len(word) > 1:
            head = _longest_prefix(word, width, bold, size)
            lines.append(head)
            word = word[len(head) :]
            word_width = _width(word, bold, size)
        line, used = [word], word_width
    lines.append(" ".join(line))
    return "\n".join(lines)


def _longest_prefix(word: str, width: float, bold: bool, size: float) -> str:
    cut = len(word) - 1
    while cut > 1 and _width(word[:cut], bold, size) > width:
        cut -= 1
    return word[:cut]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    width: float,
    size: float = SMALL,
    total: Sequence[str] | None = None,
    long: bool = True,
) -> Table:
    """A table ``width`` points wide whose header row repeats on every page it spans.

    ``total`` is an optional bold last row (sums). ``long`` picks a LongTable (fast over many
    pages); short tables may use a plain Table.
    """
    widths = column_widths(columns, [*rows, *([total] if total else [])], width, size)
    inner = [w - 2 * PAD_X for w in widths]
    header = [wrap(c.title, w, size, bold=True) for c, w in zip(columns, inner, strict=True)]
    body = [[_cell(cell, w, size) for cell, w in zip(row, inner, strict=True)] for row in rows]
    data = [header, *body]
    if total is not None:
        data.append([wrap(cell, w, size, bold=True) for cell, w in zip(total, inner, strict=True)])
    kind = LongTable if long else Table
    table = kind(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_style(columns, len(data), size, total is not None))
    return table


def _cell(text: str, width: float, size: float) -> str:
    """A body cell wrapped to its column, cut with an ellipsis after :data:`MAX_CELL_LINES`."""
    lines = wrap(text, width, size).split("\n")
    if len(lines) <= MAX_CELL_LINES:
        return "\n".join(lines)
    return "\n".join([*lines[: MAX_CELL_LINES - 1], lines[MAX_CELL_LINES - 1][:-1] + "…"])


def column_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], width: float, size: float
) -> list[float]:
    """Widths of the columns: ``fit`` ones by their content, the others by weight."""
    fitted: dict[int, float] = {}
    for index, column in enumerate(columns):
        if column.fit:
            cells = [_width(row[index], False, size) for row in rows]
            fitted[index] = max([_two_lines(column.title, size), *cells]) + 2 * PAD_X + 0.5
    rest = width - sum(fitted.values())
    weights = sum(c.weight for i, c in enumerate(columns) if i not in fitted) or 1.0
    return [
        fitted[i] if i in fitted else max(rest, 0.0) * c.weight / weights
        for i, c in enumerate(columns)
    ]


def _two_lines(title: str, size: float) -> float:
    """The narrowest width that sets ``title`` (bold) on at most two lines."""
    words = title.split()
    if len(words) < 2:
        return _width(title, True, size)
    return min(
        max(_width(" ".join(words[:cut]), True, size), _width(" ".join(words[cut:]), True, size))
        for cut in range(1, len(words))
    )


def _style(columns: Sequence[Column], count: int, size: float, total: bool) -> TableStyle:
    accent, rule = hex_colour(ACCENT), hex_colour(RULE)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, size, size * LEADING),
        ("FONT", (0, 0), (-1, 0), BOLD, size, size * LEADING),
        ("TEXTCOLOR", (0, 0), (-1, 0), white),
        ("TEXTCOLOR", (0, 1), (-1, -1), styles().body.textColor),
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 0.6),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, rule),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, accent),
    ]
    if count > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, hex_colour(ZEBRA)]))
    for index, column in enumerate(columns):
        if column.align != "LEFT":
            commands.append(("ALIGN", (index, 0), (index, -1), column.align))
    if total:
        commands += [
            ("FONT", (0, -1), (-1, -1), BOLD, size, size * LEADING),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, accent),
            ("BACKGROUND", (0, -1), (-1, -1), white),
        ]
    return TableStyle(commands)


def facts_table(pairs: Sequence[tuple[str, str]], width: float, size: float = SMALL) -> Table:
    """Label / value lines without a header (the cover's facts, a tenant's profile)."""
    label_width = min(width * 0.3, 130.0)
    widths = [label_width, width - label_width]
    data = [
        [wrap(label, label_width - 2 * PAD_X, size, bold=True), wrap(value, widths[1] - 8, size)]
        for label, value in pairs
    ]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, size, size * LEADING),
                ("FONT", (0, 0), (0, -1), BOLD, size, size * LEADING),
                ("TEXTCOLOR", (0, 0), (0, -1), hex_colour(ACCENT)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), PAD_Y + 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, hex_colour(RULE)),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, hex_colour(ACCENT)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, hex_colour(ACCENT)),
            ]
        )
    )
    return table
