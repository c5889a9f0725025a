"""The findings as a tree: severity, then rule, then each finding, with counts on the groups.

A Qt item model over plain Python lists (one sorted list per rule group), so that a plan with
a hundred thousand findings costs nothing until rows are shown. It follows
:class:`FindingsDelta` values row by row (rows removed and inserted in place, found by
bisection), so that expanded groups, the current row and the scroll position survive an edit.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from cosmoplan.analysis import RULES, Finding, FindingKey, FindingsDelta, Severity, sort_key
from cosmoplan.domain import Plan
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import one
from cosmoplan.gui.names import ref_name

#: Item data: the finding of a finding row (``None`` on group rows).
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
#: Item data: the severity id of a severity row, the rule id of a rule row.
GROUP_ROLE = Qt.ItemDataRole.UserRole

SEVERITY_TITLES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("findings", "Errors"),
    Severity.WARNING: QT_TRANSLATE_NOOP("findings", "Warnings"),
    Severity.INFO: QT_TRANSLATE_NOOP("findings", "Information"),
}
SEVERITY_COLOURS = {
    Severity.ERROR: "#c62828",
    Severity.WARNING: "#b26a00",
    Severity.INFO: "#455a64",
}
SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
#: Above this many added and removed findings, the tree is rebuilt rather than patched.
REBUILD_OVER = 200
#: Internal ids: severity rows 0, rule rows 1 + severity rank, finding rows from this on.
_GROUP_BASE = 16

Index = QModelIndex | QPersistentModelIndex


def rule_title(rule_id: str) -> str:
    """The translated title of a rule (its id if the catalogue does not know it)."""
    if rule_id not in RULES:
        return rule_id
    return QCoreApplication.translate("rules", RULES.get(rule_id).title)


def subjects_text(plan: Plan, finding: Finding) -> str:
    """The objects a finding names, one per line ("launch pad 45/1")."""
    lines = []
    for ref in finding.subjects:
        lines.append(f"{one(ref.kind)} {ref_name(plan, ref)}")
    return "\n".join(lines)


@dataclass
class _Group:
    """The findings of one rule (and severity), in order."""

    severity: Severity
    rule: str
    number: int  # the internal id of its finding rows
    findings: list[Finding] = field(default_factory=list)

    def find(self, finding: Finding) -> tuple[int, bool]:
        """Where ``finding`` is (or would go) in the group, and whether it is there."""
        row = bisect_left(self.findings, sort_key(finding), key=sort_key)
        found = row < len(self.findings) and self.findings[row].key == finding.key
        return row, found


class FindingsTree(QAbstractItemModel):
    """Severity groups holding rule groups holding findings."""

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._severities: list[Severity] = []
        self._rules: dict[Severity, list[_Group]] = {}
        self._by_number: dict[int, _Group] = {}
        self._group_of: dict[tuple[Severity, str], _Group] = {}
        self._texts: dict[FindingKey, str] = {}
        self._numbers = _GROUP_BASE

    # -- building ------------------------------------------------------------------------
    def reset(self, findings: Iterable[Finding]) -> None:
        """Show exactly ``findings``, which come sorted by :func:`sort_key` (as a checker's
        findings do): the one full rebuild."""
        self.beginResetModel()
        self._severities, self._rules, self._by_number, self._group_of = [], {}, {}, {}
        self._texts.clear()
        for finding in findings:
            group = self._group_of.get((finding.severity, finding.rule))
            if group is None:
                group = self._new_group(finding.severity, finding.rule)
                if finding.severity not in self._severities:
                    self._severities.append(finding.severity)
                self._rules.setdefault(finding.severity, []).append(group)
            group.findings.append(finding)
        self.endResetModel()

    def apply(self, delta: FindingsDelta, findings: Iterable[Finding]) -> None:
        """Patch the tree by ``delta``, row by row; a delta of more than
        :data:`REBUILD_OVER` findings rebuilds it from ``findings`` (sorted) instead."""
        if len(delta.added) + len(delta.removed) > REBUILD_OVER:
            self.reset(findings)
            return
        touched: set[tuple[Severity, str]] = set()
        for finding in delta.removed:
            touched.add((finding.severity, finding.rule))
            self._remove(finding)
        for finding in sorted(delta.added, key=sort_key):
            touched.add((finding.severity, finding.rule))
            self._insert(finding)
        for severity, rule in touched:
            self._drop_if_empty(severity, rule)
        for severity in {s for s, _ in touched}:
            if severity in self._severities:
                row = self._severities.index(severity)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                for rule_row, group in enumerate(self._rules[severity]):
                    if (severity, group.rule) in touched:
                        rule_index = self.index(rule_row, 0, index)
                        self.dataChanged.emit(rule_index, rule_index)

    def _new_group(self, severity: Severity, rule: str) -> _Group:
        group = _Group(severity, rule, self._numbers)
        self._numbers += 1
        self._by_number[group.number] = group
        self._group_of[(severity, rule)] = group
        return group

    def _remove(self, finding: Finding) -> None:
        group = self._group_of.get((finding.severity, finding.rule))
        if group is None:
            return
        row, found = group.find(finding)
        if not found:
            return
        self.beginRemoveRows(self._group_index(group), row, row)
        del group.findings[row]
        self._texts.pop(finding.key, None)
        self.endRemoveRows()

    def _insert(self, finding: Finding) -> None:
        severity, rule = finding.severity, finding.rule
        if severity not in self._severities:
            row = sum(1 for s in self._severities if s.rank < severity.rank)
            self.beginInsertRows(QModelIndex(), row, row)
            self._severities.insert(row, severity)
            self._rules[severity] = []
            self.endInsertRows()
        group = self._group_of.get((severity, rule))
        if group is None:
            rules = self._rules[severity]
            row = sum(1 for g in rules if g.rule < rule)
            self.beginInsertRows(self._severity_index(severity), row, row)
            group = self._new_group(severity, rule)
            rules.insert(row, group)
            self.endInsertRows()
        row, found = group.find(finding)
        if found:  # the same finding, told differently
            group.findings[row] = finding
            self._texts.pop(finding.key, None)
            index = self.index(row, 0, self._group_index(group))
            self.dataChanged.emit(index, index)
            return
        self.beginInsertRows(self._group_index(group), row, row)
        group.findings.insert(row, finding)
        self.endInsertRows()

    def _drop_if_empty(self, severity: Severity, rule: str) -> None:
        group = self._group_of.get((severity, rule))
        if group is None or group.findings:
            return
        rules = self._rules[severity]
        row = rules.index(group)
        self.beginRemoveRows(self._severity_index(severity), row, row)
        del rules[row]
        del self._group_of[(severity, rule)]
        del self._by_number[group.number]
        self.endRemoveRows()
        if not rules:
            row = self._severities.index(severity)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._severities[row]
            del self._rules[severity]
            self.endRemoveRows()

    # -- indexes -------------------------------------------------------------------------
    def _severity_index(self, severity: Severity) -> QModelIndex:
        return self.createIndex(self._severities.index(severity), 0, 0)

    def _group_index(self, group: _Group) -> QModelIndex:
        row = self._rules[group.severity].index(group)
        return self.createIndex(row, 0, 1 + group.severity.rank)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._severities) else QModelIndex()
        number = parent.internalId()
        if number == 0:
            severity = self._severities[parent.row()]
            if row < len(self._rules[severity]):
                return self.createIndex(row, 0, 1 + severity.rank)
            return QModelIndex()
        if number < _GROUP_BASE:
            group = self._rules[self._severities_by_rank(number - 1)][parent.row()]
            if row < len(group.findings):
                return self.createIndex(row, 0, group.number)
        return QModelIndex()

    def _severities_by_rank(self, rank: int) -> Severity:
        return next(s for s in self._severities if s.rank == rank)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        number = index.internalId()
        if number == 0:
            return QModelIndex()
        if number < _GROUP_BASE:
            severity = self._severities_by_rank(number - 1)
            return self._severity_index(severity)
        group = self._by_number.get(number)
        return QModelIndex() if group is None else self._group_index(group)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._severities)
        number = parent.internalId()
        if number == 0:
            return len(self._rules[self._severities[parent.row()]])
        if number < _GROUP_BASE:
            severity = self._severities_by_rank(number - 1)
            return len(self._rules[severity][parent.row()].findings)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- reading -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = index.internalId()
        if number == 0:
            return self._severity_data(self._severities[index.row()], role)
        if number < _GROUP_BASE:
            severity = self._severities_by_rank(number - 1)
            return self._rule_data(self._rules[severity][index.row()], role)
        group = self._by_number.get(number)
        if group is None or index.row() >= len(group.findings):
            return None
        return self._finding_data(group.findings[index.row()], role)

    def _severity_data(self, severity: Severity, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            title = QCoreApplication.translate("findings", SEVERITY_TITLES[severity])
            count = sum(len(g.findings) for g in self._rules[severity])
            return f"{title} ({count:,})"
        if role == GROUP_ROLE:
            return severity.value
        if role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            return style.standardIcon(SEVERITY_ICONS[severity]) if style is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(SEVERITY_COLOURS[severity]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _rule_data(self, group: _Group, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{rule_title(group.rule)} ({len(group.findings):,})"
        if role in (GROUP_ROLE, Qt.ItemDataRole.ToolTipRole):
            return group.rule
        return None

    def _finding_data(self, finding: Finding, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get(finding.key)
            if text is None:
                text = self._texts[finding.key] = translate_message(finding.message)
            return text
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{translate_message(finding.message)}\n\n{subjects_text(self.plan, finding)}"
        return None

    def index_of(self, finding: Finding) -> QModelIndex:
        """The index of a finding's row (invalid if it is not in the tree)."""
        group = self._group_of.get((finding.severity, finding.rule))
        if group is None:
            return QModelIndex()
        row, found = group.find(finding)
        return self.createIndex(row, 0, group.number) if found else QModelIndex()

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity the tree holds."""
        found = dict.fromkeys(Severity, 0)
        for severity, groups in self._rules.items():
            found[severity] = sum(len(g.findings) for g in groups)
        return found

    def group_counts(self) -> dict[str, int]:
        """How many findings each group holds, by severity id and by rule id."""
        counts: dict[str, int] = {}
        for severity, groups in self._rules.items():
            counts[severity.value] = sum(len(g.findings) for g in groups)
            counts.update((g.rule, len(g.findings)) for g in groups)
        return counts
