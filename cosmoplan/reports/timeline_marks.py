"""The marks of the timeline: allocation bars (fill style by status), outages, the legend.

Status reads from the fill: active solid, signed a lighter solid, reserved hatched, proposed
outlined with dashes, ended pale. Conflicting bars get a red outline.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Group, Line, Path, Rect

from cosmoplan.domain import AllocationStatus
from cosmoplan.mapping.fonts import text_width
from cosmoplan.mapping.shapes import color, text
from cosmoplan.mapping.tenants import (
    OUTAGE_FILL,
    OUTAGE_HATCH,
    OUTAGE_OVERLAY,
    STATUS_ORDER,
    STATUS_SAMPLE,
    bar_style,
)
from cosmoplan.messages import register
from cosmoplan.reports.colours import ACCENT, CONFLICT, INK, MUTED, OCCUPIED, is_dark
from cosmoplan.reports.language import Language
from cosmoplan.reports.occupancy import TimelineBar

BAR_FONT = 6.5
LEGEND_FONT = 6.5
#: Lines of the legend, from the top.
LEGEND_LINE = 10.0


def _r(key: str, text: str) -> str:
    return register(f"report.timeline.{key}", text)


MSG = {
    "withheld": _r("withheld", "Not available to you"),
    "outage": _r("outage", "Pad not available"),
    "conflict": _r("conflict", "Conflict (overlap)"),
    "held": _r("held", "Booked while the pad is not available (error)"),
    "as_of": _r("as_of", "As of {day}"),
    "more_tenants": _r("more_tenants", "and {count:,} more (bars are labelled)"),
    "more_bars": _r("more_bars", "+{count:,} more"),
    "pad": _r("pad", "Pad"),
    "quarter": _r("quarter", "Q{quarter}"),
}


def withheld_label(lang: Language) -> str:
    """Another tenant's use, as a tenant's timeline labels it."""
    return lang.t(MSG["withheld"])


def hatch(
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    colour: str,
    spacing: float = 3.5,
    width: float = 0.6,
    opacity: float = 1.0,
) -> Path:
    """Diagonal lines (45°) filling the box, in phase across the page, as one path."""
    path = Path(
        fillColor=None,
        strokeColor=color(colour),
        strokeWidth=width,
        strokeOpacity=opacity,
        strokeLineCap=0,
    )
    c = math.floor((x0 - y1) / spacing) * spacing
    while c <= x1 - y0:
        first, last = max(x0, y0 + c), min(x1, y1 + c)
        if first < last:
            path.moveTo(first, first - c)
            path.lineTo(last, last - c)
        c += spacing
    return path


def bar_shapes(
    bar: TimelineBar, x0: float, y0: float, x1: float, y1: float, lang: Language
) -> Group:
    """One allocation bar from ``x0`` to ``x1``, with its label if it fits (a conflict is
    outlined over its overlapping days only, by the row)."""
    fill, stroke, width, hatched = bar_style(bar.status, bar.colour)
    outline = {
        "strokeColor": color(stroke),
        "strokeWidth": width,
        "strokeDashArray": [2.0, 1.3] if fill is None else None,
    }
    ground = color(fill or "#ffffff")
    if not hatched:  # one rectangle, filled and outlined
        group = Group(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=ground, **outline))
    else:  # ground, hatch, then the outline over the hatch
        group = Group(
            Rect(x0, y0, x1 - x0, y1 - y0, fillColor=ground, strokeColor=None),
            hatch(x0, y0, x1, y1, bar.colour, spacing=3.2, width=0.55),
            Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, **outline),
        )
    label = bar_label(bar, x1 - x0 - 5, lang)
    if label:
        ink = "#ffffff" if fill is not None and not hatched and is_dark(fill) else INK
        if hatched:  # a calm ground under the text
            box = text_width(label, BAR_FONT) + 3
            group.add(
                Rect(
                    x0 + 1.5,
                    y0 + 1.5,
                    box,
                    y1 - y0 - 3,
                    fillColor=color("#ffffff"),
                    fillOpacity=0.85,
                    strokeColor=None,
                )
            )
        group.add(text(x0 + 2.5, (y0 + y1) / 2 - 2.3, label, BAR_FONT, fill=ink))
    return group


def bar_label(bar: TimelineBar, room: float, lang: Language) -> str:
    """The longest of "tenant · vehicle", "tenant", or the tenant cut short, that fits."""
    name = withheld_label(lang) if bar.status is None else bar.label
    for candidate in (f"{name} · {bar.vehicle}" if bar.vehicle else "", name):
        if candidate and text_width(candidate, BAR_FONT) <= room:
            return candidate
    cut = name
    while len(cut) > 3 and text_width(cut + "…", BAR_FONT) > room:
        cut = cut[:-1]
    return cut + "…" if len(cut) > 3 else ""


def outage_shapes(x0: float, y0: float, x1: float, y1: float, label: str | None) -> Group:
    """A pad outage: a hatched band across the row, labelled when nothing covers it."""
    group = Group(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=color(OUTAGE_FILL), strokeColor=None))
    group.add(hatch(x0, y0, x1, y1, OUTAGE_HATCH, spacing=4.0, width=0.4))
    if label and text_width(label, BAR_FONT) + 6 <= x1 - x0:
        box_w = text_width(label, BAR_FONT) + 4
        mid = (y0 + y1) / 2
        group.add(Rect(x0 + 2, mid - 4.5, box_w, 9, fillColor=color(OUTAGE_FILL), strokeColor=None))
        group.add(text(x0 + 4, mid - 2.3, label, BAR_FONT, fill=MUTED))
    return group


def outage_overlay(x0: float, y0: float, x1: float, y1: float) -> Group:
    """The outage hatch again over the bars: the pad is held while it cannot be used."""
    return hatch(x0, y0, x1, y1, OUTAGE_OVERLAY, spacing=4.0, width=0.45, opacity=0.45)


def conflict_mark(x0: float, y0: float, x1: float, y1: float) -> Group:
    """The red outline of an overlap, over its days only, with a strip along the row's foot."""
    return Group(
        Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=color(CONFLICT),
             strokeWidth=1.3),
        Rect(x0, y0, x1 - x0, 2.2, fillColor=color(CONFLICT), strokeColor=None),
    )  # fmt: skip


