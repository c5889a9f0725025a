"""One window's view state, built by the composition root and handed to the views."""

from __future__ import annotations

from dataclasses import dataclass, field

from cosmoplan.services.viewstate.asof import AsOfDate
from cosmoplan.services.viewstate.clock import Clock
from cosmoplan.services.viewstate.layers import LayerModel
from cosmoplan.services.viewstate.selection import Selection


@dataclass(frozen=True)
class ViewState:
    """What a window's views share: the selection, the "as of" date (what is shown), the
    clock (today, what rules about the real world are judged on) and the map's layers."""

    selection: Selection = field(default_factory=Selection)
    as_of: AsOfDate = field(default_factory=AsOfDate)
    layers: LayerModel = field(default_factory=LayerModel)
    clock: Clock = field(default_factory=Clock)
