"""The Findings dock: what the rules say about the plan, grouped by severity and rule.

Clicking a finding selects the objects it names (the shared selection), asks to show them
on the map and, if the "as of" date lies outside the finding's period, brings the date into it
(and says so in the status bar); double-clicking opens the editor of the object it is mainly about.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.analysis import Finding, FindingsDelta, Severity, finding_period
from cosmoplan.domain import Allocation, Kind, Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.findings.model import FindingsModel
from cosmoplan.gui.findings.tree import FINDING_ROLE, GROUP_ROLE, SEVERITY_COLOURS, FindingsTree
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.tables.export import export_rows
from cosmoplan.services.tables import FINDING_COLUMNS
from cosmoplan.services.viewstate import AsOfDate, Selection


def map_refs(document: Document, finding: Finding) -> list[Ref]:
    """The objects of a finding that the map can show: its subjects, and the pads of the
    allocations it names."""
    refs = list(finding.subjects)
    for ref in finding.subjects:
        if ref.kind is Kind.ALLOCATION:
            allocation = document.plan.find(Kind.ALLOCATION, ref.id)
            if isinstance(allocation, Allocation):
                refs.append(Ref(Kind.PAD, allocation.pad_id))
    return list(dict.fromkeys(refs))


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the width the view gives them."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.viewport().width() - depth * self.view.indentation() - 8
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= self.view.iconSize().width() + 4
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 40 or not text:
            return hint
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, max(hint.height(), bounds.height() + 4))


class FindingsView(QTreeView):
    """A tree whose rows wrap their text, re-laid out when the width changes; with very many
    findings, one line a row (elided; the tooltip has it all), which Qt lays out at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wrapping = WrappingDelegate(self)
        self.plain = QStyledItemDelegate(self)
        self.compact = True
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """One line a row (``True``) or rows as tall as their wrapped text."""
        if compact == self.compact:
            return
        self.compact = compact
        self.setItemDelegate(self.plain if compact else self.wrapping)
        self.setWordWrap(not compact)
        self.setUniformRowHeights(compact)
        self.setTextElideMode(
            Qt.TextElideMode.ElideRight if compact else Qt.TextElideMode.ElideNone
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.compact and event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


#: Up to this many findings, rows wrap their text; beyond, one line a row.
WRAP_UP_TO = 2000
#: Rules of errors with up to this many findings open by themselves.
EXPAND_UP_TO = 200


class FindingsPanel(QWidget):
    """A filterable tree of the findings, with their counts by severity."""

    zoom_requested = Signal(object)  # list[Ref]: show these on the map
    edit_requested = Signal(object)  # Ref
    message = Signal(str)  # for the status bar: the date moved into a finding's period

    def __init__(
        self,
        document: Document,
        selection: Selection,
        findings: FindingsModel,
        as_of: AsOfDate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.document = document
        self.selection = selection
        self.as_of = as_of
        self.findings = findings
        self.summary = QLabel(self)
        self.summary.setObjectName("label_findings_summary")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("edit_findings_filter")
        self.filter.setPlaceholderText(tr("Filter findings…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = FindingsTree(document.plan, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.tree)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = FindingsView(self)
        self.view.setObjectName("tree_findings")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.filter.textChanged.connect(self._filter_changed)
        findings.changed.connect(self._findings_changed)
        self.tree.reset(findings.findings)
        self.view.set_compact(len(findings.findings) > WRAP_UP_TO)
        self._expand_errors()
        self._update_summary()

    # -- following the findings ------------------------------------------------------------
    def _findings_changed(self, delta: FindingsDelta) -> None:
        self.tree.plan = self.document.plan
        had_errors = self.tree.counts()[Severity.ERROR] > 0
        self.view.set_compact(sum(self.findings.counts().values()) > WRAP_UP_TO)
        self.tree.apply(delta, self.findings.findings)
        if not had_errors:
            self._expand_errors()
        self._update_summary()

    def _expand_errors(self) -> None:
        """Open the severities, and the rules of the errors (the findings a planner must
        read) unless they are very many."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            self.view.expand(index)
            if index.data(GROUP_ROLE) != Severity.ERROR.value:
                continue
            for rule_row in range(self.proxy.rowCount(index)):
                rule = self.proxy.index(rule_row, 0, index)
                if self.tree.rowCount(self.proxy.mapToSource(rule)) <= EXPAND_UP_TO:
                    self.view.expand(rule)

    def _update_summary(self) -> None:
        counts = self.tree.counts()
        self.summary.setText(
            tr("{errors} errors, {warnings} warnings, {infos} notes").format(
                errors=counts[Severity.ERROR],
                warnings=counts[Severity.WARNING],
                infos=counts[Severity.INFO],
            )
        )
        colour = SEVERITY_COLOURS[Severity.ERROR] if counts[Severity.ERROR] else "#2e7d32"
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold")

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()

    # -- the user ----------------------------------------------------------------------------
    def finding_at(self, index: QModelIndex) -> Finding | None:
        """The finding of a row of the view (``None`` on group rows)."""
        found = index.data(FINDING_ROLE)
        return found if isinstance(found, Finding) else None

    def index_of(self, finding: Finding) -> QModelIndex:
        """The view's index of a finding (invalid if not shown)."""
        return self.proxy.mapFromSource(self.tree.index_of(finding))

    def shown(self) -> list[Finding]:
        """Every finding the filter lets through, top to bottom."""
        found: list[Finding] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                finding = self.finding_at(index)
                if finding is not None:
                    found.append(finding)
                walk(index)

        walk(QModelIndex())
        return found

    def export_current(self) -> Path | None:
        """Export the findings shown (as filtered) to a file the planner chooses (File >
        Export Table… after a click in the findings)."""
        shown = self.shown()
        path = export_rows(
            self, self.document, tr("Findings"), shown, FINDING_COLUMNS, self.findings.at
        )
        if path is not None:
            self.message.emit(tr("Exported the findings to {path}.").format(path=path))
        return path

    def _clicked(self, index: QModelIndex) -> None:
        finding = self.finding_at(index)
        if finding is None:
            return
        self.selection.set(finding.subjects)
        self.zoom_requested.emit(map_refs(self.document, finding))
        self._bring_date_into(finding)

    def _bring_date_into(self, finding: Finding) -> None:
        period = finding_period(self.document.plan, finding)
        if period is None or period[0] <= self.as_of.date <= period[1]:
            return
        start, end = period
        day = min(max(self.as_of.date, start), end)
        self.as_of.set(day)
        text = tr("As of {day}: the date moved into the finding's period, {start} to {end}.")
        self.message.emit(
            text.format(day=day.isoformat(), start=start.isoformat(), end=end.isoformat())
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        finding = self.finding_at(index)
        if finding is not None:
            self.edit_requested.emit(finding.primary)
