"""The planner's names of the objects' fields (context ``fields``), for the views that name
fields one by one: the conflict dialog, comparisons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP

#: Each field of the domain objects by its Python name, in English.
FIELD_LABELS: dict[str, str] = {
    "annual_fee_usd": QT_TRANSLATE_NOOP("fields", "Annual fee (USD)"),
    "apogee_km": QT_TRANSLATE_NOOP("fields", "Apogee (km)"),
    "capabilities": QT_TRANSLATE_NOOP("fields", "Capabilities"),
    "code": QT_TRANSLATE_NOOP("fields", "Code"),
    "commissioned": QT_TRANSLATE_NOOP("fields", "Commissioned"),
    "complex_id": QT_TRANSLATE_NOOP("fields", "Launch complex"),
    "contact": QT_TRANSLATE_NOOP("fields", "Contact"),
    "controller": QT_TRANSLATE_NOOP("fields", "Controlled by"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "decommissioned": QT_TRANSLATE_NOOP("fields", "Decommissioned"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "diameter_m": QT_TRANSLATE_NOOP("fields", "Diameter (m)"),
    "division_1_1_kg": QT_TRANSLATE_NOOP("fields", "Division 1.1 explosives (kg)"),
    "end": QT_TRANSLATE_NOOP("fields", "End"),
    "exclusive": QT_TRANSLATE_NOOP("fields", "Exclusive use"),
    "footprint": QT_TRANSLATE_NOOP("fields", "Footprint"),
    "geometry": QT_TRANSLATE_NOOP("fields", "Geometry"),
    "height_m": QT_TRANSLATE_NOOP("fields", "Height (m)"),
    "id": QT_TRANSLATE_NOOP("fields", "Id"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "launch_azimuth_deg": QT_TRANSLATE_NOOP("fields", "Launch azimuth (°)"),
    "launches_per_year": QT_TRANSLATE_NOOP("fields", "Launches per year"),
    "liftoff_mass_kg": QT_TRANSLATE_NOOP("fields", "Lift-off mass (kg)"),
    "liftoff_thrust_kn": QT_TRANSLATE_NOOP("fields", "Lift-off thrust (kN)"),
    "location": QT_TRANSLATE_NOOP("fields", "Location"),
    "max_quantity_kg": QT_TRANSLATE_NOOP("fields", "Maximum quantity (kg)"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "pad_id": QT_TRANSLATE_NOOP("fields", "Pad"),
    "payload_leo_kg": QT_TRANSLATE_NOOP("fields", "Payload to LEO (kg)"),
    "power_facility_id": QT_TRANSLATE_NOOP("fields", "Power supply"),
    "propellant": QT_TRANSLATE_NOOP("fields", "Propellant"),
    "propellant_mass_kg": QT_TRANSLATE_NOOP("fields", "Propellant mass (kg)"),
    "provenance": QT_TRANSLATE_NOOP("fields", "Source and confidence"),
    "required_facility_ids": QT_TRANSLATE_NOOP("fields", "Required facilities"),
    "site": QT_TRANSLATE_NOOP("fields", "Site"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "stages": QT_TRANSLATE_NOOP("fields", "Stages"),
    "start": QT_TRANSLATE_NOOP("fields", "Start"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "status_periods": QT_TRANSLATE_NOOP("fields", "Status periods"),
    "tenant_id": QT_TRANSLATE_NOOP("fields", "Tenant"),
    "tnt_factor": QT_TRANSLATE_NOOP("fields", "TNT equivalence"),
    "tnt_factor_source": QT_TRANSLATE_NOOP("fields", "Source of the TNT equivalence"),
    "valid_from": QT_TRANSLATE_NOOP("fields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("fields", "Valid to"),
    "vehicle_class": QT_TRANSLATE_NOOP("fields", "Vehicle class"),
    "vehicle_id": QT_TRANSLATE_NOOP("fields", "Vehicle"),
}


def field_label(name: str) -> str:
    """The translated label of the field ``name`` (the name itself if it has none)."""
    english = FIELD_LABELS.get(name)
    return QCoreApplication.translate("fields", english) if english is not None else name
