"""The summary section: headline figures, counts by status, pad utilisation (chart and table),
fees. Every figure is read from :class:`~cosmoplan.reports.figures.Summary`, where it is defined
once."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import white
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from cosmoplan.domain import AllocationStatus, NegotiationStatus, PadStatus
from cosmoplan.mapping.fonts import BOLD, REGULAR, embedded_drawing
from cosmoplan.mapping.shapes import color
from cosmoplan.messages import register
from cosmoplan.reports.colours import ACCENT, MUTED, RULE, ZEBRA
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.figures import Count, Fees, PadState, PadUse
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report
from cosmoplan.reports.styles import H1, SMALL, escape, hex_colour, styles
from cosmoplan.reports.tables import Column, data_table, wrap


def _r(key: str, text: str) -> str:
    return register(f"report.summary.{key}", text)


MSG = {
    "heading": _r("heading", "Summary"),
    "intro": _r(
        "intro",
        "Pads and tenants as of {at}; utilisation and fees over the period {start} to {end} "
        "({days:,} {days:plural:day|days}).",
    ),
    "intro_tenant": _r(
        "intro_tenant", "Allocations, utilisation and fees are those of {tenant} only."
    ),
    "pads": _r("pads", "{count:plural:pad|pads}"),
    "allocated": _r("allocated", "{count:plural:pad|pads} allocated (signed or active)"),
    "reserved": _r("reserved", "{count:plural:pad|pads} proposed or reserved"),
    "free": _r("free", "{count:plural:pad|pads} ready and not allocated"),
    "idle": _r("idle", "inactive {count:plural:pad|pads}, not allocated"),
    "not_available": _r("not_available", "{count:plural:pad|pads} not available"),
    "allocations": _r("allocations", "{count:plural:allocation|allocations} in the period"),
    "errors": _r("errors", "error {count:plural:finding|findings}"),
    "signed_fees": _r("signed_fees", "US$ M a year in signed fees"),
    "counts": _r("counts", "Counts"),
    "by_status": _r("by_status", "Pads by status"),
    "by_negotiation": _r("by_negotiation", "Tenants by negotiation status"),
    "by_allocation": _r("by_allocation", "Allocations in the period by status"),
    "count": _r("count", "Count"),
    "total": _r("total", "Total"),
    "none": _r("none", "none"),
    "utilisation": _r("utilisation", "Utilisation of pads"),
    "no_use": _r("no_use", "No pad is allocated in the period."),
    "use_text": _r(
        "use_text",
        "Share of the days from {start} to {end} on which a pad can be used that it is "
        "allocated (any status but cancelled; overlapping allocations counted once). A pad that "
        "cannot be used on any of those days is not available; days booked while a pad cannot "
        "be used are counted apart.",
    ),
    "use_chart": _r("use_chart", "The chart shows the {shown} most used of {count:,} pads."),
    "pad": _r("pad", "Pad"),
    "days": _r("days", "Days allocated"),
    "usable": _r("usable", "Days usable"),
    "booked_unusable": _r("booked_unusable", "Booked, not usable"),
    "share": _r("share", "Utilisation"),
    "n_a": _r("n_a", "not available"),
    "fees": _r("fees", "Fees"),
    "fees_text": _r(
        "fees_text",
        "Annual fees of the allocations in force on {at}, and the fees over the period pro "
        "rata of each allocation's days in it: signed ones (signed, active, ended) apart from "
        "proposed ones (proposed, reserved). Cancelled allocations are left out. An unknown fee "
        "is shown as unknown, never as 0; \u2265 marks a sum with unknown fees left out.",
    ),
    "no_fees": _r("no_fees", "No allocation in the period."),
    "tenant": _r("tenant", "Tenant"),
    "annual_signed": _r("annual_signed", "Annual fees, signed or active (US$)"),
    "annual_proposed": _r("annual_proposed", "Annual fees, proposed or reserved (US$)"),
    "period_signed": _r("period_signed", "Period fees, signed (US$)"),
    "period_proposed": _r("period_proposed", "Period fees, proposed (US$)"),
    "unknown": _r("unknown", "unknown"),
}
ENUMS = {e.value: e for kind in (PadStatus, NegotiationStatus, AllocationStatus) for e in kind}


def fee_text(fees: Fees, lang: Language) -> str:
    """A sum of fees as printed: the sum, "unknown", or "≥ sum" when some are unknown; blank
    when there is none."""
    if not fees.count:
        return ""
    if fees.unknown == fees.count:
        return lang.t(MSG["unknown"])
    figure = lang.number(fees.known)
    return figure if fees.exact else f"\u2265\u00a0{figure}"


def summary_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), "summary")


#: The chart shows at most this many pads (the most used); the table lists them all.
CHART_PADS = 20
BAR_PT = 11.0


def summary(report: Report, width: float) -> list[Flowable]:
    """The summary section's flowables."""
    s = styles()
    lang = report.language
    figures = report.summary
    start, end = report.cover.period
    days = (end - start).days + 1
    tenant = report.cover.tenant
    intro = lang.t(
        MSG["intro"], at=lang.day(report.cover.at), start=lang.day(start), end=lang.day(end),
        days=days,
    )  # fmt: skip
    if tenant:
        intro += " " + lang.t(MSG["intro_tenant"], tenant=tenant)
    flowables: list[Flowable] = [
        Heading(summary_entry(report), s.h1),
        Paragraph(escape(intro), s.body),
    ]
    flowables.append(_headline(report, width))
    counts = [(lang.t(MSG["by_status"]), figures.pads_by_status)]
    if figures.tenants_by_status:
        counts.append((lang.t(MSG["by_negotiation"]), figures.tenants_by_status))
    counts.append((lang.t(MSG["by_allocation"]), figures.allocations_by_status))
    flowables += [
        Paragraph(escape(lang.t(MSG["counts"])), s.h2),
        _side_by_side(counts, width, lang),
    ]
    flowables += _utilisation(figures.utilisation, width, report)
    flowables += _fees(report, width)
    return flowables


