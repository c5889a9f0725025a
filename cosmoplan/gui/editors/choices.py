"""Choices that come from the plan: complexes, power supplies."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import FacilityKind, LaunchComplex, Plan


def site_sort_key(site: str) -> tuple[int, str]:
    """Sort "1", "31", "45", "200" as numbers, then anything else by text."""
    match = re.match(r"\d+", site)
    return (int(match.group()) if match else 1_000_000, site)


def fill_complexes(combo: QComboBox, plan: Plan, none_text: str) -> None:
    """Offer every complex (by site number), after a "none" entry."""
    combo.clear()
    combo.addItem(none_text, None)
    for complex_ in sorted(plan.complexes(), key=lambda c: site_sort_key(c.site)):
        combo.addItem(complex_.label, complex_.id)


def complex_at(plan: Plan, geometry: BaseGeometry) -> LaunchComplex | None:
    """The complex whose footprint contains ``geometry`` (its centre), if any."""
    centre = geometry.centroid
    for complex_ in plan.complexes():
        if complex_.footprint is not None and complex_.footprint.covers(centre):
            return complex_
    return None


def fill_power_supplies(combo: QComboBox, plan: Plan, current: int | None, none_text: str) -> None:
    """Offer power substations (and the current supply, whatever its kind)."""
    combo.clear()
    combo.addItem(none_text, None)
    choices = [
        f for f in plan.facilities() if f.kind is FacilityKind.POWER_SUBSTATION or f.id == current
    ]
    for facility in sorted(choices, key=lambda f: f.name.casefold()):
        combo.addItem(facility.name, facility.id)


def suggest_pad_code(plan: Plan, complex_: LaunchComplex) -> str:
    """The next free code "<site>/<n>" for a new pad of ``complex_``."""
    taken = {p.code for p in plan.pads()}
    numbers = [
        int(p.code.split("/", 1)[1])
        for p in plan.pads()
        if p.complex_id == complex_.id and re.fullmatch(rf"{re.escape(complex_.site)}/\d+", p.code)
    ]
    number = max(numbers, default=0) + 1
    while f"{complex_.site}/{number}" in taken:
        number += 1
    return f"{complex_.site}/{number}"
