"""The optimiser and the explanations in the window: Plan > Optimise… runs on the task runner
with its progress and Cancel, says the gap in words, applies as one undoable step and refuses a
result the plan has moved on from; "Why not?" from the Allocate dialog and from the Requests
table gives the reasons and the ways out."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from cosmoplan.domain import AllocationStatus, Kind, PlanInfo, Ref, RequestStatus
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.guide import GuideViewer
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.planner.optimise_dialog import OptimiseDialog
from cosmoplan.gui.planner.why_not import WhyNotDialog
from cosmoplan.gui.scenarios.compare import CompareDialog
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.commands import AddObjects, SetPlanInfo
from cosmoplan.services.project import Project
from tests.gui.conftest import close_all, visible_dialog
from tests.gui.test_gui_allocation_story import Planner
from tests.gui.test_gui_requests import sl1_request
from tests.planner_instances import add_request, site

CTRL = Qt.KeyboardModifier.ControlModifier
NAME = "HyImpulse Technologies SL1, 60 days in 2028–2029 on SEZ-1"


def open_optimiser(window: MainWindow) -> OptimiseDialog:
    window.action_set["plan.optimise"].trigger()
    dialog = visible_dialog(OptimiseDialog, "optimise_dialog")
    assert isinstance(dialog, OptimiseDialog)
    return dialog


def run(qtbot: Any, dialog: OptimiseDialog, timeout_ms: int = 60_000) -> None:
    Planner(qtbot).click(dialog.run_button)
    assert dialog.running and not dialog.run_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=timeout_ms)


def test_the_optimiser_places_the_request_and_apply_is_one_undo_step(
    qtbot: Any, main_window: MainWindow, snapshot: Any
) -> None:
    window, plan = main_window, main_window.document.plan
    window.document.execute(AddObjects([sl1_request(plan)]))
    before, steps = snapshot(plan), len(window.document.project.history.entries)
    dialog = open_optimiser(window)
    assert [dialog.requests.item(0).text()] == [NAME]
    assert not dialog.apply_button.isEnabled()
    run(qtbot, dialog)
    assert dialog.verdict.text() == "The best possible placement (proven)."
    (served,) = dialog.rows(0)
    assert served[:2] == [NAME, "SEZ-1"]
    assert date.fromisoformat(served[2]) >= date(2028, 1, 1)
    assert date.fromisoformat(served[3]) <= date(2029, 12, 31)
    assert dialog.rows(1) == []  # nobody left unserved
    Planner(qtbot).click(dialog.apply_button)
    (request,) = plan.requests()
    assert request.status is RequestStatus.PLANNED
    (placed,) = [a for a in plan.allocations() if "optimiser" in a.notes]
    assert (placed.status, plan.get(Kind.PAD, placed.pad_id).code) == (
        AllocationStatus.PROPOSED,
        "SEZ-1",
    )
    assert (placed.start.isoformat(), placed.end.isoformat()) == tuple(served[2:])
    assert len(window.document.project.history.entries) == steps + 1
    assert not dialog.apply_button.isEnabled() and "Undo" in dialog.verdict.text()
    assert dialog.requests.count() == 1  # still pending (planned), still offered
    dialog.close()
    Planner(qtbot, window).keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == before


def test_a_result_the_plan_moved_on_from_is_not_applied(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, plan = main_window, main_window.document.plan
    window.document.execute(AddObjects([sl1_request(plan)]))
    dialog = open_optimiser(window)
    run(qtbot, dialog)
    assert dialog.apply_button.isEnabled()
    window.document.execute(SetPlanInfo(PlanInfo("Renamed", plan.info.description)))
    assert not dialog.apply_button.isEnabled()
    assert "changed" in dialog.verdict.text()
    assert not dialog.apply()
    assert not any("optimiser" in a.notes for a in plan.allocations())
    dialog.close()


def test_only_the_ticked_requests_are_placed(qtbot: Any, main_window: MainWindow) -> None:
    window, plan = main_window, main_window.document.plan
    window.document.execute(AddObjects([sl1_request(plan)]))
    dialog = open_optimiser(window)
    dialog.requests.item(0).setCheckState(Qt.CheckState.Unchecked)  # the tick box, unticked
    Planner(qtbot).click(dialog.run_button)
    assert not dialog.running and "Tick at least one" in dialog.verdict.text()
    dialog.close()


def hard_window(tmp_path: Path, settings: AppSettings) -> MainWindow:
    """Twelve close pads and eighty requests competing for them: the search finds its
    solutions seconds apart and proves nothing for a long while."""
    plan = site(12, 300.0)
    for n in range(80):
        add_request(plan, 1 + n % 2, (n * 7) % 60, 50 + n % 30, 20 + n % 17, priority=1 + n % 5)
    path = tmp_path / "hard.cosmoplan"
    Project.create(path, plan).close()
    return create_main_window(Project.open(path), settings)


def test_cancel_keeps_the_best_so_far_and_the_window_answers_meanwhile(
    qtbot: Any, tmp_path: Path, app_settings: AppSettings
) -> None:
    window = hard_window(tmp_path, app_settings)
    try:
        qtbot.waitExposed(window)
        dialog = open_optimiser(window)
        dialog.time_limit.setValue(120)
        Planner(qtbot).click(dialog.run_button)
        assert dialog.cancel_button.isEnabled() and dialog.progress_bar.isVisible()
        qtbot.waitUntil(lambda: "Best so far" in dialog.progress_label.text(), timeout=30_000)
        assert "gap" in dialog.progress_label.text()
        window.panels.docks["requests"].raise_()  # the window still answers while it searches
        assert window.panels.requests.table(Kind.REQUEST).model.rowCount() == 80
        Planner(qtbot).click(dialog.cancel_button)
        qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)  # not the 120 s asked
        verdict = dialog.verdict.text()
        assert verdict.startswith("Stopped: Within ") and "% of the best possible" in verdict
        assert "optimal" not in verdict.lower() and "proven" not in verdict.lower()
        assert dialog.rows(0) and dialog.rows(1)  # some served, some not
        assert dialog.run_button.isEnabled() and dialog.apply_button.isEnabled()
        dialog.close()
    finally:
        close_all(window)


def answered(qtbot: Any, why: WhyNotDialog) -> None:
    qtbot.waitUntil(lambda: not why.running, timeout=30_000)


def test_why_not_from_the_allocate_dialog_gives_the_reasons_and_the_ways_out(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, plan = main_window, main_window.document.plan
    vehicle, pad = plan.vehicle_by_name("SL1"), plan.pad_by_code("45/1")
    assert vehicle is not None and pad is not None
    dialog = window.workflow.allocate(vehicle.tenant_id, vehicle.id, pad.id)
    dialog.set_period(date(2028, 1, 1), date(2029, 12, 31))
    button = dialog.findChild(QPushButton, "button_allocation_why_not")
    Planner(qtbot).click(button)
    why = visible_dialog(WhyNotDialog, "why_not_dialog")
    assert isinstance(why, WhyNotDialog)
    assert why.question.text() == (
        "Why can't HyImpulse Technologies have pad 45/1 from 2028-01-01 to 2029-12-31?"
    )
    answered(qtbot, why)
    (reason,) = why.texts(why.reasons)  # each fixed fact alone blocks: the smallest set is one
    assert "Baiterek JV" in reason or "propellant" in reason.lower()
    assert why.status.text() == "One reason blocks it:"
    why.pad.setCurrentIndex(why.pad.findText("SEZ-1"))  # ask about another pad
    assert why.running
    answered(qtbot, why)
    assert any("2038-01-01" in way for way in why.texts(why.ways))  # its earliest period
    why.close()
    dialog.reject()


def test_why_not_from_the_requests_table(qtbot: Any, main_window: MainWindow) -> None:
    window, plan = main_window, main_window.document.plan
    window.document.execute(AddObjects([sl1_request(plan)]))
    action = window.action_set["request.why-not"]
    assert not action.isEnabled()  # nothing selected
    (request,) = plan.requests()
    window.selection.set([Ref(Kind.REQUEST, request.id)])
    window.panels.docks["requests"].raise_()
    Planner(qtbot, window).button(window.panels.requests, "request.why-not")
    why = visible_dialog(WhyNotDialog, "why_not_dialog")
    assert isinstance(why, WhyNotDialog) and why.pad.currentText() == "SEZ-1"
    answered(qtbot, why)
    assert "may still move" in why.status.text()  # HyImpulse's own proposal can step aside
    assert why.texts(why.reasons)  # what stands in the way, said
    assert any("could move" in way for way in why.texts(why.ways))
    why.close()


def test_f1_in_the_optimiser_opens_its_page(qtbot: Any, main_window: MainWindow) -> None:
    dialog = open_optimiser(main_window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
    viewer = visible_dialog(GuideViewer, "guide_viewer")
    assert isinstance(viewer, GuideViewer) and viewer.topic == "scenarios"
    viewer.close()
    dialog.close()


def test_a_request_not_served_is_asked_why_from_its_row(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, plan = main_window, main_window.document.plan
    pad = plan.pad_by_code("45/1")  # SL1's propellant is not handled there
    assert pad is not None
    window.document.execute(AddObjects([sl1_request(plan, pad_ids=(pad.id,))]))
    dialog = open_optimiser(window)
    run(qtbot, dialog)
    assert dialog.rows(0) == []
    assert dialog.rows(1) == [[NAME.replace("SEZ-1", "45/1"), "", "", ""]]
    top = dialog.outcome.topLevelItem(1)
    assert top is not None and top.child(0) is not None
    row = dialog.outcome.visualItemRect(top.child(0)).center()
    viewport = dialog.outcome.viewport()
    Planner(qtbot).click(viewport, row)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=row)
    why = visible_dialog(WhyNotDialog, "why_not_dialog")
    assert isinstance(why, WhyNotDialog) and why.pad.currentText() == "45/1"
    answered(qtbot, why)
    assert why.explanation is not None and why.explanation.blocked
    assert any("allocation" in line for line in why.texts(why.reasons))
    why.close()
    dialog.close()


def test_the_result_saved_as_a_scenario_is_compared_and_promoted(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, plan = main_window, main_window.document.plan
    window.document.execute(AddObjects([sl1_request(plan)]))
    Planner(qtbot, window).keys(Qt.Key.Key_S, CTRL)  # a scenario copies what the file holds
    dialog = open_optimiser(window)
    run(qtbot, dialog)
    assert not dialog.scenario_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.scenario_name, "SL1 on SEZ-1")
    assert dialog.scenario_button.isEnabled()
    Planner(qtbot).click(dialog.scenario_button)
    assert 'Saved as scenario "SL1 on SEZ-1"' in dialog.verdict.text()
    assert not any("optimiser" in a.notes for a in plan.allocations())  # the plan is as it was
    assert not window.isWindowModified()

    compared = visible_dialog(CompareDialog, "compare_dialog")
    assert isinstance(compared, CompareDialog)
    assert (compared.first.currentText(), compared.second.currentText()) == (
        "Plan",
        "SL1 on SEZ-1",
    )
    hows = [row[0] for row in compared.rows()]
    assert (hows.count("added"), hows.count("changed")) == (1, 1)  # the allocation, the request
    assert hows.count("moved") == len(dialog.rows(2))  # proposals the optimiser moved
    assert [window.scenarios.switcher.combo.itemText(i) for i in (0, 1)] == ["Plan", "SL1 on SEZ-1"]
    Planner(qtbot).click(compared.promote_all_button)
    (placed,) = [a for a in plan.allocations() if "optimiser" in a.notes]
    assert plan.get(Kind.PAD, placed.pad_id).code == "SEZ-1"  # type: ignore[union-attr]
    (request,) = plan.requests()
    assert request.status is RequestStatus.PLANNED
    compared.close()
    dialog.close()
