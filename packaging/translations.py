"""Refresh, check and compile cosmoplan's translation catalogues (Russian and Kazakh).

    python packaging/translations.py          # refresh the .ts files, compile the .qm files
    python packaging/translations.py --check  # exit 1 if a text is untranslated or a .qm stale

Refreshing runs ``pyside6-lupdate`` over ``cosmoplan/gui/**/*.py`` and ``cosmoplan/ui/*.ui``
(keeping existing translations, dropping vanished texts), then adds the texts the GUI translates
at run time that ``lupdate`` cannot see: the core messages (context ``messages``, keyed by
message id, the English template as the translator's comment), the analysis rules' titles
(``rules``), the map layers' titles (``layers``), the titles of the core's table columns
(``tables``, beside those lupdate finds) and the names of domain enum values that the GUI
derives from their ids (``enums``). A runtime text whose English changed keeps its old
translation marked unfinished, so ``--check`` fails until someone reviews it. Finally
``pyside6-lrelease`` compiles each ``.ts`` file to the ``.qm`` file the app loads.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "cosmoplan" / "resources" / "translations"
LANGUAGES = ("ru", "kk")
#: Contexts this script fills (lupdate cannot see them); everything else comes from lupdate.
RUNTIME_CONTEXTS = ("messages", "rules", "layers", "tables", "enums")
#: ``{name}``, ``{name!r}``, ``{value:,.0f}`` (str.format) and ``%1`` (Qt) placeholders.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
PLURAL_FORMS = re.compile(r":plural:[^{}]*\}$")

Entry = tuple[str, str]  # (context, source)


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    """The ``.ts`` file of ``language``."""
    return folder / f"cosmoplan_{language}.ts"


def tool(name: str) -> str:
    """Path of a PySide6 tool (next to this Python first, then on PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def gui_sources() -> list[str]:
    """The files lupdate reads, relative to the repository root (nested folders included)."""
    package = ROOT / "cosmoplan"
    files = sorted(package.joinpath("gui").rglob("*.py")) + sorted(package.glob("ui/*.ui"))
    return [str(path.relative_to(ROOT)) for path in files]


def _walk(package: ModuleType) -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name == "cosmoplan.gui" or info.name.endswith(("__main__", ".migrations")):
            continue
        module = importlib.import_module(info.name)
        yield module
        if info.ispkg:
            yield from _walk(module)


def core_templates() -> dict[str, str]:
    """Every registered core message: id -> English template (imports the whole core)."""
    import cosmoplan
    from cosmoplan.messages import TEMPLATES

    for _ in _walk(cosmoplan):
        pass
    # Tests register their own ids under "test." in the same registry; they are not shipped.
    return {k: v for k, v in sorted(TEMPLATES.items()) if not k.startswith("test.")}


def runtime_texts() -> dict[Entry, str]:
    """Texts the GUI translates at run time, unseen by lupdate: (context, source) -> English."""
    from cosmoplan.analysis import RULES
    from cosmoplan.mapping.style import LAYERS
    from cosmoplan.services.tables import COLUMNS, FINDING_COLUMNS

    texts: dict[Entry, str] = {("messages", k): v for k, v in core_templates().items()}
    texts.update({("rules", rule.title): rule.title for rule in RULES})
    texts.update({("layers", layer.title): layer.title for layer in LAYERS})
    columns = [*FINDING_COLUMNS, *(column for kind in COLUMNS.values() for column in kind)]
    texts.update({("tables", column.title): column.title for column in columns})
    texts.update({("enums", name): name for name in enum_labels()})
    return texts


def enum_labels() -> list[str]:
    """The names ``cosmoplan.gui.labels.label`` looks up for every domain enum value."""
    from enum import StrEnum

    from cosmoplan.domain import enums
    from cosmoplan.gui.labels import label  # no translator installed: the English name

    values = [
        value
        for kind in vars(enums).values()
        if isinstance(kind, type) and issubclass(kind, StrEnum) and kind is not StrEnum
        for value in kind
    ]
    return sorted({label(value) for value in values})


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted (``{{`` and ``}}`` are literal braces); a plural
    placeholder counts without its forms (each language has its own: ``{n:plural:…}``)."""
    found = PLACEHOLDER.findall(text.replace("{{", "").replace("}}", ""))
    return sorted(PLURAL_FORMS.sub(":plural}", p) for p in found)


# --- the .ts file ---------------------------------------------------------------------------


def read(path: Path) -> ET.Element:
    """Parse a ``.ts`` file; returns its ``TS`` element."""
    return ET.parse(path).getroot()


def entries(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(context name, message element) of every message."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def translation_of(message: ET.Element) -> tuple[str, bool]:
    """The translation text and whether it is finished."""
    element = message.find("translation")
    if element is None:
        return "", False
    finished = element.get("type") not in ("unfinished", "obsolete", "vanished")
    forms = [form.text or "" for form in element.findall("numerusform")]
    if forms:  # a %n plural: finished when every form of the language is written
        return forms[0], finished and all(forms)
    return element.text or "", finished and bool(element.text)


def forms_of(message: ET.Element) -> list[str]:
    """Every written form of ``message``'s translation (one, or a plural's forms)."""
    element = message.find("translation")
    if element is None:
        return []
    forms = [form.text or "" for form in element.findall("numerusform")]
    return forms or [element.text or ""]


def untranslated(root: ET.Element) -> list[Entry]:
    """Entries with no finished translation."""
    return [
        (name, m.findtext("source") or "") for name, m in entries(root) if not translation_of(m)[1]
    ]


def placeholder_mismatches(root: ET.Element) -> list[Entry]:
    """Translated entries whose placeholders differ from their English (template) text."""
    wrong = []
    for name, message in entries(root):
        _, finished = translation_of(message)
        english = message.findtext("extracomment") if name == "messages" else None
        english = english or message.findtext("source") or ""
        if finished and any(placeholders(f) != placeholders(english) for f in forms_of(message)):
            wrong.append((name, message.findtext("source") or ""))
    return wrong


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if (context.findtext("name") or "") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _harvest(path: Path) -> dict[Entry, tuple[str, str, bool]]:
    """(context, source) -> (English it was translated from, translation, finished)."""
    if not path.exists():
        return {}
    found = {}
    for name, message in entries(read(path)):
        if name in RUNTIME_CONTEXTS:
            english = message.findtext("extracomment") or message.findtext("source") or ""
            text, finished = translation_of(message)
            found[(name, message.findtext("source") or "")] = (english, text, finished)
    return found


def add_runtime_texts(
    root: ET.Element, texts: Mapping[Entry, str], old: Mapping[Entry, tuple[str, str, bool]]
) -> None:
    """Add ``texts`` that lupdate did not extract, with the translations ``old`` had."""
    present = {(name, m.findtext("source")) for name, m in entries(root)}
    for (name, source), english in texts.items():
        if (name, source) in present:
            continue
        message = ET.SubElement(_context(root, name), "message")
        ET.SubElement(message, "source").text = source
        if name == "messages":
            ET.SubElement(message, "extracomment").text = english
        was, text, finished = old.get((name, source), (english, "", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not (finished and was == english):
            translation.set("type", "unfinished")


def write(root: ET.Element, path: Path) -> None:
    """Write a ``.ts`` file as Qt's tools expect it (with the TS doctype)."""
    for context in root.iter("context"):  # lupdate takes Python's "#:" doc comments for
        if context.findtext("name") not in RUNTIME_CONTEXTS:  # translator notes: drop them
            for message in context.iter("message"):
                for note in message.findall("extracomment"):
                    message.remove(note)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for child in root:
        lines.extend(_lines(child, 0))
    path.write_text("\n".join([*lines, "</TS>", ""]), encoding="utf-8")


