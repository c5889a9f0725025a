"""The map's derived safety layers, declared once: the window makes one of each and a View
menu action per layer from what each class declares."""

from __future__ import annotations

from typing import Any

from cosmoplan.gui.map.corridors import CorridorOverlay
from cosmoplan.gui.map.hazards import HazardOverlay
from cosmoplan.gui.map.safety import SafetyLayer

#: The safety layers in the order of the View menu.
SAFETY_LAYERS: tuple[type[SafetyLayer[Any]], ...] = (HazardOverlay, CorridorOverlay)
