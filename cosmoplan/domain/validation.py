"""Checks shared by the entities' constructors; each failure raises a ValidationError."""

from __future__ import annotations

import math
import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.messages import ValidationError, register

E = TypeVar("E", bound=StrEnum)

MSG_REQUIRED = register("domain.required", "{field} is required.")
MSG_NOT_NEGATIVE = register("domain.not_negative", "{field} must not be negative (got {value}).")
MSG_NOT_POSITIVE = register(
    "domain.not_positive", "{field} must be greater than zero (got {value})."
)
MSG_RANGE = register("domain.range", "{field} must be between {low} and {high} (got {value}).")
MSG_GEOMETRY_TYPE = register(
    "domain.geometry_type", "{field} must be a {expected}, not a {actual}."
)
MSG_GEOMETRY_EMPTY = register("domain.geometry_empty", "{field} is empty.")
MSG_GEOMETRY_INVALID = register(
    "domain.geometry_invalid", "{field} is not a valid geometry: {reason}."
)
MSG_GEOMETRY_NOT_FINITE = register(
    "domain.geometry_not_finite", "{field} has coordinates that are not finite numbers."
)
MSG_OUTSIDE_HORIZON = register(
    "domain.outside_horizon",
    "{field} ({value}) is outside the planning horizon, {first} to {last}.",
)
MSG_TOO_LONG = register(
    "domain.too_long", "{field} is too long: {length} characters, at most {limit}."
)
MSG_CONTROL_CHARACTER = register(
    "domain.control_character",
    "{field} contains a control character ({character}); type plain text.",
)
MSG_DATES_REVERSED = register(
    "domain.dates_reversed", "{field_end} ({end}) is before {field_start} ({start})."
)

#: The first and last day a plan may name: every date accepted anywhere lies between them.
#: It starts a little before the cosmodrome (1955), so that the rule warning of allocations
#: starting before it still has something to say.
HORIZON = (date(1950, 1, 1), date(2200, 12, 31))
#: The longest name or other one-line text, and the longest note, in characters.
MAX_LINE, MAX_NOTES = 200, 5000
#: Characters a one-line text may not hold: C0 and C1 controls (NUL, escape, line breaks...),
#: DEL and the Unicode line and paragraph separators. Notes may also hold tabs and line breaks.
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_IN_NOTES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def require_member(enum: type[E], value: str, message_id: str, field: str) -> E:
    """The member of ``enum`` whose id is ``value`` (or ``value`` itself); ValidationError
    ``message_id`` naming the choices otherwise (parameters ``value`` and ``choices``)."""
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise ValidationError(message_id, field=field, value=value, choices=choices) from None


def require_text(value: str, field: str) -> str:
    """Strip ``value`` and refuse an empty result or one that is not a plain one-line text."""
    stripped = value.strip() if isinstance(value, str) else ""
    if not stripped:
        raise ValidationError(MSG_REQUIRED, field=field)
    return require_line(stripped, field)


def require_line(value: str, field: str) -> str:
    """Refuse a one-line text (may be empty) longer than :data:`MAX_LINE` or holding a control
    character; returns ``value``."""
    return _plain(value, field, MAX_LINE, _NOT_IN_LINE)


def require_notes(value: str, field: str) -> str:
    """Refuse notes longer than :data:`MAX_NOTES` or holding a control character other than
    tabs and line breaks; returns ``value``."""
    return _plain(value, field, MAX_NOTES, _NOT_IN_NOTES)


def _plain(value: str, field: str, limit: int, forbidden: re.Pattern[str]) -> str:
    if not isinstance(value, str):
        raise ValidationError(MSG_REQUIRED, field=field)
    if len(value) > limit:
        raise ValidationError(MSG_TOO_LONG, field=field, length=len(value), limit=limit)
    found = forbidden.search(value)
    if found is not None:
        character = f"U+{ord(found.group()):04X}"
        raise ValidationError(MSG_CONTROL_CHARACTER, field=field, character=character)
    return value


def require_in_horizon(value: date | None, field: str) -> None:
    """Refuse a date outside the planning :data:`HORIZON`; ``None`` (open) passes."""
    if value is not None and not HORIZON[0] <= value <= HORIZON[1]:
        first, last = HORIZON
        raise ValidationError(
            MSG_OUTSIDE_HORIZON,
            field=field,
            value=value.isoformat(),
            first=first.isoformat(),
            last=last.isoformat(),
        )


def require_non_negative(value: float | int | None, field: str) -> None:
    """Refuse a negative or non-finite number; ``None`` means unknown and passes."""
    if value is None:
        return
    if not math.isfinite(value) or value < 0:
        raise ValidationError(MSG_NOT_NEGATIVE, field=field, value=value)


def require_positive(value: float | int | None, field: str) -> None:
    """Refuse zero, a negative or a non-finite number; ``None`` passes."""
    if value is None:
        return
    if not math.isfinite(value) or value <= 0:
        raise ValidationError(MSG_NOT_POSITIVE, field=field, value=value)


def require_range(value: float | None, low: float, high: float, field: str) -> None:
    """Refuse a number outside ``[low, high]``; ``None`` passes."""
    if value is None:
        return
    if not math.isfinite(value) or not low <= value <= high:
        raise ValidationError(MSG_RANGE, field=field, low=low, high=high, value=value)


def require_ordered_dates(
    start: date | None, end: date | None, field_start: str, field_end: str
) -> None:
    """Refuse a date outside the planning horizon or an end date before the start date (open
    ends pass)."""
    require_in_horizon(start, field_start)
    require_in_horizon(end, field_end)
    if start is not None and end is not None and end < start:
        raise ValidationError(
            MSG_DATES_REVERSED,
            field=field_end,
            field_start=field_start,
            field_end=field_end,
            start=start.isoformat(),
            end=end.isoformat(),
        )


def require_geometry(geometry: BaseGeometry, allowed: tuple[str, ...], field: str) -> None:
    """Refuse a geometry of the wrong type, empty, with non-finite coordinates or invalid."""
    actual = getattr(geometry, "geom_type", type(geometry).__name__)
    if actual not in allowed:
        raise ValidationError(
            MSG_GEOMETRY_TYPE, field=field, expected=" or ".join(allowed), actual=actual
        )
    if geometry.is_empty:
        raise ValidationError(MSG_GEOMETRY_EMPTY, field=field)
    if not np.isfinite(shapely.get_coordinates(geometry)).all():
        raise ValidationError(MSG_GEOMETRY_NOT_FINITE, field=field)
    if not geometry.is_valid:
        raise ValidationError(
            MSG_GEOMETRY_INVALID, field=field, reason=shapely.is_valid_reason(geometry)
        )
