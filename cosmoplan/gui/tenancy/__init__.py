"""Tenants and their vehicles: tables, editors, deletion with their allocations, and pads on
the map coloured by the tenant occupying them."""

from cosmoplan.gui.tenancy.colouring import TenantColouring, TenantLegend
from cosmoplan.gui.tenancy.editors import TENANCY_EDITORS, TenantEditor, VehicleEditor
from cosmoplan.gui.tenancy.panel import TablesDockPanel, tenants_panel

__all__ = [
    "TENANCY_EDITORS",
    "TablesDockPanel",
    "TenantColouring",
    "TenantEditor",
    "TenantLegend",
    "VehicleEditor",
    "tenants_panel",
]
