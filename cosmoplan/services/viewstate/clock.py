"""Today's date, as the rules about the real world see it.

A window has two dates: the "as of" date the planner moves to choose what the map, the tables
and the timeline show, and today, which rules such as ``allocation.stale`` ("over but still
proposed") are judged on. Moving the "as of" date never changes the findings. Tests give a
fixed clock."""

from __future__ import annotations

from datetime import date


class Clock:
    """Tells today's date: the system's, or ``fixed`` (tests, reproducible runs)."""

    def __init__(self, fixed: date | None = None) -> None:
        self._fixed = fixed

    def today(self) -> date:
        """Today's date."""
        return self._fixed if self._fixed is not None else date.today()
