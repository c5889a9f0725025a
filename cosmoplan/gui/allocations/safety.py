"""The "Allocate pad" dialog's Safety panel: whether the candidate pad is safe for the chosen
vehicle and period, and the safety findings that say why (14 CFR 420 hazard areas, Appendix A
flight corridor; rule ids ``safety.…``).

The panel judges nothing itself: it sorts the findings the dialog already computed for the
candidate (one :class:`~cosmoplan.analysis.CandidateChecker` check) into a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QStyle

from cosmoplan.analysis import Finding, Severity
from cosmoplan.analysis.rules.corridors import CorridorUncheckedRule
from cosmoplan.analysis.rules.safety import UnknownNewRule
from cosmoplan.domain import Allocation, Pad, Vehicle, VehicleClass
from cosmoplan.gui.allocations.listing import AMBER, GREEN, RED, finding_item, is_safety
from cosmoplan.gui.findings.tree import SEVERITY_COLOURS, SEVERITY_ICONS
from cosmoplan.gui.i18n import tr

#: The safety rules that say a check could not be made.
HAZARD_UNCHECKED = UnknownNewRule.id
CORRIDOR_UNCHECKED = CorridorUncheckedRule.id
GREY = "#616161"


class Verdict(NamedTuple):
    """What the panel says in one line, and in which colour."""

    text: str
    colour: str


def corridor_gap(allocation: Allocation, vehicle: Vehicle) -> str | None:
    """Why the flight corridor of ``allocation`` cannot be built (``None``: it can).

    The corridor rules say nothing about an allocation with neither an azimuth nor a vehicle
    class, so the panel reads the fields itself rather than count on a finding.
    """
    no_azimuth = allocation.launch_azimuth_deg is None
    if vehicle.vehicle_class is None:
        if no_azimuth:
            return tr(
                "The flight corridor is not checked: enter the launch azimuth here and the "
                "vehicle's corridor class in the vehicle editor."
            )
        return tr(
            "The flight corridor is not checked: {vehicle} has no corridor class (set it in "
            "the vehicle editor)."
        ).format(vehicle=vehicle.name)
    if vehicle.vehicle_class is VehicleClass.GUIDED_SUBORBITAL and vehicle.apogee_km is None:
        return tr(
            "The flight corridor is not checked: {vehicle} is guided suborbital but has no "
            "apogee (set it in the vehicle editor)."
        ).format(vehicle=vehicle.name)
    if no_azimuth:
        return tr("The flight corridor is not checked: enter the launch azimuth.")
    return None


def verdict(findings: Iterable[Finding], corridor_known: bool = True) -> Verdict:
    """The verdict on the safety findings of one candidate (other findings are ignored);
    ``corridor_known`` is false when its flight corridor cannot be built."""
    safety = [f for f in findings if is_safety(f)]
    errors = sum(1 for f in safety if f.severity is Severity.ERROR)
    if errors:
        return Verdict(tr("Not safe: %n safety error(s)", "", errors), RED)
    rules = {f.rule for f in safety}
    parts = []
    if HAZARD_UNCHECKED in rules:
        parts.append(tr("hazard areas unknown"))
    if CORRIDOR_UNCHECKED in rules or not corridor_known:
        parts.append(tr("flight corridor unknown"))
    warnings = sum(
        1
        for f in safety
        if f.severity is Severity.WARNING and f.rule not in (HAZARD_UNCHECKED, CORRIDOR_UNCHECKED)
    )
    if warnings:
        parts.append(tr("%n warning(s)", "", warnings))
    if parts:
        return Verdict(tr("Not fully checked: {what}").format(what=", ".join(parts)), AMBER)
    return Verdict(tr("Safe: no hazard-area or flight-corridor conflict"), GREEN)


def azimuth_range_text(pad: Pad | None) -> str:
    """The azimuths ``pad`` allows, for the label beside the azimuth field."""
    if pad is None:
        return ""
    low, high = pad.capabilities.azimuth_min_deg, pad.capabilities.azimuth_max_deg
    if low is None or high is None:
        return tr("any azimuth on this pad")
    return tr("allowed {low:g}°–{high:g}° clockwise").format(low=low, high=high)


class SafetyPanel:
    """The verdict line and the safety findings of the candidate, in the dialog's group box."""

    def __init__(self, group: QGroupBox, verdict_label: QLabel, listing: QListWidget) -> None:
        self.group = group
        self.verdict_label = verdict_label
        self.listing = listing
        self.findings: list[Finding] = []
        self.verdict = Verdict("", GREY)
        font = QFont(verdict_label.font())
        font.setBold(True)
        verdict_label.setFont(font)
        self.show(None, None)

    def show(
        self, findings: list[Finding] | None, pad: Pad | None, corridor: str | None = None
    ) -> None:
        """Show the safety findings among ``findings`` (``None``: nothing to judge yet);
        ``corridor`` says why the flight corridor cannot be built, if it cannot."""
        self.group.setTitle(
            tr("Safety of pad {code}: hazard areas and flight corridor").format(code=pad.code)
            if pad is not None
            else tr("Safety of the pad: hazard areas and flight corridor")
        )
        self.listing.clear()
        if findings is None:
            self.findings = []
            self._say(Verdict(tr("Not checked yet: complete the form."), GREY))
            return
        self.findings = [f for f in findings if is_safety(f)]
        self._say(verdict(self.findings, corridor is None))
        style = self.listing.style()
        for finding in self.findings:
            self.listing.addItem(finding_item(finding, style))
        if corridor is not None and all(f.rule != CORRIDOR_UNCHECKED for f in self.findings):
            item = QListWidgetItem(corridor)
            item.setIcon(style.standardIcon(SEVERITY_ICONS[Severity.INFO]))
            item.setForeground(QBrush(QColor(SEVERITY_COLOURS[Severity.INFO])))
            self.listing.addItem(item)
        if self.listing.count() == 0:
            item = QListWidgetItem(
                tr("Hazard areas and flight corridor clear of public places, roads and tenants.")
            )
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            item.setForeground(QBrush(QColor(GREEN)))
            self.listing.addItem(item)

    def _say(self, said: Verdict) -> None:
        self.verdict = said
        self.verdict_label.setText(said.text)
        self.verdict_label.setStyleSheet(f"color: {said.colour};")
