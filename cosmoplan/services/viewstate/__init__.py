"""A window's view state without Qt: the selection, the "as of" date, today's clock, the map's
layers and the timeline's rows, each a plain object that calls its subscribers when it changes.
The GUI builds one set per window and hands each view what it shows."""

from cosmoplan.services.viewstate.asof import AsOfDate
from cosmoplan.services.viewstate.clock import Clock
from cosmoplan.services.viewstate.contents import LayerContents
from cosmoplan.services.viewstate.layers import LayerInfo, LayerModel, LayerSettings, MapLayerState
from cosmoplan.services.viewstate.observable import Observable
from cosmoplan.services.viewstate.selection import Selection
from cosmoplan.services.viewstate.state import ViewState
from cosmoplan.services.viewstate.timeline import TimelineModel

__all__ = [
    "AsOfDate",
    "Clock",
    "LayerContents",
    "LayerInfo",
    "LayerModel",
    "LayerSettings",
    "MapLayerState",
    "Observable",
    "Selection",
    "TimelineModel",
    "ViewState",
]
