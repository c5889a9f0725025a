"""Room to work: at 1366x768 the map keeps half the window, Properties shows a pad's main
facts without scrolling, docks keep their sizes, and each table tab has its own filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.project import Project
from tests.gui.conftest import close_all

WIDTH, HEIGHT = 1366, 768


@pytest.fixture
def laptop_window(
    qtbot: Any, plan_file: Path, app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The demo window as first opened on a 1366x768 screen (its default layout)."""
    monkeypatch.setattr(MainWindow, "_initial_size", lambda self: self.resize(WIDTH, HEIGHT))
    window = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    yield window
    close_all(window)


def test_the_map_gets_at_least_half_of_a_1366x768_window(laptop_window: MainWindow) -> None:
    window = laptop_window
    assert window.size().toTuple() == (WIDTH, HEIGHT)
    canvas = window.centralWidget().geometry()
    assert canvas.width() * canvas.height() >= WIDTH * HEIGHT / 2
    for name in ("findings", "properties", "timeline", "tables"):
        dock = window.panels.docks[name]
        assert dock.isVisible() and not dock.visibleRegion().isEmpty(), name
    timeline = window.panels.docks["timeline"].geometry()
    assert timeline.top() >= canvas.bottom() and timeline.height() >= 150


def test_properties_show_a_pads_main_facts_without_scrolling_and_notes_in_a_box(
    qtbot: Any, laptop_window: MainWindow
) -> None:
    window = laptop_window
    plan = window.document.plan
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    window.selection.set([Ref(Kind.PAD, pad.id)])
    QApplication.processEvents()
    panel = window.panels.properties
    facts = panel.body
    assert facts.verticalScrollBar().maximum() == 0  # every main fact is in view
    shown = facts.toPlainText()
    for name in ("Code", "Name", "Complex", "Propellants", "Max lift-off mass", "Max thrust"):
        assert f"{name}:" in shown
    assert "Status history" not in shown and "Status history" in panel.texts.toPlainText()
    assert panel.texts.isVisible() and panel.texts.lineWrapMode() != panel.texts.LineWrapMode.NoWrap
    assert panel.texts.height() >= panel.fontMetrics().lineSpacing() * 3


def test_docks_keep_the_sizes_the_planner_gave_them(
    qtbot: Any, plan_file: Path, app_settings: AppSettings
) -> None:
    # the window's own first size: the offscreen screen (800x600) would clip 1366x768
    window = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(window)
    side, bottom = window.panels.docks["properties"], window.panels.docks["timeline"]
    window.resizeDocks([side], [side.width() + 40], Qt.Orientation.Horizontal)
    window.resizeDocks([bottom], [bottom.height() + 30], Qt.Orientation.Vertical)
    QApplication.processEvents()
    sizes = (side.width(), bottom.height())
    close_all(window)  # closing saves the layout

    again = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(again)
    QApplication.processEvents()
    docks = again.panels.docks
    assert (docks["properties"].width(), docks["timeline"].height()) == sizes
    close_all(again)


def test_each_table_tab_has_its_own_filter_shown_in_the_box_and_on_the_tab(
    qtbot: Any, laptop_window: MainWindow
) -> None:
    window = laptop_window
    panel = window.panels.tables
    pads, facilities = panel.table(Kind.PAD), panel.table(Kind.FACILITY)
    all_facilities = facilities.proxy.rowCount()
    panel.tabs.setCurrentIndex(panel.kinds.index(Kind.PAD))
    qtbot.keyClicks(panel.filter, "proton")
    assert 0 < pads.proxy.rowCount() < pads.model.rowCount()
    pads_tab = panel.kinds.index(Kind.PAD)
    assert panel.tabs.tabText(pads_tab) == f"Pads ({pads.proxy.rowCount()} of 17)"
    assert "proton" in panel.tabs.tabToolTip(pads_tab)

    panel.tabs.setCurrentIndex(panel.kinds.index(Kind.FACILITY))
    assert panel.filter.text() == "" and facilities.proxy.rowCount() == all_facilities
    qtbot.keyClicks(panel.filter, "store")
    assert 0 < facilities.proxy.rowCount() < all_facilities
    panel.tabs.setCurrentIndex(pads_tab)
    assert panel.filter.text() == "proton"
    assert 0 < pads.proxy.rowCount() < pads.model.rowCount()


def test_a_selection_never_lands_on_a_tab_whose_filter_hides_it(
    qtbot: Any, laptop_window: MainWindow
) -> None:
    window = laptop_window
    panel = window.panels.tables
    plan = window.document.plan
    panel.tabs.setCurrentIndex(panel.kinds.index(Kind.FACILITY))
    qtbot.keyClicks(panel.filter, "zzz-nothing")
    assert panel.table(Kind.FACILITY).proxy.rowCount() == 0
    panel.tabs.setCurrentIndex(panel.kinds.index(Kind.PAD))
    facility = min(plan.facilities(), key=lambda f: f.id)

    window.selection.set([Ref(Kind.FACILITY, facility.id)])  # as a click on the map does

    assert panel.current().kind is Kind.FACILITY
    assert panel.table(Kind.FACILITY).selected_refs() == {Ref(Kind.FACILITY, facility.id)}
    assert panel.filter.text() == ""


def test_the_timeline_keeps_room_for_its_rows_and_names_the_rest_of_its_legend_in_a_tip(
    laptop_window: MainWindow,
) -> None:
    timeline = laptop_window.panels.timeline
    legend = timeline.legend
    assert legend.height() <= max(28, timeline.height() * 0.25)
    assert len(list(timeline.bars.visible_rows())) >= 3
    tenants = [name for name, _ in timeline.model.tenants_shown()]
    assert tenants and all(name in legend.toolTip() for name in tenants)  # no room for them
    timeline.resize(timeline.width(), 900)  # a tall timeline has room for every entry
    assert legend.toolTip() == "" and legend.height() > 28
