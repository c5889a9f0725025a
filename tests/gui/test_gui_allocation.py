"""The allocation workflow in detail: the dialog's live judgement, editing an allocation,
status commands on the selection, the ways into the dialog (map, timeline), and the one
shared "as of" date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cosmoplan.domain import Allocation, AllocationStatus, Kind, Plan, Ref
from cosmoplan.domain.ids import is_provisional
from cosmoplan.gui.allocations import AllocationDialog
from cosmoplan.gui.editors.base import select_data
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.window_actions import STATUS_ACTIONS
from cosmoplan.services.allocation import first_free_day
from tests.gui.conftest import TODAY
from tests.gui.test_gui_allocation_story import Planner

RFA = 5  # Rocket Factory Augsburg, RFA One on 45/1, 2028-2032, proposed
SKYROOT = 6  # Skyroot Aerospace, Vikram-1 on 1/5, 2027-2031, proposed
DEEP_BLUE = 7  # Deep Blue Aerospace, Nebula-1 on 81/23, 2027-2032, reserved


def allocation(plan: Plan, allocation_id: int) -> Allocation:
    found = plan.get(Kind.ALLOCATION, allocation_id)
    assert isinstance(found, Allocation)
    return found


def test_the_pads_are_judged_off_the_gui_thread_and_a_close_drops_the_work(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    dialog = window.workflow.allocate()
    planner.choose(dialog.tenant, "Roscosmos")
    planner.choose(dialog.vehicle, "Proton")
    dialog.refresh()  # returns at once: the pads are judged by a worker thread
    assert dialog.pending and dialog.pads_summary.text() == "Judging 17 pads…"
    assert dialog.pads.fits == []
    qtbot.waitUntil(lambda: not dialog.pending, timeout=3000)
    assert len(dialog.pads.fits) == 17 and dialog.pads_summary.text().startswith("1 of 17 pads fit")
    planner.type_date(dialog.start, date(2029, 1, 1))
    dialog.refresh()
    judging, shown = dialog.pads.job.progress, dialog.pads.fits
    assert judging is not None
    dialog.reject()  # closing cancels the judgement and ignores its result
    assert judging.cancelled and not dialog.pending
    qtbot.wait(200)  # the worker stops; its result reaches nothing of the closed dialog
    assert dialog.pads.fits is shown


def test_the_dialog_judges_pads_shortly_after_the_last_edit(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    dialog = window.workflow.allocate()
    assert dialog.windowTitle() == "Allocate pad"
    assert "Choose the tenant" in dialog.error_text()
    assert not dialog.ok_button().isEnabled()
    planner.choose(dialog.tenant, "Roscosmos")
    vehicles = [dialog.vehicle.itemText(i) for i in range(dialog.vehicle.count())]
    assert vehicles[1:] == ["Proton-M", "Soyuz-2.1a", "Soyuz-2.1b"]  # only Roscosmos' own
    planner.choose(dialog.vehicle, "Proton")
    assert dialog.pending  # the judgement waits for a pause in the typing
    qtbot.waitUntil(lambda: not dialog.pending and bool(dialog.pads.fits), timeout=3000)
    fitting = [fit.pad.code for fit in dialog.pads.fits if fit.fits]
    assert "200/40" in fitting  # an idle Proton pad in the Russian lease suits Roscosmos
    assert dialog.pads.item_of("200/40").text(0) == "✓"
    assert "45/1" not in fitting
    planner.type_date(dialog.start, date(2027, 1, 1))
    assert dialog.pending
    row = dialog.pad_list.visualItemRect(dialog.pads.item_of("200/40"))
    planner.click(dialog.pad_list.viewport(), row.center())
    qtbot.waitUntil(lambda: not dialog.pending, timeout=3000)
    assert dialog.pad.currentText() == "200/40"
    assert "2027-01-01" in dialog.pads_summary.text()
    assert dialog.ok_button().isEnabled() and not dialog.errors
    planner.type_into(dialog.fee, "-5")
    assert "must not be negative" in dialog.error_text()
    planner.type_into(dialog.fee, "1 500 000")
    planner.ok(dialog)
    [added] = [a for a in plan.allocations() if is_provisional(a.id)]  # new, not yet saved
    assert (added.annual_fee_usd, plan.get(Kind.PAD, added.pad_id).code) == (1_500_000, "200/40")
    assert window.selection.refs == {Ref(Kind.ALLOCATION, added.id)}


def test_editing_an_allocation_offers_its_next_statuses_and_asks_on_errors(
    qtbot: Any, main_window: MainWindow, answer: Any, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    window.panels.docks["allocations"].raise_()
    table = window.panels.allocations.table(Kind.ALLOCATION)
    window.selection.set([Ref(Kind.ALLOCATION, SKYROOT)])
    row = window.panels.allocations.row_pos(Ref(Kind.ALLOCATION, SKYROOT))
    assert row is not None
    planner.click(table.view.viewport(), row)
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    (dialog,) = window.workflow.dialogs
    assert dialog.windowTitle() == "Allocation"
    assert dialog.pad.currentText() == "1/5" and dialog.start.date().toPython() == date(2027, 1, 1)
    statuses = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert statuses == ["Proposed", "Reserved", "Cancelled"]
    qtbot.waitUntil(lambda: not dialog.pending and bool(dialog.errors), timeout=3000)
    assert {f.rule for f in dialog.errors} == {"pad.unavailable", "vehicle.fit.propellant"}

    planner.type_date(dialog.end, date(2029, 12, 31))
    no = answer(QMessageBox.StandardButton.No)
    planner.ok(dialog)
    assert no.seen and "Save anyway?" in no.informative
    assert allocation(plan, SKYROOT).end == date(2031, 12, 31)
    yes = answer(QMessageBox.StandardButton.Yes)
    planner.ok(dialog)
    assert yes.seen
    assert allocation(plan, SKYROOT).end == date(2029, 12, 31)
    assert table.model.index(table.model.row_of(SKYROOT), 5).data() == "2029-12-31"
    planner.keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(plan) == original


def test_status_commands_follow_the_lifecycle_and_undo_as_one_step(
    qtbot: Any, main_window: MainWindow, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    actions = window.action_set
    window.panels.docks["allocations"].raise_()
    window.selection.set([Ref(Kind.ALLOCATION, RFA), Ref(Kind.ALLOCATION, SKYROOT)])
    assert actions["allocation.reserve"].isEnabled()
    assert not actions["allocation.sign"].isEnabled()  # not from proposed
    assert not actions["allocation.end"].isEnabled()
    published: list[object] = []
    window.document.changes_applied.connect(published.append)
    planner.button(window.panels.allocations, "allocation.reserve")
    assert len(published) == 1  # one check, one map and timeline update for both
    assert published[0].changed == {  # type: ignore[attr-defined]
        Ref(Kind.ALLOCATION, RFA),
        Ref(Kind.ALLOCATION, SKYROOT),
    }
    assert allocation(plan, RFA).status is AllocationStatus.RESERVED
    assert allocation(plan, SKYROOT).status is AllocationStatus.RESERVED
    assert len(window.document.project.history.entries) == 1
    assert "2 allocations" in window.document.undo_text()
    planner.button(window.panels.allocations, "allocation.sign")
    assert allocation(plan, RFA).status is AllocationStatus.SIGNED
    # signing for a start-up still in talks is an error the findings show at once
    assert any(
        f.rule == "tenant.not_approved" and Ref(Kind.ALLOCATION, RFA) in f.subjects
        for f in window.findings.findings
    )
    window.selection.set([Ref(Kind.ALLOCATION, DEEP_BLUE)])
    planner.button(window.panels.allocations, "allocation.cancel")
    assert allocation(plan, DEEP_BLUE).status is AllocationStatus.CANCELLED
    assert not any(actions[k].isEnabled() for k, *_ in STATUS_ACTIONS)  # cancelled is final
    planner.button(window.panels.allocations, "allocation.delete")
    assert plan.find(Kind.ALLOCATION, DEEP_BLUE) is None
    while window.document.project.history.can_undo:
        planner.keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(plan) == original


def test_allocate_from_a_pad_on_the_map_and_from_the_timeline(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    pad = plan.pad_by_code("SEZ-1")
    assert pad is not None
    canvas = window.canvas
    window.as_of.set(date(2035, 1, 1))  # the date shows a far year: the period starts today
    window.show_on_map([Ref(Kind.PAD, pad.id)])
    canvas.settle()
    where = canvas.map_to_widget(pad.location.x, pad.location.y)
    planner.right_click(canvas.viewport(), where)
    assert window.selection.refs == {Ref(Kind.PAD, pad.id)}
    planner.popup_action("Allocate Pad…")
    (dialog,) = window.workflow.dialogs
    assert isinstance(dialog, AllocationDialog)
    assert dialog.pad.currentText() == "SEZ-1"
    assert dialog.start.date().toPython() == first_free_day(plan, pad.id, TODAY) == TODAY
    dialog.reject()

    window.panels.timeline.allocate_requested.emit(pad.id, date(2031, 3, 1))
    (dialog,) = window.workflow.dialogs
    assert dialog.pad.currentText() == "SEZ-1"
    assert dialog.start.date().toPython() == date(2031, 3, 1)
    assert dialog.end.date().toPython() == date(2036, 2, 29)
    dialog.reject()

    window.panels.timeline.edit_requested.emit(Ref(Kind.ALLOCATION, RFA))
    (dialog,) = window.workflow.dialogs
    assert dialog.original == allocation(plan, RFA)
    window.panels.timeline.edit_requested.emit(Ref(Kind.ALLOCATION, RFA))  # already open: raised
    assert window.workflow.dialogs == [dialog]


def test_a_new_allocation_starts_on_the_chosen_pads_first_free_day(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    busy = next(
        p for p in plan.pads() if first_free_day(plan, p.id, TODAY) > TODAY + timedelta(days=30)
    )
    free = plan.pad_by_code("SEZ-1")
    assert free is not None
    window.as_of.set(date(2045, 1, 1))
    dialog = window.workflow.allocate(pad_id=busy.id)
    free_day = first_free_day(plan, busy.id, TODAY)
    assert dialog.start.date().toPython() == free_day
    planner.choose(dialog.pad, "SEZ-1")
    assert dialog.start.date().toPython() == TODAY  # the period follows the pad chosen...
    planner.type_date(dialog.start, date(2031, 5, 1))
    select_data(dialog.pad, busy.id)
    assert dialog.start.date().toPython() == date(2031, 5, 1)  # ...until the planner types one
    dialog.reject()


def test_one_as_of_date_drives_every_view(qtbot: Any, main_window: MainWindow) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    heard: list[date] = []
    window.as_of.subscribe(heard.append)

    findings = list(window.findings.findings)
    planner.type_date(window.date_bar.date_edit, date(2029, 3, 15))
    assert heard[-1] == date(2029, 3, 15)
    views = (window.canvas.day, window.panels.timeline.day, window.date_bar.slider.day)
    assert views == (date(2029, 3, 15),) * 3
    assert window.findings.at == TODAY  # the date shows; the rules judge today
    assert window.findings.findings == findings
    assert window.panels.legend.title.text() == "Pads occupied on 2029-03-15:"

    heard.clear()
    planner.click(window.date_bar.slider.next_button)  # one month later, on the slider
    assert heard == [date(2029, 4, 15)]
    assert window.date_bar.date_edit.date().toPython() == date(2029, 4, 15)
    assert window.panels.timeline.day == window.canvas.day == date(2029, 4, 15)

    heard.clear()
    window.panels.timeline.move_cursor(date(2033, 1, 1))  # as dragging the timeline's cursor does
    assert heard == [date(2033, 1, 1)]
    assert window.date_bar.slider.day == date(2033, 1, 1)
    assert window.findings.findings == findings
    assert window.date_bar.date_edit.date().toPython() == date(2033, 1, 1)
    assert window.panels.properties.day == date(2033, 1, 1)
    pads = window.panels.tables.table(Kind.PAD).model
    assert pads.day == date(2033, 1, 1)
    window.as_of.set(date(2033, 1, 1))
    assert heard == [date(2033, 1, 1)]  # the same date again: no signal, no loop
