"""The summary section: headline figures, counts by status, pad utilisation (chart and table),
annual fees."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import white
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from cosmoplan.mapping.fonts import BOLD, REGULAR
from cosmoplan.mapping.shapes import color
from cosmoplan.reports.colours import ACCENT, MUTED, RULE, ZEBRA
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.figures import Count, PadUse
from cosmoplan.reports.model import Report
from cosmoplan.reports.styles import (
    H1,
    SMALL,
    day,
    escape,
    hex_colour,
    money,
    percent,
    styles,
)
from cosmoplan.reports.tables import Column, data_table, wrap

SUMMARY = Entry("Summary", "summary")
#: The chart shows at most this many pads (the most used); the table lists them all.
CHART_PADS = 20
BAR_PT = 11.0


def summary(report: Report, width: float) -> list[Flowable]:
    """The summary section's flowables."""
    s = styles()
    figures = report.summary
    start, end = report.cover.period
    days = (end - start).days + 1
    tenant = report.cover.tenant
    intro = (
        f"Pads and tenants as of {day(report.cover.at)}; utilisation and fees over the period "
        f"{day(start)} to {day(end)} ({days:,} days)."
    )
    if tenant:
        intro += f" Allocations, utilisation and fees are those of {escape(tenant)} only."
    flowables: list[Flowable] = [Heading(SUMMARY, s.h1), Paragraph(intro, s.body)]
    flowables.append(_headline(report, width))
    counts = [("Pads by status", figures.pads_by_status)]
    if figures.tenants_by_status:
        counts.append(("Tenants by negotiation status", figures.tenants_by_status))
    counts.append(("Allocations in the period by status", figures.allocations_by_status))
    flowables += [Paragraph("Counts", s.h2), _side_by_side(counts, width)]
    flowables += _utilisation(figures.utilisation, width, start.isoformat(), end.isoformat())
    flowables += _fees(report, width)
    return flowables


def _headline(report: Report, width: float) -> Table:
    figures = report.summary
    severities = {c.label: c.count for c in figures.findings_by_severity}
    allocations = sum(c.count for c in figures.allocations_by_status)
    cells = [
        (f"{figures.pads:,}", "pads"),
        (f"{figures.free_pads:,}", "pads free"),
        (f"{figures.unavailable_pads:,}", "pads not available"),
        (f"{allocations:,}", "allocations in the period"),
        (f"{severities.get('Error', 0):,}", "error findings"),
        (f"{figures.committed_annual / 1e6:,.1f}", "US$ M a year in signed fees"),
    ]
    if report.cover.tenant is None:  # a tenant learns nothing of the others' occupation
        cells[1:1] = [
            (f"{figures.allocated_pads:,}", "pads allocated (signed or active)"),
            (f"{figures.reserved_pads:,}", "pads proposed or reserved"),
        ]
    each = width / len(cells)
    numbers = [value for value, _ in cells]
    labels = [wrap(label, each - 8, SMALL - 0.5) for _, label in cells]
    table = Table([numbers, labels], colWidths=[each] * len(cells), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), BOLD, H1 - 2, H1 + 2),
                ("FONT", (0, 1), (-1, 1), REGULAR, SMALL - 0.5, SMALL + 1.2),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (-1, 0), hex_colour(ACCENT)),
                ("TEXTCOLOR", (0, 1), (-1, 1), hex_colour(MUTED)),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, -1), hex_colour(ZEBRA)),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, white),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, hex_colour(ACCENT)),
            ]
        )
    )
    return table


def _side_by_side(groups: Sequence[tuple[str, Sequence[Count]]], width: float) -> Table:
    gap = 14.0
    each = (width - gap * (len(groups) - 1)) / len(groups)
    inner = [
        data_table(
            [Column(title), Column("Count", align="RIGHT", fit=True)],
            [(c.label, f"{c.count:,}") for c in counts] or [("none", "0")],
            each,
            total=("Total", f"{sum(c.count for c in counts):,}"),
            long=False,
        )
        for title, counts in groups
    ]
    widths: list[float] = []
    cells: list[object] = []
    for index, table in enumerate(inner):
        if index:
            widths.append(gap)
            cells.append("")
        widths.append(each)
        cells.append(table)
    outer = Table([cells], colWidths=widths, hAlign="LEFT")
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()]))
    return outer


