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
}


def one(kind: Kind) -> str:
    """The translated name of one object of ``kind`` ("launch pad")."""
    return QCoreApplication.translate("enums", _ONE[kind])


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its id, made readable, if it has no entry)."""
    return QCoreApplication.translate("enums", english(value))


def translated_parameters(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with the enum values among them (see :data:`ENUM_PARAMETERS`) by their
    translated names, as they read inside a sentence ("повреждена", "LOX / керосин")."""
    found = dict(params)
    for key, enum in ENUM_PARAMETERS.items():
        value = params.get(key)
        if not isinstance(value, str):
            continue
        try:
            member = enum(value.replace(" ", "-"))
        except ValueError:
            continue
        name = label(member)
        found[key] = name[0].lower() + name[1:] if name[1:2].islower() else name
    return found
