"""The timeline feature: pads over time with allocation bars to drag, and the shared "as of"
date (a cursor here, a slider for the main window)."""

from cosmoplan.gui.timeline.date_slider import AsOfSlider, plan_period
from cosmoplan.gui.timeline.view import FindingsSource, TimelineView

__all__ = ["AsOfSlider", "FindingsSource", "TimelineView", "plan_period"]
