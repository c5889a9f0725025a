"""Scenarios in the window: one window per scenario, opened from the plan's window.

A window shows the plan or one of its scenarios (:attr:`ScenarioControl.name`), and says which
in its title, its status-bar badge and the scenario switcher on its toolbar. Switching raises
the window of the chosen version (opening it first), so each keeps its own unsaved edits and
undo history; editing a scenario uses the same commands and undo as the plan. The plan's
window closes its scenarios' windows first (each asks to save its edits), and so does Save As,
which copies the scenarios as stored into the new file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.scenarios.switcher import ScenarioBadge, ScenarioSwitcher
from cosmoplan.services import scenarios as service
from cosmoplan.services.project import Project
from cosmoplan.storage.scenarios import ScenarioStore

if TYPE_CHECKING:
    from cosmoplan.gui.main_window import MainWindow
    from cosmoplan.gui.scenarios.compare import CompareDialog


class ScenarioHost(Protocol):
    """What the scenario windows ask of the application."""

    windows: list[MainWindow]

    def open_scenario(self, plan_window: MainWindow, name: str) -> MainWindow | None: ...


def scenario_name(project: Project) -> str | None:
    """The name of the scenario ``project`` holds (``None``: the plan itself)."""
    return service.name_of(project) if isinstance(project.store, ScenarioStore) else None


class ScenarioControl(QObject):
    """The scenario side of one window: which version it shows, the switcher and the badge,
    and Plan > Scenarios (new, switch, compare, promote, remove)."""

    def __init__(self, window: MainWindow, host: ScenarioHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        #: The plan's window, for a scenario's window (set by the host that opened it).
        self.plan_window: MainWindow | None = None
        self.compare_dialog: CompareDialog | None = None
        self.known: list[str] = []  # the scenarios as last read
        self.switcher = ScenarioSwitcher(self.names, window)
        self.switcher.chosen.connect(self.switch_to)
        self.badge = ScenarioBadge(window)
        window.installEventFilter(self)  # scenarios made elsewhere show when it is activated

    # -- which version ---------------------------------------------------------------------
    @property
    def name(self) -> str | None:
        """The scenario this window shows (``None``: the plan)."""
        return scenario_name(self.window.document.project)

    @property
    def base(self) -> MainWindow:
        """The plan's window (this one, if it shows the plan)."""
        return self.plan_window or self.window

    @property
    def plan_project(self) -> Project:
        """The plan's project (its scenarios are kept with it)."""
        return self.base.document.project

    def names(self) -> list[str]:
        """The plan's scenarios by name (none for a plan never saved or unreadable)."""
        try:
            found = [s.name for s in service.listed(self.plan_project)]
        except Exception:  # never saved, or damaged (said when saved): the plan alone
            found = []
        if found != self.known:
            self.known = found
            self.window.action_set.refresh()
        return found

    def windows(self) -> list[MainWindow]:
        """The open windows of this plan's scenarios."""
        base = self.base
        return [w for w in self.host.windows if w.scenarios.plan_window is base and not w.is_closed]

    def window_of(self, name: str | None) -> MainWindow | None:
        """The open window of ``name`` (``None``: the plan's)."""
        if name is None:
            return self.base
        folded = name.casefold()
        return next(
            (w for w in self.windows() if (w.scenarios.name or "").casefold() == folded), None
        )

    def refresh(self) -> None:
        """Show the scenarios as stored now, and this window's among them."""
        self.switcher.show_names(self.names(), self.name)
        self.badge.show_name(self.name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return False

    def refresh_all(self) -> None:
        """Every window of this plan shows the scenarios as stored now."""
        for window in (self.base, *self.windows()):
            window.scenarios.refresh()

    # -- switching -------------------------------------------------------------------------
    def switch_to(self, name: str | None) -> MainWindow | None:
        """Bring the window of ``name`` (``None``: the plan) to the front, opening it first."""
        self.switcher.show_names(self.names(), self.name)  # this window stays what it is
        window = self.window_of(name)
        if window is None:
            assert name is not None
            window = self.host.open_scenario(self.base, name)
        if window is not None:
            window.raise_()
            window.activateWindow()
        return window

    def choose_and_switch(self) -> MainWindow | None:
        """Plan > Scenarios > Switch to…: choose the plan or a scenario."""
        plan = tr("Plan")
        shown = [plan, *self.names()]
        current = shown.index(self.name) if self.name in shown else 0
        chosen, ok = QInputDialog.getItem(
            self.window, tr("Switch to"), tr("Show:"), shown, current, False
        )
        if not ok:
            return None
        return self.switch_to(None if chosen == plan else chosen)

    # -- new and remove --------------------------------------------------------------------
    def new(self, name: str | None = None) -> MainWindow | None:
        """Plan > Scenarios > New Scenario…: a copy of the plan as it is now, opened."""
        if name is None:
            name, ok = QInputDialog.getText(
                self.window, tr("New Scenario"), tr("Name of the scenario (a copy of the plan):")
            )
            if not ok or not name.strip():
                return None
        try:
            info = service.new(self.plan_project, name.strip())
        except Exception as error:
            show_error(self.window, error, tr("New Scenario"))
            return None
        self.refresh_all()
        return self.switch_to(info.name)

    def remove(self, name: str | None = None) -> bool:
        """Plan > Scenarios > Remove…: remove a scenario (after asking), closing its window."""
        if name is None:
            shown = self.names()
            if not shown:
                self.window.statusBar().showMessage(tr("The plan has no scenarios."), 8000)
                return False
            current = shown.index(self.name) if self.name in shown else 0
            name, ok = QInputDialog.getItem(
                self.window, tr("Remove Scenario"), tr("Scenario:"), shown, current, False
            )
            if not ok:
                return False
            answer = QMessageBox.question(
                self.window,
                tr("Remove Scenario"),
                tr(
                    'Remove scenario "{name}" and its unsaved edits? The plan is not changed.'
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        window = self.window_of(name)
        if window is not None:
            window.files.confirm_close = lambda: True  # type: ignore[method-assign]
            window.close()
        try:
            service.remove(self.plan_project, name)
        except Exception as error:
            show_error(self.base, error, tr("Remove Scenario"))
            return False
        self.base.statusBar().showMessage(tr('Removed scenario "{name}".').format(name=name), 8000)
        self.base.scenarios.refresh_all()
        return True

    # -- compare and promote ---------------------------------------------------------------
    def compare(self, promote: bool = False) -> CompareDialog:
        """Plan > Scenarios > Compare… (and Promote…: the plan against this window's scenario,
        or the first one)."""
        from cosmoplan.gui.scenarios.compare import CompareDialog

        if self.compare_dialog is None:
            dialog = CompareDialog(self, self.window)
            dialog.destroyed.connect(self._forget_compare)
            self.compare_dialog = dialog
        if promote:
            names = self.names()
            self.compare_dialog.choose(None, self.name or (names[0] if names else None))
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def result_saved(self, name: str) -> None:
        """The optimiser kept its result as scenario ``name``: list it, compare it."""
        self.refresh_all()
        self.compare().choose(None, name)

    def _forget_compare(self) -> None:
        self.compare_dialog = None

    # -- closing ---------------------------------------------------------------------------
    def close_scenario_windows(self) -> bool:
        """Close this plan's scenario windows (each asks to save); ``False`` if one stays."""
        if self.plan_window is not None:
            return True
        return all(window.close() for window in self.windows())

    def closing(self) -> None:
        """The window closes: so does its comparison."""
        if self.compare_dialog is not None:
            self.compare_dialog.close()
