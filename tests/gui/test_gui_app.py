"""The composition root: ``main`` builds the application on a plan and runs it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from cosmoplan.gui.app import main
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings


def test_main_creates_and_opens_the_demo_plan(
    qapp: Any, tmp_path: Path, app_settings: AppSettings
) -> None:
    demo = tmp_path / "share" / "demo.cosmoplan"
    seen: list[str] = []

    def look_and_close() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(300, look_and_close)
    safety = QTimer()  # never hang the run
    safety.setSingleShot(True)
    safety.timeout.connect(qapp.quit)
    safety.start(10_000)
    try:
        assert main(["cosmoplan", "--demo", str(demo)], settings=app_settings) == 0
    finally:
        safety.stop()
    assert demo.is_file()
    assert len(seen) == 1 and seen[0].endswith("[*] — cosmoplan")
    assert str(demo) in app_settings.preferences.recent_files


def test_main_quits_by_itself_after_the_given_time(
    qapp: Any, tmp_path: Path, app_settings: AppSettings
) -> None:
    """``--quit-after-ms`` (the bundle's smoke test) closes the window and ends the run. The
    demo opens on its knowledge date and says so in the status bar."""
    demo = tmp_path / "demo.cosmoplan"
    seen: list[tuple[object, str]] = []

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                label = w.findChild(QLabel, "label_knowledge_date")
                seen.append((w.day, label.text() if label else ""))

    QTimer.singleShot(100, look)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(qapp.quit)
    safety.start(10_000)
    try:
        code = main(
            ["cosmoplan", "--demo", str(demo), "--quit-after-ms", "400"], settings=app_settings
        )
    finally:
        still_waiting = safety.isActive()
        safety.stop()
    assert code == 0 and still_waiting, "quit by its own timer, not the safety one"
    assert seen == [(date(2026, 3, 22), "Facts as of 2026-03-22")]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
