"""The cover page (title, plan, date, period, author, the plan it came from) and the contents."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Rect
from reportlab.platypus import Flowable, Paragraph, Spacer

from cosmoplan.domain import PlanInfo
from cosmoplan.mapping.fonts import embedded_drawing
from cosmoplan.mapping.shapes import color
from cosmoplan.messages import register
from cosmoplan.reports.colours import ACCENT
from cosmoplan.reports.contents import ContentsLine, Entry, Heading, short_title
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report
from cosmoplan.reports.pages import Furniture
from cosmoplan.reports.styles import GAP, escape, styles
from cosmoplan.reports.tables import facts_table


def _r(key: str, text: str) -> str:
    return register(f"report.cover.{key}", text)


MSG = {
    "contents": _r("contents", "Contents"),
    "kind.full": _r("kind.full", "Full allocation report"),
    "kind.tenant": _r("kind.tenant", "Tenant report"),
    "prepared_for": _r("prepared_for", "Prepared for {tenant}"),
    "report": _r("report", "Report"),
    "as_of": _r("as_of", "As of"),
    "knowledge": _r("knowledge", "Knowledge date"),
    "knowledge_value": _r("knowledge_value", "{day} (later states are assumptions)"),
    "period": _r("period", "Period"),
    "period_value": _r("period_value", "{start} to {end}"),
    "author": _r("author", "Prepared by"),
    "plan": _r("plan", "Plan"),
    "location": _r("location", "Plan location"),
    "not_saved": _r("not_saved", "not saved"),
    "hash": _r("hash", "Plan SHA-256"),
    "hash.file": _r("hash.file", "{hash} (of the plan file)"),
    "hash.content": _r("hash.content", "{hash} (of the plan's content)"),
    "software": _r("software", "Software"),
    "generated": _r("generated", "Generated"),
    "notice": _r(
        "notice",
        "This report is prepared for {tenant}. Other tenants' use of the site appears only as "
        "anonymous occupation, without names, vehicles or fees.",
    ),
}


def generated_text(report: Report) -> str:
    """When the report was made, as the footer and the cover print it."""
    generated = report.cover.generated
    return f"{report.language.day(generated.date())} {generated:%H:%M %Z}".strip()


def _knowledge_row(description: str, lang: Language) -> list[tuple[str, str]]:
    """The plan's knowledge date, when its description states one."""
    known = PlanInfo(description=description).knowledge_date
    if known is None:
        return []
    return [(lang.t(MSG["knowledge"]), lang.t(MSG["knowledge_value"], day=known))]


def cover(report: Report, width: float) -> list[Flowable]:
    """The cover's flowables (they fit the top of the first page)."""
    s, lang = styles(), report.language
    facts = report.cover
    band = embedded_drawing(width, 6)
    band.add(Rect(0, 0, width, 4, fillColor=color(ACCENT), strokeColor=None))
    kind = lang.t(MSG["kind.tenant" if facts.tenant else "kind.full"])
    subtitle = escape(facts.plan_name)
    if facts.tenant:
        subtitle += "<br/>" + escape(lang.t(MSG["prepared_for"], tenant=short_title(facts.tenant)))
    start, end = facts.period
    rows = [
        (lang.t(MSG["report"]), kind),
        (lang.t(MSG["as_of"]), lang.day(facts.at)),
        *_knowledge_row(facts.plan_description, lang),
        (lang.t(MSG["period"]), lang.t(MSG["period_value"], start=start, end=end)),
        (lang.t(MSG["author"]), facts.author or "—"),
        (lang.t(MSG["plan"]), facts.plan_name),
        (lang.t(MSG["location"]), facts.plan_location or lang.t(MSG["not_saved"])),
        (lang.t(MSG["hash"]), lang.t(MSG[f"hash.{facts.hash_basis}"], hash=facts.content_hash)),
        (lang.t(MSG["software"]), f"cosmoplan {facts.version}"),
        (lang.t(MSG["generated"]), generated_text(report)),
    ]
    flowables: list[Flowable] = [
        Spacer(width, 40),
        band,
        Spacer(width, GAP * 2),
        Paragraph(escape(facts.title.split(":")[0]), s.title),
        Paragraph(subtitle, s.subtitle),
        facts_table(rows, width),
        Spacer(width, GAP * 2),
    ]
    if facts.plan_description:
        flowables.append(Paragraph(escape(facts.plan_description), s.small))
    if facts.tenant:
        flowables.append(Spacer(width, GAP))
        notice = lang.t(MSG["notice"], tenant=short_title(facts.tenant))
        flowables.append(Paragraph(escape(notice), s.small))
    return flowables


def contents(report: Report, entries: Sequence[Entry], furniture: Furniture) -> list[Flowable]:
    """The table of contents: a heading and one linked line per entry."""
    s = styles()
    heading = Entry(report.language.t(MSG["contents"]), "contents")
    flowables: list[Flowable] = [Spacer(1, GAP * 3), Heading(heading, s.h1)]
    flowables += [ContentsLine(entry, s.toc[min(entry.level, 1)], furniture) for entry in entries]
    return flowables
