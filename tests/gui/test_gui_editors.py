"""Property editors: built from Designer forms, validating as the user types."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from shapely.geometry import LineString, Point, Polygon

from cosmoplan import geo
from cosmoplan.domain import (
    Entity,
    Facility,
    FacilityKind,
    Kind,
    LaunchComplex,
    Pad,
    PadStatus,
    Plan,
    Propellant,
    Zone,
)
from cosmoplan.gui.editor_registry import EDITORS, editor_for
from cosmoplan.gui.editors.base import UI_FOLDER


class Recorder:
    """The ``commit`` callback: remembers what the editor asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[Entity | None, Entity]] = []

    def __call__(self, original: Entity | None, edited: Entity) -> None:
        self.calls.append((original, edited))


def pad_45_1(plan: Plan) -> Pad:
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    return pad


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Select all and type, as a user does."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def ok_enabled(editor: Any) -> bool:
    return editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_every_form_has_the_widgets_named_after_what_they_edit() -> None:
    for kind, editor in EDITORS.items():
        text = (UI_FOLDER / f"{editor.form_name}.ui").read_text(encoding="utf-8")
        assert f'name="edit_{editor.prefix}_' in text, kind
        if kind is not Kind.REQUEST:  # a request is named by what it asks for
            assert f'name="edit_{editor.prefix}_name"' in text, kind
        assert f'name="error_{editor.prefix}_general"' in text, kind
    pad_form = (UI_FOLDER / "pad_editor.ui").read_text(encoding="utf-8")
    for name in ("edit_pad_code", "edit_pad_lat", "edit_pad_easting", "table_pad_status_periods"):
        assert f'name="{name}"' in pad_form


def test_pad_editor_shows_the_pad_and_commits_a_typed_change(qtbot: Any, plan: Plan) -> None:
    pad = pad_45_1(plan)
    commit = Recorder()
    editor = editor_for(Kind.PAD, plan, commit, entity=pad)
    qtbot.addWidget(editor)
    assert editor.code.text() == "45/1"
    _lon, lat = geo.to_wgs84(pad.location.x, pad.location.y)
    assert float(editor.lat.text()) == pytest.approx(lat, abs=1e-6)
    assert float(editor.easting.text()) == pytest.approx(pad.location.x, abs=0.1)
    assert "°" in editor.position.text()
    assert ok_enabled(editor)
    type_into(qtbot, editor.name, "Nazarbayev Start")
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    ((original, edited),) = commit.calls
    assert original == pad
    assert isinstance(edited, Pad)
    assert edited.name == "Nazarbayev Start"
    assert edited.location == pad.location  # untouched coordinates stay exact
    assert edited.capabilities == pad.capabilities


def test_an_invalid_value_disables_ok_and_is_explained_under_its_field(
    qtbot: Any, plan: Plan
) -> None:
    editor = editor_for(Kind.PAD, plan, Recorder(), entity=pad_45_1(plan))
    qtbot.addWidget(editor)
    editor.show()
    tabs = editor.form.findChild(QTabWidget, "tabs_pad")
    tabs.setCurrentWidget(editor.form.findChild(QWidget, "tab_pad_capabilities"))
    type_into(qtbot, editor.max_height, "-3")
    error = editor.form.findChild(QLabel, "error_pad_max_height")
    assert not ok_enabled(editor)
    assert "greater than zero" in error.text()
    assert error.isVisibleTo(editor)
    type_into(qtbot, editor.max_height, "abc")
    assert "not a number" in error.text()
    type_into(qtbot, editor.max_height, "80")
    assert ok_enabled(editor)
    assert error.text() == ""
    type_into(qtbot, editor.code, "")
    assert not ok_enabled(editor)
    assert "code is required" in editor.form.findChild(QLabel, "error_pad_code").text()


def test_typing_latitude_and_longitude_moves_the_pad(qtbot: Any, plan: Plan) -> None:
    commit = Recorder()
    editor = editor_for(Kind.PAD, plan, commit, entity=pad_45_1(plan))
    qtbot.addWidget(editor)
    type_into(qtbot, editor.lat, "45.95")
    type_into(qtbot, editor.lon, "63.66")
    x, y = geo.to_model(63.66, 45.95)
    assert float(editor.easting.text()) == pytest.approx(x, abs=0.1)
    assert float(editor.northing.text()) == pytest.approx(y, abs=0.1)
    type_into(qtbot, editor.lat, "12")  # far from Kazakhstan: refused
    assert not ok_enabled(editor)
    assert "outside Kazakhstan" in editor.form.findChild(QLabel, "error_pad_location").text()
    type_into(qtbot, editor.lat, "45.95")
    editor.accept()
    ((_original, edited),) = commit.calls
    assert edited.location.distance(Point(x, y)) < 0.01


