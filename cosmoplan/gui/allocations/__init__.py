"""Allocating pads: the "Allocate pad" dialog with its live list of fitting pads, the
allocations table, and the status commands of the allocation lifecycle."""

from cosmoplan.gui.allocations.columns import ALLOCATION_COLUMNS
from cosmoplan.gui.allocations.dialog import AllocationDialog
from cosmoplan.gui.allocations.panel import allocations_panel
from cosmoplan.gui.allocations.workflow import AllocationWorkflow

__all__ = ["ALLOCATION_COLUMNS", "AllocationDialog", "AllocationWorkflow", "allocations_panel"]
