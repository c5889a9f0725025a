"""The language of a report: English, Russian or Kazakh, read from the app's catalogues.

The report's texts are core messages (stable ids, :func:`~cosmoplan.messages.register`) whose
translations live in the ``.ts`` catalogues the window uses (context ``messages``; rule titles
in ``rules``, enum names in ``enums``, layer titles in ``layers``). They are read here as plain
XML, without Qt. Numbers, dates and enum words take the language's form; a text without a
finished translation stays English.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from cosmoplan.messages import FORMATTER, Message, TemplateFormatter, ValidationError, register
from cosmoplan.names import ENUM_PARAMETERS, english

LANGUAGES: tuple[str, ...] = ("en", "ru", "kk")
CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "translations"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NARROW_SPACE = "\u202f"

#: The vehicle figures a rule message lists by name (parameter ``figures``), as words.
FIGURES = {
    name: register(f"report.figure.{name.replace(' ', '_')}", name)
    for name in ("liftoff mass", "height", "diameter", "liftoff thrust")
}
MSG_UNKNOWN_LANGUAGE = register(
    "report.unknown_language", "There is no report language {language!r}. Languages: {known}."
)


@lru_cache(maxsize=4)
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Finished translations of ``code`` by (context, source); empty for English."""
    path = CATALOGUES / f"cosmoplan_{code}.ts"
    if code == "en" or not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[name, message.findtext("source") or ""] = translation.text
    return found


class _LocalFormatter(TemplateFormatter):
    """Plural forms, and numbers grouped and pointed as the language writes them."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self.language.localise_number(text)
        return text


@dataclass(frozen=True)
class Language:
    """One of :data:`LANGUAGES`: translates report texts, formats numbers and dates."""

    code: str = "en"
    _formatter: string.Formatter = field(default=FORMATTER, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.code != "en":
            object.__setattr__(self, "_formatter", _LocalFormatter(self))

    def _lookup(self, context: str, source: str) -> str | None:
        return catalogue(self.code).get((context, source))

    def t(self, message_id: str, **params: Any) -> str:
        """The text of message ``message_id`` with ``params``, in this language."""
        return self.message(Message(message_id, params))

    def message(self, message: Message) -> str:
        """Any core message (a rule's finding, say) in this language, its enum parameters in
        words and its dates in this language's form."""
        params = {key: self._parameter(key, value) for key, value in message.params.items()}
        template = self._lookup("messages", message.id)
        return Message(message.id, params).text(template, self._formatter)

    def _parameter(self, key: str, value: Any) -> Any:
        if isinstance(value, Message):
            return self.message(value)
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, str) and ISO_DAY.match(value):
            return self.day(date.fromisoformat(value))
        if key == "figures" and isinstance(value, str):
            names = [part.strip() for part in value.split(",")]
            return ", ".join(self.t(FIGURES[n]) if n in FIGURES else n for n in names)
        enum = ENUM_PARAMETERS.get(key)
        if enum is not None and isinstance(value, str):
            try:  # one value, or a list of them joined by ", "
                members = [enum(part.strip().replace(" ", "-")) for part in value.split(",")]
            except ValueError:
                return value
            words = (self.enum(member) for member in members)
            return ", ".join(w[0].lower() + w[1:] if w[1:2].islower() else w for w in words)
        return value

    def enum(self, value: StrEnum) -> str:
        """The name of an enum value ("Under modernisation", "LOX / kerosene")."""
        name = english(value)
        return self._lookup("enums", name) or name

    def rule(self, title: str) -> str:
        """A rule's title (from the rule catalogue)."""
        return self._lookup("rules", title) or title

    def layer(self, title: str) -> str:
        """A map layer's title."""
        return self._lookup("layers", title) or title

    def localise_number(self, text: str) -> str:
        """``1,234.5`` as this language writes it (``1 234,5`` in Russian and Kazakh)."""
        if self.code == "en":
            return text
        return text.replace(",", NARROW_SPACE).replace(".", ",")

    def number(self, value: float | None, places: int = 0) -> str:
        """A figure with ``places`` decimals (trailing zeros dropped), grouped; blank when
        unknown."""
        if value is None:
            return ""
        text = f"{value:,.{places}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return self.localise_number(text)

    def count(self, value: int) -> str:
        """A whole number, grouped."""
        return self.localise_number(f"{value:,}")

    def percent(self, share: float) -> str:
        """``0.734`` -> ``73 %``."""
        return f"{share * 100:.0f}\u00a0%"

    def day(self, value: date) -> str:
        """A date as the language writes it: ISO 8601 in English (``2026-11-25``, unambiguous
        in every English-speaking country), ``25.11.2026`` in Russian and Kazakh."""
        if self.code == "en":
            return value.isoformat()
        return f"{value.day:02d}.{value.month:02d}.{value.year}"


ENGLISH = Language("en")


def language(code: str | None) -> Language:
    """The :class:`Language` of ``code`` (default English); ValidationError if unknown."""
    chosen = (code or "en").strip().lower()
    if chosen not in LANGUAGES:
        raise ValidationError(
            MSG_UNKNOWN_LANGUAGE, field="language", language=code, known=", ".join(LANGUAGES)
        )
    return Language(chosen)
