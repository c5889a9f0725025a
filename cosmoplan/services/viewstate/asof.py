"""A window's one "as of" date: the map, the tables, the findings, the timeline cursor and
the date slider all show the plan as of this date, and any of them may move it."""

from __future__ import annotations

import datetime
from datetime import date

from cosmoplan.services.viewstate.observable import Observable


class AsOfDate(Observable[date]):
    """A date whose subscribers hear only when it really changes, so that views which both
    follow and set it (date field, slider, timeline cursor) never loop."""

    def __init__(self, day: date | None = None) -> None:
        super().__init__()
        self._day = day or date.today()

    @property
    def date(self) -> date:
        """The current date."""
        return self._day

    def set(self, day: datetime.date) -> None:
        """Move to ``day`` (nothing happens if it is the current date)."""
        if day != self._day:
            self._day = day
            self._notify(day)
