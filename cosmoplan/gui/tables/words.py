"""The window's :class:`~cosmoplan.services.tables.Words`: texts in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cosmoplan.gui.document import translate_message
from cosmoplan.messages import Message


class QtWords:
    """Texts translated by the installed Qt translators."""

    def translate(self, context: str, text: str) -> str:
        """``text`` translated in ``context``."""
        return QCoreApplication.translate(context, text)

    def message(self, message: Message) -> str:
        """A core message translated by id."""
        return translate_message(message)


WORDS = QtWords()
