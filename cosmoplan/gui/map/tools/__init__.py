"""Map tools: one small class per tool, all sharing :class:`MapTool`."""

from cosmoplan.gui.map.tools.base import MapMouseEvent, MapTool
from cosmoplan.gui.map.tools.draw import DrawLineTool, DrawPointTool, DrawPolygonTool
from cosmoplan.gui.map.tools.edit_vertices import EditVerticesTool
from cosmoplan.gui.map.tools.measure import MeasureTool
from cosmoplan.gui.map.tools.move import MoveTool
from cosmoplan.gui.map.tools.pan import PanTool
from cosmoplan.gui.map.tools.select import SelectTool
from cosmoplan.gui.map.tools.zoom_box import ZoomBoxTool

#: Tool classes by id (the ids of ``MapCanvas.set_tool``), in the order of the Tools menu;
#: each class declares its menu text and shortcut.
TOOLS: dict[str, type[MapTool]] = {
    tool.id: tool
    for tool in (
        SelectTool,
        PanTool,
        ZoomBoxTool,
        MeasureTool,
        DrawPointTool,
        DrawLineTool,
        DrawPolygonTool,
        MoveTool,
        EditVerticesTool,
    )
}

__all__ = ["TOOLS", "MapMouseEvent", "MapTool"]
