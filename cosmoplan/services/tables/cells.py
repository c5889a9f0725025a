"""What a table cell holds and how it reads in a language.

A column's reader returns a typed value: text, a whole or decimal number, a date, a yes/no, a
domain enum, a :class:`Term` (an English text the window translates in a context), a core
:class:`Message`, or a collection of those. :func:`plain` turns it into what a screen or a file
shows, in the language of the :class:`Words` it is given: the window's translations, or
:data:`ENGLISH` on the command line. Numbers, dates and yes/no stay typed, so that a
spreadsheet gets real numbers and dates.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from cosmoplan.messages import Message
from cosmoplan.names import english

#: A cell as shown: nothing, text, a number, a date or a yes/no.
Plain = str | int | float | date | bool | None


@dataclass(frozen=True, slots=True)
class Term:
    """An English text the window translates in its Qt ``context`` (a rule's title in
    "rules", a column's title in "tables")."""

    context: str
    text: str


class Words(Protocol):
    """How texts read in one language."""

    def translate(self, context: str, text: str) -> str:
        """``text`` (English) in the language, looked up in ``context``."""
        ...

    def message(self, message: Message) -> str:
        """A core message in the language."""
        ...


class EnglishWords:
    """The English texts, as the command line prints them."""

    def translate(self, context: str, text: str) -> str:
        """``text`` itself."""
        return text

    def message(self, message: Message) -> str:
        """The message's English text."""
        return message.text()


ENGLISH = EnglishWords()


def plain(value: object, words: Words) -> Plain:
    """``value`` as shown in the language of ``words``: enums, terms and messages become
    text; a set becomes its texts sorted and joined by ", ", a tuple or list in its order
    (by "; " when a text holds a comma itself)."""
    if value is None or isinstance(value, bool | int | float | date):
        return value
    if isinstance(value, StrEnum):
        return words.translate("enums", english(value))
    if isinstance(value, Term):
        return words.translate(value.context, value.text)
    if isinstance(value, Message):
        return words.message(value)
    if isinstance(value, str):
        return value
    if isinstance(value, Collection):
        texts = [text(plain(item, words)) for item in value]
        if not isinstance(value, tuple | list):
            texts.sort()
        return ("; " if any(", " in item for item in texts) else ", ").join(texts)
    return str(value)


def text(value: Plain) -> str:
    """A plain value as text: blank for nothing, ISO dates, numbers without grouping, yes/no as
    ``true``/``false``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
