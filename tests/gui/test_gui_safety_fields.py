"""The safety fields of vehicles and zones, edited as a planner would: the vehicle editor's
Safety group (Division 1.1 mass, TNT-equivalent factor and its source, corridor class, apogee)
and the zone editor's "Held by tenant"; what reaches the plan, the undo stack, the properties
and the vehicles table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from cosmoplan.domain import Kind, Ref, Vehicle, VehicleClass, Zone
from cosmoplan.gui.editors import ZoneEditor
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.tenancy import VehicleEditor
from tests.gui.test_gui_allocation_story import Planner

CTRL = Qt.KeyboardModifier.ControlModifier
NO_FACTOR = (
    "No established TNT factor for this propellant: enter one with its source, or its hazard "
    "areas are not checked."
)


def edit_selected(planner: Planner, window: MainWindow, ref: Ref, kind: type) -> Any:
    """Select ``ref`` and click Edit… in the properties panel."""
    window.selection.set([ref])
    planner.click(window.panels.properties.edit_button)
    return planner.editor(kind)


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Choose the entry ``text`` with the arrow keys, as a user does with entries that share
    their first letters."""
    wanted = combo.findText(text)
    assert wanted >= 0, text
    combo.setFocus()
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(wanted - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def vehicle(window: MainWindow, name: str) -> Vehicle:
    found = window.document.plan.vehicle_by_name(name)
    assert found is not None
    return found


def test_a_factor_needs_its_source_and_the_safety_fields_reach_the_plan(
    qtbot: Any, main_window: MainWindow, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    maia = vehicle(window, "Maia")  # LOX/methane: no established factor
    editor = edit_selected(planner, window, Ref(Kind.VEHICLE, maia.id), VehicleEditor)
    assert editor.factor_hint.isVisible() and editor.factor_hint.text() == NO_FACTOR
    assert editor.vehicle_class.currentText() == "Small orbital"
    assert not editor.apogee.isEnabled()

    # a factor without its source: refused in the form, and OK changes nothing
    planner.type_into(editor.tnt_factor, "0,25")
    assert not editor.factor_hint.isVisible()
    assert editor.error_labels["error_vehicle_tnt_factor_source"].isVisible()
    assert "needs its source" in editor.error_labels["error_vehicle_tnt_factor_source"].text()
    assert not editor.ok_button().isEnabled()
    planner.ok(editor)
    assert editor.isVisible()
    assert snapshot(plan) == original and len(window.document.project.history.entries) == 0

    planner.type_into(editor.tnt_factor, "-1")
    assert "TNT-equivalent factor must be greater than zero" in editor.error_text()
    planner.type_into(editor.tnt_factor, "25")  # a percentage: said, not refused
    assert "the factor is a fraction (0.2 for 20%)" in editor.factor_hint.text()
    assert editor.factor_hint.isVisible()
    planner.type_into(editor.tnt_factor, "0,25")
    planner.type_into(editor.factor_source, "  MaiaSpace test report MS-2026-04 ")
    planner.type_into(editor.division_1_1, "150")
    planner.choose(editor.vehicle_class, "Guided")
    assert editor.apogee.isEnabled()
    planner.type_into(editor.apogee, "120")
    assert editor.error_text() == ""
    planner.ok(editor)
    assert not editor.isVisible()
    edited = vehicle(window, "Maia")
    assert (edited.tnt_factor, edited.tnt_factor_source) == (
        0.25,
        "MaiaSpace test report MS-2026-04",
    )
    assert (edited.division_1_1_kg, edited.apogee_km) == (150, 120)
    assert edited.vehicle_class is VehicleClass.GUIDED_SUBORBITAL
    assert len(window.document.project.history.entries) == 1

    # what the properties and the vehicles table show
    properties = window.panels.properties
    assert properties.value("TNT-equivalent factor") == (
        "0.25 (source: MaiaSpace test report MS-2026-04)"
    )
    assert properties.value("Division 1.1 mass") == "150 kg"
    assert properties.value("Corridor class") == "Guided suborbital"
    assert properties.value("Apogee") == "120 km"
    assert "Guided suborbital" in properties.body.toPlainText()
    table = window.panels.tenancy.table(Kind.VEHICLE)
    header = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    cell = table.model.index(table.model.row_of(maia.id), header.index("Corridor class"))
    assert cell.data() == "Guided suborbital"

    # an orbital class has no apogee: the field greys out and the plan forgets it
    editor = edit_selected(planner, window, Ref(Kind.VEHICLE, maia.id), VehicleEditor)
    assert editor.tnt_factor.text() == "0.25" and editor.apogee.text() == "120"
    pick(qtbot, editor.vehicle_class, "Medium orbital")
    assert not editor.apogee.isEnabled()
    planner.type_into(editor.tnt_factor, "")
    assert editor.factor_hint.isVisible()
    planner.type_into(editor.factor_source, "")
    planner.ok(editor)
    edited = vehicle(window, "Maia")
    assert edited.vehicle_class is VehicleClass.MEDIUM and edited.apogee_km is None
    assert edited.tnt_factor is None and edited.tnt_factor_source == ""
    assert properties.value("TNT-equivalent factor") == (
        "none: no established factor, its hazard areas are not checked"
    )
    assert properties.value("Apogee") is None
    assert cell.data() == "Medium orbital"

    planner.keys(Qt.Key.Key_Z, CTRL)
    planner.keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == original


def test_the_hint_follows_the_propellant_and_a_blank_class_is_unknown(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    soyuz = vehicle(window, "Soyuz-5")  # LOX/kerosene: the DoD factor applies
    editor = edit_selected(planner, window, Ref(Kind.VEHICLE, soyuz.id), VehicleEditor)
    assert not editor.factor_hint.isVisible()
    pick(qtbot, editor.propellant, "LOX / propane")
    assert editor.factor_hint.isVisible() and editor.factor_hint.text() == NO_FACTOR
    pick(qtbot, editor.propellant, "LOX / kerosene")
    assert not editor.factor_hint.isVisible()
    editor.vehicle_class.setFocus()
    qtbot.keyClick(editor.vehicle_class, Qt.Key.Key_Home)  # the blank entry: unknown
    assert editor.vehicle_class.currentText() == ""
    planner.ok(editor)
    assert vehicle(window, "Soyuz-5").vehicle_class is None
    assert window.panels.properties.value("Corridor class") == "unknown"


def test_a_zone_is_held_by_a_tenant_and_released(
    qtbot: Any, main_window: MainWindow, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    sez = next(z for z in plan.zones() if z.name.startswith("Special economic zone"))
    editor = edit_selected(planner, window, Ref(Kind.ZONE, sez.id), ZoneEditor)
    names = [editor.tenant.itemText(i) for i in range(editor.tenant.count())]
    assert names[0] == "— none —" and editor.tenant.currentIndex() == 0
    assert names[1:] == sorted((t.name for t in plan.tenants()), key=str.casefold)
    planner.choose(editor.tenant, "Isar")
    planner.ok(editor)
    held = plan.get(Kind.ZONE, sez.id)
    isar = plan.tenant_by_name("Isar Aerospace")
    assert isinstance(held, Zone) and isar is not None and held.tenant_id == isar.id
    assert window.panels.properties.value("Held by") == "Isar Aerospace"

    editor = edit_selected(planner, window, Ref(Kind.ZONE, sez.id), ZoneEditor)
    assert editor.tenant.currentText() == "Isar Aerospace"
    editor.tenant.setFocus()
    qtbot.keyClick(editor.tenant, Qt.Key.Key_Home)
    planner.ok(editor)
    released = plan.get(Kind.ZONE, sez.id)
    assert isinstance(released, Zone) and released.tenant_id is None
    assert window.panels.properties.value("Held by") == "—"
    assert len(window.document.project.history.entries) == 2
    planner.keys(Qt.Key.Key_Z, CTRL)
    planner.keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == original
