"""The composition root: builds the application, its windows and what they share.

Nothing here is global: :func:`main` creates one :class:`CosmoplanApp`, which owns the list
of windows, the settings and the recovery store, and passes them down.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cosmoplan.domain import PlanInfo
from cosmoplan.gui.autosave import Autosaver, Recovery, RecoveryStore
from cosmoplan.gui.document import Document
from cosmoplan.gui.errors import ExceptHook, show_error
from cosmoplan.gui.i18n import install_translators, tr
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.recent import remember
from cosmoplan.gui.resources import app_icon
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.start import Start, StartChoice, StartPage, demo_location
from cosmoplan.gui.workers import wait_for_workers
from cosmoplan.services import scenarios
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import Clock, ViewState
from cosmoplan.storage import PlanStore
from cosmoplan.storage.locations import same_location

log = logging.getLogger(__name__)


class CosmoplanApp(QObject):
    """The running application: its windows, settings and recovery copies."""

    def __init__(
        self,
        settings: AppSettings,
        recovery: RecoveryStore | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.clock = clock or Clock()  # today, for rules about the real world
        self.recovery = recovery or RecoveryStore(settings.recovery_folder)
        self.windows: list[MainWindow] = []
        self.start_page: StartPage | None = None
        self.translators: list[QTranslator] = []

    # -- windows -------------------------------------------------------------------------
    def open_window(
        self,
        project: Project,
        recovered: Recovery | None = None,
        plan_window: MainWindow | None = None,
    ) -> MainWindow:
        """Show ``project`` in a new window (a scenario of the plan in ``plan_window``)."""
        document = Document(project)
        view = ViewState(clock=self.clock)
        view.layers.restore(self.settings.preferences.map_layers)
        if plan_window is not None:
            view.as_of.set(plan_window.as_of.date)  # a scenario opens on its plan's day
        elif (known := project.plan.info.knowledge_date) is not None:
            view.as_of.set(known)  # a plan whose facts end then opens on it, not on "today"
        window = MainWindow(self, document, view, self.settings, self.recovery, recovered)
        window.scenarios.plan_window = plan_window
        document.setParent(window)
        self.windows.append(window)
        if project.location and plan_window is None:
            remember(self.settings, project.location)
        window.show()
        window.restore_plan_view()
        return window

    def open_scenario(self, plan_window: MainWindow, name: str) -> MainWindow | None:
        """A new window on the scenario ``name`` of the plan in ``plan_window``."""
        try:
            project = scenarios.open_scenario(plan_window.document.project, name)
        except Exception as error:
            show_error(plan_window, error, tr("Open Scenario"))
            return None
        return self.open_window(project, plan_window=plan_window)

    def active_window(self) -> QWidget | None:
        """The window errors attach to."""
        active = QApplication.activeWindow()
        return active or (self.windows[-1] if self.windows else None)

    def autosavers(self) -> list[Autosaver]:
        """The autosavers of the open windows (the preferences apply to all of them)."""
        return [window.files.autosaver for window in self.windows if not window.is_closed]

    def window_closed(self, window: MainWindow) -> None:
        """A window closed (after its prompts)."""
        if window in self.windows:
            self.windows.remove(window)

    def _replace_if_clean(self, origin: MainWindow | None) -> None:
        """A new window took over from ``origin``: close it unless it holds edits."""
        if origin is not None and not origin.files.is_modified() and origin in self.windows:
            origin.close()

    def new_plan(self, origin: MainWindow | None = None) -> MainWindow:
        """A window on a new, empty plan, named in the user's language."""
        window = self.open_window(Project.new(PlanInfo(tr("Untitled plan"))))
        self._replace_if_clean(origin)
        return window

    def open_location(self, location: str, origin: MainWindow | None = None) -> MainWindow | None:
        """Open a plan file (or URL). Never loses edits: the new plan gets its own window
        unless ``origin`` has nothing unsaved. An already open plan is brought to the front."""
        for window in self.windows:
            if window.scenarios.plan_window is None and same_location(
                window.files.location, location
            ):
                window.raise_()
                window.activateWindow()
                return window
        try:
            project = Project.open(location)
        except Exception as error:
            show_error(origin, error, tr("Open"))
            return None
        window = self.open_window(project)
        self._replace_if_clean(origin)
        return window

    def quit(self) -> bool:
        """Close the start page and every window (each may ask to save); ``False`` if one
        refused."""
        if self.start_page is not None:
            self.start_page.reject()
        return all(window.close() for window in list(self.windows))

    # -- starting without a plan ---------------------------------------------------------
    def start(self) -> None:
        """No plan was named: reopen the last one if the preferences say so, else offer the
        start page until a plan opens or the planner quits."""
        preferences = self.settings.preferences
        if preferences.reopen_last_plan and preferences.recent_files:
            self.open_location(preferences.recent_files[0])
        while not self.windows:
            self.start_page = StartPage(self.settings)
            try:
                if self.start_page.exec() != QDialog.DialogCode.Accepted:
                    return
                choice = self.start_page.choice
            finally:
                self.start_page.deleteLater()
                self.start_page = None
            if choice is not None:
                self.open_choice(choice)

    def open_choice(self, choice: StartChoice) -> MainWindow | None:
        """Open what the planner chose on the start page."""
        if choice.start is Start.NEW:
            return self.new_plan()
        if choice.start is Start.DEMO:
            return self.open_location(_demo_location(str(demo_location(self.settings))))
        return self.open_location(choice.location)

    # -- recovery ------------------------------------------------------------------------
    def write_recovery_copies(self) -> None:
        """Write recovery copies of every plan with unsaved changes (on a crash)."""
        for window in self.windows:
            window.files.autosaver.save_if_dirty()

    def offer_recovery(self, parent: QWidget | None = None) -> list[MainWindow]:
        """Offer each pending recovery copy; recovered plans open as unsaved documents."""
        opened: list[MainWindow] = []
        self.recovery.clean()
        for found in self.recovery.pending():
            answer = self._ask_recover(found, parent)
            if answer == QMessageBox.StandardButton.Yes:
                window = self.recover(found)
                if window is not None:
                    opened.append(window)
            elif answer == QMessageBox.StandardButton.Discard:
                self.recovery.remove(found.key)
        return opened

    def _ask_recover(self, found: Recovery, parent: QWidget | None) -> int:
        box = QMessageBox(parent)
        box.setObjectName("recover_prompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Recover unsaved changes?"))
        where = found.plan_location or tr("a plan that was never saved")
        box.setText(
            tr('cosmoplan has a recovery copy of "{name}" ({where}) from {time}.').format(
                name=found.plan_name, where=where, time=found.written.strftime("%Y-%m-%d %H:%M")
            )
        )
        box.setInformativeText(
            tr("Recover it? It opens as an unsaved plan; save it to keep the changes.")
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.Discard | buttons.Ignore)
        box.button(buttons.Yes).setText(tr("&Recover"))
        box.button(buttons.Ignore).setText(tr("&Later"))
        box.setDefaultButton(buttons.Yes)
        return box.exec()

    def recover(self, found: Recovery) -> MainWindow | None:
        """Open a recovery copy as an unsaved document that saves to its original plan."""
        try:
            store, plan = PlanStore.open(found.path)
            store.close()
        except Exception as error:
            show_error(None, error, tr("Recover"))
            return None
        return self.open_window(Project(plan, unsaved=True), recovered=found)


