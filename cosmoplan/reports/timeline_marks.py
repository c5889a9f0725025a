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
    bar_style,
)
from cosmoplan.reports.colours import ACCENT, CONFLICT, INK, MUTED, OCCUPIED, is_dark
from cosmoplan.reports.occupancy import WITHHELD_LABEL, TimelineBar

BAR_FONT = 6.5
LEGEND_FONT = 6.5
SAMPLE = "#4e79a7"  # the colour of the status samples in the legend


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


def bar_shapes(bar: TimelineBar, x0: float, y0: float, x1: float, y1: float) -> Group:
    """One allocation bar from ``x0`` to ``x1``, with its label if it fits."""
    fill, stroke, width, hatched = bar_style(bar.status, bar.colour)
    outline = {
        "strokeColor": color(CONFLICT if bar.conflict else stroke),
        "strokeWidth": 1.3 if bar.conflict else width,
        "strokeDashArray": [2.0, 1.3] if fill is None and not bar.conflict else None,
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
    label = bar_label(bar, x1 - x0 - 5)
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


def bar_label(bar: TimelineBar, room: float) -> str:
    """The longest of "tenant · vehicle", "tenant", or the tenant cut short, that fits."""
    for candidate in (f"{bar.label} · {bar.vehicle}" if bar.vehicle else "", bar.label):
        if candidate and text_width(candidate, BAR_FONT) <= room:
            return candidate
    cut = bar.label
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


def legend_shapes(
    tenants: Sequence[tuple[str, str]],
    x: float,
    y: float,
    right: float,
    anonymous: bool,
    at: date,
) -> Group:
    """Two legend lines below the rows: fill styles and marks, then the tenants' colours."""
    group = Group()
    cursor = x
    samples: list[tuple[str, AllocationStatus | None, str]] = [
        (status.value.capitalize(), status, SAMPLE) for status in STATUS_ORDER
    ]
    if anonymous:
        samples.append((WITHHELD_LABEL, None, OCCUPIED))
    for name, status, colour in samples:
        fill, stroke, width, hatched = bar_style(status, colour)
        group.add(Rect(cursor, y - 1, 16, 7, fillColor=color(fill or "#ffffff"), strokeColor=None))
        if hatched:
            group.add(hatch(cursor, y - 1, cursor + 16, y + 6, colour, spacing=3.0, width=0.5))
        group.add(
            Rect(
                cursor,
                y - 1,
                16,
                7,
                fillColor=None,
                strokeColor=color(stroke),
                strokeWidth=width,
                strokeDashArray=[2.0, 1.3] if fill is None else None,
            )
        )
        group.add(text(cursor + 19, y, name, LEGEND_FONT))
        cursor += 19 + text_width(name, LEGEND_FONT) + 12
    group.add(Rect(cursor, y - 1, 16, 7, fillColor=color(OUTAGE_FILL), strokeColor=None))
    group.add(hatch(cursor, y - 1, cursor + 16, y + 6, OUTAGE_HATCH, spacing=3.0, width=0.4))
    group.add(text(cursor + 19, y, "Pad not available", LEGEND_FONT))
    cursor += 19 + text_width("Pad not available", LEGEND_FONT) + 12
    group.add(
        Rect(cursor, y - 1, 16, 7, fillColor=None, strokeColor=color(CONFLICT), strokeWidth=1.3)
    )
    group.add(Rect(cursor, y - 1, 16, 2.2, fillColor=color(CONFLICT), strokeColor=None))
    group.add(text(cursor + 19, y, "Conflict (overlap)", LEGEND_FONT))
    cursor += 19 + text_width("Conflict (overlap)", LEGEND_FONT) + 12
    group.add(
        Line(
            cursor + 8,
            y - 2,
            cursor + 8,
            y + 7,
            strokeColor=color(ACCENT),
            strokeWidth=1.0,
            strokeDashArray=[3, 2],
        )
    )
    group.add(text(cursor + 14, y, f"As of {at.isoformat()}", LEGEND_FONT, bold=True, fill=ACCENT))
    group.add(_tenant_line(tenants, x, y - 12, right))
    return group


def _tenant_line(tenants: Sequence[tuple[str, str]], x: float, y: float, right: float) -> Group:
    group = Group()
    if not tenants:
        return group
    cursor = x
    for index, (name, colour) in enumerate(tenants):
        width = 12 + text_width(name, LEGEND_FONT) + 10
        rest = len(tenants) - index
        more = f"and {rest} more (bars are labelled)"
        if cursor + width > right - (text_width(more, LEGEND_FONT) if rest > 1 else 0):
            group.add(text(cursor, y, more, LEGEND_FONT, fill=MUTED))
            break
        group.add(Rect(cursor, y - 1, 9, 7, fillColor=color(colour), strokeColor=None))
        group.add(text(cursor + 12, y, name, LEGEND_FONT))
        cursor += width
    return group
