"""Editor of a launch complex: site, name, controller, notes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from shapely.geometry import MultiPolygon, Polygon

from cosmoplan.domain import Controller, Entity, Kind, LaunchComplex
from cosmoplan.gui.editors.base import EntityEditor, current_enum, fill_enum, select_data
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP


class ComplexEditor(EntityEditor):
    """Edits a :class:`LaunchComplex` (its footprint comes from the map)."""

    form_name = "complex_editor"
    prefix = "complex"
    kind = Kind.COMPLEX
    title_new = QT_TRANSLATE_NOOP("editors", "New launch complex")
    title_edit = QT_TRANSLATE_NOOP("editors", "Launch complex")

    def populate(self) -> None:
        self.site = self.widget(QLineEdit, "edit_complex_site")
        self.name = self.widget(QLineEdit, "edit_complex_name")
        self.controller = self.widget(QComboBox, "edit_complex_controller")
        self.notes = self.widget(QPlainTextEdit, "edit_complex_notes")
        fill_enum(self.controller, Controller)
        entity = self.original
        if isinstance(entity, LaunchComplex):
            self.site.setText(entity.site)
            self.name.setText(entity.name)
            select_data(self.controller, entity.controller)
            self.notes.setPlainText(entity.notes)
        else:
            select_data(self.controller, Controller.UNKNOWN)

    def candidate(self) -> Entity:
        footprint = self.shape if isinstance(self.shape, Polygon | MultiPolygon) else None
        fields: dict[str, Any] = {
            "site": self.site.text(),
            "name": self.name.text(),
            "controller": current_enum(self.controller, Controller),
            "notes": self.notes.toPlainText(),
        }
        if isinstance(self.original, LaunchComplex):
            return replace(self.original, **fields)
        return LaunchComplex(id=self.object_id, footprint=footprint, **fields)
