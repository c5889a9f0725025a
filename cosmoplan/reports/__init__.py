"""Allocation reports: a plan as of a date, for every tenant or one, gathered as data and rendered
to PDF with ReportLab (headless: no Qt)."""

from cosmoplan.reports.layout import SECTION_IDS, SECTIONS, SectionSpec
from cosmoplan.reports.model import (
    KINDS,
    AllocationRow,
    Cover,
    Report,
    TenantSection,
    VehicleRow,
    build_report,
    default_period,
)
from cosmoplan.reports.pages import PAPERS
from cosmoplan.reports.pdf import render_report

__all__ = [
    "KINDS",
    "PAPERS",
    "SECTIONS",
    "SECTION_IDS",
    "AllocationRow",
    "Cover",
    "Report",
    "SectionSpec",
    "TenantSection",
    "VehicleRow",
    "build_report",
    "default_period",
    "render_report",
]
