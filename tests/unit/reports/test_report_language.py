"""A Russian or Kazakh report holds no English text but names: with a catalogue that marks every
word of every report text (messages, enum words, rule titles), the demo's full and tenant
reports are read back and every English word left must come from the plan's own data (names,
notes, sources)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from cosmoplan import domain
from cosmoplan.analysis import RULES
from cosmoplan.demo import build_demo_plan, demo_sources
from cosmoplan.domain import Kind, Plan
from cosmoplan.messages import TEMPLATES
from cosmoplan.names import english
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports import language as language_module

if TYPE_CHECKING:
    from conftest import PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 11, 25)
MARK = "Ж"
WORD = re.compile(r"(?<![\w{])([A-Za-z][A-Za-z'’-]*)")
#: Sections whose words all come from the report's texts (the map's layer legend is drawn by
#: the mapping package, which names its layers itself).
SECTIONS = ["cover", "contents", "control", "executive", "summary", "timeline", "allocations",
            "findings", "pads", "tenants", "glossary", "sources"]  # fmt: skip
#: Not words of a language: units, standards, codes.
SYMBOLS = {"UTC", "SHA", "EPSG", "UTM", "LOX", "UDMH", "OEZ", "SEZ", "CFR", "cosmoplan", "US"}


def mark(template: str) -> str:
    """Every word of ``template`` outside its fields (and inside plural options) marked."""
    parts = []
    for part in re.split(r"(\{[^{}]*\})", template):
        if part.startswith("{") and ":plural:" in part:
            head, options = part[1:-1].split(":plural:", 1)
            marked = "|".join(WORD.sub(rf"{MARK}\1", o) for o in options.split("|"))
            part = "{" + head + ":plural:" + marked + "}"
        elif not part.startswith("{"):
            part = WORD.sub(rf"{MARK}\1", part)
        parts.append(part)
    return "".join(parts)


def _catalogue() -> dict[tuple[str, str], str]:
    marked = {("messages", key): mark(text) for key, text in TEMPLATES.items()}
    enums = [m for e in vars(domain).values() if isinstance(e, type) and issubclass(e, StrEnum)
             and e is not StrEnum for m in e]  # fmt: skip
    marked.update({("enums", english(m)): mark(english(m)) for m in enums})
    marked.update(
        {("rules", rule.title): mark(rule.title) for rule in RULES.copy()._rules.values()}
    )
    return marked


def _strings(value: Any, found: set[str]) -> None:
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            _strings(item, found)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _strings(getattr(value, f.name), found)


def plan_texts(plan: Plan) -> set[str]:
    """The plan's own texts: names, notes, sources, and the demo's references."""
    texts: set[str] = set()
    for kind in Kind:
        _strings(tuple(plan.objects(kind).values()), texts)
    _strings(plan.info, texts)
    references = demo_sources()
    return texts | set(references) | set(references.values())


def data_words(plan: Plan) -> set[str]:
    """Every word of the plan's own texts."""
    return {w for t in plan_texts(plan) for w in re.findall(r"[A-Za-z]+", t)} | SYMBOLS


@pytest.mark.parametrize("code", ["ru", "kk"])
@pytest.mark.parametrize("tenant", [None, "Rocket Factory Augsburg"])
def test_no_english_text_is_left_but_names(code: str, tenant: str | None, tmp_path: Path,
                                           read_pdf: Read, monkeypatch: pytest.MonkeyPatch,
                                           ) -> None:  # fmt: skip
    marked = _catalogue()
    monkeypatch.setattr(language_module, "catalogue", lambda _code: marked)
    plan = build_demo_plan()
    kind = "tenant" if tenant else "full"
    report = build_report(plan, kind, at=AT, tenant=tenant, sections=SECTIONS, language_code=code)
    pdf = read_pdf(render_report(report, tmp_path / f"{code}.pdf"))
    allowed = data_words(plan)
    left = {
        (index + 1, word)
        for index, page in enumerate(pdf.pages)
        for word in re.findall(rf"(?<![{MARK}\w-])[A-Za-z]{{2,}}", page.text)
        if word not in allowed
    }
    assert not left
    assert re.search(r"\b\d{2}\.\d{2}\.20\d\d\b", pdf.text)  # dates in the locale's form
    iso = set(re.findall(r"\b\d{4}-\d\d-\d\d\b", pdf.text))
    assert iso <= data_dates(plan)  # an ISO date only where the plan's own text has one


def data_dates(plan: Plan) -> set[str]:
    """The ISO dates written in the plan's own texts (notes, description, references)."""
    return {d for t in plan_texts(plan) for d in re.findall(r"\b\d{4}-\d\d-\d\d\b", t)}


def test_a_longer_caption_keeps_the_map_on_its_page(
    tmp_path: Path, read_pdf: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A caption of four lines (Kazakh runs longer than English) shrinks the map, never moves it
    to a page of its own."""
    long_caption = " ".join([TEMPLATES["report.map.caption"]] * 2)
    marked = {("messages", "report.map.caption"): long_caption}
    monkeypatch.setattr(language_module, "catalogue", lambda _code: marked)
    report = build_report(build_demo_plan(), at=AT, sections=["map"], language_code="kk")
    pdf = read_pdf(render_report(report, tmp_path / "map.pdf"))
    site, insets = pdf.pages  # the site map with its caption, then the page of insets
    assert "Site map as of" in site.text and site.paths > 100
    assert "Site map: insets" in insets.text and "Site map as of" not in insets.text


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_map_legend_speaks_the_reports_language(
    code: str, tmp_path: Path, read_pdf: Read
) -> None:
    from cosmoplan.reports.map_words import GROUPS, SAFETY

    report = build_report(build_demo_plan(), at=AT, sections=["map"], language_code=code)
    text = read_pdf(render_report(report, tmp_path / "map.pdf")).pages[0].text
    flat = " ".join(text.split())
    shown = {
        text
        for layer in report.map.layers
        for text in (layer.legend_group, *(entry.text for entry in layer.legend))
    }
    assert not shown & {*GROUPS, *SAFETY}  # no section or safety entry left in English
    words = report.language
    assert words.t(GROUPS["Infrastructure"]) in flat
    assert words.t(GROUPS["Safety"]) in flat
    assert words.layer("Cable masts") in flat and "Cable masts" not in flat
    assert "As of" not in flat and report.map.dated in flat  # the legend box's date line
    corridors = [f.label for layer in report.map.layers for f in layer.features if f.label
                 and layer.id == "report/flight-corridors"]  # fmt: skip
    assert corridors and "OEZ" not in flat  # corridor labels: class and zone in the language
