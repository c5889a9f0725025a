"""The map canvas feature: the plan on a pyqtgraph map, its layers panel and editing tools."""

from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.map.formatting import format_position
from cosmoplan.gui.map.layers_panel import LayersPanel

__all__ = ["LayersPanel", "MapCanvas", "format_position"]
