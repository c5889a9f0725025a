"""Units of measure as the user's language writes them ("km" in English, "км" in Russian and
Kazakh), translated in context "units"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP

UNITS = (
    QT_TRANSLATE_NOOP("units", "m"),
    QT_TRANSLATE_NOOP("units", "km"),
    QT_TRANSLATE_NOOP("units", "m²"),
    QT_TRANSLATE_NOOP("units", "km²"),
    QT_TRANSLATE_NOOP("units", "ha"),
    QT_TRANSLATE_NOOP("units", "kg"),
    QT_TRANSLATE_NOOP("units", "t"),
    QT_TRANSLATE_NOOP("units", "kN"),
)


def unit(symbol: str) -> str:
    """The symbol of a unit (one of :data:`UNITS`) in the user's language."""
    return QCoreApplication.translate("units", symbol)
