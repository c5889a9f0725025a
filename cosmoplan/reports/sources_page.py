"""The sources appendix: every object of the report with its source keys and how far its data
can be trusted, by kind, then what each key stands for."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable, Paragraph

from cosmoplan.domain import Confidence
from cosmoplan.messages import register
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.model import Report
from cosmoplan.reports.provenance import SourceRow
from cosmoplan.reports.sections import subheading
from cosmoplan.reports.styles import escape, styles
from cosmoplan.reports.tables import Column, data_table


def _r(key: str, text: str) -> str:
    return register(f"report.sources.{key}", text)


MSG = {
    "heading": _r("heading", "Sources"),
    "intro": _r(
        "intro",
        "Each object of this report with the sources of its data (keys, explained under "
        "References) and how far the data can be trusted. Schematic: drawn to show where a thing "
        "is, not its exact shape.",
    ),
    "object": _r("object", "Object"),
    "keys": _r("keys", "Sources"),
    "confidence": _r("confidence", "Confidence"),
    "schematic": _r("schematic", "schematic"),
    "not_stated": _r("not_stated", "not stated"),
    "references": _r("references", "References"),
    "key": _r("key", "Key"),
    "reference": _r("reference", "Reference"),
}
SOURCES = "sources"


def sources_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), SOURCES)


def sources(report: Report, width: float) -> list[Flowable]:
    """The sources appendix's flowables."""
    s = styles()
    lang = report.language
    flowables: list[Flowable] = [
        Heading(sources_entry(report), s.h1),
        Paragraph(escape(lang.t(MSG["intro"])), s.body),
    ]
    columns = [
        Column(lang.t(MSG["object"]), 1.0),
        Column(lang.t(MSG["keys"]), 2.0),
        Column(lang.t(MSG["confidence"]), fit=True),
    ]
    for kind, rows in groupby(report.sources.rows, key=lambda row: row.kind):
        cells = [_cells(row, report) for row in rows]
        flowables += [*subheading(lang.enum(kind)), data_table(columns, cells, width)]
    if report.sources.citations:
        flowables += subheading(lang.t(MSG["references"]))
        keys = [Column(lang.t(MSG["key"]), fit=True), Column(lang.t(MSG["reference"]))]
        cells = [[c.key, c.reference] for c in report.sources.citations]
        flowables.append(data_table(keys, cells, width))
    return flowables


def _cells(row: SourceRow, report: Report) -> list[str]:
    lang = report.language
    confidence = "" if row.confidence is None else lang.enum(row.confidence)
    if row.schematic and row.confidence is not Confidence.SCHEMATIC:  # say it once
        confidence = f"{confidence}, {lang.t(MSG['schematic'])}" if confidence else confidence
    return [row.name, ", ".join(row.keys) or lang.t(MSG["not_stated"]), confidence]
