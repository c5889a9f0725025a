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
from cosmoplan.mapping.fonts import BOLD
from cosmoplan.reports.colours import MUTED
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.findings_view import FindingRow
from cosmoplan.reports.model import Report
from cosmoplan.reports.sections import KEEP_WITH_TABLE
from cosmoplan.reports.styles import day, escape, styles
from cosmoplan.reports.tables import Column, data_table

FINDINGS = Entry("Findings", "findings")
SEVERITY_TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
#: Findings listed per rule; the rest are counted.
LISTED_PER_RULE = 100


def by_rule(rows: Sequence[FindingRow]) -> list[tuple[Severity, str, list[FindingRow]]]:
    """Findings grouped by severity (errors first), then by rule id."""
    ordered = sorted(rows, key=lambda r: (r.severity.rank, r.rule))
    return [
        (items[0].severity, rule, items)
        for (_, rule), group in groupby(ordered, key=lambda r: (r.severity.rank, r.rule))
        if (items := list(group))
    ]


def rule_table(rows: Sequence[FindingRow], width: float) -> Flowable:
    """One line per rule that fired: severity, rule id, title, number of findings."""
    cells = [
        (severity.value.capitalize(), rule, items[0].title, f"{len(items):,}")
        for severity, rule, items in by_rule(rows)
    ]
    columns = [
        Column("Severity", fit=True),
        Column("Rule", fit=True),
        Column("What it checks"),
        Column("Findings", align="RIGHT", fit=True),
    ]
    return data_table(columns, cells, width, long=False)


def findings(report: Report, width: float) -> list[Flowable]:
    """The findings section."""
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
    flowables.append(rule_table(rows, width))
    current: Severity | None = None
    for severity, rule, items in by_rule(rows):
        if severity is not current:
            total = counts[severity]
            title = f"{SEVERITY_TITLES[severity]} ({total:,})"
            flowables += [CondPageBreak(90), Paragraph(title, s.h2)]
            current = severity
        heading = f"{escape(items[0].title)} <font color='{MUTED}'>· {rule} · {len(items):,}</font>"
        flowables += [CondPageBreak(KEEP_WITH_TABLE), Paragraph(heading, s.h3)]
        shown = items[:LISTED_PER_RULE]
        cells = [(str(index), row.text) for index, row in enumerate(shown, start=1)]
        columns = [Column("#", align="RIGHT", fit=True), Column("Finding and reason")]
        flowables.append(data_table(columns, cells, width))
        if len(items) > len(shown):
            more = (
                f"The first {len(shown):,} of {len(items):,} findings of this rule are listed; "
                f"<font face='{BOLD}'>cosmoplan check</font> lists them all."
            )
            flowables.append(Paragraph(more, s.caption))
    return flowables