def held_mark(x0: float, y0: float, x1: float, y1: float) -> Group:
    """A booking's days while its pad cannot be used (an error): a dashed red outline."""
    return Group(
        Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=color(CONFLICT),
             strokeWidth=1.0, strokeDashArray=[2.5, 1.5]),
    )  # fmt: skip


def legend_shapes(
    tenants: Sequence[tuple[str, str]],
    x: float,
    y: float,
    right: float,
    anonymous: bool,
    at: date,
    lang: Language,
) -> Group:
    """The legend below the rows: fill styles and marks (on as many lines as they need), then
    the tenants' colours. Status samples are in :data:`STATUS_SAMPLE`, never a tenant's colour."""
    group = Group()
    cursor = [x, y]

    def place(name: str, bold: bool = False) -> tuple[float, float]:
        room = 19 + text_width(name, LEGEND_FONT, bold) + 12
        if cursor[0] > x and cursor[0] + room > right:
            cursor[0], cursor[1] = x, cursor[1] - LEGEND_LINE
        at_x, at_y = cursor
        cursor[0] += room
        return at_x, at_y

    samples: list[tuple[str, AllocationStatus | None, str]] = [
        (lang.enum(status), status, STATUS_SAMPLE) for status in STATUS_ORDER
    ]
    if anonymous:
        samples.append((withheld_label(lang), None, OCCUPIED))
    for name, status, colour in samples:
        fill, stroke, width, hatched = bar_style(status, colour)
        sx, sy = place(name)
        group.add(Rect(sx, sy - 1, 16, 7, fillColor=color(fill or "#ffffff"), strokeColor=None))
        if hatched:
            group.add(hatch(sx, sy - 1, sx + 16, sy + 6, colour, spacing=3.0, width=0.5))
        group.add(
            Rect(
                sx,
                sy - 1,
                16,
                7,
                fillColor=None,
                strokeColor=color(stroke),
                strokeWidth=width,
                strokeDashArray=[2.0, 1.3] if fill is None else None,
            )
        )
        group.add(text(sx + 19, sy, name, LEGEND_FONT))
    name = lang.t(MSG["outage"])
    sx, sy = place(name)
    group.add(Rect(sx, sy - 1, 16, 7, fillColor=color(OUTAGE_FILL), strokeColor=None))
    group.add(hatch(sx, sy - 1, sx + 16, sy + 6, OUTAGE_HATCH, spacing=3.0, width=0.4))
    group.add(text(sx + 19, sy, name, LEGEND_FONT))
    name = lang.t(MSG["conflict"])
    sx, sy = place(name)
    group.add(conflict_mark(sx, sy - 1, sx + 16, sy + 6))
    group.add(text(sx + 19, sy, name, LEGEND_FONT))
    name = lang.t(MSG["held"])
    sx, sy = place(name)
    group.add(Rect(sx, sy - 1, 16, 7, fillColor=color(OUTAGE_FILL), strokeColor=None))
    group.add(held_mark(sx, sy - 1, sx + 16, sy + 6))
    group.add(text(sx + 19, sy, name, LEGEND_FONT))
    name = lang.t(MSG["as_of"], day=at)
    sx, sy = place(name, bold=True)
    group.add(
        Line(
            sx + 8,
            sy - 2,
            sx + 8,
            sy + 7,
            strokeColor=color(ACCENT),
            strokeWidth=1.0,
            strokeDashArray=[3, 2],
        )
    )
    group.add(text(sx + 14, sy, name, LEGEND_FONT, bold=True, fill=ACCENT))
    group.add(_tenant_line(tenants, x, cursor[1] - LEGEND_LINE - 2, right, lang))
    return group


def _tenant_line(
    tenants: Sequence[tuple[str, str]], x: float, y: float, right: float, lang: Language
) -> Group:
    group = Group()
    if not tenants:
        return group
    cursor = x
    for index, (name, colour) in enumerate(tenants):
        width = 12 + text_width(name, LEGEND_FONT) + 10
        rest = len(tenants) - index
        more = lang.t(MSG["more_tenants"], count=rest)
        if cursor + width > right - (text_width(more, LEGEND_FONT) if rest > 1 else 0):
            group.add(text(cursor, y, more, LEGEND_FONT, fill=MUTED))
            break
        group.add(Rect(cursor, y - 1, 9, 7, fillColor=color(colour), strokeColor=None))
        group.add(text(cursor + 12, y, name, LEGEND_FONT))
        cursor += width
    return group
