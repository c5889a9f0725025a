"""The body sections: map page, timeline sheets, allocation table, findings, one part per tenant."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from cosmoplan.analysis import Severity
from cosmoplan.mapping.vector import drawing_for_scene
from cosmoplan.reports.colours import MUTED
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.findings_view import FindingRow
from cosmoplan.reports.model import AllocationRow, Report, TenantSection
from cosmoplan.reports.styles import day, escape, money, number, styles
from cosmoplan.reports.tables import Column, data_table
from cosmoplan.reports.timeline import sheet_drawing, sheets

MAP = Entry("Site map", "map")
TIMELINE = Entry("Timeline", "timeline")
ALLOCATIONS = Entry("Allocations", "allocations")
FINDINGS = Entry("Findings", "findings")
TENANTS = Entry("Tenants", "tenants")
#: Room kept above a landscape drawing for the heading and its caption.
HEADING_ROOM = 58.0
#: A subheading starts a new page unless this much room is left (heading, header, two rows).
KEEP_WITH_TABLE = 64.0
SEVERITY_TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}


def subheading(title: str) -> list[Flowable]:
    """A third-level heading kept on the page of the table it introduces."""
    return [CondPageBreak(KEEP_WITH_TABLE), Paragraph(escape(title), styles().h3)]


def tenant_entry(section: TenantSection) -> Entry:
    """The contents and outline entry of a tenant's part."""
    return Entry(section.name, f"tenant-{section.id}", level=1)


def map_page(report: Report, width: float, height: float) -> list[Flowable]:
    """The map (one landscape page): pads coloured by the tenant occupying them."""
    s = styles()
    at = day(report.cover.at)
    caption = (
        f"Pads coloured by the tenant occupying them on {at}: solid for signed or active "
        "allocations, pale with a dashed outline for proposed or reserved ones (not signed). "
        "Free pads are white; pads that cannot be used are grey. Zones and areas as in force on "
        "that day."
    )
    if report.cover.tenant:
        caption += " Pads held by other tenants are shown as occupied, without names."
    drawing = drawing_for_scene(report.map, width, height - HEADING_ROOM)
    heading = Heading(MAP, s.h1, escape(f"Site map as of {at}"))
    return [heading, Paragraph(caption, s.caption), drawing]


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


def findings(report: Report, width: float) -> list[Flowable]:
    """The findings by severity, then by rule, each with its reason."""
    s = styles()
    rows = report.findings
    counts = {sev: sum(1 for r in rows if r.severity is sev) for sev in Severity}
    text = (
        f"What the rule check finds wrong with the plan as of {day(report.cover.at)}, for the "
        f"allocations of the period: {counts[Severity.ERROR]:,} error(s), "
        f"{counts[Severity.WARNING]:,} warning(s) and {counts[Severity.INFO]:,} note(s). Errors "
        "must be resolved before an allocation is signed; warnings ask for a look."
    )
    flowables: list[Flowable] = [Heading(FINDINGS, s.h1), Paragraph(text, s.body)]
    if not rows:
        return [*flowables, Paragraph("No findings.", s.body)]
    ordered = sorted(rows, key=lambda r: (r.severity.rank, r.rule))
    for severity, group in groupby(ordered, key=lambda r: r.severity):
        items = list(group)
        flowables += [
            CondPageBreak(90),
            Paragraph(f"{SEVERITY_TITLES[severity]} ({len(items):,})", s.h2),
        ]
        for rule, per_rule in groupby(items, key=lambda r: r.rule):
            listed = list(per_rule)
            flowables.append(CondPageBreak(KEEP_WITH_TABLE))
            flowables.append(
                Paragraph(
                    f"{escape(listed[0].title)} "
                    f"<font color='{MUTED}'>· {rule} · {len(listed):,}</font>",
                    s.h3,
                )
            )
            flowables.append(_finding_table(listed, width))
    return flowables


def _finding_table(rows: Sequence[FindingRow], width: float) -> Flowable:
    cells = [(str(index), row.text) for index, row in enumerate(rows, start=1)]
    columns = [Column("#", align="RIGHT", fit=True), Column("Finding and reason")]
    return data_table(columns, cells, width)


def tenants(report: Report, width: float) -> list[Flowable]:
    """One part per tenant: profile, vehicles, allocations, findings."""
    s = styles()
    full = report.cover.tenant is None
    flowables: list[Flowable] = [Heading(TENANTS, s.h1)]
    if full:
        flowables.append(
            Paragraph(
                f"{len(report.tenants):,} tenant(s), by name: each with its vehicles, its "
                "allocations in the period and the findings that concern it.",
                s.body,
            )
        )
    for section in report.tenants:
        flowables += _tenant(section, width, report)
    return flowables


def _tenant(section: TenantSection, width: float, report: Report) -> list[Flowable]:
    s = styles()
    swatch = f"<font color='{section.colour}'>■</font> "
    facts = (
        f"{escape(section.country)} · {escape(section.kind)} · "
        f"talks: {escape(section.status.lower())} · {len(section.vehicles)} vehicle(s), "
        f"{len(section.allocations)} allocation(s) in the period, "
        f"{len(section.findings)} finding(s)"
    )
    flowables: list[Flowable] = [
        CondPageBreak(140),
        Heading(tenant_entry(section), s.h2, swatch + escape(section.name)),
    ]
    flowables.append(Paragraph(facts, s.small))
    if section.vehicles:
        columns = [
            Column("Vehicle", 1.2),
            Column("Propellant", 1.0),
            *(
                Column(title, align="RIGHT", fit=True)
                for title in (
                    "Stages",
                    "Height (m)",
                    "Diameter (m)",
                    "Liftoff mass (t)",
                    "Launches a year",
                )
            ),
        ]
        rows = [
            (
                v.name,
                v.propellant,
                "" if v.stages is None else str(v.stages),
                number(v.height_m),
                number(v.diameter_m),
                number(v.liftoff_mass_t, 0),
                number(v.launches_per_year),
            )
            for v in section.vehicles
        ]
        flowables += [*subheading("Vehicles"), data_table(columns, rows, width, long=False)]
    own_tables = report.cover.tenant is None or not report.has("allocations")
    if section.allocations and own_tables:
        flowables += [
            *subheading("Allocations"),
            data_table(
                allocation_columns(False), allocation_rows(section.allocations, False), width
            ),
        ]
    if section.findings and (report.cover.tenant is None or not report.has("findings")):
        cells = [(r.severity.value.capitalize(), r.text) for r in section.findings]
        flowables += [
            *subheading("Findings"),
            data_table([Column("Severity", fit=True), Column("Finding and reason")], cells, width),
        ]
    return flowables
