"""The cover page (title, plan, date, period, author, the plan it came from) and the contents."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Rect
from reportlab.platypus import Flowable, Paragraph, Spacer

from cosmoplan.domain import PlanInfo
from cosmoplan.mapping.fonts import embedded_drawing
from cosmoplan.mapping.shapes import color
from cosmoplan.reports.colours import ACCENT
from cosmoplan.reports.contents import ContentsLine, Entry, Heading, short_title
from cosmoplan.reports.model import Report
from cosmoplan.reports.pages import Furniture
from cosmoplan.reports.styles import GAP, day, escape, styles
from cosmoplan.reports.tables import facts_table

CONTENTS = Entry("Contents", "contents")
HASH_BASIS = {"file": "of the plan file", "content": "of the plan's content"}


def generated_text(report: Report) -> str:
    """When the report was made, as the footer and the cover print it."""
    return report.cover.generated.strftime("%Y-%m-%d %H:%M %Z").strip()


def _knowledge_row(description: str) -> list[tuple[str, str]]:
    """The plan's knowledge date, when its description states one."""
    known = PlanInfo(description=description).knowledge_date
    return (
        []
        if known is None
        else [("Knowledge date", f"{day(known)} (later states are assumptions)")]
    )


def cover(report: Report, width: float) -> list[Flowable]:
    """The cover's flowables (they fit the top of the first page)."""
    s = styles()
    facts = report.cover
    band = embedded_drawing(width, 6)
    band.add(Rect(0, 0, width, 4, fillColor=color(ACCENT), strokeColor=None))
    kind = "Tenant report" if facts.tenant else "Full allocation report"
    subtitle = escape(facts.plan_name)
    if facts.tenant:
        subtitle += f"<br/>Prepared for {escape(short_title(facts.tenant))}"
    start, end = facts.period
    rows = [
        ("Report", kind),
        ("As of", day(facts.at)),
        *_knowledge_row(facts.plan_description),
        ("Period", f"{day(start)} to {day(end)}"),
        ("Prepared by", facts.author or "—"),
        ("Plan", facts.plan_name),
        ("Plan location", facts.plan_location or "not saved"),
        ("Plan SHA-256", f"{facts.content_hash} ({HASH_BASIS[facts.hash_basis]})"),
        ("Software", f"cosmoplan {facts.version}"),
        ("Generated", generated_text(report)),
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
        flowables.append(
            Paragraph(
                f"This report is prepared for {escape(short_title(facts.tenant))}. Other tenants' "
                "use of the site appears only as anonymous occupation, without names, vehicles or "
                "fees.",
                s.small,
            )
        )
    return flowables


def contents(entries: Sequence[Entry], furniture: Furniture) -> list[Flowable]:
    """The table of contents: a heading and one linked line per entry."""
    s = styles()
    flowables: list[Flowable] = [Spacer(1, GAP * 3), Heading(CONTENTS, s.h1)]
    flowables += [ContentsLine(entry, s.toc[min(entry.level, 1)], furniture) for entry in entries]
    return flowables
