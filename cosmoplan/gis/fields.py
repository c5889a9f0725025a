"""Typed access to the attributes of imported features, with clear refusals of bad values."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from cosmoplan.gis.errors import MSG_BAD_VALUE, MSG_UNKNOWN_CHOICE
from cosmoplan.messages import ValidationError

E = TypeVar("E", bound=StrEnum)

#: Shapefiles cut field names to this many characters.
SHAPEFILE_NAME_LENGTH = 10
_TRUE = frozenset({"true", "yes", "y", "1", "t"})
_FALSE = frozenset({"false", "no", "n", "0", "f"})


def match_fields(available: Iterable[str], wanted: Sequence[str]) -> dict[str, str]:
    """Map each wanted field name to the file's field holding it (case-insensitive).

    A name cut to 10 characters (as a Shapefile does) matches the one wanted name it begins.
    """
    found: dict[str, str] = {}
    for name in available:
        folded = name.casefold()
        if folded in wanted:
            found.setdefault(folded, name)
        elif len(folded) == SHAPEFILE_NAME_LENGTH:
            candidates = [w for w in wanted if w.startswith(folded)]
            if len(candidates) == 1:
                found.setdefault(candidates[0], name)
    return found


class Record:
    """The attributes of one feature at a time: set :attr:`index`, then ask for typed values."""

    __slots__ = ("_choices", "_columns", "index")

    def __init__(self, columns: dict[str, NDArray[Any]]) -> None:
        self._columns = {name: _cleaned(column) for name, column in columns.items()}
        self._choices: dict[tuple[type, Any], Any] = {}
        self.index = 0

    def raw(self, name: str) -> Any:
        """The value, or ``None`` if the field is absent, null, NaN or blank text."""
        column = self._columns.get(name)
        return None if column is None else column[self.index]

    def text(self, name: str) -> str:
        """The value as text ("" if missing); whole numbers lose their ".0"."""
        value = self.raw(name)
        if value is None:
            return ""
        if type(value) is str:
            return value
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def number(self, name: str) -> float | None:
        """The value as a number, or ``None``."""
        value = self.raw(name)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        try:
            return float(str(value))
        except ValueError:
            raise _bad(name, value, "a number") from None

    def day(self, name: str) -> date | None:
        """The value as a date (ISO ``YYYY-MM-DD``; a date-time keeps its date), or ``None``."""
        value = self.raw(name)
        if value is None:
            return None
        text = str(value)
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            raise _bad(name, value, "a date (YYYY-MM-DD)") from None

    def flag(self, name: str, default: bool) -> bool:
        """The value as yes/no (true/false, 1/0, yes/no), or ``default``."""
        value = self.raw(name)
        if value is None:
            return default
        if isinstance(value, bool | int | float) and value in (0, 1):
            return bool(value)
        folded = str(value).casefold()
        if folded in _TRUE or folded in _FALSE:
            return folded in _TRUE
        raise _bad(name, value, "true or false")

    def choice(self, name: str, enum: type[E]) -> E | None:
        """The value as a member of ``enum`` (by id, ignoring case, "_" or " " for "-")."""
        value = self.raw(name)
        if value is None:
            return None
        key = (enum, value)
        found = self._choices.get(key)
        if found is None:
            found = self._choices[key] = parse_choice(name, value, enum)
        return found


def _cleaned(column: NDArray[Any]) -> list[Any]:
    """The column as a list, with ``None`` for NaN and blank text, and text stripped."""
    if column.dtype.kind == "f":
        return [None if math.isnan(v) else v for v in column.tolist()]
    if column.dtype.kind == "O":
        return [_cleaned_value(v) for v in column.tolist()]
    return column.tolist()


def _cleaned_value(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, np.ndarray):  # a GeoJSON list: ["lox-kerosene", "solid"]
        return ",".join(str(item) for item in value.tolist()) or None
    return value


def parse_choice(name: str, value: Any, enum: type[E]) -> E:
    """``value`` as a member of ``enum``; ValidationError listing the ids if it is none."""
    key = re.sub(r"[\s_]+", "-", str(value).strip().casefold())
    try:
        return enum(key)
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise ValidationError(
            MSG_UNKNOWN_CHOICE, field=name, value=str(value), choices=choices
        ) from None


def _bad(name: str, value: Any, expected: str) -> ValidationError:
    return ValidationError(MSG_BAD_VALUE, field=name, value=str(value), expected=expected)
