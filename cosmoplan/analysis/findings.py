"""What a rule reports: a finding with a severity, a message, the objects it concerns and where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeAlias

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Allocation, Kind, Plan, Ref
from cosmoplan.messages import Message


class Severity(StrEnum):
    """How bad a finding is; errors block, warnings ask for a look, infos only inform."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort order: errors first."""
        return _RANKS[self]


_RANKS = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

#: A finding's identity: rule id, subjects and part.
FindingKey: TypeAlias = tuple[str, tuple[Ref, ...], str]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or remark) about some objects of a plan.

    ``subjects`` are the objects concerned, the primary one first. ``geometry`` (model CRS)
    is where to zoom. ``part`` tells apart several findings of one rule about the same
    objects (e.g. two outage periods of one pad); it is empty for most findings.
    """

    rule: str
    severity: Severity
    message: Message = field(hash=False)
    subjects: tuple[Ref, ...]
    geometry: BaseGeometry | None = field(default=None, hash=False)
    part: str = ""

    @property
    def key(self) -> FindingKey:
        """Identity across checks: views diff findings by this key."""
        return (self.rule, self.subjects, self.part)

    @property
    def primary(self) -> Ref:
        """The object the finding is mainly about."""
        return self.subjects[0]

    @property
    def text(self) -> str:
        """The English message."""
        return self.message.text()

    def as_dict(self) -> dict[str, Any]:
        """The finding as ``cosmoplan check --json`` writes it (English message)."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.text,
            "subjects": [{"kind": ref.kind.value, "id": ref.id} for ref in self.subjects],
        }


@dataclass(frozen=True, slots=True)
class FindingsDelta:
    """How the findings changed: apply ``removed`` first, then ``added``.

    A finding whose key stays but whose message or geometry changed appears in both.
    """

    added: tuple[Finding, ...] = ()
    removed: tuple[Finding, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.added or self.removed)


def sort_key(finding: Finding) -> tuple[int, str, list[tuple[Kind, int]], str]:
    """Order findings by severity, then rule, then subjects (kind, id), then part."""
    subjects = [(ref.kind, ref.id) for ref in finding.subjects]
    return (_RANKS[finding.severity], finding.rule, subjects, finding.part)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in the order the user sees them (see :func:`sort_key`)."""
    return sorted(findings, key=sort_key)


def finding_period(plan: Plan, finding: Finding) -> tuple[date, date] | None:
    """When a finding applies: the days its allocations share (two overlapping allocations:
    the overlap), or the first allocation's period if they share none; ``None`` for a
    finding that names no allocation."""
    periods = [
        (a.start, a.end)
        for ref in finding.subjects
        if ref.kind is Kind.ALLOCATION
        and isinstance(a := plan.find(Kind.ALLOCATION, ref.id), Allocation)
    ]
    if not periods:
        return None
    start, end = max(p[0] for p in periods), min(p[1] for p in periods)
    return (start, end) if start <= end else periods[0]
