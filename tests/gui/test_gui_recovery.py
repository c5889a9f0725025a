"""Autosave and recovery: a copy while there are unsaved changes, offered on the next start."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from cosmoplan.gui.app import CosmoplanApp
from cosmoplan.gui.autosave import RecoveryStore, key_for
from cosmoplan.gui.errors import ExceptHook
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.commands import UpdateObject
from cosmoplan.services.project import Project

Button = QMessageBox.StandardButton


def rename_45_1(window: MainWindow, name: str) -> None:
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    window.document.execute(UpdateObject(replace(pad, name=name)))


def test_autosave_writes_a_copy_only_when_there_are_changes(
    main_window: MainWindow, app_settings: AppSettings
) -> None:
    autosaver = main_window.files.autosaver
    assert autosaver.timer.interval() == 3 * 60_000  # the default: three minutes
    assert autosaver.save_if_dirty() is None
    rename_45_1(main_window, "Autosaved")
    path = autosaver.save_if_dirty()
    assert path is not None and path.is_file()
    assert path.parent == app_settings.recovery_folder
    recovered = Project.open(path)
    try:
        assert recovered.plan.pad_by_code("45/1").name == "Autosaved"
    finally:
        recovered.close()


def test_the_timer_writes_a_snapshot_in_the_background(qtbot: Any, main_window: MainWindow) -> None:
    autosaver = main_window.files.autosaver
    assert not autosaver.save_in_background()  # nothing to recover yet
    rename_45_1(main_window, "In the background")
    assert autosaver.save_in_background()
    rename_45_1(main_window, "Edited while writing")  # the snapshot is not affected
    qtbot.waitUntil(lambda: not autosaver.busy, timeout=10_000)
    (pending,) = autosaver.store.pending()
    copy = Project.open(pending.path)
    try:
        assert copy.plan.pad_by_code("45/1").name == "In the background"
    finally:
        copy.close()


def test_a_background_copy_finishing_after_a_save_is_removed(
    qtbot: Any, main_window: MainWindow
) -> None:
    autosaver = main_window.files.autosaver
    rename_45_1(main_window, "Soon saved")
    assert autosaver.save_in_background()
    assert main_window.files.save()
    qtbot.waitUntil(lambda: not autosaver.busy, timeout=10_000)
    assert autosaver.store.pending() == []


def test_saving_removes_the_recovery_copy(main_window: MainWindow) -> None:
    rename_45_1(main_window, "Autosaved")
    path = main_window.files.autosaver.save_if_dirty()
    assert path is not None
    main_window.files.save()
    assert not path.exists()
    assert main_window.files.autosaver.store.pending() == []


@pytest.mark.qt_no_exception_capture
def test_a_crash_writes_recovery_copies_and_shows_the_error(
    qtbot: Any, main_window: MainWindow, answer: Any
) -> None:
    rename_45_1(main_window, "Before the crash")
    host = main_window.host
    hook = ExceptHook(on_crash=host.write_recovery_copies, parent=host.active_window)
    button = QPushButton("crash", main_window)
    button.clicked.connect(lambda: 1 / 0)  # a bug in a slot
    reply = answer(Button.Ok)
    hook.install()
    try:
        button.click()
    finally:
        hook.uninstall()
    assert reply.seen and reply.name == "error_dialog"
    assert "ZeroDivisionError" in reply.text
    assert "Traceback" in reply.details
    (pending,) = main_window.files.autosaver.store.pending()
    saved = Project.open(pending.path)
    try:
        assert saved.plan.pad_by_code("45/1").name == "Before the crash"
    finally:
        saved.close()


def test_next_start_offers_recovery_and_recovers_as_unsaved(
    qtbot: Any, plan_file: Path, app_settings: AppSettings, answer: Any
) -> None:
    # what an earlier session left behind when it died with unsaved changes
    earlier = Project.open(plan_file)
    earlier.plan.replace(replace(earlier.plan.pad_by_code("45/1"), name="Recover me"))
    assert earlier.store is not None
    RecoveryStore(app_settings.recovery_folder).write(
        key_for(str(plan_file)),
        earlier.plan,
        str(plan_file),
        (earlier.store.identity, earlier.store.revision),
    )
    earlier.close()

    host = CosmoplanApp(app_settings)
    (pending,) = host.recovery.pending()
    assert pending.plan_location == str(plan_file)
    reply = answer(Button.Yes)
    (recovered,) = host.offer_recovery()
    try:
        assert reply.seen and reply.name == "recover_prompt"
        assert recovered.document.plan.pad_by_code("45/1").name == "Recover me"
        assert recovered.isWindowModified()
        assert recovered.files.location == str(plan_file)
        assert recovered.files.save()  # goes to the original plan, no questions
        reopened = Project.open(plan_file)
        try:
            assert reopened.plan.pad_by_code("45/1").name == "Recover me"
        finally:
            reopened.close()
        assert host.recovery.pending() == []
        assert not recovered.isWindowModified()
    finally:
        recovered.close()


def test_a_copy_older_than_its_plan_is_not_offered(tmp_path: Path, plan: Any) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    plan_path = tmp_path / "plan.cosmoplan"
    Project.create(plan_path, plan).close()
    key = key_for(str(plan_path))
    copy = store.write(key, plan, str(plan_path))
    os.utime(copy, (1, 1))  # the plan was saved after the copy was written
    assert store.pending() == []
    untitled_key = key_for(None)
    untitled = store.write(untitled_key, plan, None)
    assert [r.path for r in store.pending()] == [untitled]
    store.remove(untitled_key)
    assert store.pending() == []


def recover_copy_of(
    plan_file: Path, app_settings: AppSettings, answer: Any, *, edit_after: bool = False
) -> MainWindow:
    """Leave a recovery copy of ``plan_file`` (opened by a relative path), then recover it."""
    os.chdir(plan_file.parent)
    earlier = Project.open(plan_file.name)  # relative, as the command line gives it
    earlier.plan.replace(replace(earlier.plan.pad_by_code("45/1"), name="Recover me"))
    assert earlier.store is not None
    identity = (earlier.store.identity, earlier.store.revision)
    RecoveryStore(app_settings.recovery_folder).write(
        key_for(plan_file.name), earlier.plan, plan_file.name, identity
    )
    earlier.close()
    if edit_after:  # someone saves the plan after the copy was made
        other = Project.open(plan_file)
        pad = other.plan.pad_by_code("45/2")
        assert pad is not None
        other.execute(UpdateObject(replace(pad, name="Saved meanwhile")))
        other.save()
        other.close()
    host = CosmoplanApp(app_settings)
    (pending,) = host.recovery.pending()
    assert pending.plan_location == str(plan_file.absolute())  # not the relative name
    answer(Button.Yes)
    (recovered,) = host.offer_recovery()
    return recovered


def test_a_recovered_copy_never_writes_over_another_plan_of_the_same_name(
    plan_file: Path, app_settings: AppSettings, answer: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    recovered = recover_copy_of(plan_file, app_settings, answer)
    try:
        other_folder = tmp_path / "elsewhere"
        other_folder.mkdir()
        monkeypatch.chdir(other_folder)  # restored from another folder…
        Project.create(other_folder / plan_file.name, Project.new().plan).close()
        plan_file.unlink()
        Project.create(plan_file, Project.new().plan).close()  # …and another plan took its name
        before = plan_file.read_bytes()
        target = tmp_path / "recovered.cosmoplan"
        recovered.files.ask_save_location = lambda: str(target)  # type: ignore[method-assign]
        told = answer(Button.Ok)
        assert recovered.files.save()
        assert told.seen and told.name == "recovered_elsewhere"
        assert str(plan_file.absolute()) in told.text and "another plan" in told.text
        assert plan_file.read_bytes() == before
        saved = Project.open(target, read_only=True)
        assert saved.plan.pad_by_code("45/1").name == "Recover me"  # type: ignore[union-attr]
        saved.close()
    finally:
        recovered.close()


def test_a_recovered_copy_of_a_plan_saved_since_asks_where_to_go(
    plan_file: Path, app_settings: AppSettings, answer: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    recovered = recover_copy_of(plan_file, app_settings, answer, edit_after=True)
    try:
        target = tmp_path / "recovered.cosmoplan"
        recovered.files.ask_save_location = lambda: str(target)  # type: ignore[method-assign]
        told = answer(Button.Ok)
        assert recovered.files.save()
        assert told.seen and "saved by someone else" in told.text
        kept = Project.open(plan_file, read_only=True)
        assert kept.plan.pad_by_code("45/2").name == "Saved meanwhile"  # type: ignore[union-attr]
        kept.close()
    finally:
        recovered.close()


def test_stale_leftovers_in_the_recovery_folder_are_removed_at_start(
    app_settings: AppSettings, plan: Any
) -> None:
    store = RecoveryStore(app_settings.recovery_folder)
    kept = store.write("plan-keep", plan, None)
    orphan = store.path("plan-orphan")
    Project.create(orphan, plan).close()  # killed before its side file was written
    os.utime(orphan, (1, 1))
    temporary = store.folder / f".{kept.name}.999999-0badc0de.tmp"  # of a dead writer
    temporary.write_bytes(b"")
    os.utime(temporary, (1, 1))
    store.clean()
    assert kept.exists() and not orphan.exists() and not temporary.exists()
