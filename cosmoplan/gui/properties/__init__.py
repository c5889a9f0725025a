"""The properties panel: a summary of the selected object."""

from cosmoplan.gui.properties.panel import PropertiesPanel

__all__ = ["PropertiesPanel"]
