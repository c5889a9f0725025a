"""The columns of the tenants' and the vehicles' tables (declared in the core)."""

from __future__ import annotations

from cosmoplan.services.tables.columns import tenant_name
from cosmoplan.services.tables.tenancy import TENANT_COLUMNS, VEHICLE_COLUMNS

__all__ = ["TENANT_COLUMNS", "VEHICLE_COLUMNS", "tenant_name"]
