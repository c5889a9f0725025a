"""Translations reach the interface: a compiled catalogue changes what the user reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from cosmoplan.gui.actions import translate
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import install_translators, tr
from cosmoplan.messages import Message

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name></name>
 <message><source>Nothing selected</source><translation>Ничего не выбрано</translation></message>
 <message numerus="yes"><source>%n rule(s)</source><translation>
  <numerusform>%n правило</numerusform><numerusform>%n правила</numerusform>
  <numerusform>%n правил</numerusform></translation></message>
</context>
<context><name>actions</name>
 <message><source>&amp;Save</source><translation>&amp;Сохранить</translation></message>
</context>
<context><name>messages</name>
 <message><source>domain.required</source>
  <translation>Поле {field} обязательно.</translation></message>
</context>
</TS>
"""


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


def test_a_catalogue_translates_gui_texts_actions_and_core_messages(
    qapp: Any, tmp_path: Path
) -> None:
    source = tmp_path / "cosmoplan_ru.ts"
    source.write_text(TS, encoding="utf-8")
    subprocess.run([lrelease(), str(source)], check=True, capture_output=True)
    assert (tmp_path / "cosmoplan_ru.qm").is_file()
    translators = install_translators(qapp, "ru_RU", tmp_path)
    try:
        assert tr("Nothing selected") == "Ничего не выбрано"
        assert translate("&Save") == "&Сохранить"
        message = Message("domain.required", {"field": "code"})
        assert translate_message(message) == "Поле code обязательно."
        assert tr("Untranslated text") == "Untranslated text"
        counted = [tr("%n rule(s)", "", n) for n in (1, 3, 5, 21)]
        assert counted == ["1 правило", "3 правила", "5 правил", "21 правило"]
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert tr("Nothing selected") == "Nothing selected"


def test_english_reads_counted_nouns_in_the_singular_or_the_plural() -> None:
    assert tr("%n rule(s)", "", 1) == "1 rule"
    assert tr("This allocation breaks %n rule(s).", "", 3) == "This allocation breaks 3 rules."
    assert tr("%n rule(s)", "", 0) == "0 rules"
