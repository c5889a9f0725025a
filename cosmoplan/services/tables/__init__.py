"""Tables of a plan without Qt: the columns the window's tables show, the findings' columns,
and their export to CSV and XLSX (shared by the window and ``cosmoplan list``)."""

from cosmoplan.domain import Kind
from cosmoplan.services.tables.cells import ENGLISH, Plain, Term, Words, plain, text
from cosmoplan.services.tables.columns import Column, Reader
from cosmoplan.services.tables.export import (
    FORMATS,
    Sheet,
    build_sheet,
    format_of,
    write_csv_text,
    write_sheet,
)
from cosmoplan.services.tables.findings import FINDING_COLUMNS
from cosmoplan.services.tables.site import (
    COMPLEX_COLUMNS,
    FACILITY_COLUMNS,
    PAD_COLUMNS,
    ZONE_COLUMNS,
)
from cosmoplan.services.tables.tenancy import (
    ALLOCATION_COLUMNS,
    REQUEST_COLUMNS,
    TENANT_COLUMNS,
    VEHICLE_COLUMNS,
)

#: The columns of each kind's table.
COLUMNS: dict[Kind, tuple[Column, ...]] = {
    Kind.COMPLEX: COMPLEX_COLUMNS,
    Kind.PAD: PAD_COLUMNS,
    Kind.FACILITY: FACILITY_COLUMNS,
    Kind.ZONE: ZONE_COLUMNS,
    Kind.TENANT: TENANT_COLUMNS,
    Kind.VEHICLE: VEHICLE_COLUMNS,
    Kind.ALLOCATION: ALLOCATION_COLUMNS,
    Kind.REQUEST: REQUEST_COLUMNS,
}

__all__ = [
    "COLUMNS",
    "ENGLISH",
    "FINDING_COLUMNS",
    "FORMATS",
    "Column",
    "Plain",
    "Reader",
    "Sheet",
    "Term",
    "Words",
    "build_sheet",
    "format_of",
    "plain",
    "text",
    "write_csv_text",
    "write_sheet",
]
