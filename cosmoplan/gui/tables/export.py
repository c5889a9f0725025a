"""Export a table as the window shows it (its rows, filter and order) to a CSV or XLSX file,
and remember which table the planner used last, for File > Export Table…."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from cosmoplan.gui.document import Document
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.tables.words import WORDS
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.tables import Column, build_sheet, write_sheet
from cosmoplan.storage.locations import file_path


def _filters() -> list[tuple[str, str]]:
    """The file dialog's filters, with the suffix each gives a name typed without one."""
    return [(".xlsx", tr("Excel workbooks (*.xlsx)")), (".csv", tr("CSV files (*.csv)"))]


def default_folder(document: Document) -> Path:
    """Where an export goes first: the plan's folder (the home folder for a database plan
    or a new one)."""
    path = file_path(document.project.location) if document.project.location else None
    return path.parent if path is not None else Path.home()


def export_rows(
    parent: QWidget,
    document: Document,
    name: str,
    rows: Sequence[Any],
    columns: Sequence[Column],
    day: date,
) -> Path | None:
    """Ask for a file and write ``rows`` under ``columns`` to it, as the window words them;
    the path written, or ``None`` if the planner cancelled or the file was refused (said in
    a dialog)."""
    filters = _filters()
    suggested = default_folder(document) / f"{name}{filters[0][0]}"
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, tr("Export Table"), str(suggested), ";;".join(text for _, text in filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in {suffix for suffix, _ in filters}:
        suffix = next((s for s, text in filters if text == chosen_filter), filters[0][0])
        path = path.with_name(path.name + suffix)
    sheet = build_sheet(name, rows, columns, document.plan, day, WORDS)
    try:
        return write_sheet(sheet, path)
    except CosmoplanError as error:
        show_error(parent, error, tr("Export Table"))
        return None


class Exportable(Protocol):
    """A panel whose current table can be exported."""

    def export_current(self) -> Path | None:
        """Export the table shown now (asking for the file)."""
        ...

    def isAncestorOf(self, child: QWidget) -> bool:
        """Whether ``child`` is inside the panel."""
        ...


class LastUsedTable(QObject):
    """Which of ``panels`` the planner used last (the first until one has had the focus)."""

    def __init__(self, panels: Sequence[Exportable], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panels = list(panels)
        self.last = self.panels[0]
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for panel in self.panels:
            if new is not None and (new is panel or panel.isAncestorOf(new)):
                self.last = panel
                return

    def export(self) -> Path | None:
        """File > Export Table…: the current table of the panel used last."""
        return self.last.export_current()
