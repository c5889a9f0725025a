"""Tables of complexes, pads, facilities and zones, synchronised with the selection."""

from cosmoplan.gui.tables.model import ObjectTableModel
from cosmoplan.gui.tables.panel import TablesPanel

__all__ = ["ObjectTableModel", "TablesPanel"]
