"""The Undo History panel."""

from cosmoplan.gui.history.panel import HistoryPanel

__all__ = ["HistoryPanel"]
