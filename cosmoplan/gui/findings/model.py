"""The findings of the open plan, kept current: an :class:`IncrementalChecker` fed with each
command's :class:`Changes` (only what a change touches is checked again), judged as of the
window's "as of" date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from cosmoplan.analysis import Finding, FindingsDelta, IncrementalChecker, Severity
from cosmoplan.domain import Ref
from cosmoplan.gui.document import Document
from cosmoplan.services.changes import Changes


class FindingsModel(QObject):
    """Every finding of the plan; ``changed`` carries a :class:`FindingsDelta` after each
    change of the plan or of the date that changed the findings."""

    changed = Signal(object)  # FindingsDelta

    def __init__(self, document: Document, at: date | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.checker = IncrementalChecker(document.plan, at)
        document.changes_applied.connect(self._changes_applied)
        document.reloaded.connect(self._reloaded)

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
        found = dict.fromkeys(Severity, 0)
        for finding in self.checker.findings:
            found[finding.severity] += 1
        return found

    def about(self, ref: Ref) -> list[Finding]:
        """The findings that name ``ref``."""
        return [f for f in self.checker.findings if ref in f.subjects]

    def set_at(self, day: date) -> None:
        """Judge the plan as of ``day``."""
        if day != self.checker.at:
            self._publish(self.checker.set_at(day))

    def _changes_applied(self, changes: Changes) -> None:
        self._publish(self.checker.update(changes))

    def _reloaded(self) -> None:
        old = self.checker.findings
        self.checker = IncrementalChecker(self.document.plan, self.checker.at)
        self._publish(FindingsDelta(tuple(self.checker.findings), tuple(old)))

    def _publish(self, delta: FindingsDelta) -> None:
        if not delta.empty:
            self.changed.emit(delta)
