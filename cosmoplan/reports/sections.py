"""The body sections: map page, timeline sheets, allocation table; shared section helpers."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from cosmoplan.messages import register
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.language import Language
from cosmoplan.reports.map_insets import MSG_SEE_INSETS, inset_pages, site_map
from cosmoplan.reports.model import AllocationRow, Report
from cosmoplan.reports.styles import escape, styles
from cosmoplan.reports.tables import Column, data_table
from cosmoplan.reports.timeline import sheet_drawing, sheets


def _r(key: str, text: str) -> str:
    return register(f"report.allocations.{key}", text)


MAP = {
    "heading": register("report.map.heading", "Site map"),
    "title": register("report.map.title", "Site map as of {at}"),
    "caption": register(
        "report.map.caption",
        "Pads coloured by the tenant occupying them on {at}: solid for signed or active "
        "allocations, pale with a dashed outline for proposed or reserved ones (not signed). "
        "Pads ready for use and not allocated are white; pads that cannot be used are grey by "
        "their state, or ringed in the colour of their state when a tenant holds them. Flight "
        "corridors are labelled with their pad and vehicle. Zones and areas as in force on that "
        "day.",
    ),
    "caption_tenant": register(
        "report.map.caption_tenant",
        "Pads held by other tenants are only marked as not available to you.",
    ),
}
SHEETS = {
    "heading": register("report.timeline.heading", "Timeline"),
    "empty": register("report.timeline.empty", "No pad has allocations or outages in the period."),
    "sheet": register(
        "report.timeline.sheet",
        "Sheet {sheet} of {sheets}: pads {first} to {last} (rows {first_row}–{last_row} of "
        "{rows}), {start} to {end}.",
    ),
    "cut": register(
        "report.timeline.cut",
        "The timeline is cut into {groups} {groups:plural:group|groups} of pads and {windows} "
        "time {windows:plural:window|windows} so that no year or row is squeezed.",
    ),
}
COLUMNS = {
    "heading": _r("heading", "Allocations"),
    "intro": _r(
        "intro",
        "{count:,} {count:plural:allocation|allocations} in force at some time from {start} to "
        "{end}, by pad and start date. Excl.: exclusive use of the pad. Findings: how many "
        "findings concern the allocation.",
    ),
    "pad": _r("pad", "Pad"),
    "tenant": _r("tenant", "Tenant"),
    "vehicle": _r("vehicle", "Vehicle"),
    "from": _r("from", "From"),
    "to": _r("to", "To"),
    "status": _r("status", "Status"),
    "exclusive": _r("exclusive", "Excl."),
    "fee": _r("fee", "Annual fee (US$)"),
    "findings": _r("findings", "Findings"),
    "yes": _r("yes", "yes"),
    "no": _r("no", "no"),
}
#: Room kept above a landscape drawing for the heading and its caption.
HEADING_ROOM = 58.0
#: A subheading starts a new page unless this much room is left (heading, header, two rows).
KEEP_WITH_TABLE = 64.0


def subheading(title: str) -> list[Flowable]:
    """A third-level heading kept on the page of the table it introduces."""
    return [CondPageBreak(KEEP_WITH_TABLE), Paragraph(escape(title), styles().h3)]


def map_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MAP["heading"]), "map")


def map_page(report: Report, width: float, height: float) -> list[Flowable]:
    """The site map (one landscape page, and one of insets where pads crowd): pads coloured by
    the tenant occupying them."""
    s, lang = styles(), report.language
    at = report.cover.at
    caption = lang.t(MAP["caption"], at=at)
    if report.cover.tenant:
        caption += " " + lang.t(MAP["caption_tenant"])
    site = site_map(report.map, width, height)
    if site.insets:
        caption += " " + lang.t(MSG_SEE_INSETS)
    paragraph = Paragraph(escape(caption), s.caption)
    _, caption_height = paragraph.wrap(width, height)
    extra = max(0.0, caption_height - 2 * s.caption.leading)  # a longer caption (Kazakh, say)
    if extra:
        site = site_map(report.map, width, height - extra)
    heading = Heading(map_entry(report), s.h1, escape(lang.t(MAP["title"], at=at)))
    flowables: list[Flowable] = [heading, paragraph, site.drawing()]
    if site.insets:
        flowables += [PageBreak(), *inset_pages(report, site)]
    return flowables


def timeline_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(SHEETS["heading"]), "timeline")


def timeline_pages(report: Report, width: float, height: float) -> list[Flowable]:
    """The timeline sheets, one landscape page each."""
    s, lang = styles(), report.language
    timeline = report.timeline
    flowables: list[Flowable] = [Heading(timeline_entry(report), s.h1)]
    if not timeline.rows:
        flowables.append(Paragraph(escape(lang.t(SHEETS["empty"])), s.body))
        return flowables
    cut = sheets(timeline, width, height - HEADING_ROOM)
    rows = len(timeline.rows)
    for index, sheet in enumerate(cut):
        if index:
            flowables.append(PageBreak())
        caption = lang.t(
            SHEETS["sheet"],
            sheet=index + 1,
            sheets=len(cut),
            first=sheet.rows[0].pad,
            last=sheet.rows[-1].pad,
            first_row=sheet.first_row + 1,
            last_row=sheet.first_row + len(sheet.rows),
            rows=rows,
            start=sheet.start,
            end=sheet.end,
        )
        if index == 0 and len(cut) > 1:
            caption += " " + lang.t(SHEETS["cut"], groups=sheet.row_chunks, windows=sheet.windows)
        flowables.append(Paragraph(escape(caption), s.caption))
        flowables.append(
            sheet_drawing(timeline, sheet, width, height - HEADING_ROOM, report.language)
        )
    return flowables


def allocation_columns(with_tenant: bool, lang: Language) -> list[Column]:
    """Columns of an allocation table (a tenant's own table leaves out the tenant)."""
    columns = [Column(lang.t(COLUMNS["pad"]), fit=True)]
    if with_tenant:
        columns.append(Column(lang.t(COLUMNS["tenant"]), 1.6))
    columns += [
        Column(lang.t(COLUMNS["vehicle"]), 1.0),
        Column(lang.t(COLUMNS["from"]), fit=True),
        Column(lang.t(COLUMNS["to"]), fit=True),
        Column(lang.t(COLUMNS["status"]), fit=True),
        Column(lang.t(COLUMNS["exclusive"]), align="CENTER", fit=True),
        Column(lang.t(COLUMNS["fee"]), align="RIGHT", fit=True),
        Column(lang.t(COLUMNS["findings"]), align="RIGHT", fit=True),
    ]
    return columns


def allocation_rows(
    rows: Sequence[AllocationRow], with_tenant: bool, lang: Language
) -> list[list[str]]:
    """Table cells of allocation rows."""
    yes, no = lang.t(COLUMNS["yes"]), lang.t(COLUMNS["no"])
    cells = []
    for row in rows:
        line = [row.pad]
        if with_tenant:
            line.append(row.tenant)
        line += [
            row.vehicle,
            lang.day(row.start),
            lang.day(row.end),
            row.status,
            yes if row.exclusive else no,
            lang.number(row.annual_fee),
            lang.count(row.findings) if row.findings else "",
        ]
        cells.append(line)
    return cells


def allocations_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(COLUMNS["heading"]), "allocations")


def allocations(report: Report, width: float) -> list[Flowable]:
    """The allocation table: every allocation in the period, by pad and start."""
    s, lang = styles(), report.language
    start, end = report.cover.period
    with_tenant = report.cover.tenant is None
    text = lang.t(COLUMNS["intro"], count=len(report.allocations), start=start, end=end)
    flowables: list[Flowable] = [
        Heading(allocations_entry(report), s.h1),
        Paragraph(escape(text), s.body),
    ]
    if report.allocations:
        flowables.append(
            data_table(
                allocation_columns(with_tenant, lang),
                allocation_rows(report.allocations, with_tenant, lang),
                width,
            )
        )
    return flowables
