"""The main window's docks and their default layout.

Right, the whole height: the findings, the map's layers and the tenant legend (tabs) over the
properties and the undo history. Bottom, under the map: the timeline beside the tables,
tenants, allocations and requests. The map keeps at least half the window (at 1366x768 too).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

from cosmoplan.gui.allocations import allocations_panel
from cosmoplan.gui.document import Document
from cosmoplan.gui.findings import FindingsModel, FindingsPanel
from cosmoplan.gui.history import HistoryPanel
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map import LayersPanel, MapCanvas
from cosmoplan.gui.planner.panel import requests_panel
from cosmoplan.gui.properties import PropertiesPanel
from cosmoplan.gui.tables import TablesPanel
from cosmoplan.gui.tenancy import TenantLegend, tenants_panel
from cosmoplan.gui.timeline import TimelineView
from cosmoplan.services.viewstate import ViewState

#: Bump when the docks change, so an old saved layout is not applied to new docks.
LAYOUT_VERSION = 4

Area = Qt.DockWidgetArea


class WindowDocks:
    """Builds the panels of a window and puts each in a dock."""

    def __init__(
        self,
        window: QMainWindow,
        document: Document,
        view: ViewState,
        canvas: MapCanvas,
        findings: FindingsModel,
    ) -> None:
        self.window = window
        selection, as_of = view.selection, view.as_of
        self.layers = LayersPanel(canvas, window)
        self.legend = TenantLegend(document, as_of, window)
        self.properties = PropertiesPanel(document, selection, as_of, window)
        self.history = HistoryPanel(document, window)
        self.findings = FindingsPanel(document, selection, findings, as_of, window)
        self.tables = TablesPanel(document, selection, as_of, window)
        self.tenancy = tenants_panel(document, selection, as_of, window)
        self.allocations = allocations_panel(document, selection, as_of, window)
        self.requests = requests_panel(document, selection, as_of, window)
        self.timeline = TimelineView(document, selection, as_of, findings, window)
        self.timeline.setObjectName("timeline_view")
        for low in (self.timeline, self.tables, self.tenancy, self.allocations, self.requests):
            low.setMinimumHeight(120)  # their own hints would take a quarter of 768 px
        window.setCorner(Qt.Corner.BottomLeftCorner, Area.BottomDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
        self.areas: dict[str, Area] = {}
        self.docks: dict[str, QDockWidget] = {
            "layers": self._dock(
                "dock_layers", tr("Layers"), self.layers, Area.RightDockWidgetArea
            ),
            "legend": self._dock(
                "dock_legend", tr("Legend"), self.legend, Area.RightDockWidgetArea
            ),
            "findings": self._dock(
                "dock_findings", tr("Findings"), self.findings, Area.RightDockWidgetArea
            ),
            "properties": self._dock(
                "dock_properties", tr("Properties"), self.properties, Area.RightDockWidgetArea
            ),
            "history": self._dock(
                "dock_history", tr("Undo History"), self.history, Area.RightDockWidgetArea
            ),
            "timeline": self._dock(
                "dock_timeline", tr("Timeline"), self.timeline, Area.BottomDockWidgetArea
            ),
            "tables": self._dock(
                "dock_tables", tr("Tables"), self.tables, Area.BottomDockWidgetArea
            ),
            "tenancy": self._dock(
                "dock_tenancy", tr("Tenants"), self.tenancy, Area.BottomDockWidgetArea
            ),
            "allocations": self._dock(
                "dock_allocations", tr("Allocations"), self.allocations, Area.BottomDockWidgetArea
            ),
            "requests": self._dock(
                "dock_requests", tr("Requests"), self.requests, Area.BottomDockWidgetArea
            ),
        }

    def exportable(self) -> list[TablesPanel | FindingsPanel]:
        """The panels whose table File > Export Table… exports (the Tables dock's first)."""
        return [
            self.tables,
            self.tenancy.tables,
            self.allocations.tables,
            self.requests.tables,
            self.findings,
        ]

    def _dock(self, name: str, title: str, widget: QWidget, area: Area) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.areas[name] = area
        return dock

    def arrange_default_layout(self) -> None:
        """Place and size the docks as a newcomer first sees them: a side column of about a
        fifth of the width, the bottom row under the map of about a quarter of the height."""
        window, docks = self.window, self.docks
        for first in ("findings", "timeline"):
            window.addDockWidget(self.areas[docks[first].objectName()], docks[first])
        window.splitDockWidget(docks["findings"], docks["properties"], Qt.Orientation.Vertical)
        window.tabifyDockWidget(docks["findings"], docks["layers"])
        window.tabifyDockWidget(docks["layers"], docks["legend"])
        window.tabifyDockWidget(docks["properties"], docks["history"])
        window.splitDockWidget(docks["timeline"], docks["tables"], Qt.Orientation.Horizontal)
        window.tabifyDockWidget(docks["tables"], docks["allocations"])
        window.tabifyDockWidget(docks["allocations"], docks["tenancy"])
        window.tabifyDockWidget(docks["tenancy"], docks["requests"])
        for shown in ("findings", "properties", "tables"):
            docks[shown].raise_()
        width, height = window.width(), window.height()
        side = max(260, int(width * 0.2))
        window.resizeDocks([docks["findings"]], [side], Qt.Orientation.Horizontal)
        column = height - window.menuBar().sizeHint().height() - 60
        window.resizeDocks(
            [docks["findings"], docks["properties"]],
            [column * 7 // 20, column * 13 // 20],
            Qt.Orientation.Vertical,
        )
        below = width - side
        window.resizeDocks(
            [docks["timeline"], docks["tables"]],
            [below * 11 // 20, below * 9 // 20],
            Qt.Orientation.Horizontal,
        )
        window.resizeDocks([docks["timeline"]], [int(height * 0.245)], Qt.Orientation.Vertical)
        self._hide_stale_tab_bars()

    def _hide_stale_tab_bars(self) -> None:
        """Tabifying a third dock into a placed pair leaves Qt's tab bar of the pair behind,
        visible and showing through the timeline after a relayout: hide any tab bar that
        names no current group of tabbed docks, and all but the newest bar of a group."""
        window = self.window
        groups = {
            frozenset([dock.windowTitle(), *(d.windowTitle() for d in tabbed)])
            for dock in self.docks.values()
            if (tabbed := window.tabifiedDockWidgets(dock))
        }
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        newest: dict[frozenset[str], QTabBar] = {}
        for bar in window.findChildren(QTabBar, options=direct):
            titles = frozenset(bar.tabText(i) for i in range(bar.count()))
            if titles in groups:
                if titles in newest:
                    newest[titles].hide()
                newest[titles] = bar
            else:
                bar.hide()
