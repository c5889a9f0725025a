"""People's names for the domain's ids (enum values, kinds), translated in context "enums"."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from cosmoplan.domain import (
    Kind,
)
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.names import ENUM_PARAMETERS, english

_ONE: dict[Kind, str] = {
    Kind.COMPLEX: QT_TRANSLATE_NOOP("enums", "launch complex"),
    Kind.PAD: QT_TRANSLATE_NOOP("enums", "launch pad"),
    Kind.FACILITY: QT_TRANSLATE_NOOP("enums", "facility"),
    Kind.ZONE: QT_TRANSLATE_NOOP("enums", "zone"),
    Kind.TENANT: QT_TRANSLATE_NOOP("enums", "tenant"),
    Kind.VEHICLE: QT_TRANSLATE_NOOP("enums", "vehicle"),
    Kind.ALLOCATION: QT_TRANSLATE_NOOP("enums", "allocation"),
    Kind.REQUEST: QT_TRANSLATE_NOOP("enums", "request"),
}


def one(kind: Kind) -> str:
    """The translated name of one object of ``kind`` ("launch pad")."""
    return QCoreApplication.translate("enums", _ONE[kind])


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its id, made readable, if it has no entry)."""
    return QCoreApplication.translate("enums", english(value))


def translated_parameters(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with the enum values among them (see :data:`ENUM_PARAMETERS`; a list of
    them joined by ", " too) by their translated names, as they read inside a sentence
    ("повреждена", "LOX / керосин")."""
    found = dict(params)
    for key, enum in ENUM_PARAMETERS.items():
        value = params.get(key)
        if not isinstance(value, str):
            continue
        try:
            members = [enum(part.strip().replace(" ", "-")) for part in value.split(",")]
        except ValueError:
            continue
        found[key] = ", ".join(_in_sentence(label(member)) for member in members)
    return found


def _in_sentence(name: str) -> str:
    """A name as it reads inside a sentence: "Damaged" -> "damaged", "LOX / kerosene" kept."""
    return name[0].lower() + name[1:] if name[1:2].islower() else name
