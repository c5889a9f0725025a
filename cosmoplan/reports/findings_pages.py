"""The findings section: a table of the rules that fired, then each finding with its reason.

A plan with thousands of findings of one rule would bury the others under hundreds of pages;
each rule lists at most :data:`LISTED_PER_RULE` of them, and says how many more there are
(``cosmoplan check`` lists them all).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from cosmoplan.analysis import Severity
from cosmoplan.messages import register
from cosmoplan.reports.colours import MUTED
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.findings_view import FindingRow
from cosmoplan.reports.glossary import SEVERITIES
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report
from cosmoplan.reports.sections import KEEP_WITH_TABLE
from cosmoplan.reports.styles import escape, styles
from cosmoplan.reports.tables import Column, data_table


def _r(key: str, text: str) -> str:
    return register(f"report.findings.{key}", text)


MSG = {
    "heading": _r("heading", "Findings"),
    "intro": _r(
        "intro",
        "What the rule check finds wrong with the plan as of {at}, for the allocations of the "
        "period: {errors:,} {errors:plural:error|errors}, {warnings:,} "
        "{warnings:plural:warning|warnings} and {notes:,} {notes:plural:note|notes}. Errors must "
        "be resolved before an allocation is signed; warnings ask for a look.",
    ),
    "none": _r("none", "No findings."),
    "severity": _r("severity", "Severity"),
    "checks": _r("checks", "What it checks"),
    "count": _r("count", "Findings"),
    "finding": _r("finding", "Finding and reason"),
    "more": _r(
        "more",
        "The first {shown:,} of {total:,} findings of this rule are listed; cosmoplan check lists "
        "them all.",
    ),
}
SEVERITY_TITLES = {
    Severity.ERROR: _r("errors", "Errors ({count:,})"),
    Severity.WARNING: _r("warnings", "Warnings ({count:,})"),
    Severity.INFO: _r("notes", "Notes ({count:,})"),
}
#: Findings listed per rule; the rest are counted.
LISTED_PER_RULE = 100


def findings_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), "findings")


def severity_word(lang: Language, severity: Severity) -> str:
    """ "Error", "Warning" or "Note" in the report's language (the glossary's terms)."""
    return lang.t(SEVERITIES[severity][0])


def by_rule(rows: Sequence[FindingRow]) -> list[tuple[Severity, str, list[FindingRow]]]:
    """Findings grouped by severity (errors first), then by rule id."""
    ordered = sorted(rows, key=lambda r: (r.severity.rank, r.rule))
    return [
        (items[0].severity, rule, items)
        for (_, rule), group in groupby(ordered, key=lambda r: (r.severity.rank, r.rule))
        if (items := list(group))
    ]


def rule_table(rows: Sequence[FindingRow], width: float, lang: Language) -> Flowable:
    """One line per rule that fired: severity, rule title, number of findings."""
    cells = [
        (severity_word(lang, severity), items[0].title, lang.count(len(items)))
        for severity, _rule, items in by_rule(rows)
    ]
    columns = [
        Column(lang.t(MSG["severity"]), fit=True),
        Column(lang.t(MSG["checks"])),
        Column(lang.t(MSG["count"]), align="RIGHT", fit=True),
    ]
    return data_table(columns, cells, width, long=False)


def findings(report: Report, width: float) -> list[Flowable]:
    """The findings section."""
    s, lang = styles(), report.language
    rows = report.findings
    counts = {sev: sum(1 for r in rows if r.severity is sev) for sev in Severity}
    text = lang.t(
        MSG["intro"],
        at=report.cover.at,
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        notes=counts[Severity.INFO],
    )
    flowables: list[Flowable] = [Heading(findings_entry(report), s.h1),
                                 Paragraph(escape(text), s.body)]  # fmt: skip
    if not rows:
        return [*flowables, Paragraph(escape(lang.t(MSG["none"])), s.body)]
    flowables.append(rule_table(rows, width, lang))
    columns = [Column("#", align="RIGHT", fit=True), Column(lang.t(MSG["finding"]))]
    current: Severity | None = None
    for severity, _rule, items in by_rule(rows):
        if severity is not current:
            title = lang.t(SEVERITY_TITLES[severity], count=counts[severity])
            flowables += [CondPageBreak(90), Paragraph(escape(title), s.h2)]
            current = severity
        heading = (
            f"{escape(items[0].title)} <font color='{MUTED}'>· {lang.count(len(items))}</font>"
        )
        flowables += [CondPageBreak(KEEP_WITH_TABLE), Paragraph(heading, s.h3)]
        shown = items[:LISTED_PER_RULE]
        cells = [(str(index), row.text) for index, row in enumerate(shown, start=1)]
        flowables.append(data_table(columns, cells, width))
        if len(items) > len(shown):
            more = lang.t(MSG["more"], shown=len(shown), total=len(items))
            flowables.append(Paragraph(escape(more), s.caption))
    return flowables
