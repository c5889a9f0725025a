"""The executive summary in words: where the site stands, the decisions the period asks for
(allocations proposed or reserved, and what stands in their way) and the blockers (errors).

It is told from the report's own data (allocation rows and finding rows), so a tenant report's
summary knows only what that report holds: the tenant's allocations and the findings as told to
it, others only as "another booking".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cosmoplan.analysis import Severity
from cosmoplan.analysis.rules.timeline import OverlapRule
from cosmoplan.domain import PENDING
from cosmoplan.messages import register
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.figures import PadState
from cosmoplan.reports.findings_view import FindingRow
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import AllocationRow, Report
from cosmoplan.reports.styles import escape, styles


def _r(key: str, text: str) -> str:
    return register(f"report.executive.{key}", text)


MSG = {
    "heading": _r("heading", "Executive summary"),
    "site": _r(
        "site",
        "On {at}, of {pads} {pads:plural:pad|pads}: {allocated} allocated, {reserved} proposed or "
        "reserved, {free} ready and free, {idle} inactive, {unavailable} not available. In the "
        "period from {start} to {end}: {allocations} {allocations:plural:allocation|allocations}, "
        "{errors} {errors:plural:error|errors} and {warnings} {warnings:plural:warning|warnings}.",
    ),
    "tenant": _r(
        "tenant",
        "In the period from {start} to {end} you have {allocations} "
        "{allocations:plural:allocation|allocations}, {pending} of them awaiting a decision; "
        "{errors} {errors:plural:error|errors} and {warnings} {warnings:plural:warning|warnings} "
        "concern them.",
    ),
    "decisions": _r("decisions", "Decisions to take"),
    "no_decisions": _r("no_decisions", "No allocation awaits a decision in the period."),
    "decision": _r(
        "decision",
        "{tenant}: {status} allocation of pad {pad} for {vehicle}, {years}: {verdict}.",
    ),
    "decision_own": _r(
        "decision_own", "Your {status} allocation of pad {pad} for {vehicle}, {years}: {verdict}."
    ),
    "clear": _r("clear", "no error stands in its way"),
    "blocked": _r("blocked", "{count} {count:plural:error stands|errors stand} in its way"),
    "blockers": _r("blockers", "Blockers"),
    "no_blockers": _r("no_blockers", "No error stands in the plan's way in the period."),
    "overlap": _r(
        "overlap",
        "{first}'s {first_status} allocation of pad {pad} ({first_years}) overlaps {second}'s "
        "{second_status} allocation ({second_years}).",
    ),
    "more": _r(
        "more", "{count} more {count:plural:item|items}: see the allocations and the findings."
    ),
}
#: Each list names at most this many items, then counts the rest.
LISTED = 12
EXECUTIVE = "executive"


def executive_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), EXECUTIVE)


def years(start: date, end: date) -> str:
    """``2028–2032``, or ``2028`` for a period within one year."""
    return str(start.year) if start.year == end.year else f"{start.year}\u2013{end.year}"


def executive(report: Report, width: float) -> list[Flowable]:
    """The executive summary's flowables."""
    s = styles()
    lang = report.language
    errors = Counter(
        i for row in report.findings if row.severity is Severity.ERROR for i in row.allocation_ids
    )
    pending = _pending(report.allocations)
    decisions = [_decision(row, errors[row.id], report) for row in pending[:LISTED]]
    shown = {a.id: a for a in report.allocations}
    blocking = [row for row in report.findings if row.severity is Severity.ERROR]
    blockers = [_blocker(row, report, shown) for row in blocking[:LISTED]]
    return [
        Heading(executive_entry(report), s.h1),
        Paragraph(escape(_standing(report)), s.body),
        Paragraph(escape(lang.t(MSG["decisions"])), s.h2),
        *_items(decisions, len(pending), lang.t(MSG["no_decisions"]), lang),
        Paragraph(escape(lang.t(MSG["blockers"])), s.h2),
        *_items(blockers, len(blocking), lang.t(MSG["no_blockers"]), lang),
    ]


def _pending(rows: Sequence[AllocationRow]) -> list[AllocationRow]:
    return sorted((r for r in rows if r.stage in PENDING), key=lambda r: (r.start, r.pad, r.id))


def _standing(report: Report) -> str:
    lang = report.language
    figures, (start, end) = report.summary, report.cover.period
    severities = Counter(row.severity for row in report.findings)
    counts = {
        "errors": severities[Severity.ERROR],
        "warnings": severities[Severity.WARNING],
        "allocations": len(report.allocations),
    }
    if report.cover.tenant is not None:
        pending = len(_pending(report.allocations))
        return lang.t(MSG["tenant"], start=start, end=end, pending=pending, **counts)
    return lang.t(
        MSG["site"],
        at=report.cover.at,
        start=start,
        end=end,
        pads=figures.pads,
        allocated=figures.state(PadState.ALLOCATED),
        reserved=figures.state(PadState.RESERVED),
        free=figures.state(PadState.FREE),
        idle=figures.state(PadState.IDLE),
        unavailable=figures.state(PadState.NOT_AVAILABLE),
        **counts,
    )


def _decision(row: AllocationRow, errors: int, report: Report) -> str:
    lang = report.language
    verdict = lang.t(MSG["blocked"], count=errors) if errors else lang.t(MSG["clear"])
    own = report.cover.tenant is not None
    return lang.t(
        MSG["decision_own" if own else "decision"],
        tenant=row.tenant,
        status=row.stage.value,
        pad=row.pad,
        vehicle=row.vehicle,
        years=years(row.start, row.end),
        verdict=verdict,
    )


def _blocker(row: FindingRow, report: Report, shown: Mapping[int, AllocationRow]) -> str:
    """An overlap between two allocations the report shows (``shown`` by id), in one short
    sentence; any other error as the findings section tells it."""
    pair = [shown[i] for i in row.allocation_ids if i in shown]
    if row.rule != OverlapRule.id or len(pair) != 2 or len(row.allocation_ids) != 2:
        return row.text
    first, second = sorted(pair, key=lambda a: (a.stage not in PENDING, a.start))
    lang = report.language
    return lang.t(
        MSG["overlap"],
        first=first.tenant,
        first_status=lang.enum(first.stage).lower(),
        pad=first.pad,
        first_years=years(first.start, first.end),
        second=second.tenant,
        second_status=lang.enum(second.stage).lower(),
        second_years=years(second.start, second.end),
    )


def _items(texts: list[str], total: int, empty: str, lang: Language) -> list[Flowable]:
    """The first :data:`LISTED` of ``total`` items as bullets (``texts``), and how many more."""
    s = styles()
    if not texts:
        return [Paragraph(escape(empty), s.body)]
    item = ParagraphStyle("Item", parent=s.body, leftIndent=12, firstLineIndent=-9, spaceAfter=3)
    flowables: list[Flowable] = [Paragraph(f"•\u2002{escape(t)}", item) for t in texts[:LISTED]]
    if total > LISTED:
        flowables.append(Paragraph(escape(lang.t(MSG["more"], count=total - LISTED)), s.body))
    return flowables
