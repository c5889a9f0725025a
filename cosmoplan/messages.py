"""Messages from the core: a stable id, parameters, and an English template.

The core never formats user-facing text on its own terms: it raises or returns a
:class:`Message` whose ``id`` is stable across releases and whose ``params`` carry the
numbers and names. A count takes its noun's plural form with ``{count:plural:pad|pads}``: one
form per plural category of the template's language (one for Kazakh, two for English, three
for Russian: ``{count:plural:площадка|площадки|площадок}``). The GUI translates the template by
id (Qt's ``QCoreApplication.translate`` with the context ``"messages"``); the command line
prints the English text; a report reads the catalogue in its own language.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: English templates, keyed by message id. Parameters use ``str.format`` syntax.
TEMPLATES: dict[str, str] = {}


def register(message_id: str, template: str) -> str:
    """Register an English template for ``message_id`` and return the id."""
    existing = TEMPLATES.get(message_id)
    if existing is not None and existing != template:
        raise ValueError(f"message id {message_id!r} registered twice with different text")
    TEMPLATES[message_id] = template
    return message_id


PLURAL = "plural:"


def plural_form(count: Any, forms: int) -> int:
    """Which of ``forms`` plural forms a count takes: one form (Kazakh: the noun stays
    singular after a number), two (English: one, other) or three (Russian: one, few, many)."""
    n = abs(int(count)) if isinstance(count, int | float) else 0
    if forms <= 1:
        return 0
    if forms == 2:
        return 0 if n == 1 else 1
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


class TemplateFormatter(string.Formatter):
    """``str.format`` with plural forms (``{count:plural:pad|pads}``)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith(PLURAL):
            forms = format_spec[len(PLURAL) :].split("|")
            return forms[plural_form(value, len(forms))]
        return str(super().format_field(value, format_spec))


FORMATTER = TemplateFormatter()


@dataclass(frozen=True)
class Message:
    """A user-facing message: stable id plus parameters."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def template(self) -> str:
        """The English template for this message."""
        return TEMPLATES.get(self.id, self.id)

    def text(self, template: str | None = None, formatter: string.Formatter = FORMATTER) -> str:
        """Render with ``template`` (a translation) or the English template; parameters that
        are messages themselves are rendered first. ``formatter`` may localise numbers."""
        chosen = template if template is not None else self.template()
        params = {k: v.text() if isinstance(v, Message) else v for k, v in self.params.items()}
        try:
            return formatter.format(chosen, **params)
        except (KeyError, IndexError, ValueError):
            return f"{chosen} {params}"

    def __str__(self) -> str:
        return self.text()


class CosmoplanError(Exception):
    """Base of every error the core raises on purpose; carries a :class:`Message`."""

    def __init__(self, message_id: str, **params: Any) -> None:
        self.message = Message(message_id, params)
        super().__init__(self.message.text())


class ValidationError(CosmoplanError):
    """An entity, a geometry or an input value is not acceptable."""

    def __init__(self, message_id: str, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        if field is not None:
            params.setdefault("field", field)
        super().__init__(message_id, **params)
