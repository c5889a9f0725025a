"""Messages from the core: a stable id, parameters, and an English template.

The core never formats user-facing text on its own terms: it raises or returns a
:class:`Message` whose ``id`` is stable across releases and whose ``params`` carry the
numbers and names. The GUI translates the template by id (Qt's ``QCoreApplication.translate``
with the context ``"messages"``); the command line prints the English text.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Message:
    """A user-facing message: stable id plus parameters."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def template(self) -> str:
        """The English template for this message."""
        return TEMPLATES.get(self.id, self.id)

    def text(self, template: str | None = None) -> str:
        """Render with ``template`` (a translation) or the English template; parameters that
        are messages themselves are rendered first."""
        chosen = template if template is not None else self.template()
        params = {k: v.text() if isinstance(v, Message) else v for k, v in self.params.items()}
        try:
            return chosen.format(**params)
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
