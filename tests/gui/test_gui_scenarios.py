"""Scenarios in the window: Plan > Scenarios > New opens the scenario in a window of its own
that always says so (title, badge, switcher); its edits use the same commands and undo and are
saved into the scenario, never into the plan; the switcher raises the other version's window;
closing the plan asks about the scenarios' unsaved edits; Save As carries the scenarios."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cosmoplan.domain import AllocationStatus, Kind, Ref
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.map.derived import PIECES
from cosmoplan.gui.scenarios.compare import CompareDialog, totals_texts
from cosmoplan.gui.scenarios.difference import LAYER_ID
from cosmoplan.planner.compare import compare
from cosmoplan.services import scenarios
from cosmoplan.services.allocation import allowed_statuses
from cosmoplan.services.project import Project
from tests.gui.conftest import visible_dialog
from tests.gui.test_gui_allocation_story import Planner

CTRL = Qt.KeyboardModifier.ControlModifier
NAME = "Site 31 out"


def new_scenario(window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> MainWindow:
    """Plan > Scenarios > New Scenario…, typing ``name``."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (name, True))
    before = list(window.host.windows)
    window.action_set["scenario.new"].trigger()
    (opened,) = [w for w in window.host.windows if w not in before]
    return opened


def cancellable(window: MainWindow) -> int:
    """An allocation of the window's plan that may be cancelled."""
    return next(
        a.id
        for a in window.document.plan.allocations()
        if AllocationStatus.CANCELLED in allowed_statuses(a.status)
    )


