"""The window and other writers of its plan: what they save shows within a second, a clash
asks what to keep, a read-only, deleted or replaced file is said and Save goes to Save As."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cosmoplan.domain import Kind, Tenant
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.conflicts import ConflictDialog
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.commands import UpdateObject
from cosmoplan.services.project import Project
from cosmoplan.storage.conflicts import Choice

CTRL = Qt.KeyboardModifier.ControlModifier


def roscosmos(plan: Any) -> Tenant:
    (tenant,) = [t for t in plan.tenants() if t.name.startswith("Roscosmos")]
    return tenant


def elsewhere(path: Path, edit: Callable[[Project], None]) -> None:
    """Another planner opens the plan, edits it and saves."""
    other = Project.open(path)
    edit(other)
    other.save()
    other.close()


def when_dialog(act: Callable[[ConflictDialog], None]) -> list[ConflictDialog]:
    """Run ``act`` on the next conflict dialog (then it is answered)."""
    seen: list[ConflictDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConflictDialog):
            seen.append(dialog)
            act(dialog)
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_a_tenant_added_on_the_command_line_shows_in_the_window_within_a_second(
    qtbot: Any, main_window: MainWindow, plan_file: Path
) -> None:
    table = main_window.panels.tenancy.table(Kind.TENANT).model
    before = table.rowCount()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cosmoplan",
            "tenant",
            "add",
            str(plan_file),
            "--name",
            "Galactic Energy",
            "--country",
            "China",
        ],
        check=True,
        capture_output=True,
    )
    qtbot.waitUntil(lambda: table.rowCount() == before + 1, timeout=1000)
    assert "Galactic Energy" in {t.name for t in main_window.document.plan.tenants()}
    assert "saved elsewhere" in main_window.statusBar().currentMessage()
    assert not main_window.isWindowModified()
    assert not main_window.document.project.history.can_undo  # not the planner's own step


def test_a_clash_on_save_asks_per_field_and_keeps_what_was_chosen(
    qtbot: Any, main_window: MainWindow, plan_file: Path
) -> None:
    document = main_window.document
    mine = roscosmos(document.plan)
    document.execute(UpdateObject(replace(mine, name="Roscosmos (mine)", country="Россия")))

    def theirs(project: Project) -> None:
        tenant = roscosmos(project.plan)
        project.execute(UpdateObject(replace(tenant, name="Roscosmos (theirs)", country="RU")))

    elsewhere(plan_file, theirs)

    def choose(dialog: ConflictDialog) -> None:
        assert dialog.tree.topLevelItem(0).childCount() == 2  # name and country
        dialog.choose(0, "name", Choice.THEIRS)
        dialog.choose(0, "country", Choice.MINE)
        dialog.accept()

    seen = when_dialog(choose)
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL)
    assert seen, "the clash was asked about"
    assert not main_window.isWindowModified()
    stored = Project.open(plan_file, read_only=True)
    kept = stored.plan.get(Kind.TENANT, mine.id)
    stored.close()
    assert (kept.name, kept.country) == ("Roscosmos (theirs)", "Россия")  # type: ignore[attr-defined]
    assert roscosmos(document.plan).name == "Roscosmos (theirs)"


def test_cancelling_the_clash_saves_nothing_and_keeps_the_edit(
    qtbot: Any, main_window: MainWindow, plan_file: Path
) -> None:
    document = main_window.document
    mine = roscosmos(document.plan)
    document.execute(UpdateObject(replace(mine, name="Roscosmos (mine)")))
    elsewhere(
        plan_file,
        lambda p: p.execute(UpdateObject(replace(roscosmos(p.plan), name="Roscosmos (theirs)"))),
    )
    when_dialog(lambda dialog: dialog.reject())
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL)
    assert main_window.isWindowModified()
    assert roscosmos(document.plan).name == "Roscosmos (mine)"
    stored = Project.open(plan_file, read_only=True)
    assert roscosmos(stored.plan).name == "Roscosmos (theirs)"
    stored.close()


def test_a_deleted_plan_is_said_and_save_asks_for_a_new_place(
    qtbot: Any, main_window: MainWindow, plan_file: Path, tmp_path: Path
) -> None:
    main_window.document.execute(
        UpdateObject(replace(roscosmos(main_window.document.plan), name="Kept"))
    )
    plan_file.unlink()
    label = main_window.file_status.label
    qtbot.waitUntil(lambda: label.isVisible() and "deleted" in label.text(), timeout=1000)
    assert "(read-only)" in main_window.windowTitle()
    target = tmp_path / "kept.cosmoplan"
    main_window.files.ask_save_location = lambda: str(target)  # type: ignore[method-assign]
    qtbot.keyClick(main_window, Qt.Key.Key_S, CTRL)
    assert not plan_file.exists() and target.exists()
    assert not main_window.isWindowModified() and not label.isVisible()
    assert "(read-only)" not in main_window.windowTitle()


def test_a_read_only_plan_says_so_and_save_goes_to_save_as(
    qtbot: Any, plan_file: Path, app_settings: AppSettings, tmp_path: Path
) -> None:
    before = plan_file.read_bytes()
    window = create_main_window(Project.open(plan_file, read_only=True), app_settings)
    qtbot.waitExposed(window)
    try:
        assert "(read-only)" in window.windowTitle()
        assert "Read-only" in window.file_status.label.text()
        window.document.execute(UpdateObject(replace(roscosmos(window.document.plan), name="Copy")))
        asked: list[bool] = []
        window.files.ask_save_location = lambda: asked.append(True)  # type: ignore[method-assign, func-returns-value]
        window.action_set["file.save"].trigger()  # File > Save
        assert asked and plan_file.read_bytes() == before
    finally:
        window.files.confirm_close = lambda: True  # type: ignore[method-assign]
        window.close()
