"""Tenants and vehicles: editors that validate as you type, tables that sort and filter,
deleting a tenant with its allocations (asked, undoable), and pads on the map in tenant
colours with their legend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from cosmoplan.domain import Kind, NegotiationStatus, Plan, Ref, Tenant, Vehicle
from cosmoplan.gui.editor_registry import EDITORS, editor_for
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.tenancy import TenantEditor, VehicleEditor
from cosmoplan.mapping.style import PAD_STATUS_COLORS
from cosmoplan.mapping.tenants import tenant_colours
from cosmoplan.services.commands import UpdateObject
from tests.gui.test_gui_allocation_story import Planner


class Recorder:
    """The ``commit`` callback of an editor: remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, object]] = []

    def __call__(self, original: object, edited: object) -> object:
        self.calls.append((original, edited))
        return edited


def tenant(plan: Plan, name: str) -> Tenant:
    found = plan.tenant_by_name(name)
    assert found is not None
    return found


def test_the_tenancy_editors_are_registered_with_their_forms() -> None:
    assert EDITORS[Kind.TENANT] is TenantEditor
    assert EDITORS[Kind.VEHICLE] is VehicleEditor


def test_tenant_editor_refuses_a_taken_name_in_the_form(qtbot: Any, plan: Plan) -> None:
    commit = Recorder()
    editor = editor_for(Kind.TENANT, plan, commit)
    qtbot.addWidget(editor)
    planner = Planner(qtbot)
    planner.type_into(editor.name, "  isar aerospace ")
    planner.type_into(editor.country, "Germany")
    assert not editor.ok_button().isEnabled()
    assert "already exists" in editor.error_text()
    planner.type_into(editor.name, "Gilmour Space")
    planner.type_into(editor.country, "")
    assert "country is required" in editor.error_text()
    planner.type_into(editor.country, "Australia")
    planner.choose(editor.status, "In")  # "In talks"
    editor.accept()
    ((original, edited),) = commit.calls
    assert original is None and isinstance(edited, Tenant)
    assert (edited.name, edited.country, edited.status) == (
        "Gilmour Space",
        "Australia",
        NegotiationStatus.IN_TALKS,
    )


def test_vehicle_editor_reads_tonnes_and_keeps_exact_figures(qtbot: Any, plan: Plan) -> None:
    soyuz = plan.vehicle_by_name("Soyuz-5")
    assert soyuz is not None
    commit = Recorder()
    editor = editor_for(Kind.VEHICLE, plan, commit, entity=soyuz)
    qtbot.addWidget(editor)
    planner = Planner(qtbot)
    assert editor.liftoff_mass.text() == "530"  # shown in tonnes
    assert editor.tenant.currentText() == "Baiterek JV"
    planner.type_into(editor.stages, "two")
    assert "whole number" in editor.error_text()
    assert not editor.ok_button().isEnabled()
    planner.type_into(editor.stages, "2")
    planner.type_into(editor.diameter, "4,1")  # a decimal comma is fine
    editor.accept()
    ((_original, edited),) = commit.calls
    assert isinstance(edited, Vehicle)
    assert edited.stages == 2 and edited.diameter_m == 4.1
    assert edited.liftoff_mass_kg == soyuz.liftoff_mass_kg  # untouched: exact
    new = editor_for(Kind.VEHICLE, plan, Recorder())
    qtbot.addWidget(new)
    assert not new.ok_button().isEnabled()
    assert "Choose the tenant" in new.error_text()


def test_tables_sort_filter_and_open_editors(qtbot: Any, main_window: MainWindow) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    window.panels.docks["tenancy"].raise_()
    table = window.panels.tenancy.table(Kind.TENANT)
    assert table.model.rowCount() == 10
    assert window.panels.tenancy.tables.tabs.tabText(0) == "Tenants (10)"
    header = table.view.horizontalHeader()
    country = QPoint(header.sectionViewportPosition(1) + header.sectionSize(1) // 2, 5)
    planner.click(header.viewport(), country)
    countries = [table.proxy.index(r, 1).data() for r in range(table.proxy.rowCount())]
    assert countries == sorted(countries, key=str.casefold)
    planner.type_into(window.panels.tenancy.tables.filter, "germany")
    names = {table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())}
    assert names == {"HyImpulse Technologies", "Rocket Factory Augsburg", "Isar Aerospace"}
    tabs = window.panels.tenancy.tables.tabs
    tabs.setCurrentIndex(1)  # the vehicles' tab has a filter of its own
    assert window.panels.tenancy.tables.filter.text() == ""
    planner.type_into(
        window.panels.tenancy.tables.filter, "augsburg"
    )  # the vehicles' tenant column
    vehicles = window.panels.tenancy.table(Kind.VEHICLE)
    shown = {vehicles.proxy.index(r, 0).data() for r in range(vehicles.proxy.rowCount())}
    assert shown == {"RFA One"}
    tabs.setCurrentIndex(0)
    assert window.panels.tenancy.tables.filter.text() == "germany"
    row = table.proxy.index(0, 0)
    table.view.scrollTo(row)
    rect = table.view.visualRect(row)
    planner.click(table.view.viewport(), rect.center())
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = planner.editor(TenantEditor)
    assert editor.name.text() == row.data()
    planner.choose(editor.status, "Ap")  # approved
    planner.ok(editor)
    assert tenant(window.document.plan, row.data()).status is NegotiationStatus.APPROVED
    assert len(window.document.project.history.entries) == 1