def test_a_new_pad_defaults_to_the_complex_under_it_and_a_free_code(qtbot: Any, plan: Plan) -> None:
    pad = pad_45_1(plan)
    site_45 = plan.get(Kind.COMPLEX, pad.complex_id)
    assert isinstance(site_45, LaunchComplex) and site_45.footprint is not None
    inside = site_45.footprint.representative_point()
    commit = Recorder()
    editor = editor_for(Kind.PAD, plan, commit, geometry=inside)
    qtbot.addWidget(editor)
    assert editor.complex.currentData() == site_45.id
    assert editor.code.text().startswith("45/")
    assert plan.pad_by_code(editor.code.text()) is None
    assert ok_enabled(editor)
    editor.add_period()
    editor.periods.item(0, 1).setText("2027-01-01")
    editor.propellant_checks[Propellant.LOX_METHANE].setChecked(True)
    type_into(qtbot, editor.max_mass, "550")
    editor.accept()
    ((original, edited),) = commit.calls
    assert original is None
    assert isinstance(edited, Pad)
    assert edited.id == plan.next_id(Kind.PAD)
    assert edited.status_at(date(2027, 6, 1)) is PadStatus.ACTIVE
    assert edited.capabilities.max_liftoff_mass_kg == 550_000
    assert edited.capabilities.propellants == {Propellant.LOX_METHANE}


def test_a_new_pad_outside_every_complex_asks_for_one(qtbot: Any, plan: Plan) -> None:
    far = Point(*geo.to_model(64.5, 46.5))
    editor = editor_for(Kind.PAD, plan, Recorder(), geometry=far)
    qtbot.addWidget(editor)
    assert editor.complex.currentData() is None
    assert not ok_enabled(editor)
    assert editor.form.findChild(QLabel, "error_pad_complex").text()
    editor.complex.setCurrentIndex(1)
    type_into(qtbot, editor.code, "999/1")
    assert ok_enabled(editor)


def test_status_periods_must_not_run_backwards(qtbot: Any, plan: Plan) -> None:
    editor = editor_for(Kind.PAD, plan, Recorder(), entity=pad_45_1(plan))
    qtbot.addWidget(editor)
    while editor.periods.rowCount():
        editor.periods.selectRow(0)
        editor.remove_period()
    editor.add_period()
    editor.periods.item(0, 1).setText("2030-01-01")
    editor.periods.item(0, 2).setText("2020-01-01")
    assert not ok_enabled(editor)
    assert "before" in editor.form.findChild(QLabel, "error_pad_status_periods").text()
    editor.periods.item(0, 2).setText("not a date")
    assert "not a date" in editor.form.findChild(QLabel, "error_pad_status_periods").text()
    editor.periods.item(0, 2).setText("")
    assert ok_enabled(editor)


def test_the_plan_refusing_a_change_keeps_the_editor_open_with_the_reason(
    qtbot: Any, plan: Plan
) -> None:
    from cosmoplan.messages import ValidationError

    def refuse(original: Entity | None, edited: Entity) -> None:
        raise ValidationError("plan.duplicate_name", field="code", kind="pads", name="31/6")

    editor = editor_for(Kind.PAD, plan, refuse, entity=pad_45_1(plan))
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert editor.isVisible()
    assert "already exists" in editor.form.findChild(QLabel, "error_pad_code").text()


