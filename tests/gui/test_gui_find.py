"""Find (Ctrl+F): typing finds pads, names, tenants and coordinates; Enter or a double click
selects the object and shows it on the map, or centres the map on the place with a marker."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from shapely.geometry import Point

from cosmoplan.domain import Allocation, Kind, Pad, Ref
from cosmoplan.geo import to_model
from cosmoplan.gui.find import FindDialog
from cosmoplan.gui.find.dialog import TARGET_ROLE
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.services.commands import UpdateObject
from cosmoplan.services.search import Place


def open_find(qtbot: Any, window: MainWindow) -> FindDialog:
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.finder.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def typed(qtbot: Any, dialog: FindDialog, text: str) -> list[Any]:
    dialog.field.selectAll()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.field, text)
    results = dialog.results
    return [results.item(row).data(TARGET_ROLE) for row in range(results.count())]


def view_contains(window: MainWindow, x: float, y: float, within_m: float = 20_000) -> bool:
    x0, y0, x1, y1 = window.canvas.navigator.box.viewRect().getCoords()
    inside = x0 < x < x1 and min(y0, y1) < y < max(y0, y1)
    return inside and x1 - x0 < within_m


def test_typing_a_pad_code_and_enter_selects_it_and_zooms_to_it(
    qtbot: Any, main_window: MainWindow
) -> None:
    dialog = open_find(qtbot, main_window)
    pad = main_window.document.plan.pad_by_code("45/1")
    assert pad is not None
    targets = typed(qtbot, dialog, "45/1")
    assert targets[0] == Ref(Kind.PAD, pad.id)
    assert dialog.results.item(0).text().startswith("45/1 (launch pad)")
    main_window.canvas.zoom_to_all()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert main_window.selection.refs == {Ref(Kind.PAD, pad.id)}
    assert view_contains(main_window, pad.location.x, pad.location.y)


def test_a_tenant_finds_its_allocations_and_a_double_click_shows_the_pad(
    qtbot: Any, main_window: MainWindow
) -> None:
    plan = main_window.document.plan
    allocation = min(plan.allocations(), key=lambda a: a.id)
    tenant = plan.get(Kind.TENANT, allocation.tenant_id)
    dialog = open_find(qtbot, main_window)
    targets = typed(qtbot, dialog, getattr(tenant, "name", ""))
    assert targets[0] == Ref(Kind.TENANT, allocation.tenant_id)
    assert Ref(Kind.ALLOCATION, allocation.id) in targets
    row = targets.index(Ref(Kind.ALLOCATION, allocation.id))
    for _ in range(row):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # the arrows move in the results
    assert dialog.results.currentRow() == row
    item = dialog.results.item(row)
    assert " on " in item.text()  # named as a planner names it, not "allocation 12"
    main_window.canvas.zoom_to_all()
    dialog.results.scrollToItem(item)
    centre = dialog.results.visualItemRect(item).center()
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert main_window.selection.refs == {Ref(Kind.ALLOCATION, allocation.id)}
    pad = plan.get(Kind.PAD, allocation.pad_id)
    assert isinstance(pad, Pad) and isinstance(allocation, Allocation)
    assert view_contains(main_window, pad.location.x, pad.location.y)


def test_coordinates_centre_the_map_with_a_marker(qtbot: Any, main_window: MainWindow) -> None:
    dialog = open_find(qtbot, main_window)
    for text, (lon, lat) in [
        ("45.92, 63.34", (63.34, 45.92)),
        ("45°58'N 63°30'E", (63.5, 45 + 58 / 60)),
    ]:
        targets = typed(qtbot, dialog, text)
        assert isinstance(targets[0], Place)
        assert dialog.results.item(0).text().startswith("Go to ")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        x, y = to_model(lon, lat)
        assert view_contains(main_window, x, y, within_m=5000)
        (mark,) = main_window.finder.marker.marks
        assert mark.geometry.equals_exact(Point(x, y), 1e-6)
    targets = typed(qtbot, dialog, "41N 526365 5085215")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert view_contains(main_window, 526365, 5085215, within_m=5000)


def test_nothing_found_is_said_and_the_index_follows_edits(
    qtbot: Any, main_window: MainWindow
) -> None:
    dialog = open_find(qtbot, main_window)
    assert typed(qtbot, dialog, "no such thing anywhere") == []
    assert dialog.status.text() == "Nothing found."
    pad = main_window.document.plan.pad_by_code("45/1")
    assert pad is not None
    main_window.document.execute(UpdateObject(replace(pad, code="45/1A")))
    assert typed(qtbot, dialog, "45/1a")[0] == Ref(Kind.PAD, pad.id)
    assert dialog.status.text() == ""
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
