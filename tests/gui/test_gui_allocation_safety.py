"""The "Allocate pad" dialog's launch azimuth and Safety panel, driven as a planner would: the
verdict (safe, not safe, not fully checked) and its safety findings follow the pad, the
azimuth and the dates, and the azimuth reaches the plan, the table and the properties."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from cosmoplan.domain import Allocation, Kind, Ref
from cosmoplan.domain.ids import is_provisional
from cosmoplan.gui.allocations import AllocationDialog
from cosmoplan.gui.allocations.listing import AMBER, GREEN, RED
from cosmoplan.gui.main_window import MainWindow
from tests.gui.test_gui_allocation_story import Planner


def shows_colour(widget: QWidget, colour: str, tolerance: int = 24) -> bool:
    """Whether any pixel of ``widget`` as drawn is close to ``colour``."""
    image = widget.grab().toImage()
    want = QColor(colour)
    for y in range(image.height()):
        for x in range(image.width()):
            got = image.pixelColor(x, y)
            distance = (
                abs(got.red() - want.red())
                + abs(got.green() - want.green())
                + abs(got.blue() - want.blue())
            )
            if distance <= tolerance:
                return True
    return False


def safety_texts(dialog: AllocationDialog) -> list[str]:
    listing = dialog.safety.listing
    return [listing.item(row).text() for row in range(listing.count())]


def other_rules(dialog: AllocationDialog) -> list[str]:
    listing = dialog.findings_list
    return [listing.item(row).toolTip() for row in range(listing.count())]


def settle(qtbot: Any, dialog: AllocationDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.pending, timeout=3000)


def verdict_is(qtbot: Any, dialog: AllocationDialog, text: str, colour: str) -> None:
    settle(qtbot, dialog)
    label = dialog.safety.verdict_label
    assert label.text() == text
    assert shows_colour(label, colour)
    for other in {RED, GREEN, AMBER} - {colour}:
        assert not shows_colour(label, other), other


def test_the_safety_panel_judges_the_candidate_pad_as_the_planner_types(
    qtbot: Any, main_window: MainWindow, answer: Any, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    dialog = window.workflow.allocate()
    assert dialog.safety.verdict_label.text() == "Not checked yet: complete the form."
    planner.choose(dialog.tenant, "Baiterek")
    assert dialog.vehicle.currentText() == "Soyuz-5"  # Baiterek's only vehicle
    planner.choose(dialog.pad, "45/1")
    assert dialog.azimuth_range.text() == "allowed 346°–71° clockwise"
    planner.type_date(dialog.start, date(2030, 1, 1))
    planner.type_date(dialog.end, date(2034, 12, 31))

    # no azimuth: the corridor cannot be built, the panel says so and why
    verdict_is(qtbot, dialog, "Not fully checked: flight corridor unknown", AMBER)
    assert any("the allocation gives no azimuth" in t for t in safety_texts(dialog))
    assert dialog.safety.group.title().startswith("Safety of pad 45/1")

    # an azimuth the pad does not allow: not safe, and the range turns red as it is typed
    planner.type_into(dialog.azimuth, "180")
    assert shows_colour(dialog.azimuth_range, RED)
    verdict_is(qtbot, dialog, "Not safe: 1 safety error", RED)
    texts = safety_texts(dialog)
    assert "outside the azimuths the pad allows, 346° to 71° clockwise" in texts[0]
    assert any("flies its corridor over the populated place" in t for t in texts)
    assert "safety.corridor.azimuth" in {f.rule for f in dialog.errors}
    assert not any(rule.startswith("safety.") for rule in other_rules(dialog))

    # the azimuth of a 51.6° orbit: nothing in the way
    planner.type_into(dialog.azimuth, "63.3")
    assert not shows_colour(dialog.azimuth_range, RED)
    verdict_is(qtbot, dialog, "Safe: no hazard-area or flight-corridor conflict", GREEN)
    assert safety_texts(dialog) == [
        "Hazard areas and flight corridor clear of public places, roads and tenants."
    ]

    # pad 45/2, 570 m from RFA One's pad 45/1: Soyuz-5's public-area distance reaches it
    planner.choose(dialog.pad, "45/2")
    verdict_is(qtbot, dialog, "Not safe: 1 safety error", RED)
    (conflict,) = safety_texts(dialog)
    assert "Soyuz-5 of Baiterek JV on pad 45/2 needs 761 m" in conflict
    assert "held by Rocket Factory Augsburg (RFA One), is 570 m away" in conflict
    # ... until RFA One's allocation has ended
    planner.type_date(dialog.start, date(2033, 1, 1))
    verdict_is(qtbot, dialog, "Safe: no hazard-area or flight-corridor conflict", GREEN)

    # an azimuth that is no angle: explained under the field, nothing judged
    planner.type_into(dialog.azimuth, "400")
    assert "launch azimuth" in dialog.error_text() and "360" in dialog.error_text()
    assert not dialog.ok_button().isEnabled()
    verdict_is(qtbot, dialog, "Not checked yet: complete the form.", "#616161")
    assert snapshot(plan) == original

    # allocate 45/1 at 63.3°: the other rules' errors are asked about, then it is added
    planner.choose(dialog.pad, "45/1")
    planner.type_into(dialog.azimuth, "63.3")
    settle(qtbot, dialog)
    yes = answer(QMessageBox.StandardButton.Yes)
    planner.ok(dialog)
    assert yes.seen and not dialog.isVisible()
    [added] = [a for a in plan.allocations() if is_provisional(a.id)]  # new, not yet saved
    assert isinstance(added, Allocation)
    assert added.launch_azimuth_deg == 63.3 and added.start == date(2033, 1, 1)
    assert len(window.document.project.history.entries) == 1

    # the azimuth in the allocations table and the properties
    table = window.panels.allocations.table(Kind.ALLOCATION)
    header = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    column = header.index("Azimuth (°)")
    assert table.model.index(table.model.row_of(added.id), column).data() == "63.3"
    window.selection.set([Ref(Kind.ALLOCATION, added.id)])
    assert window.panels.properties.value("Launch azimuth") == "63.3° (the pad allows 346°–71°)"


def test_editing_an_allocation_shows_its_azimuth_and_saves_a_new_one(
    qtbot: Any, main_window: MainWindow, answer: Any, snapshot: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    held = next(a for a in plan.allocations() if a.launch_azimuth_deg == 63.3)
    pad = plan.get(Kind.PAD, held.pad_id)
    caps = pad.capabilities
    window.panels.docks["allocations"].raise_()
    table = window.panels.allocations.table(Kind.ALLOCATION)
    window.selection.set([Ref(Kind.ALLOCATION, held.id)])
    row = window.panels.allocations.row_pos(Ref(Kind.ALLOCATION, held.id))
    assert row is not None
    planner.click(table.view.viewport(), row)
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    (dialog,) = window.workflow.dialogs
    assert dialog.azimuth.text() == "63.3"
    assert dialog.azimuth_range.text() == (
        f"allowed {caps.azimuth_min_deg:g}°–{caps.azimuth_max_deg:g}° clockwise"
    )
    settle(qtbot, dialog)
    assert dialog.safety.group.title().startswith(f"Safety of pad {pad.code}")
    assert not any(f.rule == "safety.corridor.azimuth" for f in dialog.findings)

    planner.type_into(dialog.azimuth, "200")
    settle(qtbot, dialog)
    errors = [f for f in dialog.errors if f.rule.startswith("safety.")]
    assert "safety.corridor.azimuth" in {f.rule for f in errors}
    noun = "error" if len(errors) == 1 else "errors"
    verdict_is(qtbot, dialog, f"Not safe: {len(errors)} safety {noun}", RED)
    no = answer(QMessageBox.StandardButton.No)
    planner.ok(dialog)
    assert no.seen and "Save anyway?" in no.informative
    assert "outside the azimuths the pad allows" in no.informative
    assert snapshot(plan) == original
    yes = answer(QMessageBox.StandardButton.Yes)
    planner.ok(dialog)
    assert yes.seen and not dialog.isVisible()
    edited = plan.get(Kind.ALLOCATION, held.id)
    assert isinstance(edited, Allocation) and edited.launch_azimuth_deg == 200
    assert window.panels.properties.value("Launch azimuth").startswith("200°, outside the range")
    planner.keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(plan) == original


def test_a_neighbour_whose_hazard_area_reaches_the_candidate_makes_it_unsafe(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    dialog = window.workflow.allocate()
    planner.choose(dialog.tenant, "PLD")
    planner.choose(dialog.vehicle, "Miura")
    planner.choose(dialog.pad, "45/2")  # 570 m from Soyuz-5 on 45/1, which needs 761 m
    planner.type_into(dialog.azimuth, "63.3")
    planner.type_date(dialog.start, date(2030, 1, 1))
    planner.type_date(dialog.end, date(2032, 12, 31))
    settle(qtbot, dialog)
    assert dialog.safety.verdict.text.startswith("Not safe:")
    assert any("Soyuz-5 of Baiterek JV on pad 45/1 needs 761 m" in t for t in safety_texts(dialog))
