"""The findings as a tree: severity, then rule, then each finding, with counts on the groups.

It follows :class:`FindingsDelta` values item by item (rows removed and inserted in place), so
that expanded groups, the current row and the scroll position survive an edit of the plan.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from cosmoplan.analysis import RULES, Finding, FindingKey, FindingsDelta, Severity, sort_key
from cosmoplan.domain import Plan, display_name
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import one

#: Item data: the finding of a finding row (``None`` on group rows).
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
#: Above this many added and removed findings, the tree is rebuilt rather than patched.
REBUILD_OVER = 400

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


def rule_title(rule_id: str) -> str:
    """The translated title of a rule (its id if the catalogue does not know it)."""
    if rule_id not in RULES:
        return rule_id
    return QCoreApplication.translate("rules", RULES.get(rule_id).title)


def subjects_text(plan: Plan, finding: Finding) -> str:
    """The objects a finding names, one per line ("launch pad 45/1")."""
    lines = []
    for ref in finding.subjects:
        entity = plan.find(ref.kind, ref.id)
        name = display_name(entity) if entity is not None else f"#{ref.id}"
        lines.append(f"{one(ref.kind)} {name}")
    return "\n".join(lines)


class FindingsTree(QStandardItemModel):
    """Severity groups holding rule groups holding findings."""

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._items: dict[FindingKey, QStandardItem] = {}
        self._severities: dict[Severity, QStandardItem] = {}
        self._rules: dict[tuple[Severity, str], QStandardItem] = {}

    # -- building ------------------------------------------------------------------------
    def reset(self, findings: Iterable[Finding]) -> None:
        """Show exactly ``findings`` (the one full rebuild)."""
        self.clear()
        self._items.clear()
        self._severities.clear()
        self._rules.clear()
        self.blockSignals(True)  # one reset below instead of a signal per row
        try:
            for finding in sorted(findings, key=sort_key):
                self._insert(finding)
            self._update_counts(list(self._rules))
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.endResetModel()

    def apply(self, delta: FindingsDelta, findings: Iterable[Finding]) -> None:
        """Patch the tree by ``delta`` (rebuild it from ``findings`` if the delta is huge)."""
        if len(delta.added) + len(delta.removed) > REBUILD_OVER:
            self.reset(findings)
            return
        for finding in delta.removed:
            item = self._items.pop(finding.key, None)
            if item is not None:
                item.parent().removeRow(item.row())
        for finding in sorted(delta.added, key=sort_key):
            self._insert(finding)
        self._update_counts({(f.severity, f.rule) for f in (*delta.removed, *delta.added)})

    def _insert(self, finding: Finding) -> None:
        """Add a finding row in its place."""
        old = self._items.pop(finding.key, None)
        if old is not None:
            old.parent().removeRow(old.row())
        group = self._rule_group(finding.severity, finding.rule)
        item = QStandardItem(translate_message(finding.message))
        item.setEditable(False)
        item.setData(finding, FINDING_ROLE)
        item.setToolTip(
            f"{translate_message(finding.message)}\n\n{subjects_text(self.plan, finding)}"
        )
        key = sort_key(finding)
        row = group.rowCount()
        while row > 0 and sort_key(group.child(row - 1).data(FINDING_ROLE)) > key:
            row -= 1
        group.insertRow(row, item)
        self._items[finding.key] = item

    def _severity_group(self, severity: Severity) -> QStandardItem:
        found = self._severities.get(severity)
        if found is not None:
            return found
        item = QStandardItem()
        item.setEditable(False)
        item.setData(severity.value, Qt.ItemDataRole.UserRole)
        style = QApplication.style()
        item.setIcon(style.standardIcon(SEVERITY_ICONS[severity]))
        item.setForeground(QBrush(QColor(SEVERITY_COLOURS[severity])))
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        row = sum(1 for s in self._severities if s.rank < severity.rank)
        self.insertRow(row, item)
        self._severities[severity] = item
        return item

    def _rule_group(self, severity: Severity, rule: str) -> QStandardItem:
        found = self._rules.get((severity, rule))
        if found is not None:
            return found
        parent = self._severity_group(severity)
        item = QStandardItem()
        item.setEditable(False)
        item.setData(rule, Qt.ItemDataRole.UserRole)
        item.setToolTip(rule)
        row = sum(1 for (s, r) in self._rules if s is severity and r < rule)
        parent.insertRow(row, item)
        self._rules[(severity, rule)] = item
        return item

    def _update_counts(self, keys: Iterable[tuple[Severity, str]]) -> None:
        severities: set[Severity] = set()
        for key in set(keys):
            group = self._rules.get(key)
            if group is None:
                continue
            severity, rule = key
            severities.add(severity)
            if group.rowCount() == 0:
                self._severities[severity].removeRow(group.row())
                del self._rules[key]
            else:
                group.setText(f"{rule_title(rule)} ({group.rowCount()})")
        for severity in severities:
            item = self._severities[severity]
            count = sum(self._rules[k].rowCount() for k in self._rules if k[0] is severity)
            if count == 0:
                self.removeRow(item.row())
                del self._severities[severity]
            else:
                title = QCoreApplication.translate("findings", SEVERITY_TITLES[severity])
                item.setText(f"{title} ({count})")

    # -- reading -------------------------------------------------------------------------
    def item_of(self, finding: Finding) -> QStandardItem | None:
        """The row of a finding, if shown."""
        return self._items.get(finding.key)

    def group_counts(self) -> dict[str, int]:
        """How many findings each group holds, by severity id and by rule id."""
        counts = {rule: item.rowCount() for (_severity, rule), item in self._rules.items()}
        for severity in self._severities:
            counts[severity.value] = sum(
                item.rowCount() for (s, _rule), item in self._rules.items() if s is severity
            )
        return counts