def _no_padding() -> list[tuple[object, ...]]:
    return [
        (side, (0, 0), (-1, -1), 0)
        for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
    ]


def _utilisation(uses: Sequence[PadUse], width: float, start: str, end: str) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [
        CondPageBreak(160),
        Paragraph("Utilisation of pads", s.h2),
    ]
    if not uses:
        return [*flowables, Paragraph("No pad is allocated in the period.", s.body)]
    chosen = sorted(uses, key=lambda u: (-u.share, u.pad))[:CHART_PADS]
    text = (
        f"Share of the days from {start} to {end} on which a pad is allocated (any status but "
        "cancelled; overlapping allocations counted once)."
    )
    if len(uses) > CHART_PADS:
        text += f" The chart shows the {CHART_PADS} most used of {len(uses)} pads."
    flowables.append(Paragraph(text, s.body))
    rows = [(u.pad, f"{u.days:,}", percent(u.share)) for u in uses]
    columns = [
        Column("Pad"),
        Column("Days allocated", align="RIGHT", fit=True),
        Column("Utilisation", align="RIGHT", fit=True),
    ]
    if len(uses) > CHART_PADS:  # the chart above, the long table below
        return [
            *flowables,
            _chart(chosen, width),
            CondPageBreak(60),
            data_table(columns, rows, width * 0.6),
        ]
    gap = 14.0
    table_width = width * 0.38
    table = data_table(columns, rows, table_width, long=False)
    beside = Table(
        [[_chart(chosen, width - table_width - gap), "", table]],
        colWidths=[width - table_width - gap, gap, table_width],
        hAlign="LEFT",
    )
    beside.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()]))
    return [*flowables, beside]


def _chart(uses: Sequence[PadUse], width: float) -> Drawing:
    height = BAR_PT * len(uses) + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 52, 22
    chart.width, chart.height = width - 52 - 40, height - 30
    ordered = list(reversed(uses))
    chart.data = [[round(u.share * 100, 1) for u in ordered]]
    chart.categoryAxis.categoryNames = [u.pad for u in ordered]
    chart.categoryAxis.labels.fontName = BOLD
    chart.categoryAxis.labels.fontSize = SMALL
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = color(RULE)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = SMALL - 1
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.strokeColor = color(RULE)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = color("#e3e7ed")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = color(ACCENT)
    chart.bars[0].strokeColor = None
    chart.barWidth = BAR_PT * 0.6
    chart.groupSpacing = BAR_PT * 0.4
    chart.barLabelFormat = "%.0f %%"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = SMALL - 1
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _fees(report: Report, width: float) -> list[Flowable]:
    s = styles()
    figures = report.summary
    columns = [
        Column("Tenant", 4),
        Column("Annual fees, signed or active (US$)", 2.3, "RIGHT"),
        Column("Annual fees, proposed or reserved (US$)", 2.3, "RIGHT"),
        Column("Fees over the period (US$)", 2.3, "RIGHT"),
    ]  # wide headers: weights, not fitted widths
    rows = [
        (f.tenant, money(f.committed_annual), money(f.pending_annual), money(f.period_total))
        for f in figures.fees
    ]
    total = (
        "Total",
        money(figures.committed_annual),
        money(figures.pending_annual),
        money(figures.period_total),
    )
    text = (
        f"Annual fees of the allocations in force on {day(report.cover.at)}, and the fees of "
        "every allocation but cancelled ones over the period, pro rata of its days in it."
    )
    flowables: list[Flowable] = [
        CondPageBreak(120),
        Paragraph("Fees", s.h2),
        Paragraph(text, s.body),
    ]
    if not rows:
        return [*flowables, Paragraph("No allocation in the period.", s.body)]
    flowables.append(data_table(columns, rows, width, total=total))
    return flowables
