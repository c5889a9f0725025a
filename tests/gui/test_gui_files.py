"""Files: Save, Save As, "Save changes?", second windows, recent plans, layout memory."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cosmoplan.domain import Kind
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.commands import UpdateObject
from cosmoplan.services.project import Project

Button = QMessageBox.StandardButton


def rename_pad(window: MainWindow, code: str, name: str) -> None:
    pad = window.document.plan.pad_by_code(code)
    assert pad is not None
    window.document.execute(UpdateObject(replace(pad, name=name)))


def test_title_shows_the_plan_name_and_the_unsaved_mark(main_window: MainWindow) -> None:
    name = main_window.document.plan.info.name
    assert main_window.windowTitle() == f"{name}[*] — cosmoplan"
    assert not main_window.isWindowModified()
    rename_pad(main_window, "45/1", "Changed")
    assert main_window.isWindowModified()
    main_window.document.undo()
    assert not main_window.isWindowModified()


def test_ctrl_s_saves_incrementally_and_marks_clean(
    qtbot: Any, main_window: MainWindow, plan_file: Path, snapshot: Any
) -> None:
    rename_pad(main_window, "45/1", "Nazarbayev Start")
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isWindowModified()
    assert not main_window.document.project.has_unsaved_changes
    reopened = Project.open(plan_file)
    try:
        assert snapshot(reopened.plan) == snapshot(main_window.document.plan)
    finally:
        reopened.close()
    assert str(plan_file) in main_window.settings.preferences.recent_files


def test_closing_with_edits_asks_and_cancel_keeps_the_window(
    qtbot: Any, main_window: MainWindow, answer: Any
) -> None:
    rename_pad(main_window, "45/1", "Unsaved")
    reply = answer(Button.Cancel)
    assert not main_window.close()
    assert reply.seen and reply.name == "save_changes_prompt"
    assert main_window.isVisible()
    assert main_window in main_window.host.windows


def test_closing_with_edits_and_discarding_loses_them_on_purpose(
    qtbot: Any, main_window: MainWindow, answer: Any, plan_file: Path
) -> None:
    host = main_window.host
    rename_pad(main_window, "45/1", "Unsaved")
    reply = answer(Button.Discard)
    assert main_window.close()
    assert reply.seen
    assert host.windows == []
    reopened = Project.open(plan_file)
    try:
        assert reopened.plan.pad_by_code("45/1").name != "Unsaved"
    finally:
        reopened.close()


def test_closing_with_edits_and_saving_writes_them(
    qtbot: Any, main_window: MainWindow, answer: Any, plan_file: Path
) -> None:
    rename_pad(main_window, "45/1", "Saved on close")
    reply = answer(Button.Save)
    assert main_window.close()
    assert reply.seen
    reopened = Project.open(plan_file)
    try:
        assert reopened.plan.pad_by_code("45/1").name == "Saved on close"
    finally:
        reopened.close()


def test_no_prompt_after_undoing_back_to_the_saved_state(
    qtbot: Any, main_window: MainWindow, answer: Any
) -> None:
    rename_pad(main_window, "45/1", "One")
    rename_pad(main_window, "45/1", "Two")
    for _ in range(2):
        qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    reply = answer(Button.Cancel)
    assert main_window.close()
    assert not reply.seen


def test_save_as_writes_the_whole_plan_elsewhere(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: Any, snapshot: Any
) -> None:
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    rename_pad(main_window, "31/6", "Renamed before Save As")
    main_window.action_set["file.save-as"].trigger()
    saved = target.with_suffix(".cosmoplan")
    assert main_window.document.project.location is not None
    assert Path(main_window.document.project.location) == saved
    assert not main_window.isWindowModified()
    reopened = Project.open(saved)
    try:
        assert snapshot(reopened.plan) == snapshot(main_window.document.plan)
    finally:
        reopened.close()


def test_opening_another_plan_with_edits_opens_a_second_window(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, plan: Any
) -> None:
    other = tmp_path / "other.cosmoplan"
    Project.create(other, plan).close()
    rename_pad(main_window, "45/1", "Keep me")
    host = main_window.host
    second = host.open_location(str(other), main_window)
    assert second is not None and second is not main_window
    assert host.windows == [main_window, second]
    assert main_window.document.plan.pad_by_code("45/1").name == "Keep me"
    assert host.open_location(str(other), main_window) is second  # already open


def test_opening_another_plan_from_a_clean_window_replaces_it(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, plan: Any
) -> None:
    other = tmp_path / "other.cosmoplan"
    Project.create(other, plan).close()
    host = main_window.host
    second = host.open_location(str(other), main_window)
    assert host.windows == [second]


def test_opening_a_broken_file_shows_an_error_dialog(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, answer: Any
) -> None:
    broken = tmp_path / "broken.cosmoplan"
    broken.write_text("this is not a plan")
    reply = answer(Button.Ok)
    assert main_window.host.open_location(str(broken), main_window) is None
    assert reply.seen and reply.name == "error_dialog"
    assert "broken.cosmoplan" in reply.text
    assert "Traceback" in reply.details
    assert main_window.host.windows == [main_window]


def test_new_plan_from_a_clean_window(qtbot: Any, main_window: MainWindow) -> None:
    host = main_window.host
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (window,) = host.windows
    assert window is not main_window
    assert window.document.plan.counts()[Kind.PAD] == 0
    assert not window.isWindowModified()


def test_dock_layout_is_remembered_in_the_test_settings(
    qtbot: Any, plan_file: Path, app_settings: AppSettings
) -> None:
    from cosmoplan.gui.app import create_main_window

    window = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(window)
    window.panels.docks["history"].hide()
    window.close()
    layout_file = Path(app_settings.layout.fileName())
    assert layout_file.is_relative_to(app_settings.folder)
    again = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(again)
    try:
        assert not again.panels.docks["history"].isVisible()
        assert again.panels.docks["tables"].isVisible()
        again.action_set["view.reset-layout"].trigger()
        assert again.panels.docks["history"].isVisible()
    finally:
        again.close()