def _headline(report: Report, width: float) -> Table:
    lang = report.language
    figures = report.summary
    severities = {c.label: c.count for c in figures.findings_by_severity}
    allocations = sum(c.count for c in figures.allocations_by_status)
    signed = figures.total("committed_annual")
    signed_text = (
        "?" if signed.count and signed.unknown == signed.count
        else lang.number(signed.known / 1e6, 1) + ("+" if not signed.exact else "")
    )  # fmt: skip
    states = [
        (PadState.FREE, "free"), (PadState.IDLE, "idle"), (PadState.NOT_AVAILABLE, "not_available")
    ]  # fmt: skip
    if report.cover.tenant is None:  # a tenant learns nothing of the others' occupation
        states[0:0] = [(PadState.ALLOCATED, "allocated"), (PadState.RESERVED, "reserved")]
    cells = [(lang.count(figures.pads), lang.t(MSG["pads"], count=figures.pads))]
    cells += [
        (lang.count(figures.state(state)), lang.t(MSG[key], count=figures.state(state)))
        for state, key in states
    ]
    errors = severities.get("error", 0)
    cells += [
        (lang.count(allocations), lang.t(MSG["allocations"], count=allocations)),
        (lang.count(errors), lang.t(MSG["errors"], count=errors)),
        (signed_text, lang.t(MSG["signed_fees"])),
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


def _side_by_side(
    groups: Sequence[tuple[str, Sequence[Count]]], width: float, lang: Language
) -> Table:
    gap = 14.0
    each = (width - gap * (len(groups) - 1)) / len(groups)
    inner = [
        data_table(
            [Column(title), Column(lang.t(MSG["count"]), align="RIGHT", fit=True)],
            [(lang.enum(ENUMS[c.label]), lang.count(c.count)) for c in counts]
            or [(lang.t(MSG["none"]), "0")],
            each,
            total=(lang.t(MSG["total"]), lang.count(sum(c.count for c in counts))),
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
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_holder()]))
    return outer


