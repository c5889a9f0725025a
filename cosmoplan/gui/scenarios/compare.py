"""Plan > Scenarios > Compare…: any two versions (the plan or its scenarios) side by side.

Lists the allocations added, removed and moved (and requests and pad statuses changed) with
before and after, the findings gained and lost, and the requests served, utilisation and fees
of each; selecting a row selects the object in the window (the map and the timeline show it),
and the pads the difference touches are ringed on the map. With the plan first, the ticked
rows, or all, are promoted to the plan in one undoable step. A version open in a window is
compared as shown there, unsaved edits included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Ref
from cosmoplan.gui.dialog_buttons import add_action_button
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.planner.naming import allocation_name_of, pad_code, request_name_of
from cosmoplan.gui.scenarios.difference import DifferenceLayer
from cosmoplan.planner.compare import Comparison, Difference, Totals, compare
from cosmoplan.services import scenarios as service
from cosmoplan.services.changes import Changes

if TYPE_CHECKING:
    from cosmoplan.gui.scenarios.windows import ScenarioControl


def how_text(how: str) -> str:
    """The translated way an object differs."""
    return {
        "added": tr("added"),
        "removed": tr("removed"),
        "moved": tr("moved"),
        "changed": tr("changed"),
    }[how]


def object_name(change: Difference, first: Plan, second: Plan) -> str:
    """The changed object as a planner names it."""
    ref = change.ref
    plan = second if change.after is not None else first
    if ref.kind is Kind.ALLOCATION:
        return allocation_name_of(plan, ref.id)
    if ref.kind is Kind.REQUEST:
        return request_name_of(plan, ref.id)
    return tr("Pad {code}: statuses").format(code=pad_code(plan, ref.id))


def state_text(entity: object, plan: Plan) -> str:
    """One side of a difference in words ("45/1 2028-01-01 – 2032-12-31, signed")."""
    if isinstance(entity, Allocation):
        return tr("{pad} {start} – {end}, {status}").format(
            pad=pad_code(plan, entity.pad_id),
            start=entity.start.isoformat(),
            end=entity.end.isoformat(),
            status=label(entity.status),
        )
    if isinstance(entity, Pad):
        periods = [
            tr("{status} from {start} to {end}").format(
                status=label(p.status),
                start=p.start.isoformat() if p.start else tr("the start"),
                end=p.end.isoformat() if p.end else tr("the end"),
            )
            for p in entity.status_periods
        ]
        return "; ".join(periods) or tr("no status periods")
    status = getattr(entity, "status", None)
    return label(status) if status is not None else ""


class CompareDialog(QDialog):
    """Two versions, their differences, findings and totals; promote the chosen rows."""

    def __init__(self, control: ScenarioControl, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(tr("Compare Scenarios"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        install_help_key(self, "scenarios")
        self.control = control
        self.main = control.window
        self.found: Comparison | None = None
        self.plans: tuple[Plan, Plan] | None = None
        self.layer = DifferenceLayer(self.main.canvas)
        self._build()
        self.fill_versions()
        names = control.names()
        self.choose(None, control.name or (names[0] if names else None))
        for window in (control.base, *control.windows()):
            window.document.changes_applied.connect(self._changes_applied)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.first = QComboBox(self)
        self.first.setObjectName("combo_compare_first")
        self.second = QComboBox(self)
        self.second.setObjectName("combo_compare_second")
        for combo in (self.first, self.second):
            combo.activated.connect(self.refresh)
        form = QFormLayout()
        form.addRow(tr("&Before:"), self.first)
        form.addRow(tr("&After:"), self.second)
        self.summary = QLabel(self)
        self.summary.setObjectName("label_compare_summary")
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget(self)
        self.changes.setObjectName("tree_compare_changes")
        self.changes.setHeaderLabels([tr("Change"), tr("Object"), tr("Before"), tr("After")])
        self.changes.setRootIsDecorated(False)
        header = self.changes.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.changes.currentItemChanged.connect(self._row_chosen)
        self.changes.itemChanged.connect(lambda *_: self._show_state())
        self.findings = QTreeWidget(self)
        self.findings.setObjectName("tree_compare_findings")
        self.findings.setHeaderLabels([tr("Finding")])
        self.totals = QTableWidget(4, 2, self)
        self.totals.setObjectName("table_compare_totals")
        self.totals.setVerticalHeaderLabels(
            [tr("Allocations"), tr("Requests served"), tr("Utilisation"), tr("Fees (USD)")]
        )
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totals.setMaximumHeight(150)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.findings)
        lower.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.changes)
        split.addWidget(lower)
        split.setSizes([380, 200])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        self.show_button = add_action_button(
            self.buttons, tr("&Show on Map"), "button_compare_show", self.show_all
        )
        self.promote_chosen_button = add_action_button(
            self.buttons,
            tr("Promote &Ticked"),
            "button_compare_promote_ticked",
            self.promote_ticked,
        )
        self.promote_all_button = add_action_button(
            self.buttons, tr("Promote &All"), "button_compare_promote_all", self.promote_all
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)

    # -- the versions ----------------------------------------------------------------------
    def fill_versions(self) -> None:
        """List the plan and its scenarios on both sides (keeping what was chosen)."""
        names = self.control.names()
        for combo in (self.first, self.second):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("Plan"), None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def choose(self, first: str | None, second: str | None) -> None:
        """Compare ``first`` with ``second`` (``None``: the plan)."""
        for combo, name in ((self.first, first), (self.second, second)):
            index = combo.findData(name) if name is not None else 0
            combo.setCurrentIndex(max(0, index))
        self.refresh()

    def version(self, name: str | None) -> Plan:
        """The plan or scenario ``name`` as its window shows it, else as stored."""
        window = self.control.window_of(name)
        if window is not None:
            return window.document.plan
        assert name is not None
        opened = service.open_scenario(self.control.plan_project, name)
        opened.close()
        return opened.plan

    # -- comparing -------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Compare the chosen versions again."""
        first, second = self.first.currentData(), self.second.currentData()
        self.changes.clear()
        self.findings.clear()
        self.found = self.plans = None
        if first == second:
            self.summary.setText(tr("Choose two different versions."))
            self.layer.clear()
            self._show_state()
            return
        try:
            plans = self.version(first), self.version(second)
        except Exception as error:
            show_error(self, error, tr("Compare Scenarios"))
            return
        self.plans = plans
        self.found = found = compare(*plans, self.main.as_of.date)
        self._show_changes(found, *plans)
        self._show_findings(found)
        self._show_totals(found)
        start, end = (day.isoformat() for day in found.period)
        self.summary.setText(
            tr(
                "Changes: {count}. Findings gained: {gained}, lost: {lost} (as of {day}). "
                "Totals from {start} to {end}."
            ).format(
                count=len(found.differences),
                gained=len(found.gained),
                lost=len(found.lost),
                day=self.main.as_of.date.isoformat(),
                start=start,
                end=end,
            )
        )
        self.layer.show(found.differences)
        self._show_state()

    def _show_changes(self, found: Comparison, first: Plan, second: Plan) -> None:
        self.changes.blockSignals(True)
        for change in found.differences:
            item = QTreeWidgetItem(
                self.changes,
                [
                    how_text(change.how),
                    object_name(change, first, second),
                    state_text(change.before, first) if change.before is not None else "",
                    state_text(change.after, second) if change.after is not None else "",
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, change)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        for column in (0, 2, 3):
            self.changes.resizeColumnToContents(column)
        self.changes.blockSignals(False)

    def _show_findings(self, found: Comparison) -> None:
        for title, findings in ((tr("Gained"), found.gained), (tr("Lost"), found.lost)):
            group = QTreeWidgetItem(
                self.findings, [tr("{title} ({count})").format(title=title, count=len(findings))]
            )
            for finding in findings:
                text = f"{label(finding.severity)}: {translate_message(finding.message)}"
                child = QTreeWidgetItem(group, [text])
                child.setToolTip(0, text)
        self.findings.expandAll()

    def _show_totals(self, found: Comparison) -> None:
        self.totals.setHorizontalHeaderLabels([self.first.currentText(), self.second.currentText()])
        for column, totals in enumerate((found.before, found.after)):
            for row, text in enumerate(totals_texts(totals)):
                self.totals.setItem(row, column, QTableWidgetItem(text))

    # -- rows and the map ------------------------------------------------------------------
    def rows(self) -> list[list[str]]:
        """The changes as shown (change, object, before, after)."""
        items = (self.changes.topLevelItem(i) for i in range(self.changes.topLevelItemCount()))
        return [[item.text(c) for c in range(4)] for item in items if item is not None]

    def ticked(self) -> list[Difference]:
        """The changes whose rows are ticked."""
        items = (self.changes.topLevelItem(i) for i in range(self.changes.topLevelItemCount()))
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in items
            if item is not None and item.checkState(0) == Qt.CheckState.Checked
        ]

    def _refs_in_window(self, changes: list[Difference]) -> tuple[list[Ref], list[Ref]]:
        """What of ``changes`` the window's plan holds (to select), and their pads (to zoom)."""
        plan = self.main.document.plan
        chosen: list[Ref] = []
        pads: list[Ref] = []
        for change in changes:
            if plan.find(change.ref.kind, change.ref.id) is not None:
                chosen.append(change.ref)
            for side in (change.before, change.after):
                if isinstance(side, Allocation):
                    pads.append(Ref(Kind.PAD, side.pad_id))
                elif isinstance(side, Pad):
                    pads.append(Ref(Kind.PAD, side.id))
        pads = list(dict.fromkeys(p for p in pads if plan.find(p.kind, p.id) is not None))
        return chosen or pads, pads

    def _row_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.select([item.data(0, Qt.ItemDataRole.UserRole)])

    def select(self, changes: list[Difference]) -> None:
        """Select these changes' objects in the window (its map and timeline show them) and
        bring their pads into view."""
        chosen, pads = self._refs_in_window(changes)
        self.main.selection.set(chosen)
        self.main.show_on_map(pads)

    def show_all(self) -> None:
        """Select every changed object the window holds."""
        if self.found is not None:
            self.select(list(self.found.differences))

    # -- promoting -------------------------------------------------------------------------
    @property
    def can_promote(self) -> bool:
        """Whether the plan is compared with a scenario that changes something."""
        return (
            self.found is not None
            and bool(self.found.differences)
            and self.first.currentData() is None
            and self.second.currentData() is not None
        )

    def promote_ticked(self) -> bool:
        """Make the ticked changes the plan's, in one undoable step."""
        return self._promote([d.ref for d in self.ticked()])

    def promote_all(self) -> bool:
        """Make every change the plan's, in one undoable step."""
        return self._promote(None)

    def _promote(self, chosen: list[Ref] | None) -> bool:
        if not self.can_promote or self.plans is None or chosen == []:
            return False
        name = self.second.currentData()
        try:
            done = service.promote(self.control.plan_project, self.plans[1], name, chosen)
        except Exception as error:
            show_error(self, error, tr("Promote"))
            return False
        self.refresh()
        self.summary.setText(
            tr(
                "Changes of {name} promoted to the plan: {count}, in one step, which Edit > "
                "Undo in the plan's window takes back."
            ).format(count=len(done), name=name)
        )
        return True

    def _changes_applied(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def _show_state(self) -> None:
        can = self.can_promote
        self.promote_all_button.setEnabled(can)
        self.promote_chosen_button.setEnabled(can and bool(self.ticked()))
        self.show_button.setEnabled(self.found is not None and bool(self.found.differences))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.layer.clear()  # the dialog goes (deleted on close), and its connections with it
        super().closeEvent(event)


def totals_texts(totals: Totals) -> list[str]:
    """A version's totals as shown: allocations, requests served, utilisation, fees."""
    return [
        str(totals.allocations),
        str(totals.served),
        f"{totals.utilisation:.1%}",
        f"{totals.fees_usd:,.0f}",
    ]
