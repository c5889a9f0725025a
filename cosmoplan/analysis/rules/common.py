"""What the built-in rules share: their base class and small formatting helpers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from shapely.geometry.base import BaseGeometry

from cosmoplan.analysis.catalogue import RuleBase
from cosmoplan.analysis.findings import Finding
from cosmoplan.domain import Ref
from cosmoplan.messages import Message

ONE_DAY = timedelta(days=1)


class BuiltinRule(RuleBase):
    """Base of the built-in rules: builds findings of this rule."""

    def finding(
        self,
        message_id: str,
        subjects: tuple[Ref, ...],
        geometry: BaseGeometry | None,
        params: dict[str, Any],
        part: str = "",
    ) -> Finding:
        """A finding of this rule whose message is ``message_id`` with ``params``."""
        return Finding(
            self.id, self.severity, Message(message_id, params), subjects, geometry, part
        )


def days(first: date, last: date) -> int:
    """Number of days from ``first`` to ``last``, both counted."""
    return (last - first).days + 1


def words(value: str) -> str:
    """An enum id as words: ``"cable-mast"`` -> ``"cable mast"``."""
    return value.replace("-", " ")
