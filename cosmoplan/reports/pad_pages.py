"""One page per pad (a pad with many bookings or findings runs on): where it is, its status on
the report date, what it can launch beside the vehicles booked on it, its status history, its
bookings and the findings about it. A tenant report has a page for each pad it is booked on,
other tenants' use told only as "not available to you" per quarter."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from cosmoplan.messages import register
from cosmoplan.reports.contents import Entry, Heading, short_title
from cosmoplan.reports.findings_pages import rule_table, severity_word
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report
from cosmoplan.reports.pad_view import PadSection
from cosmoplan.reports.sections import allocation_columns, allocation_rows, subheading
from cosmoplan.reports.styles import escape, styles
from cosmoplan.reports.tables import Column, data_table, facts_table

#: A pad's findings are listed one by one up to this many, else counted by rule.
LISTED_FINDINGS = 30


def _r(key: str, text: str) -> str:
    return register(f"report.pads.{key}", text)


MSG = {
    "heading": _r("heading", "Pads"),
    "intro": _r(
        "intro",
        "A page for each of the {count:,} {count:plural:pad|pads}: what it can launch beside the "
        "vehicles booked on it, its status over time, its bookings in the period and the "
        "findings about it.",
    ),
    "intro_tenant": _r(
        "intro_tenant",
        "A page for each of the {count:,} {count:plural:pad|pads} you are booked on: what it can "
        "launch beside your vehicles, its status over time, your bookings and the periods it "
        "is not available to you.",
    ),
    "pad": _r("pad", "Pad {code}"),
    "complex": _r("complex", "Launch complex"),
    "name": _r("name", "Name"),
    "location": _r("location", "Location"),
    "status": _r("status", "Status on {day}"),
    "capabilities": _r("capabilities", "What the pad can launch"),
    "capability": _r("capability", "Capability"),
    "limit": _r("limit", "Pad limit"),
    "history": _r("history", "Status history"),
    "from": _r("from", "From"),
    "to": _r("to", "To"),
    "state": _r("state", "Status"),
    "note": _r("note", "Note"),
    "open": _r("open", "open"),
    "no_history": _r("no_history", "No status is recorded: the pad counts as inactive."),
    "bookings": _r("bookings", "Bookings in the period"),
    "no_bookings": _r("no_bookings", "No booking in the period."),
    "withheld": _r("withheld", "Other use of the pad"),
    "withheld_text": _r("withheld_text", "Not available to you"),
    "use": _r("use", "Use"),
    "findings": _r("findings", "Findings"),
    "severity": _r("severity", "Severity"),
    "finding": _r("finding", "Finding and reason"),
}


def pads_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), "pads")


def pad_entry(report: Report, section: PadSection) -> Entry:
    """A pad's outline entry."""
    return Entry(report.language.t(MSG["pad"], code=section.code), f"pad-{section.id}", level=1)


def pad_pages(report: Report, width: float) -> list[Flowable]:
    """The pads section: an introduction, then a page per pad."""
    s, lang = styles(), report.language
    intro = MSG["intro" if report.cover.tenant is None else "intro_tenant"]
    flowables: list[Flowable] = [
        Heading(pads_entry(report), s.h1),
        Paragraph(escape(lang.t(intro, count=len(report.pads))), s.body),
    ]
    for index, section in enumerate(report.pads):
        if index:
            flowables.append(PageBreak())
        flowables += _pad(report, section, width)
    return flowables


def _pad(report: Report, section: PadSection, width: float) -> list[Flowable]:
    s, lang = styles(), report.language
    facts = [
        (lang.t(MSG["complex"]), section.complex),
        (lang.t(MSG["name"]), section.name),
        (lang.t(MSG["location"]), section.location),
        (lang.t(MSG["status"], day=report.cover.at), section.status),
    ]
    flowables: list[Flowable] = [
        Heading(pad_entry(report, section), s.h2, escape(short_title(lang.t(MSG["pad"],
                                                                            code=section.code)))),
        facts_table([(label, value) for label, value in facts if value], width),
        *subheading(lang.t(MSG["capabilities"])),
        _capabilities(section, lang, width),
        *subheading(lang.t(MSG["history"])),
        _history(section, lang, width),
        *subheading(lang.t(MSG["bookings"])),
    ]  # fmt: skip
    with_tenant = report.cover.tenant is None
    if section.bookings:
        rows = allocation_rows(section.bookings, with_tenant, lang)
        flowables.append(data_table(allocation_columns(with_tenant, lang), rows, width))
    else:
        flowables.append(Paragraph(escape(lang.t(MSG["no_bookings"])), s.body))
    if section.withheld:
        flowables += subheading(lang.t(MSG["withheld"]))
        columns = [Column(lang.t(MSG[k]), fit=k != "use") for k in ("from", "to", "use")]
        use = lang.t(MSG["withheld_text"])
        spans = [(lang.day(a), lang.day(b), use) for a, b in section.withheld]
        flowables.append(data_table(columns, spans, width, long=False))
    if section.findings:
        flowables += subheading(lang.t(MSG["findings"]))
        if len(section.findings) <= LISTED_FINDINGS:
            columns = [Column(lang.t(MSG["severity"]), fit=True), Column(lang.t(MSG["finding"]))]
            cells = [(severity_word(lang, r.severity), r.text) for r in section.findings]
            flowables.append(data_table(columns, cells, width))
        else:
            flowables.append(rule_table(section.findings, width, lang))
    return flowables


def _capabilities(section: PadSection, lang: Language, width: float) -> Flowable:
    columns = [
        Column(lang.t(MSG["capability"]), 1.1),
        Column(lang.t(MSG["limit"]), 1.0),
        *(Column(name, 0.9) for name in section.vehicles),
    ]
    cells = [(c.label, c.limit, *c.vehicles) for c in section.capabilities]
    return data_table(columns, cells, width, long=False)


def _history(section: PadSection, lang: Language, width: float) -> Flowable:
    if not section.history:
        return Paragraph(escape(lang.t(MSG["no_history"])), styles().body)
    columns = [
        Column(lang.t(MSG["state"]), fit=True),
        Column(lang.t(MSG["from"]), fit=True),
        Column(lang.t(MSG["to"]), fit=True),
        Column(lang.t(MSG["note"])),
    ]
    blank = lang.t(MSG["open"])
    cells = [
        (
            span.status,
            blank if span.start is None else lang.day(span.start),
            blank if span.end is None else lang.day(span.end),
            span.note,
        )
        for span in section.history
    ]
    return data_table(columns, cells, width, long=False)
