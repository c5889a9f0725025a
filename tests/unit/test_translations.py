"""The Russian and Kazakh catalogues: complete, faithful to their placeholders, compiled.

No Qt here: the catalogues are read as XML and compiled with the ``pyside6-lrelease`` tool.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "cosmoplan" / "resources" / "translations"
LANGUAGES = ("ru", "kk")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "packaging_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


def _spec(spec: str) -> str:
    return "plural" if spec.startswith("plural:") else spec


def placeholders(text: str) -> list[str]:
    """``str.format`` fields with conversion and format spec, and Qt's ``%1``, sorted; a plural
    field without its forms (each language has its own)."""
    fields = [
        f"{{{name}{'!' + conversion if conversion else ''}{':' + _spec(spec) if spec else ''}}}"
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    ]
    return sorted(fields + re.findall(r"%\d+", text))


def mnemonics(text: str) -> int:
    """How many ``&`` mnemonics a text has (``&&`` is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context, message element) of every entry of a catalogue."""
    return list(SCRIPT.entries(SCRIPT.read(FOLDER / f"cosmoplan_{language}.ts")))


@pytest.fixture(scope="module")
def templates() -> dict[str, str]:
    """Every registered core message (the whole core imported)."""
    found: dict[str, str] = SCRIPT.core_templates()
    return found


def test_the_placeholder_parser_sees_format_specs_and_conversions() -> None:
    text = "{vehicle} needs {required_m:,.0f} m ({name!r}, %1)"
    assert placeholders(text) == ["%1", "{name!r}", "{required_m:,.0f}", "{vehicle}"]
    assert placeholders("{required_m:.0f}") != placeholders("{required_m:,.0f}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_message_is_in_the_catalogue_with_its_placeholders(
    language: str, templates: dict[str, str]
) -> None:
    translated = {
        message.findtext("source"): message.findtext("translation") or ""
        for context, message in messages(language)
        if context == "messages"
    }
    assert templates, "no core message registered: the core was not imported"
    missing = sorted(set(templates) - set(translated))
    assert not missing, f"core messages missing from cosmoplan_{language}.ts: {missing}"
    wrong = [
        (message_id, placeholders(template), placeholders(translated[message_id]))
        for message_id, template in templates.items()
        if placeholders(template) != placeholders(translated[message_id])
    ]
    assert not wrong, f"placeholders differ from the English template: {wrong}"


def finished(translation: ET.Element | None) -> bool:
    """A translation with text and no ``type`` (unfinished, obsolete or vanished)."""
    return translation is not None and translation.get("type") is None and bool(translation.text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    entries = messages(language)
    unfinished = [
        (context, message.findtext("source"))
        for context, message in entries
        if not finished(message.find("translation"))
    ]
    assert len(entries) > 800
    assert not unfinished, f"untranslated in cosmoplan_{language}.ts: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_gui_texts_keep_placeholders_mnemonics_and_line_breaks(language: str) -> None:
    wrong = []
    for context, message in messages(language):
        if context == "messages":
            continue
        source = message.findtext("source") or ""
        for text in SCRIPT.forms_of(message):  # one, or each form of a %n plural
            if (
                placeholders(source) != placeholders(text)
                or mnemonics(source) != mnemonics(text)
                or source.count("\n") != text.count("\n")
                or source.count("<") != text.count("<")
            ):
                wrong.append((context, source, text))
    assert not wrong, f"cosmoplan_{language}.ts: {wrong}"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(language: str, tmp_path: Path) -> None:
    lrelease()
    source = FOLDER / f"cosmoplan_{language}.ts"
    fresh = tmp_path / f"cosmoplan_{language}.qm"
    SCRIPT.compile_qm(source, fresh)
    shipped = source.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing: run packaging/translations.py"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} does not match {source.name}: run packaging/translations.py"
    )