def test_a_clicked_tenant_shows_its_vehicles_holdings_and_land(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    roscosmos = tenant(plan, "Roscosmos")
    sez = next(z for z in plan.zones() if z.name == "Special economic zone (SEZ)")
    window.document.execute(UpdateObject(replace(sez, tenant_id=roscosmos.id)))
    window.as_of.set(date(2026, 6, 1))
    window.panels.docks["tenancy"].raise_()
    table = window.panels.tenancy.table(Kind.TENANT)
    planner.type_into(window.panels.tenancy.tables.filter, "roscosmos")
    rect = table.view.visualRect(table.proxy.index(0, 0))
    planner.click(table.view.viewport(), rect.center())
    properties = window.panels.properties
    assert properties.value("Country") == "Russia"
    assert properties.value("Vehicles") == "Proton-M, Soyuz-2.1a, Soyuz-2.1b"
    assert properties.value("Holds on 2026-06-01") == "200/39, 31/6, 81/24"
    assert properties.value("Land held") == "Special economic zone (SEZ)"
    zones = window.panels.tables.table(Kind.ZONE)
    held_by = [zones.proxy.index(r, 2).data() for r in range(zones.proxy.rowCount())]
    assert held_by.count("Roscosmos") == 1


def test_deleting_a_tenant_lists_its_allocations_and_can_be_undone(
    qtbot: Any, main_window: MainWindow, answer: Any, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    roscosmos = tenant(plan, "Roscosmos")
    window.selection.set([Ref(Kind.TENANT, roscosmos.id)])
    unavailable = [f for f in window.findings.findings if f.rule == "pad.unavailable"]
    assert any(f.text.startswith("Pad 31/6") for f in unavailable)

    cancel = answer(QMessageBox.StandardButton.Cancel)
    planner.keys(Qt.Key.Key_Delete)
    assert cancel.seen and cancel.name == "confirm_delete_tenant"
    assert "3 vehicles and 3 pad allocations" in cancel.text
    assert "Soyuz-2.1a on 31/6, 2020-01-01 – 2035-12-31, active" in cancel.informative
    assert "Proton-M" in cancel.informative
    assert snapshot(plan) == original

    yes = answer(QMessageBox.StandardButton.Yes)
    planner.keys(Qt.Key.Key_Delete)
    assert yes.seen
    assert plan.tenant_by_name("Roscosmos") is None
    assert plan.vehicle_by_name("Proton-M") is None
    assert not any(a.tenant_id == roscosmos.id for a in plan.allocations())
    assert not any(f.text.startswith("Pad 31/6") for f in window.findings.findings)
    assert window.panels.tenancy.table(Kind.TENANT).model.rowCount() == 9
    assert window.panels.allocations.table(Kind.ALLOCATION).model.rowCount() == 6
    assert len(window.document.project.history.entries) == 1

    planner.keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(plan) == original
    assert any(f.text.startswith("Pad 31/6") for f in window.findings.findings)
    assert window.panels.allocations.table(Kind.ALLOCATION).model.rowCount() == 9


def test_pads_take_the_colour_of_the_tenant_holding_them(
    qtbot: Any, main_window: MainWindow
) -> None:
    window = main_window
    plan = window.document.plan
    window.as_of.set(date(2026, 6, 1))
    colours = tenant_colours(t.id for t in plan.tenants())
    baiterek, pad = tenant(plan, "Baiterek JV"), plan.pad_by_code("45/1")
    assert pad is not None
    feature = window.canvas.stack.feature(Ref(Kind.PAD, pad.id))
    assert feature is not None and feature.style.fill.startswith(colours[baiterek.id])
    assert feature.style.stroke == PAD_STATUS_COLORS[pad.status_at(date(2026, 6, 1))]
    entries = window.panels.legend.entries()
    assert "Baiterek JV — 45/1" in entries
    assert "Roscosmos — 31/6, 81/24, 200/39" in entries

    window.as_of.set(date(2045, 1, 1))  # every allocation is over
    feature = window.canvas.stack.feature(Ref(Kind.PAD, pad.id))
    assert feature is not None
    assert feature.style.fill.startswith(PAD_STATUS_COLORS[pad.status_at(date(2045, 1, 1))])
    assert "No pad is allocated on this date." in window.panels.legend.entries()

    window.as_of.set(date(2026, 6, 1))
    window.action_set["view.tenant-colours"].trigger()  # View > Colour Pads by Tenant: off
    assert not window.action_set["view.tenant-colours"].isChecked()
    feature = window.canvas.stack.feature(Ref(Kind.PAD, pad.id))
    assert feature is not None
    assert feature.style.fill.startswith(PAD_STATUS_COLORS[pad.status_at(date(2026, 6, 1))])
