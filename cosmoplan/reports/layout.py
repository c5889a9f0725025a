"""The sections of a report, declared once: id, the label the report dialog offers, the page
orientation, the entries it adds to the contents, and how it is drawn.

A new section is one module with its renderer, plus its line in :data:`SECTIONS`; the report
model, the PDF, the command line and the report dialog all read this table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from cosmoplan.messages import Message, register
from cosmoplan.reports.contents import Entry
from cosmoplan.reports.control import control_entry, control_page
from cosmoplan.reports.cover import contents, cover
from cosmoplan.reports.executive import executive, executive_entry
from cosmoplan.reports.findings_pages import findings, findings_entry
from cosmoplan.reports.glossary import glossary, glossary_entry
from cosmoplan.reports.model import Report
from cosmoplan.reports.pad_pages import pad_entry, pad_pages, pads_entry
from cosmoplan.reports.pages import LANDSCAPE, PORTRAIT, Furniture
from cosmoplan.reports.sections import (
    allocations,
    allocations_entry,
    map_entry,
    map_page,
    timeline_entry,
    timeline_pages,
)
from cosmoplan.reports.sources_page import sources, sources_entry
from cosmoplan.reports.summary import summary, summary_entry
from cosmoplan.reports.tenant_pages import tenant_entry, tenants, tenants_entry

#: Tenants listed one by one in the contents up to this many (the PDF outline always lists them).
CONTENTS_TENANTS = 40


@dataclass(frozen=True)
class Frames:
    """What a section is drawn into: the frame sizes of both orientations, the page furniture
    and the contents entries of the whole report."""

    portrait_width: float
    landscape_width: float
    landscape_height: float
    furniture: Furniture
    entries: Sequence[Entry] = ()


@dataclass(frozen=True)
class SectionSpec:
    """One section of a report."""

    id: str
    label: Message  # as the report dialog offers it
    orientation: str
    render: Callable[[Report, Frames], list[Flowable]]
    entries: Callable[[Report], list[Entry]] = field(default=lambda _report: [])
    front: bool = False  # printed with the cover, before the first page break


def _tenant_entries(report: Report) -> list[Entry]:
    listed = report.tenants if len(report.tenants) <= CONTENTS_TENANTS else ()
    return [tenants_entry(report), *(tenant_entry(t) for t in listed)]


def _pad_entries(report: Report) -> list[Entry]:
    listed = report.pads if len(report.pads) <= CONTENTS_TENANTS else ()
    return [pads_entry(report), *(pad_entry(report, p) for p in listed)]


def _label(section: str, text: str) -> Message:
    return Message(register(f"report.section.{section}", text))


#: Every section, in the order printed.
SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "cover", _label("cover", "Cover"), PORTRAIT, lambda r, f: cover(r, f.portrait_width),
        front=True,
    ),
    SectionSpec(
        "contents", _label("contents", "Contents"), PORTRAIT,
        lambda r, f: contents(r, f.entries, f.furniture), front=True,
    ),
    SectionSpec(
        "control", _label("control", "Document control"), PORTRAIT,
        lambda r, f: control_page(r, f.portrait_width), lambda r: [control_entry(r)],
    ),
    SectionSpec(
        "executive", _label("executive", "Executive summary"), PORTRAIT,
        lambda r, f: executive(r, f.portrait_width), lambda r: [executive_entry(r)],
    ),
    SectionSpec(
        "summary", _label("summary", "Summary figures"), PORTRAIT,
        lambda r, f: summary(r, f.portrait_width), lambda r: [summary_entry(r)],
    ),
    SectionSpec(
        "map", _label("map", "Site map"), LANDSCAPE,
        lambda r, f: map_page(r, f.landscape_width, f.landscape_height), lambda r: [map_entry(r)],
    ),
    SectionSpec(
        "timeline", _label("timeline", "Timeline"), LANDSCAPE,
        lambda r, f: timeline_pages(r, f.landscape_width, f.landscape_height),
        lambda r: [timeline_entry(r)],
    ),
    SectionSpec(
        "allocations", _label("allocations", "Allocation table"), PORTRAIT,
        lambda r, f: allocations(r, f.portrait_width), lambda r: [allocations_entry(r)],
    ),
    SectionSpec(
        "findings", _label("findings", "Findings"), PORTRAIT,
        lambda r, f: findings(r, f.portrait_width), lambda r: [findings_entry(r)],
    ),
    SectionSpec(
        "pads", _label("pads", "Pad pages"), PORTRAIT,
        lambda r, f: pad_pages(r, f.portrait_width), _pad_entries,
    ),
    SectionSpec(
        "tenants", _label("tenants", "Tenant sections"), PORTRAIT,
        lambda r, f: tenants(r, f.portrait_width), _tenant_entries,
    ),
    SectionSpec(
        "glossary", _label("glossary", "Glossary"), PORTRAIT,
        lambda r, f: glossary(r, f.portrait_width), lambda r: [glossary_entry(r)],
    ),
    SectionSpec(
        "sources", _label("sources", "Sources"), PORTRAIT,
        lambda r, f: sources(r, f.portrait_width), lambda r: [sources_entry(r)],
    ),
)  # fmt: skip
SECTION_IDS: tuple[str, ...] = tuple(spec.id for spec in SECTIONS)
