"""Tables: rows follow the document's changes one by one, sort naturally, filter, and share
the selection with the rest of the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from cosmoplan.domain import Kind, Pad, PadStatus, PadStatusPeriod, Plan, Ref
from cosmoplan.gui.document import Document
from cosmoplan.gui.tables import TablesPanel
from cosmoplan.gui.tables import panel as tables_panel
from cosmoplan.services.commands import AddObjects, RemoveObjects, UpdateObject
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import AsOfDate, Selection


@pytest.fixture
def document(plan: Plan) -> Document:
    return Document(Project(plan))


@pytest.fixture
def panel(qtbot: Any, document: Document) -> TablesPanel:
    widget = TablesPanel(document, Selection(), AsOfDate())
    qtbot.addWidget(widget)
    return widget


def column_texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def pad(plan: Plan, code: str) -> Pad:
    found = plan.pad_by_code(code)
    assert found is not None
    return found


def test_rows_are_inserted_removed_and_changed_without_a_reset(
    qtbot: Any, panel: TablesPanel, document: Document
) -> None:
    model = panel.table(Kind.PAD).model
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda *_: events.append("inserted"))
    model.rowsRemoved.connect(lambda *_: events.append("removed"))
    model.dataChanged.connect(lambda *_: events.append("changed"))
    count = model.rowCount()
    original = pad(document.plan, "45/1")
    copy = replace(original, id=document.plan.next_id(Kind.PAD), code="45/9", name="Copy")
    document.execute(AddObjects([copy]))
    assert model.rowCount() == count + 1
    document.execute(UpdateObject(replace(original, name="Renamed")))
    row = model.row_of(original.id)
    assert model.index(row, 1).data() == "Renamed"
    document.execute(RemoveObjects([Ref(Kind.PAD, copy.id)]))
    assert model.rowCount() == count
    document.undo()  # the removal comes back as an insertion
    assert model.rowCount() == count + 1
    assert "reset" not in events
    assert {"inserted", "removed", "changed"} <= set(events)
    assert f"({count + 1})" in panel.tabs.tabText(0)


def test_a_new_row_takes_its_place_in_a_sorted_table(
    panel: TablesPanel, document: Document
) -> None:
    pads = panel.table(Kind.PAD)
    pads.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by code
    original = pad(document.plan, "45/1")
    copy = replace(original, id=document.plan.next_id(Kind.PAD), code="45/3", name="Third")
    document.execute(AddObjects([copy]))
    codes = [pads.proxy.index(r, 0).data() for r in range(pads.proxy.rowCount())]
    assert codes.index("45/3") == codes.index("45/2") + 1
    assert pads.model.row_of(copy.id) == codes.index("45/3")
    pads.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    document.undo()
    document.redo()
    codes = [pads.proxy.index(r, 0).data() for r in range(pads.proxy.rowCount())]
    assert codes.index("45/3") == codes.index("45/2") - 1


def test_renaming_a_complex_refreshes_the_complex_column_of_pads(
    panel: TablesPanel, document: Document
) -> None:
    model = panel.table(Kind.PAD).model
    target = pad(document.plan, "45/1")
    complex_ = document.plan.get(Kind.COMPLEX, target.complex_id)
    document.execute(UpdateObject(replace(complex_, name="Baiterek")))
    assert model.index(model.row_of(target.id), 2).data() == f"Site {complex_.site} (Baiterek)"


def test_pad_codes_sort_naturally_and_the_filter_finds_rows(panel: TablesPanel) -> None:
    table = panel.table(Kind.PAD)
    codes = column_texts(table.proxy, 0)
    sites = [int(code.split("/")[0]) for code in codes if code[0].isdigit()]
    assert sites == sorted(sites)  # 1/5, 31/6, 45/1 ... 200/39, 250: numbers, not text
    assert codes.index("45/2") < codes.index("81/23") < codes.index("200/39")
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(table.proxy, 0) == list(reversed(codes))
    panel.filter.setText("proton")
    assert 0 < table.proxy.rowCount() < table.model.rowCount()
    assert all(code.startswith(("81/", "200/")) for code in column_texts(table.proxy, 0))


def test_status_column_follows_the_date(panel: TablesPanel, document: Document) -> None:
    target = pad(document.plan, "45/1")
    periods = (
        PadStatusPeriod(PadStatus.ACTIVE, None, date(2000, 1, 1)),
        PadStatusPeriod(PadStatus.MUSEUM, date(2000, 1, 1), None),
    )
    document.execute(UpdateObject(replace(target, status_periods=periods)))
    model = panel.table(Kind.PAD).model
    row = model.row_of(target.id)
    panel.set_date(date(1995, 1, 1))
    assert model.index(row, 3).data() == "Active"
    panel.set_date(date(2020, 1, 1))
    assert model.index(row, 3).data() == "Museum"


def test_selecting_rows_sets_the_selection_and_back(panel: TablesPanel, document: Document) -> None:
    pads = panel.table(Kind.PAD)
    target = pad(document.plan, "45/1")
    proxy_row = pads.proxy.mapFromSource(pads.model.index(pads.model.row_of(target.id), 0))
    pads.view.selectionModel().select(
        proxy_row,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert panel.selection.refs == {Ref(Kind.PAD, target.id)}
    zone = next(document.plan.zones())
    panel.selection.set([Ref(Kind.ZONE, zone.id)])
    assert pads.selected_refs() == set()
    assert panel.table(Kind.ZONE).selected_refs() == {Ref(Kind.ZONE, zone.id)}
    assert panel.tabs.currentWidget() is panel.table(Kind.ZONE).view


def test_double_click_asks_to_edit_the_row(
    qtbot: Any, panel: TablesPanel, document: Document
) -> None:
    pads = panel.table(Kind.PAD)
    panel.show()
    qtbot.waitExposed(panel)
    target = pad(document.plan, "45/1")
    index = pads.proxy.mapFromSource(pads.model.index(pads.model.row_of(target.id), 0))
    pads.view.scrollTo(index)
    rect = pads.view.visualRect(index)
    with qtbot.waitSignal(panel.edit_requested) as signal:
        # a real double-click: press/release, then the double-click event
        qtbot.mouseClick(pads.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(pads.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [Ref(Kind.PAD, target.id)]


def test_sorting_by_a_number_keeps_the_selection_and_the_filter_sees_edits(
    panel: TablesPanel, document: Document
) -> None:
    pads = panel.table(Kind.PAD)
    target = pad(document.plan, "45/1")
    panel.selection.set([Ref(Kind.PAD, target.id)])
    pads.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # max lift-off mass
    masses = [p.capabilities.max_liftoff_mass_kg or 0 for p in document.plan.pads()]
    top = pads.proxy.index(0, 0).data()
    assert document.plan.pad_by_code(top).capabilities.max_liftoff_mass_kg == max(masses)
    assert pads.selected_refs() == {Ref(Kind.PAD, target.id)}
    panel.filter.setText("zzz-unique")
    assert pads.proxy.rowCount() == 0
    document.execute(UpdateObject(replace(target, name="ZZZ-unique name")))
    assert pads.proxy.rowCount() == 1


def test_on_a_big_plan_the_filter_waits_for_a_pause_in_the_typing_or_enter(
    qtbot: Any, panel: TablesPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables_panel, "INSTANT_FILTER_ROWS", 10)  # the demo counts as big
    pads = panel.table(Kind.PAD)
    shown = pads.proxy.rowCount()
    qtbot.keyClicks(panel.filter, "prot")
    assert pads.proxy.rowCount() == shown  # not yet: typing goes on undisturbed
    qtbot.waitUntil(lambda: pads.proxy.rowCount() < shown, timeout=2000)
    proxy = pads.proxy
    texts = [
        pads.model.row_text(proxy.mapToSource(proxy.index(row, 0)).row())
        for row in range(proxy.rowCount())
    ]
    assert texts and all("prot" in text for text in texts)
    qtbot.keyClicks(panel.filter, "zzz")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)  # Enter filters at once
    assert pads.proxy.rowCount() == 0
