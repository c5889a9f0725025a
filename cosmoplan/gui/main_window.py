"""The main window. It only assembles: the map, the panels, the actions and the status bar.

Features live in their own modules (``map/``, ``tables/``, ``properties/``, ``history/``,
``editors/``); file handling in :mod:`files`, the editing workflow in :mod:`editing`, the
action table in :mod:`window_actions`. Application-wide things (other windows, quitting) belong
to the host that created the window (:class:`cosmoplan.gui.app.CosmoplanApp`).
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from cosmoplan.domain import PlanInfo
from cosmoplan.gui.actions import ActionSet, translate
from cosmoplan.gui.autosave import RecoveryStore
from cosmoplan.gui.document import Document
from cosmoplan.gui.editing import Editing
from cosmoplan.gui.files import DocumentFiles, file_filter
from cosmoplan.gui.help import HelpDialog
from cosmoplan.gui.history import HistoryPanel
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map import LayersPanel, MapCanvas
from cosmoplan.gui.map.formatting import format_area, format_distance, format_position
from cosmoplan.gui.properties import PropertiesPanel
from cosmoplan.gui.recent import attach_recent_menu
from cosmoplan.gui.resources import app_icon
from cosmoplan.gui.selection import Selection
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.tables import TablesPanel
from cosmoplan.gui.window_actions import MENUS, TOOLBARS, action_specs
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import SetPlanInfo

#: Bump when the docks change, so an old saved layout is not applied to new docks.
LAYOUT_VERSION = 1


class WindowHost(Protocol):
    """What a window asks of the application that owns it."""

    def new_plan(self, origin: MainWindow | None = None) -> object: ...
    def open_location(self, location: str, origin: MainWindow | None = None) -> object: ...
    def window_closed(self, window: MainWindow) -> None: ...
    def quit(self) -> bool: ...


class MainWindow(QMainWindow):
    """One open plan: map, layers, properties, tables and undo history."""

    def __init__(
        self,
        host: WindowHost,
        document: Document,
        selection: Selection,
        settings: AppSettings,
        recovery: RecoveryStore,
        home: str | None = None,
        recovered: bool = False,
        recovery_key: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host = host
        self.document = document
        self.selection = selection
        self.settings = settings
        self.tool = "select"
        self.day = date.today()
        self.is_closed = False
        self.files = DocumentFiles(
            document, settings, recovery, self, home, recovered, recovery_key
        )
        self.editing = Editing(document, selection, self)

        self.canvas = MapCanvas(document, selection, self)
        self.canvas.setObjectName("map_canvas")
        self.setCentralWidget(self.canvas)
        self.layers = LayersPanel(self.canvas, self)
        self.properties = PropertiesPanel(document, selection, self)
        self.tables = TablesPanel(document, selection, self)
        self.history = HistoryPanel(document.undo_stack, self)
        self.docks = {
            "layers": self._dock(
                "dock_layers", tr("Layers"), self.layers, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "properties": self._dock(
                "dock_properties",
                tr("Properties"),
                self.properties,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
            "history": self._dock(
                "dock_history",
                tr("Undo History"),
                self.history,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
            "tables": self._dock(
                "dock_tables", tr("Tables"), self.tables, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
        }
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.action_set = ActionSet(self, action_specs(self))
        self.menus = self.action_set.build_menus(
            self.menuBar(),
            MENUS,
            {"@recent": self._recent_menu, "@panels": self._panels_menu},
        )
        self._build_toolbars()
        self._build_status_bar()
        self._connect()
        self._initial_size()
        self._arrange_default_layout()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._restore_layout()
        self._update_title()
        self._undo_texts()
        self.canvas.setFocus()

    # -- assembling ----------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _initial_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1400, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))

    def _arrange_default_layout(self) -> None:
        self.splitDockWidget(
            self.docks["properties"], self.docks["history"], Qt.Orientation.Vertical
        )
        self.resizeDocks(
            [self.docks["layers"], self.docks["properties"]], [280, 330], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [self.docks["properties"], self.docks["history"]], [520, 200], Qt.Orientation.Vertical
        )
        self.resizeDocks([self.docks["tables"]], [230], Qt.Orientation.Vertical)

    def _recent_menu(self, menu: QMenu) -> None:
        attach_recent_menu(menu, self.settings, lambda where: self.host.open_location(where, self))

    def _panels_menu(self, menu: QMenu) -> None:
        panels = menu.addMenu(tr("&Panels"))
        panels.setObjectName("menu_panels")
        for dock in self.docks.values():
            panels.addAction(dock.toggleViewAction())

    def _build_toolbars(self) -> None:
        for name, title, entries in TOOLBARS:
            bar = QToolBar(translate(title), self)
            bar.setObjectName(name)
            bar.setMovable(True)
            self.action_set.fill(bar, entries)
            self.addToolBar(bar)
        bar = QToolBar(tr("Date"), self)
        bar.setObjectName("toolbar_date")
        bar.addWidget(QLabel(tr(" As of ")))
        self.date_edit = QDateEdit(QDate.currentDate(), bar)
        self.date_edit.setObjectName("edit_view_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setToolTip(tr("Statuses and validity are shown as of this date"))
        bar.addWidget(self.date_edit)
        self.addToolBar(bar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.measure_label = QLabel(self)
        self.measure_label.setObjectName("label_measure")
        self.cursor_label = QLabel(tr("Move the mouse over the map to see coordinates"), self)
        self.cursor_label.setObjectName("label_cursor")
        self.cursor_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 62))
        status.addPermanentWidget(self.measure_label)
        status.addPermanentWidget(self.cursor_label)

    def _connect(self) -> None:
        document, stack = self.document, self.document.undo_stack
        document.changes_applied.connect(self._changes_applied)
        # Bound methods (not lambdas): Qt drops them when this window is destroyed.
        self.selection.changed.connect(self._refresh_actions)
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self._refresh_actions)
        stack.undoTextChanged.connect(self._undo_texts)
        stack.redoTextChanged.connect(self._undo_texts)
        self.files.modified_changed.connect(self.setWindowModified)
        self.files.saved.connect(self._update_title)
        self.editing.tool_requested.connect(self.set_tool)
        self.editing.message.connect(self._show_message)
        self.tables.edit_requested.connect(self.editing.edit)
        self.properties.edit_requested.connect(self.editing.edit)
        self.date_edit.dateChanged.connect(self._date_changed)
        canvas = self.canvas
        canvas.cursor_moved.connect(self._cursor_moved)
        canvas.edit_requested.connect(self.editing.edit)
        canvas.geometry_drawn.connect(self.editing.geometry_drawn)
        canvas.geometry_edited.connect(self.editing.geometry_edited)
        canvas.message.connect(self._show_message)
        canvas.measured.connect(self._measured)
        canvas.tool_changed.connect(self._tool_changed)

    # -- state ---------------------------------------------------------------------------
    def _refresh_actions(self, *_args: object) -> None:
        self.action_set.refresh()

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _changes_applied(self, changes: Changes) -> None:
        self.selection.forget_removed(changes)
        if changes.info_changed:
            self._update_title()
        self.action_set.refresh()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{self.document.plan.info.name}[*] — cosmoplan")
        self.setWindowModified(self.files.is_modified())

    def _undo_texts(self, *_args: object) -> None:
        stack = self.document.undo_stack
        undo, redo = self.action_set["edit.undo"], self.action_set["edit.redo"]
        undo.setText(tr("&Undo {what}").format(what=stack.undoText()).strip())
        redo.setText(tr("&Redo {what}").format(what=stack.redoText()).strip())

    def set_tool(self, tool: str) -> None:
        """Switch the map tool (and check its action)."""
        self.canvas.set_tool(tool)
        self._tool_changed(tool)

    def _tool_changed(self, tool: str) -> None:
        self.tool = tool
        self.action_set.refresh()

    def tool_is(self, tool: str) -> bool:
        """Whether ``tool`` is the current map tool."""
        return self.tool == tool

    def _date_changed(self, value: QDate) -> None:
        self.day = date(value.year(), value.month(), value.day())
        self.canvas.set_date(self.day)
        self.tables.set_date(self.day)
        self.properties.set_date(self.day)

    def _cursor_moved(self, x: float, y: float) -> None:
        self.cursor_label.setText(format_position(x, y))

    def _measured(self, distance_m: float, area_m2: float) -> None:
        text = tr("Distance {distance}").format(distance=format_distance(distance_m))
        if area_m2 > 0:
            text += tr(", area {area}").format(area=format_area(area_m2))
        self.measure_label.setText(text)

    # -- commands ------------------------------------------------------------------------
    def new_plan(self) -> None:
        """File > New: an empty plan (in a new window if this one has edits)."""
        self.host.new_plan(self)

    def open_plan(self) -> None:
        """File > Open: choose a plan file."""
        start = self.settings.preferences.last_folder or ""
        chosen, _filter = QFileDialog.getOpenFileName(self, tr("Open Plan"), start, file_filter())
        if chosen:
            self.host.open_location(chosen, self)

    def quit(self) -> None:
        """File > Quit: close every window (each may ask to save)."""
        self.host.quit()

    def edit_plan_info(self) -> None:
        """Plan > Plan Properties: rename the plan."""
        info = self.document.plan.info
        name, ok = QInputDialog.getText(
            self, tr("Plan Properties"), tr("Plan name:"), text=info.name
        )
        if ok and name.strip() and name.strip() != info.name:
            self.document.execute(SetPlanInfo(PlanInfo(name.strip(), info.description)))

    def show_help(self) -> None:
        """Help (F1): shortcuts and about."""
        dialog = HelpDialog(self.action_set, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def keep_measurement(self) -> None:
        """Tools > Keep Measurement as Guide."""
        if not self.canvas.keep_measure_as_guide():
            self._show_message(tr("Measure something first (Tools > Measure)."))

    def reset_layout(self) -> None:
        """View > Reset Panel Layout."""
        for dock in self.docks.values():
            dock.show()
        self.restoreState(self._default_state, LAYOUT_VERSION)

    # -- layout persistence ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        if self.settings.preferences.map_layers:
            self.layers.restore_layer_state(self.settings.preferences.map_layers)
        layout = self.settings.layout
        geometry = layout.value("main_window/geometry")
        state = layout.value("main_window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state, LAYOUT_VERSION)

    def save_layout(self) -> None:
        """Remember window geometry and dock layout (QSettings, the only thing kept there)
        and the map layers' visibility and opacity (typed preferences)."""
        layout = self.settings.layout
        layout.setValue("main_window/geometry", self.saveGeometry())
        layout.setValue("main_window/state", self.saveState(LAYOUT_VERSION))
        layout.sync()
        self.settings.preferences.map_layers = self.layers.layer_state()
        self.settings.save()

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_closed:
            event.accept()
            return
        if not self.files.confirm_close():
            event.ignore()
            return
        for editor in list(self.editing.editors):
            editor.reject()
        self.save_layout()
        self.document.undo_stack.blockSignals(True)  # it dies with this window
        self.files.closed()
        self.is_closed = True
        self.host.window_closed(self)
        event.accept()