def _holder() -> list[tuple[object, ...]]:
    """The style of a table that only holds other flowables: no padding, and the report's font
    (left to its default, a table sets Helvetica, unembedded, even for an empty cell)."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        *(
            (side, (0, 0), (-1, -1), 0)
            for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
        ),
    ]


def _utilisation(uses: Sequence[PadUse], width: float, report: Report) -> list[Flowable]:
    s = styles()
    lang = report.language
    start, end = (lang.day(d) for d in report.cover.period)
    flowables: list[Flowable] = [
        CondPageBreak(160),
        Paragraph(escape(lang.t(MSG["utilisation"])), s.h2),
    ]
    if not uses:
        return [*flowables, Paragraph(escape(lang.t(MSG["no_use"])), s.body)]
    charted = [u for u in uses if u.share is not None]
    chosen = sorted(charted, key=lambda u: (-(u.share or 0.0), u.pad))[:CHART_PADS]
    text = lang.t(MSG["use_text"], start=start, end=end)
    if len(charted) > CHART_PADS:
        text += " " + lang.t(MSG["use_chart"], shown=CHART_PADS, count=len(charted))
    flowables.append(Paragraph(escape(text), s.body))
    rows = [
        (
            u.pad,
            lang.count(u.days),
            lang.count(u.usable_days),
            lang.count(u.booked_unusable_days) if u.booked_unusable_days else "",
            lang.t(MSG["n_a"]) if u.share is None else lang.percent(u.share),
        )
        for u in uses
    ]
    columns = [
        Column(lang.t(MSG["pad"])),
        Column(lang.t(MSG["days"]), align="RIGHT", fit=True),
        Column(lang.t(MSG["usable"]), align="RIGHT", fit=True),
        Column(lang.t(MSG["booked_unusable"]), align="RIGHT", fit=True),
        Column(lang.t(MSG["share"]), align="RIGHT", fit=True),
    ]
    if len(uses) > CHART_PADS:  # the chart above, the long table below
        return [
            *flowables,
            _chart(chosen, width),
            CondPageBreak(60),
            data_table(columns, rows, width * 0.8),
        ]
    gap = 14.0
    table_width = width * 0.56
    table = data_table(columns, rows, table_width, long=False)
    beside = Table(
        [[_chart(chosen, width - table_width - gap), "", table]],
        colWidths=[width - table_width - gap, gap, table_width],
        hAlign="LEFT",
    )
    beside.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_holder()]))
    return [*flowables, beside]


def _chart(uses: Sequence[PadUse], width: float) -> Drawing:
    height = BAR_PT * len(uses) + 34
    drawing = embedded_drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 52, 22
    chart.width, chart.height = width - 52 - 40, height - 30
    ordered = list(reversed(uses))
    chart.data = [[round((u.share or 0.0) * 100, 1) for u in ordered]]
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
    lang = report.language
    figures = report.summary
    names = ("committed_annual", "pending_annual", "period_signed", "period_proposed")
    titles = ("annual_signed", "annual_proposed", "period_signed", "period_proposed")
    columns = [
        Column(lang.t(MSG["tenant"]), 3.2),
        *(Column(lang.t(MSG[title]), 2.0, "RIGHT") for title in titles),
    ]  # wide headers: weights, not fitted widths
    rows = [
        (line.tenant, *(fee_text(getattr(line, name), lang) for name in names))
        for line in figures.fees
    ]
    total = (lang.t(MSG["total"]), *(fee_text(figures.total(name), lang) for name in names))
    text = lang.t(MSG["fees_text"], at=lang.day(report.cover.at))
    flowables: list[Flowable] = [
        CondPageBreak(120),
        Paragraph(escape(lang.t(MSG["fees"])), s.h2),
        Paragraph(escape(text), s.body),
    ]
    if not rows:
        return [*flowables, Paragraph(escape(lang.t(MSG["no_fees"])), s.body)]
    flowables.append(data_table(columns, rows, width, total=total))
    return flowables
