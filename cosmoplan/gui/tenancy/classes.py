"""People's names for the flight-corridor classes of a vehicle (safety rules §4.2), and the
combo box that offers them (blank first: the class is unknown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from cosmoplan.domain import VehicleClass
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label

#: Payload to a 100 nm orbit of each orbital class, 28° / 90° inclination (14 CFR 420.19 Table 1).
_PAYLOADS: dict[VehicleClass, str] = {
    VehicleClass.SMALL: "≤ 4,400 lb / ≤ 3,300 lb",
    VehicleClass.MEDIUM: "4,400–11,100 lb / 3,300–8,400 lb",
    VehicleClass.MEDIUM_LARGE: "11,100–18,500 lb / 8,400–15,000 lb",
    VehicleClass.LARGE: "> 18,500 lb / > 15,000 lb",
}


def class_label(value: VehicleClass | None) -> str:
    """The translated name of a corridor class (empty for an unknown class)."""
    return "" if value is None else label(value)


def class_tip(value: VehicleClass) -> str:
    """What the class means, for a tooltip."""
    payload = _PAYLOADS.get(value)
    if payload is None:
        return tr(
            "A guided suborbital vehicle: its corridor ends at the impact area of its apogee."
        )
    return tr(
        "Payload to a 100 nm orbit at 28° / 90° inclination: {payload} (14 CFR 420.19 Table 1)."
    ).format(payload=payload)


def fill_classes(combo: QComboBox) -> None:
    """Offer "unknown" (blank) and the five classes, keeping the id as data."""
    combo.clear()
    combo.addItem("", None)
    combo.setItemData(
        0, tr("Unknown: the flight corridor is not checked."), Qt.ItemDataRole.ToolTipRole
    )
    for value in VehicleClass:
        combo.addItem(class_label(value), value)
        combo.setItemData(combo.count() - 1, class_tip(value), Qt.ItemDataRole.ToolTipRole)