def create_main_window(
    project: Project,
    settings: AppSettings,
    recovery: RecoveryStore | None = None,
    clock: Clock | None = None,
) -> MainWindow:
    """A main window on ``project`` with its own application object (for tests and embedding).

    A QApplication must exist. The window keeps its host alive (``window.host``). ``clock``
    tells today (default the system's).
    """
    host = CosmoplanApp(settings, recovery, clock)
    return host.open_window(project)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cosmoplan gui")
    parser.add_argument("plan", nargs="?", help="plan file to open")
    parser.add_argument("--demo", metavar="PATH", help="open the demo plan at PATH")
    parser.add_argument("--quit-after-ms", metavar="MS", type=int, help="quit after MS ms")
    args, _qt_arguments = parser.parse_known_args(list(argv[1:]))
    return args


def _demo_location(path: str) -> str:
    """The demo plan at ``path``, created there first if needed."""
    target = Path(path).expanduser()
    if not target.exists():
        from cosmoplan.demo import build_demo_plan

        target.parent.mkdir(parents=True, exist_ok=True)
        Project.create(target, build_demo_plan()).close()
    return str(target)


def main(argv: Sequence[str] | None = None, settings: AppSettings | None = None) -> int:
    """Run the desktop application. ``argv`` is like ``sys.argv``: the program name first,
    then ``[PLAN] [--demo PATH] [--quit-after-ms MS]`` and any Qt options. ``settings``
    defaults to the user's (tests and embedders pass their own)."""
    argv = list(sys.argv if argv is None else argv)
    args = _parse(argv)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("cosmoplan")
    app.setApplicationName("cosmoplan")
    app.setApplicationDisplayName("cosmoplan")
    app.setDesktopFileName("cosmoplan")
    app.setWindowIcon(app_icon())
    settings = settings or AppSettings.default()
    host = CosmoplanApp(settings)
    host.translators = install_translators(app, settings.preferences.language)
    hook = ExceptHook(on_crash=host.write_recovery_copies, parent=host.active_window)
    hook.install()
    try:
        host.offer_recovery()
        location = _demo_location(args.demo) if args.demo else args.plan
        if args.quit_after_ms is not None:  # a smoke test: the windows open, then close
            QTimer.singleShot(max(0, args.quit_after_ms), host.quit)
        if location and not any(same_location(w.files.location, location) for w in host.windows):
            host.open_location(location)
        if not host.windows:
            host.start()
        return app.exec() if host.windows else 0
    finally:
        wait_for_workers()
        hook.uninstall()
