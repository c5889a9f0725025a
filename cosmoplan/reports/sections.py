"""The body sections: map page, timeline sheets, allocation table; shared section helpers."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.map_insets import MSG_SEE_INSETS, inset_pages, site_map
from cosmoplan.reports.model import AllocationRow, Report
from cosmoplan.reports.styles import day, escape, money, styles
from cosmoplan.reports.tables import Column, data_table
from cosmoplan.reports.timeline import sheet_drawing, sheets

MAP = Entry("Site map", "map")
TIMELINE = Entry("Timeline", "timeline")
ALLOCATIONS = Entry("Allocations", "allocations")
#: Room kept above a landscape drawing for the heading and its caption.
HEADING_ROOM = 58.0
#: A subheading starts a new page unless this much room is left (heading, header, two rows).
KEEP_WITH_TABLE = 64.0


def subheading(title: str) -> list[Flowable]:
    """A third-level heading kept on the page of the table it introduces."""
    return [CondPageBreak(KEEP_WITH_TABLE), Paragraph(escape(title), styles().h3)]


def map_page(report: Report, width: float, height: float) -> list[Flowable]:
    """The site map (one landscape page, and one of insets where pads crowd): pads coloured by
    the tenant occupying them."""
    s = styles()
    at = day(report.cover.at)
    caption = (
        f"Pads coloured by the tenant occupying them on {at}: solid for signed or active "
        "allocations, pale with a dashed outline for proposed or reserved ones (not signed). "
        "Pads ready for use and not allocated are white; pads that cannot be used are grey by "
        "their state, or ringed in the colour of their state when a tenant holds them. Flight "
        "corridors are labelled with their pad and vehicle. Zones and areas as in force on that "
        "day."
    )
    if report.cover.tenant:
        caption += " Pads held by other tenants are only marked as not available to you."
    site = site_map(report.map, width, height)
    if site.insets:
        caption += " " + report.language.t(MSG_SEE_INSETS)
    heading = Heading(MAP, s.h1, escape(f"Site map as of {at}"))
    flowables: list[Flowable] = [heading, Paragraph(caption, s.caption), site.drawing()]
    if site.insets:
        flowables += [PageBreak(), *inset_pages(report, site)]
    return flowables


def timeline_pages(report: Report, width: float, height: float) -> list[Flowable]:
    """The timeline sheets, one landscape page each."""
    s = styles()
    timeline = report.timeline
    flowables: list[Flowable] = [Heading(TIMELINE, s.h1)]
    if not timeline.rows:
        flowables.append(Paragraph("No pad has allocations or outages in the period.", s.body))
        return flowables
    cut = sheets(timeline, width, height - HEADING_ROOM)
    rows = len(timeline.rows)
    for index, sheet in enumerate(cut):
        if index:
            flowables.append(PageBreak())
        last = sheet.first_row + len(sheet.rows)
        caption = (
            f"Sheet {index + 1} of {len(cut)}: pads {sheet.rows[0].pad} to {sheet.rows[-1].pad} "
            f"(rows {sheet.first_row + 1}–{last} of {rows}), {day(sheet.start)} to "
            f"{day(sheet.end)}."
        )
        if index == 0 and len(cut) > 1:
            caption += (
                f" The timeline is cut into {sheet.row_chunks} group(s) of pads and "
                f"{sheet.windows} time window(s) so that no year or row is squeezed."
            )
        flowables.append(Paragraph(caption, s.caption))
        flowables.append(sheet_drawing(timeline, sheet, width, height - HEADING_ROOM))
    return flowables


def allocation_columns(with_tenant: bool) -> list[Column]:
    """Columns of an allocation table (a tenant's own table leaves out the tenant)."""
    columns = [Column("Pad", fit=True)]
    if with_tenant:
        columns.append(Column("Tenant", 1.6))
    columns += [
        Column("Vehicle", 1.0),
        Column("From", fit=True),
        Column("To", fit=True),
        Column("Status", fit=True),
        Column("Excl.", align="CENTER", fit=True),
        Column("Annual fee (US$)", align="RIGHT", fit=True),
        Column("Findings", align="RIGHT", fit=True),
    ]
    return columns


def allocation_rows(rows: Sequence[AllocationRow], with_tenant: bool) -> list[list[str]]:
    """Table cells of allocation rows."""
    cells = []
    for row in rows:
        line = [row.pad]
        if with_tenant:
            line.append(row.tenant)
        line += [
            row.vehicle,
            day(row.start),
            day(row.end),
            row.status,
            "yes" if row.exclusive else "no",
            money(row.annual_fee),
            str(row.findings) if row.findings else "",
        ]
        cells.append(line)
    return cells


def allocations(report: Report, width: float) -> list[Flowable]:
    """The allocation table: every allocation in the period, by pad and start."""
    s = styles()
    start, end = report.cover.period
    with_tenant = report.cover.tenant is None
    text = (
        f"{len(report.allocations):,} allocation(s) in force at some time from {day(start)} to "
        f"{day(end)}, by pad and start date. Excl.: exclusive use of the pad. Findings: how "
        "many findings concern the allocation."
    )
    flowables: list[Flowable] = [Heading(ALLOCATIONS, s.h1), Paragraph(text, s.body)]
    if report.allocations:
        flowables.append(
            data_table(
                allocation_columns(with_tenant),
                allocation_rows(report.allocations, with_tenant),
                width,
            )
        )
    return flowables