def _attributes(element: ET.Element) -> str:
    return "".join(f" {key}={quoteattr(value)}" for key, value in element.attrib.items())


def _lines(element: ET.Element, depth: int) -> list[str]:
    """``element`` as lupdate writes it: 4 spaces a level, leaf texts on one line."""
    indent = "    " * depth
    tag = f"{element.tag}{_attributes(element)}"
    if len(element) == 0:
        text = escape(element.text or "", {'"': "&quot;", "'": "&apos;"})
        return [f"{indent}<{tag}>{text}</{element.tag}>"]
    inner = [line for child in element for line in _lines(child, depth + 1)]
    return [f"{indent}<{tag}>", *inner, f"{indent}</{element.tag}>"]


# --- the steps ------------------------------------------------------------------------------


def refresh(path: Path, texts: Mapping[Entry, str]) -> ET.Element:
    """Update ``path`` from the sources (lupdate) and ``texts``; return the new catalogue."""
    old = _harvest(path)
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, *gui_sources(), "-ts", str(path)], cwd=ROOT, check=True)
    root = read(path)
    add_runtime_texts(root, texts, old)
    write(root, path)
    return root


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` (unfinished translations left out: English shows)."""
    command = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)


def check(languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Problems: texts untranslated after a refresh, wrong placeholders, stale ``.qm`` files."""
    problems = []
    texts = runtime_texts()
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages:
            ts = catalogue(language)
            if not ts.exists():
                problems.append(f"{ts.name}: missing")
                continue
            copy = Path(scratch) / ts.name
            shutil.copyfile(ts, copy)
            root = refresh(copy, texts)
            for name, source in untranslated(root):
                problems.append(f"{ts.name}: untranslated [{name}] {source!r}")
            for name, source in placeholder_mismatches(root):
                problems.append(f"{ts.name}: placeholders differ [{name}] {source!r}")
            fresh = Path(scratch) / ts.with_suffix(".qm").name
            compile_qm(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name}: out of date (run packaging/translations.py)")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Refresh and compile the catalogues, or with ``--check`` only report problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 on problems")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s)" if problems else "translations: all up to date")
        return 1 if problems else 0
    texts = runtime_texts()
    for language in LANGUAGES:
        ts = catalogue(language)
        root = refresh(ts, texts)
        compile_qm(ts, ts.with_suffix(".qm"))
        total = sum(1 for _ in entries(root))
        print(f"{ts.name}: {total} texts, {len(untranslated(root))} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
