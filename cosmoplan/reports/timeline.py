"""The timeline as vector drawings, tiled over as many landscape pages as it needs.

A year never gets less than :data:`MIN_YEAR_PT` points and a lane less than :data:`LANE_PT`;
when the rows or the years do not fit one page, the timeline is cut into sheets by rows (pads)
and by time windows of whole years, all at one scale. Nothing is squeezed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect

from cosmoplan.mapping.fonts import embedded_drawing, text_width
from cosmoplan.mapping.shapes import color, text
from cosmoplan.reports.colours import ACCENT, CONFLICT, INK, MUTED, RULE
from cosmoplan.reports.language import Language
from cosmoplan.reports.occupancy import Timeline, TimelineRow
from cosmoplan.reports.timeline_marks import (
    MSG,
    bar_shapes,
    conflict_mark,
    held_mark,
    legend_shapes,
    outage_overlay,
    outage_shapes,
)

LABEL_PT = 62.0  # pad code column
RIGHT_PT = 6.0
AXIS_PT = 24.0
LANE_PT = 13.0
ROW_PAD = 2.0
MIN_YEAR_PT = 52.0
LEGEND_PT = 46.0  # up to three lines of marks, then the tenants
DAYS_PER_YEAR = 365.25

XOf = Callable[[date], float]


@dataclass(frozen=True, slots=True)
class Sheet:
    """One tile: some rows over one time window, with its place in the whole."""

    rows: tuple[TimelineRow, ...]
    start: date
    end: date
    first_row: int
    row_chunk: int
    row_chunks: int
    window: int
    windows: int


def windows(start: date, end: date, plot_width: float) -> tuple[list[tuple[date, date]], float]:
    """Time windows and the scale in points per day.

    A period that fits at :data:`MIN_YEAR_PT` a year fills the width; a longer one is cut into
    windows of whole calendar years (the first and last may be partial), as even as can be.
    """
    days = (end - start).days + 1
    if days * MIN_YEAR_PT / DAYS_PER_YEAR <= plot_width:
        return [(start, end)], plot_width / days
    most = max(1, int(plot_width // MIN_YEAR_PT))
    years = end.year - start.year + 1
    count = -(-years // most)
    size = -(-years // count)
    spans = []
    for first_year in range(start.year, end.year + 1, size):
        first = max(start, date(first_year, 1, 1))
        spans.append((first, min(end, date(first_year + size - 1, 12, 31))))
    return spans, plot_width / (size * DAYS_PER_YEAR)


def row_height(row: TimelineRow, lanes: int | None = None) -> float:
    """Height of a row with its lanes."""
    return (lanes if lanes is not None else row.lanes) * LANE_PT + 2 * ROW_PAD


def max_lanes(height: float) -> int:
    """How many lanes fit a sheet's rows area of ``height`` points."""
    return max(1, int((height - AXIS_PT - LEGEND_PT - 2 * ROW_PAD) // LANE_PT))


def sheets(timeline: Timeline, width: float, height: float) -> list[Sheet]:
    """Cut the timeline into sheets of ``width`` x ``height`` points, rows first then time."""
    spans, _ = windows(timeline.start, timeline.end, width - LABEL_PT - RIGHT_PT)
    rows_area = height - AXIS_PT - LEGEND_PT
    cap = max_lanes(height)
    chunks: list[list[TimelineRow]] = [[]]
    used = 0.0
    for row in timeline.rows:
        needed = row_height(row, min(row.lanes, cap))
        if chunks[-1] and used + needed > rows_area:
            chunks.append([])
            used = 0.0
        chunks[-1].append(row)
        used += needed
    result = []
    first = 0
    for index, chunk in enumerate(chunks):
        for number, (start, end) in enumerate(spans):
            result.append(
                Sheet(tuple(chunk), start, end, first, index, len(chunks), number, len(spans))
            )
        first += len(chunk)
    return result


def sheet_drawing(
    timeline: Timeline, sheet: Sheet, width: float, height: float, lang: Language
) -> Drawing:
    """The drawing of one sheet: axis, rows with outages, bars and conflicts, legend."""
    plot_width = width - LABEL_PT - RIGHT_PT
    _, scale = windows(timeline.start, timeline.end, plot_width)
    cap = max_lanes(height)
    rows_height = sum(row_height(r, min(r.lanes, cap)) for r in sheet.rows)
    total = AXIS_PT + rows_height + LEGEND_PT
    drawing = embedded_drawing(width, total)
    top = total - AXIS_PT
    bottom = top - rows_height

    def x_of(day: date) -> float:
        return LABEL_PT + (day - sheet.start).days * scale

    end_x = x_of(sheet.end + timedelta(days=1))
    background, overlay = Group(), Group()
    y = top
    for index, row in enumerate(sheet.rows):
        lanes = min(row.lanes, cap)
        h = row_height(row, lanes)
        if index % 2:
            background.add(_rect(LABEL_PT, y - h, end_x - LABEL_PT, h, fill="#f5f7fa"))
        background.add(text(LABEL_PT - 6, y - h / 2 - 3, row.pad, 8.0, bold=True, anchor="end"))
        background.add(Line(6, y - h, end_x, y - h, strokeColor=color(RULE), strokeWidth=0.3))
        _row_content(row, sheet, lanes, y, x_of, overlay, lang)
        y -= h
    drawing.add(background)
    drawing.add(_grid(sheet, x_of, top, bottom))
    drawing.add(_cursor(timeline.at, sheet, x_of, top, bottom))  # under the bars and labels
    drawing.add(overlay)
    drawing.add(_axis(sheet, x_of, top, lang))
    drawing.add(_cursor_mark(timeline.at, sheet, x_of, top))
    drawing.add(_frame(LABEL_PT, bottom, end_x, top))
    tenants = _tenants(sheet.rows)
    drawing.add(
        legend_shapes(tenants, 6.0, bottom - 14, width - 12, _anonymous(sheet), timeline.at, lang)
    )
    return drawing


def _row_content(
    row: TimelineRow,
    sheet: Sheet,
    lanes: int,
    top: float,
    x_of: XOf,
    group: Group,
    lang: Language,
) -> None:
    h = row_height(row, lanes)
    held: list[tuple[float, float]] = []
    for outage in row.outages:
        if outage.end < sheet.start or outage.start > sheet.end:
            continue
        x0 = x_of(max(outage.start, sheet.start))
        x1 = x_of(min(outage.end, sheet.end) + timedelta(days=1))
        free = not any(b.start <= outage.end and outage.start <= b.end for b in row.bars)
        group.add(outage_shapes(x0, top - h, x1, top, lang.enum(outage.status) if free else None))
        if not free:
            held.append((x0, x1))
    hidden = 0
    for bar in row.bars:
        if bar.end < sheet.start or bar.start > sheet.end:
            continue
        if bar.lane >= lanes:
            hidden += 1
            continue
        x0 = x_of(max(bar.start, sheet.start))
        x1 = x_of(min(bar.end, sheet.end) + timedelta(days=1))
        y1 = top - ROW_PAD - bar.lane * LANE_PT - 1.5
        group.add(bar_shapes(bar, x0, y1 - (LANE_PT - 3), max(x1, x0 + 1.5), y1, lang))
        if bar.status is not None:  # one's own: its days on a pad that cannot be used
            for first, last in _held_days(bar.start, bar.end, row, sheet):
                hx0, hx1 = x_of(first), max(x_of(last + timedelta(days=1)), x_of(first) + 2)
                group.add(held_mark(hx0, y1 - (LANE_PT - 3) - 0.8, hx1, y1 + 0.8))
    for x0, x1 in held:
        group.add(outage_overlay(x0, top - h, x1, top))
    for first, last in row.conflicts:
        if last < sheet.start or first > sheet.end:
            continue
        x0 = x_of(max(first, sheet.start))
        x1 = max(x_of(min(last, sheet.end) + timedelta(days=1)), x0 + 2)
        group.add(conflict_mark(x0, top - h + 0.4, x1, top - 0.4))
    if hidden:
        more = lang.t(MSG["more_bars"], count=hidden)
        group.add(text(x_of(sheet.end) - 2, top - h + 2, more, 6.0, True, CONFLICT, "end"))


def _held_days(
    start: date, end: date, row: TimelineRow, sheet: Sheet
) -> Iterator[tuple[date, date]]:
    """The days from ``start`` to ``end`` (on the sheet) when the row's pad cannot be used."""
    for outage in row.outages:
        first = max(start, outage.start, sheet.start)
        last = min(end, outage.end, sheet.end)
        if first <= last:
            yield first, last


def _grid(sheet: Sheet, x_of: XOf, top: float, bottom: float) -> Group:
    group = Group()
    for day, kind in _ticks(sheet.start, sheet.end):
        x = x_of(day)
        if kind == "year":
            group.add(Line(x, bottom, x, top, strokeColor=color("#aeb7c4"), strokeWidth=0.5))
        else:
            group.add(Line(x, bottom, x, top, strokeColor=color("#e3e7ed"), strokeWidth=0.3))
    return group


def _axis(sheet: Sheet, x_of: XOf, top: float, lang: Language) -> Group:
    group = Group(_rect(LABEL_PT, top, x_of(sheet.end + timedelta(days=1)) - LABEL_PT, AXIS_PT))
    pad = lang.t(MSG["pad"])
    group.add(text(LABEL_PT - 6, top + 8, pad, 7.5, bold=True, fill=MUTED, anchor="end"))
    year_start = sheet.start
    for day, kind in [*_ticks(sheet.start, sheet.end), (sheet.end + timedelta(days=1), "end")]:
        x = x_of(day)
        if kind in ("year", "end"):
            first, last = x_of(year_start), x
            if last - first >= text_width(str(year_start.year), 8.5, True) + 4:
                group.add(
                    text(
                        (first + last) / 2, top + 12, str(year_start.year), 8.5, True, INK, "middle"
                    )
                )
            group.add(Line(x, top, x, top + AXIS_PT, strokeColor=color("#aeb7c4"), strokeWidth=0.5))
            year_start = day
        else:
            group.add(Line(x, top, x, top + 5, strokeColor=color(MUTED), strokeWidth=0.4))
            quarter = (day.month - 1) // 3 + 1
            next_x = x_of(min(_next_quarter(day), sheet.end + timedelta(days=1)))
            if next_x - x >= 16:
                label = lang.t(MSG["quarter"], quarter=quarter)
                group.add(text((x + next_x) / 2, top + 2, label, 5.5, fill=MUTED, anchor="middle"))
    return group


def _ticks(start: date, end: date) -> Iterator[tuple[date, str]]:
    """Quarter starts after ``start`` up to ``end``: ``"year"`` on 1 January, else ``"quarter"``."""
    day = _next_quarter(start)
    while day <= end:
        yield day, "year" if day.month == 1 else "quarter"
        day = _next_quarter(day)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _next_quarter(day: date) -> date:
    start = _quarter_start(day)
    month = start.month + 3
    return date(start.year + (month > 12), (month - 1) % 12 + 1, 1)


def _cursor(at: date, sheet: Sheet, x_of: XOf, top: float, bottom: float) -> Group:
    group = Group()
    if not sheet.start <= at <= sheet.end:
        return group
    x = x_of(at)
    group.add(
        Line(x, bottom, x, top, strokeColor=color(ACCENT), strokeWidth=1.0, strokeDashArray=[3, 2])
    )
    return group


def _cursor_mark(at: date, sheet: Sheet, x_of: XOf, top: float) -> Group:
    """The report date's mark on the axis (the line itself runs under the bars)."""
    group = Group()
    if sheet.start <= at <= sheet.end:
        x = x_of(at)
        group.add(Polygon([x - 3.5, top, x + 3.5, top, x, top - 5], fillColor=color(ACCENT)))
    return group


def _frame(x0: float, y0: float, x1: float, y1: float) -> Rect:
    return Rect(
        x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=color("#8a96a8"), strokeWidth=0.6
    )


def _rect(x: float, y: float, w: float, h: float, fill: str | None = None) -> Rect:
    return Rect(x, y, w, h, fillColor=color(fill), strokeColor=None, strokeWidth=0)


def _tenants(rows: Sequence[TimelineRow]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for row in rows:
        for bar in row.bars:
            if bar.status is not None:
                seen.setdefault(bar.label, bar.colour)
    return sorted(seen.items(), key=lambda item: item[0].casefold())


def _anonymous(sheet: Sheet) -> bool:
    return any(bar.status is None for row in sheet.rows for bar in row.bars)
