"""Fonts and metadata of report PDFs: every font embedded (pdffonts), Kazakh and Russian letters
extracted back from the text, author, title, subject and document language in the file."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pytest

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Plan
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.summary import MSG

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 7, 1)
KAZAKH_LETTERS = "әғқңөұүһі"
KAZAKH_TEXT = "Әуежай, ғарыш, қала, Байқоңыр, өнер, ұшу, үй, шаһар, ілім"
needs_pdffonts = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils")


def _fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) of every font ``pdffonts`` lists."""
    lines = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def reports(
    tmp_path_factory: pytest.TempPathFactory, make_plan: Callable[[], Plan], cast: Cast
) -> dict[str, Path]:
    """The demo's full report (English), and Alpha's report in Kazakh and in Russian of a plan
    whose description holds every Kazakh letter."""
    folder = tmp_path_factory.mktemp("fonts")
    plan = make_plan()
    plan.info.description = KAZAKH_TEXT
    demo = build_report(build_demo_plan(), at=AT, author="Planning Department")
    paths = {"demo": render_report(demo, folder / "demo.pdf")}
    for code in ("kk", "ru"):
        report = build_report(
            plan, "tenant", at=AT, tenant=cast.alpha, author="Әлия Нұрланқызы", language_code=code
        )
        paths[code] = render_report(report, folder / f"{code}.pdf")
    return paths


@needs_pdffonts
@pytest.mark.parametrize("which", ["demo", "kk", "ru"])
def test_every_font_is_embedded_and_none_is_a_standard_font(
    reports: dict[str, Path], which: str
) -> None:
    fonts = _fonts(reports[which])
    assert fonts, "the report names no font"
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    names = " ".join(name for name, _ in fonts)
    assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", names), names
    assert all("DejaVuSans" in name for name, _ in fonts)


def test_kazakh_and_russian_text_comes_back_from_the_pdf(
    reports: dict[str, Path], read_pdf: Read
) -> None:
    kazakh = read_pdf(reports["kk"]).text
    assert KAZAKH_TEXT in kazakh
    assert set(KAZAKH_LETTERS) <= set(kazakh)
    from cosmoplan.reports.language import Language

    for code, path in (("kk", reports["kk"]), ("ru", reports["ru"])):
        heading = Language(code).t(MSG["heading"])
        assert heading != "Summary" and re.search("[а-яА-Я]", heading)
        assert heading in read_pdf(path).text


@pytest.mark.parametrize(
    ("which", "author", "language"),
    [("demo", "Planning Department", "en"), ("kk", "Әлия Нұрланқызы", "kk")],
)
def test_metadata_names_author_title_subject_and_language(
    reports: dict[str, Path], which: str, author: str, language: str, cast: Cast
) -> None:
    path = reports[which]
    document = pdfium.PdfDocument(str(path))
    try:
        metadata = document.get_metadata_dict()
    finally:
        document.close()
    assert metadata["Author"] == author
    assert metadata["Title"] and metadata["Subject"]
    assert "2026" in metadata["Subject"]
    if which == "kk":
        assert cast.alpha in metadata["Title"]
        assert "01.07.2026" in metadata["Subject"]  # the date in the language's form
    assert re.findall(rb"/Lang \((\w+)\)", path.read_bytes()) == [language.encode()]