def test_facility_editor_dates_and_quantities(qtbot: Any, plan: Plan) -> None:
    commit = Recorder()
    line = LineString([(550_000, 5_088_000), (551_000, 5_088_500)])
    editor = editor_for(Kind.FACILITY, plan, commit, geometry=line)
    qtbot.addWidget(editor)
    assert editor.kind_combo.currentData() == FacilityKind.ROAD
    assert not ok_enabled(editor)  # a name is required
    type_into(qtbot, editor.name, "Access road")
    editor.commissioned.check.setChecked(True)
    editor.commissioned.edit.setDate(QDate(2026, 5, 1))
    editor.decommissioned.check.setChecked(True)
    editor.decommissioned.edit.setDate(QDate(2025, 1, 1))
    assert not ok_enabled(editor)
    assert "before" in editor.form.findChild(QLabel, "error_facility_decommissioned").text()
    editor.decommissioned.check.setChecked(False)
    type_into(qtbot, editor.max_quantity, "12,5")
    assert ok_enabled(editor)
    editor.accept()
    ((_none, facility),) = commit.calls
    assert isinstance(facility, Facility)
    assert facility.kind is FacilityKind.ROAD  # an enum again, not the combo's plain string
    assert facility.commissioned == date(2026, 5, 1)
    assert facility.decommissioned is None
    assert facility.max_quantity_kg == 12_500
    assert facility.geometry == line


def test_zone_and_complex_editors(qtbot: Any, plan: Plan) -> None:
    commit = Recorder()
    square = Polygon(
        [(550_000, 5_088_000), (551_000, 5_088_000), (551_000, 5_089_000), (550_000, 5_089_000)]
    )
    zone_editor = editor_for(Kind.ZONE, plan, commit, geometry=square)
    qtbot.addWidget(zone_editor)
    assert "km²" in zone_editor.form.findChild(QLabel, "label_zone_geometry_summary").text()
    type_into(qtbot, zone_editor.name, "Hazard area")
    zone_editor.accept()
    complex_ = next(plan.complexes())
    complex_editor = editor_for(Kind.COMPLEX, plan, commit, entity=complex_)
    qtbot.addWidget(complex_editor)
    type_into(qtbot, complex_editor.site, "")
    assert not ok_enabled(complex_editor)
    type_into(qtbot, complex_editor.site, complex_.site)
    combo = complex_editor.form.findChild(QComboBox, "edit_complex_controller")
    combo.setCurrentIndex(0)
    complex_editor.accept()
    (_, zone), (old, edited) = commit.calls
    assert isinstance(zone, Zone) and zone.name == "Hazard area" and zone.geometry == square
    assert old == complex_ and isinstance(edited, LaunchComplex)
    assert edited.footprint == complex_.footprint


def test_pad_cadence_is_edited_and_validated_in_the_form(qtbot: Any, plan: Plan) -> None:
    pad = pad_45_1(plan)
    commit = Recorder()
    editor = editor_for(Kind.PAD, plan, commit, entity=pad)
    qtbot.addWidget(editor)
    assert float(editor.max_launches.text()) == pad.capabilities.max_launches_per_year == 8
    type_into(qtbot, editor.max_launches, "0")
    assert not ok_enabled(editor)
    assert "max launches per year" in editor.form.findChild(QLabel, "error_pad_max_launches").text()
    type_into(qtbot, editor.max_launches, "10")
    assert ok_enabled(editor)
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    ((_original, edited),) = commit.calls
    assert isinstance(edited, Pad) and edited.capabilities.max_launches_per_year == 10


def test_a_message_under_a_field_moves_no_other_field(qtbot: Any, plan: Plan) -> None:
    editor = editor_for(Kind.PAD, plan, Recorder(), entity=pad_45_1(plan))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    name = editor.form.findChild(QLineEdit, "edit_pad_name")
    assert name is not None
    before = name.mapTo(editor, name.rect().topLeft())
    type_into(qtbot, editor.code, "")  # "code is required" appears under the code
    assert "code is required" in editor.error_text()
    qtbot.wait(10)
    assert name.mapTo(editor, name.rect().topLeft()) == before


def test_escape_asks_before_throwing_typed_text_away(qtbot: Any, plan: Plan, answer: Any) -> None:
    editor = editor_for(Kind.PAD, plan, Recorder(), entity=pad_45_1(plan))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.code, "45/9")
    keep = answer(QMessageBox.StandardButton.Cancel)  # "Keep Editing"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert keep.name == "confirm_discard_typing" and editor.isVisible()
    assert editor.code.text() == "45/9"
    discard = answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert discard.seen and not editor.isVisible()

    untouched = editor_for(Kind.PAD, plan, Recorder(), entity=pad_45_1(plan))
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)  # nothing typed: it just closes
    assert not untouched.isVisible()
