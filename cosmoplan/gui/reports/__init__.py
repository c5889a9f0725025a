"""File > Export report…: report options, an in-app preview of the pages, export to PDF."""

from cosmoplan.gui.reports.dialog import ReportDialog, open_report_dialog

__all__ = ["ReportDialog", "open_report_dialog"]
