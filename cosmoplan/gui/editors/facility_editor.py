"""Editor of a facility: kind, name, status, dates, propellant, quantity, height, notes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit

from cosmoplan.domain import (
    Entity,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    Propellant,
)
from cosmoplan.gui.editors.base import (
    EntityEditor,
    FieldError,
    OptionalDate,
    current_enum,
    fill_enum,
    geometry_summary,
    select_data,
    tr,
)
from cosmoplan.gui.editors.choices import complex_at, fill_complexes
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP

TONNE = 1000.0


class FacilityEditor(EntityEditor):
    """Edits a :class:`Facility` (its geometry comes from the map)."""

    form_name = "facility_editor"
    prefix = "facility"
    kind = Kind.FACILITY
    title_new = QT_TRANSLATE_NOOP("editors", "New facility")
    title_edit = QT_TRANSLATE_NOOP("editors", "Facility")
    aliases: ClassVar[dict[str, str]] = {"max quantity": "max_quantity", "complex_id": "complex"}

    def populate(self) -> None:
        self.kind_combo = self.widget(QComboBox, "edit_facility_kind")
        self.name = self.widget(QLineEdit, "edit_facility_name")
        self.status = self.widget(QComboBox, "edit_facility_status")
        self.complex = self.widget(QComboBox, "edit_facility_complex")
        self.commissioned = OptionalDate(
            self.widget(QCheckBox, "check_facility_commissioned"),
            self.widget(QDateEdit, "edit_facility_commissioned"),
        )
        self.decommissioned = OptionalDate(
            self.widget(QCheckBox, "check_facility_decommissioned"),
            self.widget(QDateEdit, "edit_facility_decommissioned"),
        )
        self.propellant = self.widget(QComboBox, "edit_facility_propellant")
        self.max_quantity = self.widget(QLineEdit, "edit_facility_max_quantity")
        self.height_edit = self.widget(QLineEdit, "edit_facility_height")
        self.notes = self.widget(QPlainTextEdit, "edit_facility_notes")
        fill_enum(self.kind_combo, FacilityKind)
        fill_enum(self.status, FacilityStatus)
        fill_enum(self.propellant, Propellant, none_text=tr("(none)"))
        fill_complexes(self.complex, self.plan, none_text=tr("(none)"))
        entity = self.original
        if isinstance(entity, Facility):
            select_data(self.kind_combo, entity.kind)
            self.name.setText(entity.name)
            select_data(self.status, entity.status)
            select_data(self.complex, entity.complex_id)
            self.commissioned.set(entity.commissioned)
            self.decommissioned.set(entity.decommissioned)
            select_data(self.propellant, entity.propellant)
            self.show_number(self.max_quantity, entity.max_quantity_kg, TONNE)
            self.show_number(self.height_edit, entity.height_m)
            self.notes.setPlainText(entity.notes)
            self.shape = entity.geometry
        else:
            linear = self.shape is not None and "Line" in self.shape.geom_type
            select_data(self.kind_combo, FacilityKind.ROAD if linear else FacilityKind.OTHER)
            select_data(self.status, FacilityStatus.PLANNED)
            self.commissioned.set(None)
            self.decommissioned.set(None)
            if self.shape is not None:
                found = complex_at(self.plan, self.shape)
                select_data(self.complex, found.id if found else None)
        if self.shape is not None:
            self.widget(QLabel, "label_facility_geometry_summary").setText(
                geometry_summary(self.shape)
            )

    def candidate(self) -> Entity:
        quantity = self.read_number(self.max_quantity, "max_quantity", TONNE)
        if quantity is not None and quantity < 0:
            raise FieldError("max_quantity", tr("The maximum quantity must not be negative."))
        fields: dict[str, Any] = {
            "kind": current_enum(self.kind_combo, FacilityKind),
            "name": self.name.text(),
            "status": current_enum(self.status, FacilityStatus),
            "complex_id": self.complex.currentData(),
            "commissioned": self.commissioned.get(),
            "decommissioned": self.decommissioned.get(),
            "propellant": current_enum(self.propellant, Propellant),
            "max_quantity_kg": quantity,
            "height_m": self.read_number(self.height_edit, "height"),
            "notes": self.notes.toPlainText(),
        }
        if isinstance(self.original, Facility):
            return replace(self.original, **fields)
        return Facility(id=self.object_id, geometry=self.shape, **fields)
