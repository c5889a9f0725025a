"""Helpers shared by the built-in rules: message parameters, subjects, finding construction."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from shapely.geometry.base import BaseGeometry

from cosmoplan.analysis.findings import Finding, Severity
from cosmoplan.domain import Ref
from cosmoplan.messages import Message

ONE_DAY = timedelta(days=1)


def make_finding(
    rule: str,
    severity: Severity,
    message_id: str,
    subjects: tuple[Ref, ...],
    geometry: BaseGeometry | None,
    part: str = "",
    **params: Any,
) -> Finding:
    """A finding whose message is ``message_id`` with ``params``."""
    return Finding(rule, severity, Message(message_id, params), subjects, geometry, part)


def days(first: date, last: date) -> int:
    """Number of days from ``first`` to ``last``, both counted."""
    return (last - first).days + 1


def words(value: str) -> str:
    """An enum id as words: ``"cable-mast"`` -> ``"cable mast"``."""
    return value.replace("-", " ")
