"""Editor of a zone: kind, name, the tenant holding it, validity period, notes (the outline
comes from the map)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit

from cosmoplan.domain import Entity, Kind, Zone, ZoneKind
from cosmoplan.gui.editors.base import (
    EntityEditor,
    OptionalDate,
    current_enum,
    fill_enum,
    geometry_summary,
    select_data,
)
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr


class ZoneEditor(EntityEditor):
    """Edits a :class:`Zone`."""

    form_name = "zone_editor"
    prefix = "zone"
    kind = Kind.ZONE
    title_new = QT_TRANSLATE_NOOP("editors", "New zone")
    title_edit = QT_TRANSLATE_NOOP("editors", "Zone")
    aliases: ClassVar[dict[str, str]] = {
        "valid from": "valid_from",
        "valid to": "valid_to",
        "tenant_id": "tenant",
    }

    def populate(self) -> None:
        self.kind_combo = self.widget(QComboBox, "edit_zone_kind")
        self.name = self.widget(QLineEdit, "edit_zone_name")
        self.tenant = self.widget(QComboBox, "edit_zone_tenant")
        self.valid_from = OptionalDate(
            self.widget(QCheckBox, "check_zone_valid_from"),
            self.widget(QDateEdit, "edit_zone_valid_from"),
        )
        self.valid_to = OptionalDate(
            self.widget(QCheckBox, "check_zone_valid_to"),
            self.widget(QDateEdit, "edit_zone_valid_to"),
        )
        self.notes = self.widget(QPlainTextEdit, "edit_zone_notes")
        fill_enum(self.kind_combo, ZoneKind)
        self.tenant.addItem(tr("— none —"), None)
        for tenant in sorted(self.plan.tenants(), key=lambda t: t.name.casefold()):
            self.tenant.addItem(tenant.name, tenant.id)
        entity = self.original
        if isinstance(entity, Zone):
            select_data(self.kind_combo, entity.kind)
            self.name.setText(entity.name)
            select_data(self.tenant, entity.tenant_id)
            self.valid_from.set(entity.valid_from)
            self.valid_to.set(entity.valid_to)
            self.notes.setPlainText(entity.notes)
            self.shape = entity.geometry
        else:
            select_data(self.kind_combo, ZoneKind.RESTRICTED_AREA)
            self.valid_from.set(None)
            self.valid_to.set(None)
        if self.shape is not None:
            self.widget(QLabel, "label_zone_geometry_summary").setText(geometry_summary(self.shape))

    def candidate(self) -> Entity:
        fields: dict[str, Any] = {
            "kind": current_enum(self.kind_combo, ZoneKind),
            "name": self.name.text(),
            "tenant_id": self.tenant.currentData(),
            "valid_from": self.valid_from.get(),
            "valid_to": self.valid_to.get(),
            "notes": self.notes.toPlainText(),
        }
        if isinstance(self.original, Zone):
            return replace(self.original, **fields)
        return Zone(id=self.object_id, geometry=self.shape, **fields)
