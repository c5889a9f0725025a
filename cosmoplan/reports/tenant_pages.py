"""One part per tenant: its profile, its vehicles, its allocations in the period, its findings.

In a full report a tenant's findings are listed in full when there are few of them
(:data:`LISTED_FINDINGS`), else counted by rule (the findings section has the details). A tenant
report lists them in its findings section, so its tenant part leaves them out.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from cosmoplan.messages import register
from cosmoplan.reports.contents import Entry, Heading, short_title
from cosmoplan.reports.findings_pages import rule_table, severity_word
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report, TenantSection
from cosmoplan.reports.sections import allocation_columns, allocation_rows, subheading
from cosmoplan.reports.styles import escape, styles
from cosmoplan.reports.tables import Column, data_table


def _r(key: str, text: str) -> str:
    return register(f"report.tenants.{key}", text)


MSG = {
    "heading": _r("heading", "Tenants"),
    "profile": _r("profile", "Tenant profile"),
    "intro": _r(
        "intro",
        "{count:,} {count:plural:tenant|tenants}, by name: each with its vehicles, its "
        "allocations in the period and the findings that concern it (listed when there are at "
        "most {listed}, else counted by rule).",
    ),
    "facts": _r(
        "facts",
        "{country} · {kind} · talks: {status} · {vehicles} {vehicles:plural:vehicle|vehicles}, "
        "{allocations} {allocations:plural:allocation|allocations} in the period, {findings} "
        "{findings:plural:finding|findings}",
    ),
    "vehicles": _r("vehicles", "Vehicles"),
    "allocations": _r("allocations", "Allocations"),
    "findings": _r("findings", "Findings"),
    "severity": _r("severity", "Severity"),
    "finding": _r("finding", "Finding and reason"),
    "vehicle": _r("vehicle", "Vehicle"),
    "propellant": _r("propellant", "Propellant"),
    "stages": _r("stages", "Stages"),
    "height": _r("height", "Height (m)"),
    "diameter": _r("diameter", "Diameter (m)"),
    "mass": _r("mass", "Lift-off mass (t)"),
    "rate": _r("rate", "Launches a year"),
}
#: A tenant's findings are listed one by one up to this many.
LISTED_FINDINGS = 30


def tenant_entry(section: TenantSection) -> Entry:
    """The contents and outline entry of a tenant's part."""
    return Entry(section.name, f"tenant-{section.id}", level=1)


def tenants_entry(report: Report) -> Entry:
    """The section's entry: "Tenants", or "Tenant profile" in a tenant report."""
    key = "heading" if report.cover.tenant is None else "profile"
    return Entry(report.language.t(MSG[key]), "tenants")


def tenants(report: Report, width: float) -> list[Flowable]:
    """The tenants section."""
    s = styles()
    flowables: list[Flowable] = [Heading(tenants_entry(report), s.h1)]
    if report.cover.tenant is None:
        text = report.language.t(MSG["intro"], count=len(report.tenants), listed=LISTED_FINDINGS)
        flowables.append(Paragraph(escape(text), s.body))
    for section in report.tenants:
        flowables += _tenant(section, width, report)
    return flowables


def _tenant(section: TenantSection, width: float, report: Report) -> list[Flowable]:
    s, lang = styles(), report.language
    swatch = f"<font color='{section.colour}'>■</font> "
    facts = lang.t(
        MSG["facts"],
        country=section.country,
        kind=section.kind,
        status=section.status.lower(),
        vehicles=len(section.vehicles),
        allocations=len(section.allocations),
        findings=len(section.findings),
    )
    flowables: list[Flowable] = [
        CondPageBreak(140),
        Heading(tenant_entry(section), s.h2, swatch + escape(short_title(section.name))),
        Paragraph(escape(facts), s.small),
    ]
    if section.vehicles:
        flowables += [*subheading(lang.t(MSG["vehicles"])), _vehicles(section, width, lang)]
    full = report.cover.tenant is None
    if section.allocations and (full or not report.has("allocations")):
        rows = allocation_rows(section.allocations, False, report.language)
        flowables += [
            *subheading(lang.t(MSG["allocations"])),
            data_table(allocation_columns(False, report.language), rows, width),
        ]
    if section.findings and (full or not report.has("findings")):
        flowables += subheading(lang.t(MSG["findings"]))
        if len(section.findings) <= LISTED_FINDINGS:
            cells = [(severity_word(lang, r.severity), r.text) for r in section.findings]
            columns = [Column(lang.t(MSG["severity"]), fit=True), Column(lang.t(MSG["finding"]))]
            flowables.append(data_table(columns, cells, width))
        else:
            flowables.append(rule_table(section.findings, width, report.language))
    return flowables


def _vehicles(section: TenantSection, width: float, lang: Language) -> Flowable:
    figures = ("stages", "height", "diameter", "mass", "rate")
    columns = [
        Column(lang.t(MSG["vehicle"]), 1.2),
        Column(lang.t(MSG["propellant"]), 1.0),
        *(Column(lang.t(MSG[key]), align="RIGHT", fit=True) for key in figures),
    ]
    rows = [
        (
            v.name,
            v.propellant,
            "" if v.stages is None else str(v.stages),
            lang.number(v.height_m, 1),
            lang.number(v.diameter_m, 1),
            lang.number(v.liftoff_mass_t, 0),
            lang.number(v.launches_per_year, 1),
        )
        for v in section.vehicles
    ]
    return data_table(columns, rows, width, long=False)
