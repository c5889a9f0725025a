"""GUI test fixtures: a main window on a temporary plan with fresh settings, and a helper that
answers the next modal message box the way a user would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cosmoplan.domain import Kind, Plan
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.workers import wait_for_workers
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import Clock


@pytest.fixture(autouse=True)
def _isolated_qt_settings(tmp_path: Path, qapp: QApplication) -> None:
    """Nothing a test does may reach the user's settings or data folders."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("cosmoplan-tests")
    QCoreApplication.setApplicationName("cosmoplan-tests")
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True, scope="session")
def _workers_finished(qapp: QApplication) -> Iterator[None]:
    """No worker thread may outlive the session's QApplication."""
    yield
    wait_for_workers()


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that installs a language (which sets the default QLocale) leaves no trace."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.fixture(autouse=True)
def _no_forgotten_dialog(qapp: QApplication) -> Iterator[None]:
    """A modal message box nobody answers would hang the run: reject it after a while and
    fail the test instead."""
    forgotten: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        ticks = seen[id(box)] = seen.get(id(box), 0) + 1
        if ticks >= 20:  # about ten seconds
            forgotten.append(f"{box.objectName()}: {box.text()}")
            box.reject()

    watchdog = QTimer()
    watchdog.timeout.connect(check)
    watchdog.start(500)
    yield
    watchdog.stop()
    assert not forgotten, f"unanswered dialogs: {forgotten}"


def demo_plan() -> Plan:
    """The Baikonur demo plan."""
    from cosmoplan.demo import build_demo_plan

    return build_demo_plan()


Snapshot = tuple[object, dict[Kind, dict[int, object]]]


def snapshot_of(plan: Plan) -> Snapshot:
    """Everything a plan holds, comparable with ``==``."""
    info = (plan.info.name, plan.info.description)
    return info, {kind: dict(plan.objects(kind)) for kind in Kind}


@pytest.fixture
def snapshot() -> Callable[[Plan], Snapshot]:
    """:func:`snapshot_of`, for tests."""
    return snapshot_of


@pytest.fixture
def plan() -> Plan:
    """A fresh demo plan (in memory)."""
    return demo_plan()


#: The day the tests' windows take for today: the demo's knowledge date.
TODAY = date(2026, 3, 22)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """Fresh preferences, layout and recovery folder under ``tmp_path``."""
    return AppSettings(tmp_path / "config", tmp_path / "data")


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """The demo plan stored in a temporary file."""
    path = tmp_path / "baikonur.cosmoplan"
    Project.create(path, demo_plan()).close()
    return path


def close_all(window: MainWindow) -> None:
    """Close every window of the window's application without prompts."""
    windows = list(window.host.windows)
    for other in windows:  # all first: a plan's window closes its scenarios' windows
        other.files.confirm_close = lambda: True  # type: ignore[method-assign]  # discard edits
    for other in windows:
        other.close()


@pytest.fixture
def main_window(qtbot: Any, plan_file: Path, app_settings: AppSettings) -> Iterator[MainWindow]:
    """The main window on the demo plan, shown; closed (without prompts) afterwards. Its
    clock stands on :data:`TODAY`, so that rules about the present judge alike any day."""
    window = create_main_window(Project.open(plan_file), app_settings, clock=Clock(TODAY))
    qtbot.waitExposed(window)
    yield window
    close_all(window)


class ModalAnswer:
    """Clicks ``button`` in the next modal QMessageBox, as a user would; records what it saw."""

    def __init__(self, button: QMessageBox.StandardButton, tries: int = 300) -> None:
        self.button = button
        self.tries = tries
        self.name: str | None = None
        self.text = ""
        self.informative = ""
        self.details = ""
        QTimer.singleShot(0, self._poll)

    @property
    def seen(self) -> bool:
        """Whether a message box appeared and was answered."""
        return self.name is not None

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.name = box.objectName()
            self.text = box.text()
            self.informative = box.informativeText()
            self.details = box.detailedText()
            box.button(self.button).click()
            return
        self.tries -= 1
        if self.tries > 0:
            QTimer.singleShot(10, self._poll)


@pytest.fixture
def answer() -> Callable[[QMessageBox.StandardButton], ModalAnswer]:
    """``answer(QMessageBox.StandardButton.Save)`` before the action that opens a box."""
    return ModalAnswer


@pytest.fixture
def activate(qtbot: Any) -> Callable[[QWidget], None]:
    """Make a window active again, as the window manager does when a dialog closes."""

    def run(window: QWidget) -> None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    return run


def visible_dialog(kind: type[QWidget], name: str) -> QWidget | None:
    """The visible top-level widget of ``kind`` called ``name``."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None
