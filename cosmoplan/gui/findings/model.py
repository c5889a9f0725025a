"""The findings of the open plan, kept current: an :class:`IncrementalChecker` fed with each
command's :class:`Changes` (only what a change touches is checked again), judged as of the
window's "as of" date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from cosmoplan.analysis import Finding, FindingsDelta, IncrementalChecker, Severity
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate

#: A new date is judged this long after the last move (a slider being dragged moves often,
#: and judging another date checks the whole plan again).
DATE_SETTLE_MS = 200


class FindingsModel(QObject):
    """Every finding of the plan; ``changed`` carries a :class:`FindingsDelta` after each
    change of the plan or of the date that changed the findings."""

    changed = Signal(object)  # FindingsDelta

    def __init__(self, document: Document, as_of: AsOfDate, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.checker = IncrementalChecker(document.plan, as_of.date)
        self._counts = self._count(self.checker.findings)
        self._next_at: date | None = None
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SETTLE_MS)
        self._date_timer.timeout.connect(self.flush)
        document.changes_applied.connect(self._changes_applied)
        follow(as_of, self, self.move_to)

    @property
    def at(self) -> date:
        """The date the plan is judged on."""
        return self.checker.at

    @property
    def findings(self) -> list[Finding]:
        """Every current finding: errors first, then by rule and subjects."""
        return self.checker.findings

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity there are."""
        return dict(self._counts)

    @staticmethod
    def _count(findings: list[Finding]) -> dict[Severity, int]:
        found = dict.fromkeys(Severity, 0)
        for finding in findings:
            found[finding.severity] += 1
        return found

    def set_at(self, day: date) -> None:
        """Judge the plan as of ``day`` now."""
        self._date_timer.stop()
        self._next_at = None
        if day != self.checker.at:
            self._publish(self.checker.set_at(day))

    def move_to(self, day: date) -> None:
        """Judge the plan as of ``day`` once the date stops moving (see
        :data:`DATE_SETTLE_MS`)."""
        self._next_at = day
        self._date_timer.start()

    @property
    def pending(self) -> bool:
        """Whether a new date waits to be judged."""
        return self._next_at is not None

    def flush(self) -> None:
        """Judge the waiting date now, if any."""
        if self._next_at is not None:
            self.set_at(self._next_at)

    def _changes_applied(self, changes: Changes) -> None:
        self._publish(self.checker.update(changes))

    def _publish(self, delta: FindingsDelta) -> None:
        if delta.empty:
            return
        for finding in delta.removed:
            self._counts[finding.severity] -= 1
        for finding in delta.added:
            self._counts[finding.severity] += 1
        self.changed.emit(delta)
