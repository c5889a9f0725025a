"""Plan > Optimise…: place the chosen requests with the CP-SAT optimiser on the task runner,
showing the best value found, the bound and the gap as the search goes; Cancel keeps the best
so far. The result lists the served and unserved requests with their pads and dates; Apply
makes it one undoable step of the plan, and Save as Scenario keeps it as a new scenario (a copy
of the version the window shows, with the result applied) to compare and promote.

The optimiser reads a copy of the plan taken when Run is pressed; an edit made meanwhile makes
the result stale (run again), so a result is never applied over changes it did not see.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Kind, Plan, Request, RequestStatus
from cosmoplan.gui.dialog_buttons import add_action_button
from cosmoplan.gui.document import Document
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.planner.naming import (
    allocation_name_of,
    pad_code,
    request_name,
    request_name_of,
)
from cosmoplan.gui.planner.outcome import progress_text, verdict
from cosmoplan.gui.planner.why_not import WhyNotDialog, why_not_request
from cosmoplan.gui.workers import LatestJob
from cosmoplan.messages import CosmoplanError, Message
from cosmoplan.planner import Cancellation, Placement, Result, optimise
from cosmoplan.services import scenarios
from cosmoplan.services.changes import Changes
from cosmoplan.services.optimisation import MSG_APPLY, result_commands

#: The time limit offered first, and the most allowed (seconds).
DEFAULT_TIME_LIMIT_S = 10
MAX_TIME_LIMIT_S = 600


@dataclass(frozen=True, slots=True)
class Settings:
    """What the planner chose: the requests to place, the time limit and the seed."""

    request_ids: frozenset[int]
    time_limit_s: float
    seed: int
    at: date


def chosen_plan(plan: Plan, request_ids: frozenset[int]) -> Plan:
    """A copy of ``plan`` in which only the chosen pending requests wait for a pad."""
    copy = plan.copy()
    for request in list(copy.requests()):
        if request.pending and request.id not in request_ids:
            copy.replace(replace(request, status=RequestStatus.WITHDRAWN))
    return copy


class Bounds(QObject):
    """The search's progress (best value, bound), emitted from the worker, heard on the GUI
    thread."""

    found = Signal(float, float)


def run_optimiser(
    plan: Plan, settings: Settings, cancellation: Cancellation, bounds: Bounds
) -> Result:
    """The job: optimise ``plan`` (a copy), reporting each solution, stopping on Cancel."""
    return optimise(
        plan,
        settings.time_limit_s,
        settings.seed,
        progress=bounds.found.emit,
        cancelled=cancellation,
        at=settings.at,
    )


class OptimiseDialog(QDialog):
    """Choose the requests, run, watch, cancel, read the result, apply it."""

    applied = Signal(object)  # the Result applied
    scenario_saved = Signal(str)  # the name of the scenario the result was saved as

    def __init__(self, document: Document, at: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optimise_dialog")
        self.setWindowTitle(tr("Optimise"))
        install_help_key(self, "scenarios")
        self.document = document
        self.at = at
        self.job = LatestJob()
        self.cancellation = Cancellation()  # of the search under way
        self.bounds = Bounds(self)
        self.bounds.found.connect(self._progressed)
        self.found: Result | None = None
        self.stale = False
        self._stopped = False
        self._applying = False
        self._build()
        self.fill_requests()
        document.changes_applied.connect(self._changes_applied)
        self.finished.connect(self._drop)
        self._show_state()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.time_limit = QSpinBox(self)
        self.time_limit.setObjectName("edit_optimise_time_limit")
        self.time_limit.setRange(1, MAX_TIME_LIMIT_S)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT_S)
        self.time_limit.setSuffix(tr(" s"))
        self.seed = QSpinBox(self)
        self.seed.setObjectName("edit_optimise_seed")
        self.seed.setRange(0, 1_000_000)
        for spin in (self.time_limit, self.seed):
            spin.setMaximumWidth(140)
        form = QFormLayout()
        form.addRow(tr("&Time limit:"), self.time_limit)
        form.addRow(tr("&Seed (the same seed gives the same result):"), self.seed)
        self.requests = QListWidget(self)
        self.requests.setObjectName("list_optimise_requests")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_optimise")
        self.progress_bar.setRange(0, 0)  # busy: the search has no known end before its limit
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("label_optimise_progress")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("label_optimise_verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.outcome = QTreeWidget(self)
        self.outcome.setObjectName("tree_optimise_result")
        self.outcome.setHeaderLabels([tr("Request"), tr("Pad"), tr("From"), tr("To")])
        self.outcome.setRootIsDecorated(True)
        header = self.outcome.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.outcome.itemActivated.connect(self._why_not)
        self.outcome.setToolTip(tr("Double-click a request not served to ask why not."))
        chosen = QWidget(self)
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addWidget(QLabel(tr("Requests to place (open and planned):"), chosen))
        chosen_layout.addWidget(self.requests)
        found = QWidget(self)
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        found_layout.addWidget(QLabel(tr("Result:"), found))
        found_layout.addWidget(self.verdict)
        found_layout.addWidget(self.outcome, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(chosen)
        split.addWidget(found)
        split.setSizes([380, 620])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = add_action_button(
            self.buttons, tr("&Run"), "button_optimise_run", self.run
        )
        self.cancel_button = add_action_button(
            self.buttons, tr("&Cancel"), "button_optimise_cancel", self.cancel
        )
        self.apply_button = add_action_button(
            self.buttons, tr("&Apply to the Plan"), "button_optimise_apply", self.apply
        )
        self.buttons.rejected.connect(self.reject)
        self.scenario_name = QLineEdit(self)
        self.scenario_name.setObjectName("edit_optimise_scenario")
        self.scenario_name.setPlaceholderText(tr("Name of a new scenario"))
        self.scenario_button = QPushButton(tr("Save as &Scenario"), self)
        self.scenario_button.setObjectName("button_optimise_scenario")
        self.scenario_button.setAutoDefault(False)
        self.scenario_button.clicked.connect(self.save_as_scenario)
        self.scenario_name.textChanged.connect(self._show_state)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(tr("Save the result as a scenario:"), self))
        keep.addWidget(self.scenario_name, 1)
        keep.addWidget(self.scenario_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addLayout(keep)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)

    def fill_requests(self) -> None:
        """List the pending requests, all chosen."""
        self.requests.clear()
        plan = self.document.plan
        for request in sorted(plan.requests(), key=lambda r: (-r.priority, r.id)):
            if not request.pending:
                continue
            item = QListWidgetItem(request_name(plan, request), self.requests)
            item.setData(Qt.ItemDataRole.UserRole, request.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def chosen_ids(self) -> frozenset[int]:
        """The requests ticked to be placed."""
        items = (self.requests.item(row) for row in range(self.requests.count()))
        return frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    # -- running -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether a search is under way."""
        return self.job.running

    def run(self) -> None:
        """Start the search on the chosen requests (on a worker, over a copy of the plan)."""
        chosen = self.chosen_ids()
        if not chosen:
            self.verdict.setText(tr("Tick at least one request to place."))
            return
        settings = Settings(chosen, float(self.time_limit.value()), self.seed.value(), self.at)
        plan = chosen_plan(self.document.plan, chosen)
        bounds = self.bounds
        cancellation = self.cancellation = Cancellation()
        self.found, self.stale, self._stopped = None, False, False
        self.outcome.clear()
        self.verdict.setText(tr("Searching…"))
        self.progress_label.setText(tr("Looking at where each request could go…"))
        self.job.start(
            lambda _progress: run_optimiser(plan, settings, cancellation, bounds),
            self._finished,
            self._failed,
        )
        self._show_state()

    def cancel(self) -> None:
        """Stop the search at its next solution, keeping the best found so far."""
        if self.running:
            self.cancellation.request()
            self._stopped = True
            self.progress_label.setText(tr("Stopping…"))

    def _progressed(self, objective: float, bound: float) -> None:
        if self.running:
            self.progress_label.setText(progress_text(objective, bound))

    def _finished(self, result: Result) -> None:
        self.found = result
        words = verdict(result, self._stopped)
        if self.stale:
            words += " " + tr("The plan changed since the search began: run it again.")
        self.verdict.setText(words)
        self._show_result(result)
        if result.gap is not None:
            self.progress_label.setText(
                tr("{status} after {seconds:.1f} s: value {objective:g}, bound {bound:g}.").format(
                    status=tr("Proven") if result.optimal else tr("Found"),
                    seconds=result.wall_s,
                    objective=result.objective,
                    bound=result.bound,
                )
            )
        else:
            self.progress_label.clear()
        self._show_state()

    def _failed(self, error: BaseException) -> None:
        self.verdict.setText("")
        self.progress_label.clear()
        self._show_state()
        if isinstance(error, CosmoplanError):
            show_error(self, error, tr("Optimise"))
        else:
            raise error

    # -- the result ----------------------------------------------------------------------
    def _show_result(self, result: Result) -> None:
        plan = self.document.plan
        self.outcome.clear()
        if result.gap is None:
            return
        served = self._group(tr("Served ({count})").format(count=len(result.served)))
        for request_id, placement in sorted(result.served.items()):
            self._row(served, request_name_of(plan, request_id), placement)
        unserved = self._group(tr("Not served ({count})").format(count=len(result.unserved)))
        for request_id in result.unserved:
            item = QTreeWidgetItem(unserved, [request_name_of(plan, request_id)])
            item.setData(0, Qt.ItemDataRole.UserRole, request_id)
        if result.moved:
            moved = self._group(tr("Moved ({count})").format(count=len(result.moved)))
            for allocation_id, placement in sorted(result.moved.items()):
                self._row(moved, allocation_name_of(plan, allocation_id), placement)
        self.outcome.expandAll()

    def _group(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.outcome, [text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _row(self, parent: QTreeWidgetItem, name: str, placement: Placement) -> None:
        pad = pad_code(self.document.plan, placement.pad_id)
        QTreeWidgetItem(parent, [name, pad, placement.start.isoformat(), placement.end.isoformat()])

    def rows(self, group: int) -> list[list[str]]:
        """The rows under result group ``group`` (0 served, 1 not served, 2 moved), as text."""
        top = self.outcome.topLevelItem(group)
        if top is None:
            return []
        children = (top.child(i) for i in range(top.childCount()))
        return [[child.text(c) for c in range(4)] for child in children if child is not None]

    def _why_not(self, item: QTreeWidgetItem, _column: int = 0) -> WhyNotDialog | None:
        """Why a request not served cannot have its pad (a double-click on its row)."""
        request = self.document.plan.find(Kind.REQUEST, item.data(0, Qt.ItemDataRole.UserRole) or 0)
        if not isinstance(request, Request):
            return None
        return why_not_request(self.document.plan, request, self.at, self)

    # -- applying ------------------------------------------------------------------------
    def apply(self) -> bool:
        """Make the result the plan's: new proposed allocations, planned requests and moved
        allocations, in one undoable step."""
        result = self.found
        if result is None or self.stale or not (result.served or result.moved):
            return False
        commands = result_commands(self.document.plan, result)
        self._applying = True
        try:
            with self.document.group(Message(MSG_APPLY, {"count": len(result.served)})):
                for command in commands:
                    self.document.execute(command)
        except CosmoplanError as error:
            show_error(self, error, tr("Optimise"))
            return False
        finally:
            self._applying = False
        self.found = None
        self.verdict.setText(tr("Applied: one step, which Edit > Undo takes back."))
        self.fill_requests()
        self._show_state()
        self.applied.emit(result)
        return True

    def save_as_scenario(self) -> bool:
        """Keep the result as a new scenario: a copy of what the window shows, with the new
        allocations, planned requests and moved allocations in it (saved into the plan file;
        the plan itself is not changed)."""
        result, name = self.found, self.scenario_name.text().strip()
        if result is None or self.stale or not name or not (result.served or result.moved):
            return False
        project = self.document.project
        try:
            info = scenarios.new(project, name, tr("Optimiser result"))
        except CosmoplanError as error:
            show_error(self, error, tr("Save as Scenario"))
            return False
        scenario = scenarios.open_scenario(project, info.name)
        try:
            with scenario.group(Message(MSG_APPLY, {"count": len(result.served)})):
                for command in result_commands(scenario.plan, result):
                    scenario.execute(command)
            scenario.save()
        except CosmoplanError as error:
            scenarios.remove(project, info.name)
            show_error(self, error, tr("Save as Scenario"))
            return False
        finally:
            scenario.close()
        self.verdict.setText(
            tr('Saved as scenario "{name}": compare it with the plan and promote it from '
               "Plan > Scenarios.").format(name=info.name)
        )  # fmt: skip
        self.scenario_name.clear()
        self.scenario_saved.emit(info.name)
        return True

    def _changes_applied(self, _changes: Changes) -> None:
        if self._applying:
            return
        if self.found is not None or self.running:
            self.stale = True
            self.verdict.setText(tr("The plan changed since the search began: run it again."))
        if not self.running:
            self.fill_requests()
        self._show_state()

    # -- state ---------------------------------------------------------------------------
    def _show_state(self) -> None:
        running = self.running
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        result = self.found
        usable = (
            not running
            and not self.stale
            and result is not None
            and bool(result.served or result.moved)
        )
        self.apply_button.setEnabled(usable)
        stored = self.document.project.store is not None
        self.scenario_button.setEnabled(
            usable and stored and bool(self.scenario_name.text().strip())
        )
        for widget in (self.requests, self.time_limit, self.seed):
            widget.setEnabled(not running)

    def _drop(self) -> None:
        """Closing: the search stops now and its result is not wanted."""
        self.cancellation.request()
        self.job.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._drop()
        super().closeEvent(event)
