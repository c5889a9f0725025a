"""Editors of a tenant and of a vehicle (Designer forms ``tenant_editor.ui`` and
``vehicle_editor.ui``), validating as the planner types, like the site editors."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from cosmoplan.domain import (
    Entity,
    Kind,
    NegotiationStatus,
    Propellant,
    Tenant,
    TenantKind,
    Vehicle,
    VehicleClass,
)
from cosmoplan.gui.editors.base import (
    EntityEditor,
    FieldError,
    current_enum,
    fill_enum,
    parse_number,
    select_data,
    tr,
)
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.tenancy.classes import fill_classes
from cosmoplan.safety.tnt import NO_ESTABLISHED_FACTOR

TONNE = 1000.0


class TenantEditor(EntityEditor):
    """Edits a :class:`Tenant`: name, country, kind, where talks stand, contact, notes."""

    form_name = "tenant_editor"
    prefix = "tenant"
    kind = Kind.TENANT
    title_new = QT_TRANSLATE_NOOP("editors", "New tenant")
    title_edit = QT_TRANSLATE_NOOP("editors", "Tenant")

    def populate(self) -> None:
        self.name = self.widget(QLineEdit, "edit_tenant_name")
        self.country = self.widget(QLineEdit, "edit_tenant_country")
        self.kind_combo = self.widget(QComboBox, "edit_tenant_kind")
        self.status = self.widget(QComboBox, "edit_tenant_status")
        self.contact = self.widget(QLineEdit, "edit_tenant_contact")
        self.source = self.widget(QLineEdit, "edit_tenant_source")
        self.notes = self.widget(QPlainTextEdit, "edit_tenant_notes")
        fill_enum(self.kind_combo, TenantKind)
        fill_enum(self.status, NegotiationStatus)
        tenant = self.original
        if isinstance(tenant, Tenant):
            self.name.setText(tenant.name)
            self.country.setText(tenant.country)
            select_data(self.kind_combo, tenant.kind)
            select_data(self.status, tenant.status)
            self.contact.setText(tenant.contact)
            self.source.setText(tenant.source)
            self.notes.setPlainText(tenant.notes)
        else:
            select_data(self.kind_combo, TenantKind.STARTUP)
            select_data(self.status, NegotiationStatus.FIRST_CONTACT)

    def candidate(self) -> Entity:
        fields: dict[str, Any] = {
            "name": self.name.text(),
            "country": self.country.text(),
            "kind": current_enum(self.kind_combo, TenantKind),
            "status": current_enum(self.status, NegotiationStatus),
            "contact": self.contact.text().strip(),
            "source": self.source.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        if isinstance(self.original, Tenant):
            tenant = replace(self.original, **fields)
        else:
            tenant = Tenant(id=self.object_id, **fields)
        self._require_unique_name(tenant)
        return tenant

    def _require_unique_name(self, tenant: Tenant) -> None:
        other = self.plan.tenant_by_name(tenant.name)
        if other is not None and other.id != tenant.id:
            raise FieldError(
                "name", tr("A tenant called {name!r} already exists.").format(name=other.name)
            )


class VehicleEditor(EntityEditor):
    """Edits a :class:`Vehicle`: its tenant, propellant and figures (empty: unknown)."""

    form_name = "vehicle_editor"
    prefix = "vehicle"
    kind = Kind.VEHICLE
    title_new = QT_TRANSLATE_NOOP("editors", "New vehicle")
    title_edit = QT_TRANSLATE_NOOP("editors", "Vehicle")
    aliases: ClassVar[dict[str, str]] = {
        "tenant_id": "tenant",
        "payload to leo": "payload",
        "launches per year": "launches",
        "division 1.1 mass": "division_1_1",
        "tnt-equivalent factor": "tnt_factor",
        "vehicle_class": "class",
    }

    def populate(self) -> None:
        self.tenant = self.widget(QComboBox, "edit_vehicle_tenant")
        self.name = self.widget(QLineEdit, "edit_vehicle_name")
        self.propellant = self.widget(QComboBox, "edit_vehicle_propellant")
        self.stages = self.widget(QLineEdit, "edit_vehicle_stages")
        self.height_edit = self.widget(QLineEdit, "edit_vehicle_height")
        self.diameter = self.widget(QLineEdit, "edit_vehicle_diameter")
        self.liftoff_mass = self.widget(QLineEdit, "edit_vehicle_liftoff_mass")
        self.propellant_mass = self.widget(QLineEdit, "edit_vehicle_propellant_mass")
        self.thrust = self.widget(QLineEdit, "edit_vehicle_liftoff_thrust")
        self.payload = self.widget(QLineEdit, "edit_vehicle_payload")
        self.launches = self.widget(QLineEdit, "edit_vehicle_launches")
        self.source = self.widget(QLineEdit, "edit_vehicle_source")
        self.notes = self.widget(QPlainTextEdit, "edit_vehicle_notes")
        self.division_1_1 = self.widget(QLineEdit, "edit_vehicle_division_1_1")
        self.tnt_factor = self.widget(QLineEdit, "edit_vehicle_tnt_factor")
        self.factor_source = self.widget(QLineEdit, "edit_vehicle_tnt_factor_source")
        self.vehicle_class = self.widget(QComboBox, "edit_vehicle_class")
        self.apogee = self.widget(QLineEdit, "edit_vehicle_apogee")
        self.factor_hint = self.widget(QLabel, "label_vehicle_factor_hint")
        fill_classes(self.vehicle_class)
        self.tenant.addItem(tr("— choose a tenant —"), None)
        for tenant in sorted(self.plan.tenants(), key=lambda t: t.name.casefold()):
            self.tenant.addItem(tenant.name, tenant.id)
        fill_enum(self.propellant, Propellant)
        vehicle = self.original
        if isinstance(vehicle, Vehicle):
            select_data(self.tenant, vehicle.tenant_id)
            self.name.setText(vehicle.name)
            select_data(self.propellant, vehicle.propellant)
            self.stages.setText("" if vehicle.stages is None else str(vehicle.stages))
            self.show_number(self.height_edit, vehicle.height_m)
            self.show_number(self.diameter, vehicle.diameter_m)
            self.show_number(self.liftoff_mass, vehicle.liftoff_mass_kg, TONNE)
            self.show_number(self.propellant_mass, vehicle.propellant_mass_kg, TONNE)
            self.show_number(self.thrust, vehicle.liftoff_thrust_kn)
            self.show_number(self.payload, vehicle.payload_leo_kg)
            self.show_number(self.launches, vehicle.launches_per_year)
            self.source.setText(vehicle.source)
            self.notes.setPlainText(vehicle.notes)
            self.show_number(self.division_1_1, vehicle.division_1_1_kg)
            self.show_number(self.tnt_factor, vehicle.tnt_factor)
            self.factor_source.setText(vehicle.tnt_factor_source)
            select_data(self.vehicle_class, vehicle.vehicle_class)
            self.show_number(self.apogee, vehicle.apogee_km)
        self.propellant.currentIndexChanged.connect(self._show_safety_hints)
        self.tnt_factor.textChanged.connect(self._show_safety_hints)
        self.vehicle_class.currentIndexChanged.connect(self._show_safety_hints)
        self._show_safety_hints()

    def _show_safety_hints(self) -> None:
        """Apogee only for a guided suborbital vehicle; a word on a propellant with no
        established factor, or on a factor that looks like a percentage."""
        suborbital = self.vehicle_class.currentData() == VehicleClass.GUIDED_SUBORBITAL
        self.apogee.setEnabled(suborbital)
        text = self.tnt_factor.text()
        try:
            factor = parse_number(text, "tnt_factor")
        except FieldError:
            factor = None
        hint = ""
        if not text.strip() and current_enum(self.propellant, Propellant) in NO_ESTABLISHED_FACTOR:
            hint = tr(
                "No established TNT factor for this propellant: enter one with its source, "
                "or its hazard areas are not checked."
            )
        elif factor is not None and factor > 1:
            hint = tr(
                "A factor above 1 counts more TNT than the propellant weighs: the factor is a "
                "fraction (0.2 for 20%)."
            )
        self.factor_hint.setText(hint)
        self.factor_hint.setVisible(bool(hint))

    def set_tenant(self, tenant_id: int | None) -> None:
        """Choose the tenant (a new vehicle of the tenant selected elsewhere)."""
        select_data(self.tenant, tenant_id)

    def _stages(self) -> int | None:
        text = self.stages.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise FieldError("stages", tr("The number of stages is a whole number."))
        return int(text)

    def candidate(self) -> Entity:
        tenant_id = self.tenant.currentData()
        if tenant_id is None:
            raise FieldError("tenant", tr("Choose the tenant this vehicle belongs to."))
        fields: dict[str, Any] = {
            "tenant_id": tenant_id,
            "name": self.name.text(),
            "propellant": current_enum(self.propellant, Propellant),
            "stages": self._stages(),
            "height_m": self.read_number(self.height_edit, "height"),
            "diameter_m": self.read_number(self.diameter, "diameter"),
            "liftoff_mass_kg": self.read_number(self.liftoff_mass, "liftoff_mass", TONNE),
            "propellant_mass_kg": self.read_number(self.propellant_mass, "propellant_mass", TONNE),
            "liftoff_thrust_kn": self.read_number(self.thrust, "liftoff_thrust"),
            "payload_leo_kg": self.read_number(self.payload, "payload"),
            "launches_per_year": self.read_number(self.launches, "launches"),
            "source": self.source.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "division_1_1_kg": self.read_number(self.division_1_1, "division_1_1"),
            "tnt_factor": self.read_number(self.tnt_factor, "tnt_factor"),
            "tnt_factor_source": self.factor_source.text().strip(),
            "vehicle_class": current_enum(self.vehicle_class, VehicleClass),
            "apogee_km": (
                self.read_number(self.apogee, "apogee") if self.apogee.isEnabled() else None
            ),
        }
        if isinstance(self.original, Vehicle):
            vehicle = replace(self.original, **fields)
        else:
            vehicle = Vehicle(id=self.object_id, **fields)
        self._require_unique_name(vehicle)
        return vehicle

    def _require_unique_name(self, vehicle: Vehicle) -> None:
        other = self.plan.vehicle_by_name(vehicle.name, vehicle.tenant_id)
        if other is not None and other.id != vehicle.id:
            raise FieldError(
                "name",
                tr("This tenant already has a vehicle called {name!r}.").format(name=other.name),
            )


#: The editors this feature adds to :data:`cosmoplan.gui.editor_registry.EDITORS`.
TENANCY_EDITORS: dict[Kind, type[EntityEditor]] = {
    Kind.TENANT: TenantEditor,
    Kind.VEHICLE: VehicleEditor,
}
