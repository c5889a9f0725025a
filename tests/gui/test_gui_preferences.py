"""Edit > Preferences…: what a planner changes there is saved, and applies where it can at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
)

from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.preferences import DIALOG_NAME, PreferencesDialog
from cosmoplan.gui.settings import PREFERENCES_FILE, AppSettings, Preferences
from tests.gui.conftest import ModalAnswer, visible_dialog

Button = QDialogButtonBox.StandardButton
Answer = Callable[[QMessageBox.StandardButton], ModalAnswer]


def open_dialog(qtbot: Any, window: MainWindow) -> PreferencesDialog:
    """Edit > Preferences…, from the Edit menu; the dialog becomes the active window."""
    edit_menu = window.menus["edit"]
    entry = next(a for a in edit_menu.actions() if a.text().replace("&", "") == "Preferences…")
    entry.trigger()
    dialog = visible_dialog(PreferencesDialog, DIALOG_NAME)
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.isModal() and dialog.windowModality() == Qt.WindowModality.ApplicationModal
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def retype(qtbot: Any, field: Any, text: str) -> None:
    """Select what the field holds and type ``text`` over it."""
    field.setFocus()
    if isinstance(field, QAbstractSpinBox):
        field.selectAll()
    else:
        field.clear()
    qtbot.keyClicks(field, text)


def choose(qtbot: Any, combo: Any, text: str) -> None:
    """Pick the entry of ``combo`` called ``text`` with the keyboard."""
    combo.setFocus()
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


def click(qtbot: Any, dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def saved(settings: AppSettings) -> dict[str, Any]:
    return json.loads((settings.folder / PREFERENCES_FILE).read_text(encoding="utf-8"))


def test_ok_saves_the_typed_values_and_applies_autosave_and_recent_files_at_once(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings, tmp_path: Path
) -> None:
    for number in range(6):
        app_settings.preferences.add_recent(f"/plans/{number}.cosmoplan")
    layers_before = dict(app_settings.preferences.map_layers)
    dialog = open_dialog(qtbot, main_window)
    assert dialog.autosave_spin.text() == "3 min"
    choose(qtbot, dialog.language_combo, "Русский")
    retype(qtbot, dialog.recent_spin, "3")
    retype(qtbot, dialog.autosave_spin, "10")
    retype(qtbot, dialog.folder_edit, str(tmp_path / "rescue"))
    retype(qtbot, dialog.author_edit, "  A. Planner ")
    choose(qtbot, dialog.paper_combo, "US Letter (8.5 × 11 in)")
    click(qtbot, dialog, Button.Ok)

    assert not dialog.isVisible()
    data = saved(app_settings)
    assert data["language"] == "ru"
    assert data["max_recent_files"] == 3
    assert data["autosave_minutes"] == 10.0
    assert data["recovery_folder"] == str(tmp_path / "rescue")
    assert data["report_author"] == "A. Planner"
    assert data["report_paper"] == "letter"
    assert data["recent_files"] == [f"/plans/{n}.cosmoplan" for n in (5, 4, 3)]
    assert data["map_layers"] == layers_before
    assert asdict(app_settings.preferences) == data
    timer = main_window.files.autosaver.timer
    assert timer.isActive() and timer.interval() == 10 * 60_000
    recent = main_window.findChild(QMenu, "menu_recent")
    recent.aboutToShow.emit()
    assert [a.toolTip() for a in recent.actions()[:3]] == data["recent_files"]
    assert AppSettings(app_settings.folder).preferences == app_settings.preferences


def test_turning_autosave_off_stops_it_in_every_open_window(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    other = main_window.host.new_plan()
    assert other is not main_window and other.files.autosaver.timer.isActive()
    dialog = open_dialog(qtbot, main_window)
    retype(qtbot, dialog.autosave_spin, "0")
    qtbot.keyClick(dialog.autosave_spin, Qt.Key.Key_Tab)
    assert dialog.autosave_spin.text() == "Off"
    click(qtbot, dialog, Button.Ok)
    assert saved(app_settings)["autosave_minutes"] == 0.0
    assert not main_window.files.autosaver.timer.isActive()
    assert not other.files.autosaver.timer.isActive()
    dialog = open_dialog(qtbot, other)  # and on again, from the other window
    retype(qtbot, dialog.autosave_spin, "1")
    click(qtbot, dialog, Button.Ok)
    for window in (main_window, other):
        timer = window.files.autosaver.timer
        assert timer.isActive() and timer.interval() == 60_000


def test_cancel_changes_nothing(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    before = asdict(app_settings.preferences)
    on_disk = saved(app_settings)  # opening the plan put it in the recent files
    dialog = open_dialog(qtbot, main_window)
    choose(qtbot, dialog.language_combo, "Қазақша")
    retype(qtbot, dialog.autosave_spin, "45")
    retype(qtbot, dialog.recent_spin, "1")
    retype(qtbot, dialog.author_edit, "Somebody")
    click(qtbot, dialog, Button.Cancel)
    assert not dialog.isVisible()
    assert asdict(app_settings.preferences) == before
    assert saved(app_settings) == on_disk
    assert main_window.files.autosaver.timer.interval() == 3 * 60_000


def test_a_settings_folder_that_cannot_be_written_shows_the_error_and_keeps_the_old_values(
    qtbot: Any,
    main_window: MainWindow,
    app_settings: AppSettings,
    tmp_path: Path,
    answer: Answer,
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    writable, app_settings.folder = app_settings.folder, blocker / "config"
    before = asdict(app_settings.preferences)
    dialog = open_dialog(qtbot, main_window)
    retype(qtbot, dialog.autosave_spin, "20")
    retype(qtbot, dialog.author_edit, "A. Planner")
    seen = answer(QMessageBox.StandardButton.Ok)
    click(qtbot, dialog, Button.Ok)

    assert seen.name == "error_dialog"
    assert "could not be used" in seen.text and "blocker" in seen.text
    assert asdict(app_settings.preferences) == before
    assert main_window.files.autosaver.timer.interval() == 3 * 60_000
    assert dialog.isVisible(), "the typed values stay in the dialog for another try"
    assert dialog.author_edit.text() == "A. Planner"
    click(qtbot, dialog, Button.Cancel)
    assert asdict(app_settings.preferences) == before
    main_window.close()  # it cannot remember its layout there, and closes all the same
    assert not main_window.isVisible()
    app_settings.folder = writable


def test_restore_defaults_fills_the_defaults_and_ok_saves_them(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings, tmp_path: Path
) -> None:
    chosen = app_settings.preferences
    chosen.language, chosen.max_recent_files, chosen.autosave_minutes = "kk", 4, 7.0
    chosen.recovery_folder, chosen.report_author = str(tmp_path / "rescue"), "A. Planner"
    chosen.report_paper = "letter"
    chosen.add_recent("/plans/kept.cosmoplan")
    recent = list(chosen.recent_files)
    dialog = open_dialog(qtbot, main_window)
    assert dialog.language_combo.currentText() == "Қазақша"
    assert (dialog.recent_spin.value(), dialog.autosave_spin.value()) == (4, 7)
    assert dialog.folder_edit.text() == str(tmp_path / "rescue")
    assert dialog.author_edit.text() == "A. Planner"
    assert dialog.paper_combo.currentData() == "letter"

    click(qtbot, dialog, Button.RestoreDefaults)
    defaults = Preferences()
    assert dialog.language_combo.currentData() == defaults.language
    assert dialog.recent_spin.value() == defaults.max_recent_files
    assert dialog.autosave_spin.value() == defaults.autosave_minutes
    assert dialog.folder_edit.text() == ""
    assert dialog.folder_edit.placeholderText() == str(app_settings.default_recovery_folder)
    assert dialog.author_edit.text() == ""
    assert dialog.paper_combo.currentData() == defaults.report_paper
    assert app_settings.preferences.language == "kk", "nothing is saved before OK"

    click(qtbot, dialog, Button.Ok)
    data = saved(app_settings)
    expected = asdict(defaults) | {"recent_files": recent}
    assert data == expected
    assert main_window.files.autosaver.timer.interval() == 3 * 60_000


def test_values_the_fields_cannot_show_are_kept_unless_changed(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    preferences = app_settings.preferences
    preferences.language, preferences.autosave_minutes, preferences.max_recent_files = (
        "de",
        0.5,
        50,
    )
    dialog = open_dialog(qtbot, main_window)
    assert dialog.language_combo.currentText() == "Deutsch"
    assert dialog.autosave_spin.text() == "1 min" and dialog.recent_spin.value() == 30
    retype(qtbot, dialog.author_edit, "A. Planner")
    click(qtbot, dialog, Button.Ok)
    data = saved(app_settings)
    assert (data["language"], data["autosave_minutes"], data["max_recent_files"]) == (
        "de",
        0.5,
        50,
    )
    assert data["report_author"] == "A. Planner"


def test_the_recovery_folder_must_be_a_full_path_to_a_folder(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    dialog = open_dialog(qtbot, main_window)
    ok = dialog.buttons.button(Button.Ok)
    retype(qtbot, dialog.folder_edit, "relative/rescue")
    assert not ok.isEnabled()
    assert dialog.folder_error.isVisibleTo(dialog)
    assert "full path" in dialog.folder_error.text()
    a_file = tmp_path / "plan.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    retype(qtbot, dialog.folder_edit, str(a_file))
    assert not ok.isEnabled() and "not a folder" in dialog.folder_error.text()

    asked: list[str] = []

    def pick_folder(_parent: Any, _title: str, start: str) -> str:
        asked.append(start)
        return str(tmp_path / "rescue")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick_folder)
    browse = dialog.findChild(QPushButton, "button_browse_recovery")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert asked == [str(a_file)]
    assert dialog.folder_edit.text() == str(tmp_path / "rescue")
    assert ok.isEnabled() and not dialog.folder_error.isVisibleTo(dialog)
    dialog.folder_edit.clear()  # empty: the default folder
    assert ok.isEnabled()
    click(qtbot, dialog, Button.Cancel)


def test_reopening_the_last_plan_is_a_preference_kept_on_ok(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    dialog = open_dialog(qtbot, main_window)
    assert not dialog.reopen_check.isChecked()
    qtbot.mouseClick(dialog.reopen_check, Qt.MouseButton.LeftButton)
    click(qtbot, dialog, Button.Ok)
    assert saved(app_settings)["reopen_last_plan"] is True
    assert AppSettings(app_settings.folder).preferences.reopen_last_plan
