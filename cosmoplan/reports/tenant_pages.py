"""One part per tenant: its profile, its vehicles, its allocations in the period, its findings.

In a full report a tenant's findings are listed in full when there are few of them
(:data:`LISTED_FINDINGS`), else counted by rule (the findings section has the details). A tenant
report lists them in its findings section, so its tenant part leaves them out.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from cosmoplan.reports.contents import Entry, Heading, short_title
from cosmoplan.reports.findings_pages import rule_table
from cosmoplan.reports.model import Report, TenantSection
from cosmoplan.reports.sections import allocation_columns, allocation_rows, subheading
from cosmoplan.reports.styles import escape, number, styles
from cosmoplan.reports.tables import Column, data_table

TENANTS = Entry("Tenants", "tenants")
PROFILE = Entry("Tenant profile", "tenants")
#: A tenant's findings are listed one by one up to this many.
LISTED_FINDINGS = 30


def tenant_entry(section: TenantSection) -> Entry:
    """The contents and outline entry of a tenant's part."""
    return Entry(section.name, f"tenant-{section.id}", level=1)


def tenants_entry(report: Report) -> Entry:
    """The section's entry: "Tenants", or "Tenant profile" in a tenant report."""
    return TENANTS if report.cover.tenant is None else PROFILE


def tenants(report: Report, width: float) -> list[Flowable]:
    """The tenants section."""
    s = styles()
    flowables: list[Flowable] = [Heading(tenants_entry(report), s.h1)]
    if report.cover.tenant is None:
        flowables.append(
            Paragraph(
                f"{len(report.tenants):,} tenant(s), by name: each with its vehicles, its "
                "allocations in the period and the findings that concern it (listed when there "
                f"are at most {LISTED_FINDINGS}, else counted by rule).",
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
        Heading(tenant_entry(section), s.h2, swatch + escape(short_title(section.name))),
        Paragraph(facts, s.small),
    ]
    if section.vehicles:
        flowables += [*subheading("Vehicles"), _vehicles(section, width)]
    full = report.cover.tenant is None
    if section.allocations and (full or not report.has("allocations")):
        rows = allocation_rows(section.allocations, False, report.language)
        flowables += [
            *subheading("Allocations"),
            data_table(allocation_columns(False, report.language), rows, width),
        ]
    if section.findings and (full or not report.has("findings")):
        flowables += subheading("Findings")
        if len(section.findings) <= LISTED_FINDINGS:
            cells = [(r.severity.value.capitalize(), r.text) for r in section.findings]
            columns = [Column("Severity", fit=True), Column("Finding and reason")]
            flowables.append(data_table(columns, cells, width))
        else:
            flowables.append(rule_table(section.findings, width, report.language))
    return flowables


def _vehicles(section: TenantSection, width: float) -> Flowable:
    figures = ("Stages", "Height (m)", "Diameter (m)", "Liftoff mass (t)", "Launches a year")
    columns = [
        Column("Vehicle", 1.2),
        Column("Propellant", 1.0),
        *(Column(title, align="RIGHT", fit=True) for title in figures),
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
    return data_table(columns, rows, width, long=False)
