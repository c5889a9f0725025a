"""Starting without a plan: the start page (recent plans, the demo, a new plan, a file), the
"reopen the last plan" preference, and each plan's last map view and timeline zoom restored."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from cosmoplan.gui.app import CosmoplanApp, main
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.start import StartPage, demo_location
from tests.gui.conftest import close_all


@pytest.fixture
def host(app_settings: AppSettings) -> Iterator[CosmoplanApp]:
    """An application object; its windows are closed afterwards."""
    app = CosmoplanApp(app_settings)
    yield app
    if app.windows:
        close_all(app.windows[0])


def on_start_page(qtbot: Any, act: Callable[[StartPage], None]) -> None:
    """Once the (modal) start page shows, ``act`` on it as a user would."""

    def attempt() -> None:
        page = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, StartPage) and w.isVisible()
            ),
            None,
        )
        if page is None:
            QTimer.singleShot(20, attempt)
            return
        act(page)

    QTimer.singleShot(0, attempt)


def click(qtbot: Any, page: StartPage, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_start_page_lists_recent_plans_and_opens_the_chosen_one(
    qtbot: Any, host: CosmoplanApp, app_settings: AppSettings, plan_file: Path, tmp_path: Path
) -> None:
    app_settings.preferences.add_recent(str(tmp_path / "gone.cosmoplan"))
    app_settings.preferences.add_recent(str(plan_file))
    seen: list[list[str]] = []

    def choose_first(page: StartPage) -> None:
        seen.append([page.recent.item(i).text() for i in range(page.recent.count())])
        gone = page.recent.item(1)
        assert not gone.flags() & Qt.ItemFlag.ItemIsEnabled  # a missing file is greyed
        qtbot.keyClick(page.recent, Qt.Key.Key_Return)

    on_start_page(qtbot, choose_first)
    host.start()
    assert seen and seen[0][0].startswith(plan_file.name) and "(not found)" in seen[0][1]
    assert len(host.windows) == 1 and host.windows[0].files.location == str(plan_file)


def test_the_start_page_opens_the_demo_a_new_plan_or_a_file(
    qtbot: Any, host: CosmoplanApp, app_settings: AppSettings, plan_file: Path, monkeypatch: Any
) -> None:
    on_start_page(qtbot, lambda page: click(qtbot, page, "button_demo"))
    host.start()
    demo = demo_location(app_settings)
    assert demo.is_file() and host.windows[0].files.location == str(demo)
    assert host.windows[0].document.plan.pads()

    close_all(host.windows[0])
    on_start_page(qtbot, lambda page: click(qtbot, page, "button_new"))
    host.start()
    assert len(host.windows) == 1 and host.windows[0].files.location is None

    close_all(host.windows[0])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(plan_file), ""))
    on_start_page(qtbot, lambda page: click(qtbot, page, "button_open_file"))
    host.start()
    assert host.windows[0].files.location == str(plan_file)


def test_quit_on_the_start_page_ends_the_run_without_a_window(
    qtbot: Any, qapp: Any, app_settings: AppSettings
) -> None:
    on_start_page(qtbot, lambda page: click(qtbot, page, "button_quit"))
    assert main(["cosmoplan"], settings=app_settings) == 0
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_with_the_preference_the_last_plan_reopens_without_the_start_page(
    qtbot: Any, host: CosmoplanApp, app_settings: AppSettings, plan_file: Path
) -> None:
    app_settings.preferences.add_recent(str(plan_file))
    app_settings.preferences.reopen_last_plan = True
    host.start()  # no start page is answered: it must not show
    assert len(host.windows) == 1 and host.windows[0].files.location == str(plan_file)


def test_a_plan_reopens_on_its_last_map_view_and_timeline_zoom(
    qtbot: Any, host: CosmoplanApp, app_settings: AppSettings, plan_file: Path
) -> None:
    before = digest(plan_file)
    window = host.open_location(str(plan_file))
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    window.canvas.zoom_to_bounds((540_000.0, 5_080_000.0, 545_000.0, 5_083_000.0), 0.0)
    window.panels.timeline.set_x_range(20_000.0, 21_000.0)
    bounds = window.canvas.navigator.bounds()
    close_all(window)
    assert not host.windows
    assert digest(plan_file) == before  # the view is kept in the settings, not in the plan
    assert AppSettings(app_settings.folder).preferences.plan_views

    again = host.open_location(str(plan_file))
    assert isinstance(again, MainWindow)
    qtbot.waitExposed(again)
    restored = again.canvas.navigator.bounds()
    centre = ((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2)
    assert abs((restored[0] + restored[2]) / 2 - centre[0]) < 200
    assert abs((restored[1] + restored[3]) / 2 - centre[1]) < 200
    assert restored[2] - restored[0] < 8_000  # still zoomed in, not the whole plan
    x0, x1 = again.panels.timeline.x_range
    assert abs(x0 - 20_000.0) < 5 and abs(x1 - 21_000.0) < 5
