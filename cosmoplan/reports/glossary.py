"""The glossary: the terms a reader meets in the report (safety distances, zones, statuses, the
figures), each with its definition, in the report's language."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, Paragraph

from cosmoplan.analysis import Severity
from cosmoplan.domain import AllocationStatus, PadStatus
from cosmoplan.messages import register
from cosmoplan.reports.contents import Entry, Heading
from cosmoplan.reports.language import Language
from cosmoplan.reports.model import Report
from cosmoplan.reports.styles import escape, styles
from cosmoplan.reports.tables import Column, data_table


def _r(key: str, text: str) -> str:
    return register(f"report.glossary.{key}", text)


MSG = {
    "heading": _r("heading", "Glossary"),
    "intro": _r("intro", "The terms of this report, then the statuses it uses."),
    "term": _r("term", "Term"),
    "meaning": _r("meaning", "Meaning"),
}
#: (term, definition) message ids, in the order printed.
TERMS: tuple[tuple[str, str], ...] = tuple(
    (_r(f"{key}.term", term), _r(f"{key}.text", text))
    for key, term, text in (
        (
            "public_area", "Public-area distance",
            "The least distance from a hazardous operation (a fuelled vehicle on its pad, a "
            "propellant store) to any place open to the public: towns, roads, the land of another "
            "tenant. It grows with the explosive quantity (14 CFR 420, Tables E-1 and E-2).",
        ),
        (
            "intraline", "Intraline distance",
            "The least distance between two hazardous operations of the site, such as two pads "
            "where vehicles are fuelled at the same time, so that an accident at one does not "
            "spread to the other (14 CFR 420, Table E-3).",
        ),
        (
            "qd", "Quantity-distance (Q-D)",
            "The safety distances that follow from the net explosive weight of a propellant "
            "load: public-area and intraline distances among them.",
        ),
        (
            "tnt", "TNT equivalent",
            "A propellant load's explosive yield given as the mass of TNT with the same blast; "
            "the net explosive weight the distances are computed from.",
        ),
        (
            "hazard_area", "Hazard area",
            "The area around a fuelled pad or a propellant store within its public-area "
            "distance, where no public may be.",
        ),
        (
            "corridor", "Flight corridor",
            "The strip of ground a vehicle flies over on its launch azimuth, where stages and "
            "debris may fall.",
        ),
        (
            "oez", "OEZ (overflight exclusion zone)",
            "The part of a flight corridor next to the pad that is closed to people and traffic "
            "during a launch; the map gives its length in kilometres.",
        ),
        (
            "sez", "Special economic zone (SEZ)",
            "The area of the site set aside for new tenants under the special economic zone's "
            "terms.",
        ),
        (
            "allocation", "Allocation",
            "A pad given to a tenant's vehicle for a period, with a status and an annual fee.",
        ),
        (
            "exclusive", "Exclusive",
            "An allocation that gives the pad to one tenant alone for its period; others may "
            "share a pad.",
        ),
        (
            "utilisation", "Utilisation",
            "The share of a pad's usable days in the period on which it is allocated.",
        ),
        (
            "knowledge_date", "Knowledge date",
            "The date of the newest fact in the plan's data; later states are assumptions.",
        ),
        (
            "withheld", "Not available to you",
            "In a tenant report: the pad is booked by someone else in that period; who, how and "
            "on which days is not part of the report.",
        ),
    )
)  # fmt: skip
#: What each status means, by enum value (its name is the enum's word).
STATUSES: dict[AllocationStatus | PadStatus, str] = {
    status: _r(f"{type(status).__name__.lower()}.{status.value}", text)
    for status, text in (
        (AllocationStatus.PROPOSED, "Allocation offered or asked for, not yet agreed."),
        (AllocationStatus.RESERVED, "Allocation held for the tenant while the contract is made."),
        (AllocationStatus.SIGNED, "Allocation agreed by contract; the pad is committed."),
        (AllocationStatus.ACTIVE, "Signed allocation in force: the tenant uses the pad."),
        (AllocationStatus.ENDED, "Allocation whose period is over; it holds the pad no more."),
        (AllocationStatus.CANCELLED, "Allocation withdrawn; it holds nothing."),
        (PadStatus.ACTIVE, "Pad ready for launches."),
        (PadStatus.INACTIVE, "Pad intact but out of use; it could be brought back."),
        (PadStatus.UNDER_MODERNISATION, "Pad being rebuilt or upgraded; not usable meanwhile."),
        (PadStatus.DAMAGED, "Pad damaged; not usable until repaired."),
        (PadStatus.DESTROYED, "Pad beyond repair."),
        (PadStatus.MUSEUM, "Pad kept as a monument; not usable."),
    )
}
#: The severities of findings: (name, meaning) message ids.
SEVERITIES: dict[Severity, tuple[str, str]] = {
    severity: (_r(f"severity.{severity.value}.term", term), _r(f"severity.{severity.value}", text))
    for severity, term, text in (
        (Severity.ERROR, "Error", "A finding that the plan breaks a rule and must change."),
        (Severity.WARNING, "Warning", "A finding to look at before deciding."),
        (Severity.INFO, "Note", "A finding for information (a check that could not be made)."),
    )
}
GLOSSARY = "glossary"


def glossary_entry(report: Report) -> Entry:
    """The section's contents and outline entry."""
    return Entry(report.language.t(MSG["heading"]), GLOSSARY)


def glossary_rows(lang: Language) -> Iterator[tuple[str, str]]:
    """(term, meaning) of every term, then of every status, in ``lang``."""
    for term, text in TERMS:
        yield lang.t(term), lang.t(text)
    for status, text in STATUSES.items():
        yield lang.enum(status), lang.t(text)
    for term, text in SEVERITIES.values():
        yield lang.t(term), lang.t(text)


def glossary(report: Report, width: float) -> list[Flowable]:
    """The glossary's flowables."""
    s = styles()
    lang = report.language
    columns = [Column(lang.t(MSG["term"]), 0.6), Column(lang.t(MSG["meaning"]), 2.0)]
    return [
        Heading(glossary_entry(report), s.h1),
        Paragraph(escape(lang.t(MSG["intro"])), s.body),
        data_table(columns, list(glossary_rows(lang)), width),
    ]
