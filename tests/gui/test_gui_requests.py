"""Requests in the window: the Requests table and the request editor (add, edit, delete
through the commands, each one undo step), the properties of a request, and its name as a
planner says it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from cosmoplan.domain import Kind, Plan, Ref, Request, RequestStatus
from cosmoplan.gui.editor_registry import EDITORS, editor_for
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.planner.request_editor import RequestEditor
from cosmoplan.services.commands import AddObjects
from tests.gui.test_gui_allocation_story import Planner
from tests.gui.test_gui_tenancy import Recorder

CTRL = Qt.KeyboardModifier.ControlModifier


def sl1_request(plan: Plan, **fields: Any) -> Request:
    """HyImpulse's SL1 asking for SEZ-1, 60 days in 2028-2029."""
    vehicle = plan.vehicle_by_name("SL1")
    pad = plan.pad_by_code("SEZ-1")
    assert vehicle is not None and pad is not None
    values: dict[str, Any] = {
        "id": plan.next_id(Kind.REQUEST),
        "tenant_id": vehicle.tenant_id,
        "vehicle_id": vehicle.id,
        "earliest_start": date(2028, 1, 1),
        "latest_end": date(2029, 12, 31),
        "duration_days": 60,
        "pad_ids": (pad.id,),
    }
    values.update(fields)
    return Request(**values)


def test_the_request_editor_is_registered() -> None:
    assert EDITORS[Kind.REQUEST] is RequestEditor


def test_the_editor_reads_pad_codes_and_refuses_bad_input(qtbot: Any, plan: Plan) -> None:
    commit = Recorder()
    editor = editor_for(Kind.REQUEST, plan, commit)
    qtbot.addWidget(editor)
    planner = Planner(qtbot)
    assert isinstance(editor, RequestEditor)
    assert "choose the tenant" in editor.error_text().lower()
    assert not editor.ok_button().isEnabled()
    planner.choose(editor.tenant, "HyImpulse")
    assert editor.vehicle.currentText() == "SL1"  # the tenant's only vehicle
    planner.type_into(editor.pads, "SEZ-1, 99/9")
    assert "99/9" in editor.error_text() and not editor.ok_button().isEnabled()
    planner.type_into(editor.pads, "SEZ-1, 45/2")
    planner.type_date(editor.earliest, date(2028, 1, 1))
    planner.type_date(editor.latest, date(2028, 1, 31))
    planner.type_into(editor.duration, "60")
    assert "60 days" in editor.error_text()  # longer than its 31-day window
    planner.type_date(editor.latest, date(2029, 12, 31))
    planner.type_into(editor.priority, "-1")
    assert not editor.ok_button().isEnabled()
    planner.type_into(editor.priority, "3")
    planner.type_into(editor.fee, "2 500 000")
    assert editor.error_text() == ""
    editor.accept()
    ((original, edited),) = commit.calls
    assert original is None and isinstance(edited, Request)
    assert [plan.get(Kind.PAD, i).code for i in edited.pad_ids] == ["SEZ-1", "45/2"]
    assert (edited.earliest_start, edited.latest_end, edited.duration_days) == (
        date(2028, 1, 1),
        date(2029, 12, 31),
        60,
    )
    assert (edited.priority, edited.fee_usd, edited.status) == (3, 2.5e6, RequestStatus.OPEN)


def test_a_request_from_the_selected_vehicle_is_added_named_and_undone(
    qtbot: Any, main_window: MainWindow, snapshot: Any
) -> None:
    window, plan = main_window, main_window.document.plan
    before = snapshot(plan)
    planner = Planner(qtbot, window)
    vehicle = plan.vehicle_by_name("SL1")
    assert vehicle is not None
    window.selection.set([Ref(Kind.VEHICLE, vehicle.id)])
    panel = window.panels.requests
    planner.button(panel, "plan.new-request")
    editor = planner.editor(RequestEditor)
    assert editor.tenant.currentText() == "HyImpulse Technologies"
    assert editor.vehicle.currentText() == "SL1"
    planner.type_into(editor.pads, "SEZ-1")
    planner.type_date(editor.earliest, date(2028, 1, 1))
    planner.type_date(editor.latest, date(2029, 12, 31))
    planner.type_into(editor.duration, "60")
    planner.ok(editor)
    (request,) = plan.requests()
    name = "HyImpulse Technologies SL1, 60 days in 2028–2029 on SEZ-1"
    model = panel.table(Kind.REQUEST).model
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == name
    assert window.selection.refs == {Ref(Kind.REQUEST, request.id)}
    assert window.panels.properties.title.text() == f"Request: {name}"
    assert window.panels.properties.value("Duration") == "60 days"
    assert window.panels.requests.tables.tabs.tabText(0) == "Requests (1)"
    planner.keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == before and model.rowCount() == 0


def test_a_request_is_edited_from_its_row_and_deleted_each_one_undo_step(
    qtbot: Any, main_window: MainWindow, snapshot: Any
) -> None:
    window, plan = main_window, main_window.document.plan
    window.document.execute(AddObjects([sl1_request(plan)]))
    before = snapshot(plan)
    planner = Planner(qtbot, window)
    window.panels.docks["requests"].raise_()  # the planner clicks the Requests tab
    table = window.panels.requests.table(Kind.REQUEST)
    view = table.view
    qtbot.waitUntil(view.isVisible)
    cell = view.visualRect(table.proxy.index(0, 0)).center()
    planner.click(view.viewport(), cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = planner.editor(RequestEditor)
    assert editor.pads.text() == "SEZ-1" and editor.duration.text() == "60"
    planner.type_into(editor.duration, "90")
    planner.ok(editor)
    (request,) = plan.requests()
    assert request.duration_days == 90
    assert "90 days" in table.model.data(table.model.index(0, 0))
    window.selection.set([Ref(Kind.REQUEST, request.id)])
    planner.keys(Qt.Key.Key_Delete)
    assert list(plan.requests()) == [] and table.model.rowCount() == 0
    planner.keys(Qt.Key.Key_Z, CTRL)
    (restored,) = plan.requests()
    assert restored.duration_days == 90
    planner.keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == before