def combo_texts(window: MainWindow) -> list[str]:
    combo = window.scenarios.switcher.combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_new_scenario_opens_in_its_own_window_edited_and_saved_apart_from_the_plan(
    qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, snapshot: Any
) -> None:
    window, plan = main_window, main_window.document.plan
    before = snapshot(plan)
    assert window.scenarios.badge.text() == "Plan" and "Scenario" not in window.windowTitle()
    assert not window.action_set["scenario.compare"].isEnabled()  # no scenario yet

    scenario = new_scenario(window, monkeypatch, NAME)
    qtbot.waitExposed(scenario)
    assert scenario.windowTitle().startswith(f"{plan.info.name} — Scenario: {NAME}")
    assert scenario.scenarios.badge.text() == f"Scenario: {NAME}"
    assert scenario.scenarios.switcher.combo.currentText() == NAME
    assert combo_texts(window) == ["Plan", NAME] and combo_texts(scenario) == ["Plan", NAME]
    assert window.action_set["scenario.compare"].isEnabled()
    assert not scenario.action_set["file.save-as"].isEnabled()

    # The scenario's edits are commands with undo, in the scenario's window only.
    allocation_id = cancellable(scenario)
    scenario.selection.set([Ref(Kind.ALLOCATION, allocation_id)])
    scenario.action_set["allocation.cancel"].trigger()
    cancelled = scenario.document.plan.get(Kind.ALLOCATION, allocation_id)
    assert cancelled.status is AllocationStatus.CANCELLED  # type: ignore[union-attr]
    assert scenario.isWindowModified() and not window.isWindowModified()
    Planner(qtbot, scenario).keys(Qt.Key.Key_Z, CTRL)
    assert scenario.document.plan.get(Kind.ALLOCATION, allocation_id) == plan.get(
        Kind.ALLOCATION, allocation_id
    )
    Planner(qtbot, scenario).keys(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    Planner(qtbot, scenario).keys(Qt.Key.Key_S, CTRL)
    assert not scenario.isWindowModified()
    assert snapshot(plan) == before  # the plan saw nothing

    stored = scenarios.open_scenario(window.document.project, NAME)
    assert stored.plan.get(Kind.ALLOCATION, allocation_id) == cancelled
    stored.close()
    reopened = Project.open(window.document.project.location or "", read_only=True)
    assert reopened.plan.get(Kind.ALLOCATION, allocation_id) == plan.get(
        Kind.ALLOCATION, allocation_id
    )
    reopened.close()

    # The switcher raises the other version's window; nothing new opens.
    count = len(window.host.windows)
    combo = window.scenarios.switcher.combo
    combo.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Plan -> the scenario
    qtbot.waitUntil(scenario.isActiveWindow, timeout=2000)
    assert len(window.host.windows) == count
    assert combo.currentText() == "Plan"  # this window still shows the plan
    assert scenario.scenarios.switch_to(None) is window


def test_closing_the_plan_asks_about_a_scenarios_unsaved_edits_first(
    qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: Any
) -> None:
    window = main_window
    scenario = new_scenario(window, monkeypatch, NAME)
    scenario.selection.set([Ref(Kind.ALLOCATION, cancellable(scenario))])
    scenario.action_set["allocation.cancel"].trigger()

    asked = answer(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked.seen and asked.text == f'Scenario "{NAME}" has unsaved changes.'
    assert not window.is_closed and not scenario.is_closed and scenario.isWindowModified()

    asked = answer(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert asked.seen and scenario.is_closed and window.is_closed


def test_save_as_carries_the_scenarios_into_the_copy(
    qtbot: Any,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answer: Any,
) -> None:
    window = main_window
    scenario = new_scenario(window, monkeypatch, NAME)
    allocation_id = cancellable(scenario)
    scenario.selection.set([Ref(Kind.ALLOCATION, allocation_id)])
    scenario.action_set["allocation.cancel"].trigger()
    copy = tmp_path / "copy.cosmoplan"
    monkeypatch.setattr(window.files, "ask_save_location", lambda: str(copy))
    asked = answer(QMessageBox.StandardButton.Save)  # the scenario's edits go in too
    window.action_set["file.save-as"].trigger()
    assert asked.seen and scenario.is_closed
    assert window.document.project.location == str(copy)
    opened = Project.open(copy, read_only=True)
    assert [s.name for s in scenarios.listed(opened)] == [NAME]
    kept = scenarios.open_scenario(opened, NAME).plan.get(Kind.ALLOCATION, allocation_id)
    assert kept.status is AllocationStatus.CANCELLED  # type: ignore[union-attr]
    assert opened.plan.get(Kind.ALLOCATION, allocation_id).status is not kept.status  # type: ignore[union-attr]
    opened.close()
    assert combo_texts(window) == ["Plan", NAME]


def test_compare_lists_the_changes_shows_them_and_promotes_the_ticked_in_one_step(
    qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, snapshot: Any
) -> None:
    window, plan = main_window, main_window.document.plan
    before, steps = snapshot(plan), len(window.document.project.history.entries)
    scenario = new_scenario(window, monkeypatch, NAME)
    cancelled = cancellable(scenario)
    scenario.selection.set([Ref(Kind.ALLOCATION, cancelled)])
    scenario.action_set["allocation.cancel"].trigger()
    removed = next(a.id for a in scenario.document.plan.allocations() if a.id != cancelled)
    scenario.selection.set([Ref(Kind.ALLOCATION, removed)])
    scenario.action_set["allocation.delete"].trigger()

    window.action_set["scenario.compare"].trigger()
    dialog = visible_dialog(CompareDialog, "compare_dialog")
    assert isinstance(dialog, CompareDialog)
    assert (dialog.first.currentText(), dialog.second.currentText()) == ("Plan", NAME)
    rows = {row[0]: row for row in dialog.rows()}
    assert sorted(rows) == ["changed", "removed"]
    assert rows["changed"][3].endswith(", Cancelled") and rows["removed"][3] == ""
    found = compare(plan, scenario.document.plan, window.as_of.date)
    assert [dialog.totals.item(r, 1).text() for r in range(4)] == totals_texts(found.after)
    assert [dialog.totals.item(r, 0).text() for r in range(4)] == totals_texts(found.before)
    assert dialog.findings.topLevelItem(0).text(0) == f"Gained ({len(found.gained)})"
    pads = {plan.get(Kind.ALLOCATION, i).pad_id for i in (cancelled, removed)}  # type: ignore[union-attr]
    ringed = window.canvas.stack.get(LAYER_ID).features
    assert ringed and {i // PIECES for i in ringed} == pads
    assert not dialog.promote_chosen_button.isEnabled() and dialog.promote_all_button.isEnabled()

    # A row chosen selects its allocation in the plan's window (map and timeline).
    tree = dialog.changes
    row = next(i for i in range(2) if tree.topLevelItem(i).text(0) == "removed")
    item = tree.topLevelItem(row)
    Planner(qtbot).click(tree.viewport(), tree.visualItemRect(item).center())
    assert window.selection.refs == {Ref(Kind.ALLOCATION, removed)}
    assert window.panels.timeline.marks.selected == {removed}  # its bar is highlighted

    cell = tree.visualRect(tree.indexFromItem(item, 0))
    Planner(qtbot).click(tree.viewport(), QPoint(cell.left() + 10, cell.center().y()))  # tick
    assert item.checkState(0) == Qt.CheckState.Checked
    Planner(qtbot).click(dialog.promote_chosen_button)
    assert plan.find(Kind.ALLOCATION, removed) is None
    assert plan.get(Kind.ALLOCATION, cancelled).status is not AllocationStatus.CANCELLED  # type: ignore[union-attr]
    assert len(window.document.project.history.entries) == steps + 1
    assert [row[0] for row in dialog.rows()] == ["changed"]  # compared again

    Planner(qtbot).click(dialog.promote_all_button)
    assert plan.get(Kind.ALLOCATION, cancelled).status is AllocationStatus.CANCELLED  # type: ignore[union-attr]
    assert dialog.rows() == [] and "promoted to the plan: 1," in dialog.summary.text()
    Planner(qtbot, window).keys(Qt.Key.Key_Z, CTRL)
    Planner(qtbot, window).keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == before
    dialog.close()
    assert not window.canvas.stack.get(LAYER_ID).features


def test_switch_to_and_remove_from_the_plan_menu(
    qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: Any
) -> None:
    window = main_window
    scenario = new_scenario(window, monkeypatch, NAME)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Plan", True))
    scenario.action_set["scenario.switch"].trigger()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (NAME, True))
    window.action_set["scenario.switch"].trigger()
    qtbot.waitUntil(scenario.isActiveWindow, timeout=2000)

    asked = answer(QMessageBox.StandardButton.Yes)
    window.action_set["scenario.remove"].trigger()
    assert asked.seen and NAME in asked.text
    assert scenario.is_closed and window.host.windows == [window]
    assert combo_texts(window) == ["Plan"]
    assert scenarios.listed(window.document.project) == []
    assert not window.action_set["scenario.compare"].isEnabled()
    assert window.statusBar().currentMessage() == f'Removed scenario "{NAME}".'
