"""File > Export Table… and the tables' Export buttons: the rows a table shows (its filter, its
order) written to CSV or XLSX through the file dialog, read back and compared with the table."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cosmoplan.domain import Allocation, Kind
from cosmoplan.gui.i18n import install_translators
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.tables.panel import KindTable, TablesPanel

Chosen = list[tuple[str, str]]  # what the patched file dialog was asked: caption, start


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None, str], Chosen]:
    """``choose(path, filter)``: the Save dialog answers ``path`` (``None``: Cancel)."""

    def patch(path: Path | None, chosen_filter: str = "") -> Chosen:
        asked: Chosen = []

        def answer(_parent: Any, caption: str, start: str, filters: str) -> tuple[str, str]:
            asked.append((caption, start))
            assert "(*.csv)" in filters and "(*.xlsx)" in filters
            return ("" if path is None else str(path)), chosen_filter

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
        return asked

    return patch


def shown_texts(table: KindTable, column: int) -> list[str]:
    """A column's texts as the table shows them, top to bottom."""
    proxy = table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def xlsx_rows(path: Path) -> tuple[list[Any], list[list[Any]]]:
    page = openpyxl.load_workbook(path).active
    assert page.freeze_panes == "A2" and page.auto_filter.ref
    header, *rows = [[cell.value for cell in row] for row in page.iter_rows()]
    return header, rows


def test_file_export_table_writes_the_filtered_allocations_of_the_table_used_last(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Callable[..., Chosen]
) -> None:
    panel = main_window.panels.allocations.tables
    main_window.panels.docks["allocations"].raise_()
    table = panel.table(Kind.ALLOCATION)
    plan = main_window.document.plan
    first = min(plan.allocations(), key=lambda a: a.id)
    tenant = plan.get(Kind.TENANT, first.tenant_id).name  # type: ignore[union-attr]
    qtbot.keyClicks(panel.filter, tenant)
    panel.apply_filter()
    shown = table.proxy.rowCount()
    assert 0 < shown < table.model.rowCount()
    qtbot.mouseClick(
        table.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.view.visualRect(table.proxy.index(0, 1)).center(),
    )
    asked = choose(tmp_path / "leases", "Excel workbooks (*.xlsx)")
    main_window.action_set["file.export-table"].trigger()
    assert asked and Path(asked[0][1]).parent == tmp_path  # starts in the plan's folder
    header, rows = xlsx_rows(tmp_path / "leases.xlsx")  # the filter's suffix was added
    assert header == [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(11)]
    assert len(rows) == shown
    for row, ids in zip(rows, shown_texts(table, 0), strict=True):
        assert str(row[0]) == ids
        allocation = plan.get(Kind.ALLOCATION, row[0])
        assert isinstance(allocation, Allocation)
        assert tenant.casefold() in " ".join(str(cell) for cell in row).casefold()  # the filter
        assert row[3] == plan.get(Kind.PAD, allocation.pad_id).code  # type: ignore[union-attr]
        assert row[4] == datetime.combine(allocation.start, datetime.min.time())  # real dates
        assert row[5] == datetime.combine(allocation.end, datetime.min.time())
    assert "leases.xlsx" in main_window.statusBar().currentMessage()


def test_the_tables_export_button_writes_the_pads_in_their_order_as_csv(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Callable[..., Chosen]
) -> None:
    panel: TablesPanel = main_window.panels.tables
    table = panel.table(Kind.PAD)
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(panel.filter, "45/")
    choose(tmp_path / "pads.csv")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "pads.csv").open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[0] == "Code"
    assert [row[0] for row in rows] == shown_texts(table, 0)
    assert len(rows) >= 2 and all("45/" in row[0] for row in rows)
    assert [row[0] for row in rows] == sorted((row[0] for row in rows), reverse=True)
    assert "pads.csv" in main_window.statusBar().currentMessage()


def test_the_findings_shown_are_exported(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Callable[..., Chosen]
) -> None:
    panel = main_window.panels.findings
    qtbot.mouseClick(panel.filter, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.filter, "overlap")
    assert panel.shown() and len(panel.shown()) < len(main_window.findings.findings)
    choose(tmp_path / "findings.xlsx")
    main_window.action_set["file.export-table"].trigger()  # the findings' filter had the focus
    header, rows = xlsx_rows(tmp_path / "findings.xlsx")
    assert header[:3] == ["Severity", "Rule", "Finding"]
    assert [row[2] for row in rows] == [finding.text for finding in panel.shown()]


def test_cancel_writes_nothing_and_the_plan_is_never_replaced(
    qtbot: Any,
    main_window: MainWindow,
    tmp_path: Path,
    choose: Callable[..., Chosen],
    answer: Callable[[QMessageBox.StandardButton], Any],
) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    choose(None)
    assert main_window.panels.tables.export_current() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    plan_file = tmp_path / "baikonur.cosmoplan"
    content = plan_file.read_bytes()
    choose(tmp_path / "baikonur.cosmoplan.xlsx")
    (tmp_path / "baikonur.cosmoplan.xlsx").symlink_to(plan_file)
    box = answer(QMessageBox.StandardButton.Ok)
    assert main_window.panels.tables.export_current() is None
    assert box.seen and "plan" in box.text
    assert plan_file.read_bytes() == content


def test_headers_and_words_are_in_the_window_language(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Callable[..., Chosen], qapp: Any
) -> None:
    translators = install_translators(qapp, "ru_RU")
    try:
        choose(tmp_path / "pads.xlsx")
        main_window.panels.tables.export_current()
        header, rows = xlsx_rows(tmp_path / "pads.xlsx")
        table = main_window.panels.tables.table(Kind.PAD)
        assert header[0] == table.model.headerData(0, Qt.Orientation.Horizontal) != "Code"
        statuses = set(shown_texts(table, 3))
        assert {row[3] for row in rows} == statuses and "Active" not in statuses
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
