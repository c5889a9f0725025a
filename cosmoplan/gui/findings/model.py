"""The findings of the open plan, kept current: an :class:`IncrementalChecker` fed with each
command's :class:`Changes` (only what a change touches is checked again), judged as of today
(the window's :class:`Clock`). The "as of" date chooses what the views show; it never changes
the findings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from cosmoplan.analysis import Finding, FindingsDelta, IncrementalChecker, Severity
from cosmoplan.gui.document import Document
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import Clock

#: How often the clock is asked whether the day has turned (a window left open overnight).
DAY_CHECK_MS = 60_000


class FindingsModel(QObject):
    """Every finding of the plan; ``changed`` carries a :class:`FindingsDelta` after each
    change of the plan or of the day that changed the findings."""

    changed = Signal(object)  # FindingsDelta

    def __init__(self, document: Document, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.checker = IncrementalChecker(document.plan, clock.today())
        self._counts = self._count(self.checker.findings)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.follow_clock)
        self._day_timer.start()
        document.changes_applied.connect(self._changes_applied)

    @property
    def at(self) -> date:
        """The date the plan is judged on (today, unless the day has just turned)."""
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

    def follow_clock(self) -> None:
        """Judge the plan on the clock's today, if the day has turned."""
        day = self.clock.today()
        if day != self.checker.at:
            self._publish(self.checker.set_at(day))

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
