"""The document control page: version, issue date, distribution, confidentiality marking, the
approval block and the allocations changed since an earlier report."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cosmoplan.messages import register
from cosmoplan.reports.changes import Booking, Change, ChangeKind, Since
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report
from cosmoplan.reports.styles import GAP, escape, styles
from cosmoplan.reports.tables import Column, data_table, facts_table


def _r(key: str, text: str) -> str:
    return register(f"report.control.{key}", text)


MSG = {
    "heading": _r("heading", "Document control"),
    "document": _r("document", "Document"),
    "version": _r("version", "Version"),
    "issued": _r("issued", "Issued"),
    "as_of": _r("as_of", "Plan as of"),
    "distribution": _r("distribution", "Distribution"),
    "marking": _r("marking", "Confidentiality"),
    "plan_hash": _r("plan_hash", "Plan SHA-256"),
    "approval": _r("approval", "Approval"),
    "role": _r("role", "Role"),
    "name": _r("name", "Name"),
    "signature": _r("signature", "Signature"),
    "date": _r("date", "Date"),
    "prepared": _r("prepared", "Prepared by"),
    "checked": _r("checked", "Checked by"),
    "approved": _r("approved", "Approved by"),
    "changes": _r("changes", "Changes since the earlier report"),
    "no_since": _r(
        "no_since",
        "No earlier report was named: this is the first issue, or the changes were not asked for.",
    ),
    "since_same": _r("since_same", "The plan is the same as that of the earlier report ({hash})."),
    "since_unknown": _r(
        "since_unknown",
        "The plan has changed since the earlier report ({hash}); give that report's plan file "
        "to list the changes.",
    ),
    "since_plan": _r(
        "since_plan",
        "Compared with the plan of the earlier report ({hash}): {count} "
        "{count:plural:allocation|allocations} changed.",
    ),
    "since_plan_tenant": _r(
        "since_plan_tenant",
        "Compared with the plan of the earlier report ({hash}): {count} of your "
        "{count:plural:allocation|allocations} changed.",
    ),
    "no_changes": _r("no_changes", "No allocation was added, moved, ended or cancelled."),
    "change": _r("change", "Change"),
    "tenant": _r("tenant", "Tenant"),
    "vehicle": _r("vehicle", "Vehicle"),
    "before": _r("before", "Before"),
    "after": _r("after", "Now"),
    "booking": _r("booking", "{pad}, {start} to {end}, {status}"),
}
KINDS = {
    ChangeKind.ADDED: _r("kind.added", "Added"),
    ChangeKind.MOVED: _r("kind.moved", "Moved"),
    ChangeKind.ENDED: _r("kind.ended", "Ended"),
    ChangeKind.CANCELLED: _r("kind.cancelled", "Cancelled"),
    ChangeKind.REMOVED: _r("kind.removed", "Removed"),
    ChangeKind.STATUS: _r("kind.status", "Status changed"),
}
#: An empty signature cell: room to sign in.
SIGNING_ROOM = "\n\n"
#: A hash as the page prints it: its first characters (the cover prints it whole).
SHORT_HASH = 16


def control_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), "control")


def control_page(report: Report, width: float) -> list[Flowable]:
    """The document control page's flowables."""
    s = styles()
    lang = report.language
    control, cover = report.control, report.cover
    facts = [
        (lang.t(MSG["document"]), cover.title),
        (lang.t(MSG["version"]), control.version),
        (lang.t(MSG["issued"]), lang.day(cover.generated.date())),
        (lang.t(MSG["as_of"]), lang.day(cover.at)),
        (lang.t(MSG["distribution"]), "; ".join(control.distribution)),
        (lang.t(MSG["marking"]), control.marking),
        (lang.t(MSG["plan_hash"]), cover.content_hash),
    ]
    roles = [("prepared", cover.author), ("checked", ""), ("approved", "")]
    approval = [(lang.t(MSG[role]), name, SIGNING_ROOM, "") for role, name in roles]
    columns = [
        Column(lang.t(MSG[key]), weight)
        for key, weight in (("role", 0.8), ("name", 1.2), ("signature", 1.2), ("date", 0.6))
    ]
    flowables: list[Flowable] = [
        Heading(control_entry(report), s.h1),
        facts_table(facts, width),
        Paragraph(escape(lang.t(MSG["approval"])), s.h2),
        data_table(columns, approval, width, long=False),
        Paragraph(escape(lang.t(MSG["changes"])), s.h2),
    ]
    flowables += _changes(control.since, report, width)
    return [*flowables, Spacer(width, GAP)]


def _changes(since: Since | None, report: Report, width: float) -> list[Flowable]:
    s = styles()
    lang = report.language
    if since is None:
        return [Paragraph(escape(lang.t(MSG["no_since"])), s.body)]
    short = since.content_hash[:SHORT_HASH]
    if since.changes is None:
        return [Paragraph(escape(lang.t(MSG["since_unknown"], hash=short)), s.body)]
    if since.same or not since.changes:
        key = "since_same" if since.same else "no_changes"
        return [Paragraph(escape(lang.t(MSG[key], hash=short)), s.body)]
    tenant = report.cover.tenant is None
    intro = lang.t(
        MSG["since_plan" if tenant else "since_plan_tenant"], hash=short, count=len(since.changes)
    )
    keys = ["change", "tenant", "vehicle", "before", "after"] if tenant else [
        "change", "vehicle", "before", "after"
    ]  # fmt: skip
    weights = {"change": 0.7, "tenant": 1.0, "vehicle": 0.8, "before": 1.6, "after": 1.6}
    columns = [Column(lang.t(MSG[key]), weights[key]) for key in keys]
    rows = [_row(change, lang, tenant) for change in since.changes]
    return [Paragraph(escape(intro), s.body), data_table(columns, rows, width)]


def _row(change: Change, lang: Language, with_tenant: bool) -> list[str]:
    row = [lang.t(KINDS[change.kind])]
    if with_tenant:
        row.append(change.tenant)
    return [*row, change.vehicle, _booking(change.before, lang), _booking(change.after, lang)]


def _booking(booking: Booking | None, lang: Language) -> str:
    if booking is None:
        return "—"
    return lang.t(
        MSG["booking"],
        pad=booking.pad,
        start=booking.start,
        end=booking.end,
        status=lang.enum(booking.status).lower(),
    )
