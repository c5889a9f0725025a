"""Translations: load the Qt and cosmoplan ``.qm`` catalogues for the user's locale.

``QT_TRANSLATE_NOOP`` is re-exported with a ``str`` type, so marked texts type-check.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

#: cosmoplan's compiled catalogues: ``cosmoplan_<locale>.qm`` (see the README there).
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a GUI text; with a count ``n``, the form of the language's plural rules.

    ``pyside6-lupdate`` files a free ``tr("…")`` call under the empty context, so the empty
    context is where these texts are looked up. Texts marked with ``QT_TRANSLATE_NOOP`` keep
    their own contexts ("actions", "enums", "tables", "editors"). A count is written ``%n``
    and its noun ``rule(s)`` in the English source (``tr("%n rule(s)", "", n)``): a catalogue
    gives each language its forms, and English, which has no catalogue, reads "1 rule" and
    "2 rules".
    """
    translated = QCoreApplication.translate("", text, disambiguation or None, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        return translated.replace("(s)", "" if n == 1 else "s")
    return translated


def install_translators(
    app: QApplication, language: str = "", folder: Path = TRANSLATIONS
) -> list[QTranslator]:
    """Install Qt's own and cosmoplan's translators for ``language`` (default: system locale).

    Returns the translators that loaded (the caller keeps them alive). A missing catalogue
    is not an error: the English source text shows.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)  # month names, numbers and dates follow the chosen language
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("qtbase", qt_folder), ("cosmoplan", str(folder))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
    return installed


if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Typed stand-in: PySide's stub returns ``object``."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "TRANSLATIONS", "install_translators", "tr"]
