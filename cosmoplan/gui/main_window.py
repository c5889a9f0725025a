"""The main window. It only assembles: the map, the panels, the actions and the status bar.

Features live in their own modules (``map/``, ``tables/``, ``properties/``, ``history/``,
``editors/``, ``tenancy/``, ``allocations/``, ``findings/``, ``timeline/``); file handling in
:mod:`files`, the editing workflow in :mod:`editing`, the action table in
:mod:`window_actions` (menus in :mod:`window_menus`), the docks and their default layout in
:mod:`window_docks`, the date toolbar and status bar in :mod:`window_status`. The window's
view state (:class:`ViewState`: selection, "as of" date, map layers) comes from the host, and
every view follows it by itself. Application-wide things (other windows, quitting, the
autosavers of all windows) belong to the host that created the window
(:class:`cosmoplan.gui.app.CosmoplanApp`).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QToolBar

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.actions import ActionSet, translate
from cosmoplan.gui.allocations import AllocationWorkflow
from cosmoplan.gui.asof import follow
from cosmoplan.gui.autosave import Autosaver, Recovery, RecoveryStore
from cosmoplan.gui.document import Document
from cosmoplan.gui.editing import Editing
from cosmoplan.gui.file_status import FileStatus
from cosmoplan.gui.files import DocumentFiles, file_filter
from cosmoplan.gui.find import Finder
from cosmoplan.gui.findings import FindingsModel
from cosmoplan.gui.help import HelpDialog
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map import MapCanvas
from cosmoplan.gui.map.base_map_actions import restore_base_maps
from cosmoplan.gui.map.bookmarks import attach_bookmarks_menu
from cosmoplan.gui.map.safety import SafetyLayer
from cosmoplan.gui.map.safety_layers import SAFETY_LAYERS
from cosmoplan.gui.names import ref_name
from cosmoplan.gui.plan_properties import PlanPropertiesDialog
from cosmoplan.gui.plan_views import PlanView, remember_view, stored_view
from cosmoplan.gui.planner.workflow import PlannerWorkflow
from cosmoplan.gui.properties.object_history import ObjectHistoryDialog
from cosmoplan.gui.recent import attach_recent_menu
from cosmoplan.gui.resources import app_icon
from cosmoplan.gui.scenarios.windows import ScenarioControl
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.tables.export import LastUsedTable
from cosmoplan.gui.tenancy import TenantColouring, VehicleEditor
from cosmoplan.gui.window_actions import action_specs
from cosmoplan.gui.window_docks import LAYOUT_VERSION, WindowDocks
from cosmoplan.gui.window_menus import CONTEXT_MENUS, MENUS, PANEL_TOOLBARS, TOOLBARS
from cosmoplan.gui.window_status import DateBar, StatusLabels
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import ViewState

log = logging.getLogger(__name__)

#: A zoom to objects on the map shows at least this many metres around them.
ZOOM_CONTEXT_M = 3000.0


class WindowHost(Protocol):
    """What a window asks of the application that owns it."""

    windows: list[MainWindow]  # the open windows, this one among them

    def new_plan(self, origin: MainWindow | None = None) -> object: ...
    def open_location(self, location: str, origin: MainWindow | None = None) -> object: ...
    def autosavers(self) -> list[Autosaver]: ...
    def window_closed(self, window: MainWindow) -> None: ...
    def open_scenario(self, plan_window: MainWindow, name: str) -> MainWindow | None: ...
    def quit(self) -> bool: ...


class MainWindow(QMainWindow):
    """One open plan: map, layers, properties, tables, tenancy, findings, timeline, history."""

    def __init__(
        self,
        host: WindowHost,
        document: Document,
        view: ViewState,
        settings: AppSettings,
        recovery: RecoveryStore,
        recovered: Recovery | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host = host
        self.document = document
        self.view = view
        self.selection = selection = view.selection
        self.as_of = view.as_of
        self.settings = settings
        self.tool = "select"
        self.is_closed = False
        self.files = DocumentFiles(document, settings, recovery, self, recovered)
        self.editing = Editing(document, selection, self)
        self.findings = FindingsModel(document, view.clock, self)
        self.workflow = AllocationWorkflow(document, selection, self.editing, view.clock, self)
        self.planner = PlannerWorkflow(document, selection, self.editing, view.clock, self)
        self.scenarios = ScenarioControl(self, host)

        self.canvas = MapCanvas(
            document, selection, self.as_of, view.layers, self, settings.data_folder / "tiles"
        )
        restore_base_maps(self.canvas, settings)
        self.canvas.setObjectName("map_canvas")
        self.setCentralWidget(self.canvas)
        self.colouring = TenantColouring(document, self.canvas, self)
        self.colouring.set_enabled(True)
        self.safety_layers: dict[str, SafetyLayer[Any]] = {
            layer.layer_id: layer(document, selection, self.canvas, self.as_of, self)
            for layer in SAFETY_LAYERS
        }
        self.panels = WindowDocks(self, document, view, self.canvas, self.findings)
        self.last_table = LastUsedTable(self.panels.exportable(), self)
        self.finder = Finder(document, selection, self.canvas, self.show_on_map, self)

        self.action_set = ActionSet(self, action_specs(self))
        self.menus = self.action_set.build_menus(
            self.menuBar(),
            MENUS,
            {
                "@recent": self._recent_menu,
                "@panels": self._panels_menu,
                "@bookmarks": lambda menu: attach_bookmarks_menu(menu, self.canvas, settings),
            },
        )
        self._build_toolbars()
        self.statusBar().addPermanentWidget(self.scenarios.badge)
        self.status = StatusLabels(
            self.statusBar(),
            self.findings,
            self.canvas,
            self,
            document.plan.info.knowledge_date,
        )
        self.file_status = FileStatus(self.statusBar(), self.files, self)
        self._connect()
        self._initial_size()
        self.panels.arrange_default_layout()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._restore_layout()
        self.scenarios.refresh()
        self._update_title()
        self._undo_texts()
        self.canvas.setFocus()

    # -- assembling ----------------------------------------------------------------------
    @property
    def day(self) -> date:
        """The "as of" date everything is shown on."""
        return self.as_of.date

    def _initial_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.9)), min(920, int(screen.height() * 0.9)))

    def _recent_menu(self, menu: QMenu) -> None:
        attach_recent_menu(menu, self.settings, lambda where: self.host.open_location(where, self))

    def _panels_menu(self, menu: QMenu) -> None:
        panels = menu.addMenu(tr("&Panels"))
        panels.setObjectName("menu_panels")
        for dock in self.panels.docks.values():
            panels.addAction(dock.toggleViewAction())

    def _build_toolbars(self) -> None:
        for name, title, entries in TOOLBARS:
            bar = QToolBar(translate(title), self)
            bar.setObjectName(name)
            bar.setMovable(True)
            self.action_set.fill(bar, entries)
            self.addToolBar(bar)
        self.addToolBar(self.scenarios.switcher)
        for panel, entries in PANEL_TOOLBARS.items():
            self.action_set.fill(getattr(self.panels, panel).toolbar, entries)
        self.date_bar = DateBar(self.document, self.as_of, self)
        self.addToolBar(self.date_bar)

    def _connect(self) -> None:
        document = self.document
        document.changes_applied.connect(self._changes_applied)
        # Bound methods (not lambdas): Qt drops them when this window is destroyed.
        follow(self.selection, self, self._refresh_actions)
        follow(self.view.layers, self, self._refresh_actions)  # the safety layers' check boxes
        document.history_changed.connect(self._refresh_actions)
        document.history_changed.connect(self._undo_texts)
        self.files.modified_changed.connect(self.setWindowModified)
        self.files.saved.connect(self._update_title)
        self.files.outside.connect(self._update_title)
        self.editing.tool_requested.connect(self.set_tool)
        self.editing.message.connect(self._show_message)
        panels = self.panels
        for panel in (
            panels.tables,
            panels.properties,
            panels.tenancy,
            panels.allocations,
            panels.requests,
            panels.findings,
            panels.timeline,
        ):
            panel.edit_requested.connect(self.edit)
        for panel in (panels.tenancy, panels.allocations, panels.requests):
            panel.context_menu_requested.connect(self._context_menu)
        panels.findings.zoom_requested.connect(self.show_on_map)
        for exportable in panels.exportable():
            exportable.message.connect(self._show_message)
        panels.timeline.allocate_requested.connect(self._allocate_at)
        self.planner.scenario_saved.connect(self.scenarios.result_saved)
        canvas = self.canvas
        canvas.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.view.customContextMenuRequested.connect(self._map_menu)
        canvas.edit_requested.connect(self.edit)
        canvas.geometry_drawn.connect(self.editing.geometry_drawn)
        canvas.geometry_edited.connect(self.editing.geometry_edited)
        canvas.message.connect(self._show_message)
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
        read_only = tr(" (read-only)") if self.files.read_only else ""
        name = self.scenarios.name
        scenario = "" if name is None else tr(" — Scenario: {name}").format(name=name)
        plan = self.document.plan.info.name
        self.setWindowTitle(f"{plan}{scenario}{read_only}[*] — cosmoplan")
        self.setWindowModified(self.files.is_modified())

    def _undo_texts(self, *_args: object) -> None:
        document = self.document
        undo, redo = self.action_set["edit.undo"], self.action_set["edit.redo"]
        for action, what, alone, text in (
            (undo, document.undo_text(), "&Undo", tr("&Undo {what}")),
            (redo, document.redo_text(), "&Redo", tr("&Redo {what}")),
        ):
            action.setText(text.format(what=what) if what else translate(alone))

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

    def _allocate_at(self, pad_id: int, day: date) -> None:
        self.workflow.allocate(pad_id=pad_id, start=day)

    # -- objects -------------------------------------------------------------------------
    def edit(self, ref: Ref) -> object:
        """Open the editor of ``ref`` (an allocation opens in the allocation dialog)."""
        if ref.kind is Kind.ALLOCATION:
            return self.workflow.edit(ref.id)
        return self.editing.edit(ref)

    def edit_selected(self) -> object:
        """Edit > Edit Properties: the editor of the one selected object."""
        if len(self.selection.refs) != 1:
            return None
        return self.edit(next(iter(self.selection.refs)))

    def show_history(self) -> object:
        """Edit > Object History: who changed the one selected object, what and when."""
        if len(self.selection.refs) != 1:
            return None
        ref = next(iter(self.selection.refs))
        name = ref_name(self.document.plan, ref)
        dialog = ObjectHistoryDialog(self.document.project.location, ref, name, self)
        dialog.open()
        return dialog

    def new_tenant(self) -> object:
        """Plan > New Tenant."""
        return self.editing.open_new(Kind.TENANT, None)

    def new_vehicle(self) -> object:
        """Plan > New Vehicle: of the selected tenant (or of the selected vehicle's)."""
        editor = self.editing.open_new(Kind.VEHICLE, None)
        assert isinstance(editor, VehicleEditor)
        editor.set_tenant(self.selected_tenant_id())
        return editor

    def selected_tenant_id(self) -> int | None:
        """The tenant of the selection: a selected tenant, or the owner of a selected
        vehicle or allocation."""
        plan = self.document.plan
        for ref in sorted(self.selection.refs, key=lambda r: (r.kind, r.id)):
            if ref.kind is Kind.TENANT:
                return ref.id
            entity = plan.find(ref.kind, ref.id)
            tenant_id = getattr(entity, "tenant_id", None)
            if ref.kind in (Kind.VEHICLE, Kind.ALLOCATION) and tenant_id is not None:
                return int(tenant_id)
        return None

    def show_on_map(self, refs: list[Ref]) -> None:
        """Zoom the map to the objects of ``refs`` it shows, with some context around them."""
        geometries = [g for g in (self.canvas.feature_geometry(r) for r in refs) if g is not None]
        if not geometries:
            return
        x0 = min(g.bounds[0] for g in geometries)
        y0 = min(g.bounds[1] for g in geometries)
        x1 = max(g.bounds[2] for g in geometries)
        y1 = max(g.bounds[3] for g in geometries)
        grow_x = max(0.0, ZOOM_CONTEXT_M - (x1 - x0)) / 2
        grow_y = max(0.0, ZOOM_CONTEXT_M - (y1 - y0)) / 2
        self.canvas.zoom_to_bounds((x0 - grow_x, y0 - grow_y, x1 + grow_x, y1 + grow_y))

    def set_tenant_colours(self, enabled: bool) -> None:
        """View > Colour Pads by Tenant."""
        self.colouring.set_enabled(enabled)
        self.action_set.refresh()

    def layer_shown(self, layer_id: str) -> bool:
        """Whether the safety layer ``layer_id`` is shown."""
        return self.safety_layers[layer_id].enabled

    def toggle_layer(self, layer_id: str) -> None:
        """View > Show Hazard Areas, Show Flight Corridors… (as the layer's check box in the
        layers panel)."""
        layer = self.safety_layers[layer_id]
        layer.set_enabled(not layer.enabled)
        self.action_set.refresh()

    # -- context menus ---------------------------------------------------------------------
    def context_menu(self, kind: Kind) -> QMenu:
        """The context menu of objects of ``kind`` (built from the action table)."""
        self.action_set.refresh()
        menu = QMenu(self)
        menu.setObjectName(f"menu_context_{kind.value}")
        self.action_set.fill(menu, CONTEXT_MENUS[kind])
        return menu

    def _context_menu(self, kind: Kind, where: QPoint) -> None:
        menu = self.context_menu(kind)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def _map_menu(self, pos: QPoint) -> None:
        if self.canvas.tool_id != "select":
            return
        x, y = self.canvas.widget_to_map(pos)
        ref = self.canvas.pick(x, y)
        if ref is None or ref.kind not in CONTEXT_MENUS:
            return
        if ref not in self.selection.refs:
            self.selection.set([ref])
        self._context_menu(ref.kind, self.canvas.viewport().mapToGlobal(pos))

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

    def save_as(self) -> bool:
        """File > Save As: the plan and its scenarios (their windows close first, each asking
        to save its edits, so that what they keep goes into the copy)."""
        return self.scenarios.close_scenario_windows() and self.files.save_as()

    def quit(self) -> None:
        """File > Quit: close every window (each may ask to save)."""
        self.host.quit()

    def edit_plan_info(self) -> None:
        """Plan > Plan Properties: the plan's name, description and facts."""
        dialog = PlanPropertiesDialog(self.document, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_help(self) -> None:
        """Help > Keyboard Shortcuts."""
        dialog = HelpDialog(self.action_set, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def keep_measurement(self) -> None:
        """Tools > Keep Measurement as Guide."""
        if not self.canvas.keep_measure_as_guide():
            self._show_message(tr("Measure something first (Tools > Measure)."))

    def reset_layout(self) -> None:
        """View > Reset Panel Layout."""
        for dock in self.panels.docks.values():
            dock.show()
        self.restoreState(self._default_state, LAYOUT_VERSION)

    # -- layout persistence ----------------------------------------------------------------
    def _restore_layout(self) -> None:
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
        self.settings.preferences.map_layers = self.view.layers.state().to_dict()
        try:
            self.settings.save()
        except OSError:  # the window still closes; only its layout is not remembered
            log.warning("could not save the preferences", exc_info=True)

    # -- closing -------------------------------------------------------------------------
    def restore_plan_view(self) -> None:
        """Show the plan where the planner left it the last time (map view, timeline zoom)."""
        location = self.files.location
        view = stored_view(self.settings, location) if location else None
        if view is not None:
            self.canvas.zoom_to_bounds(view.map_bounds, 0.0)
            self.panels.timeline.set_x_range(*view.timeline)

    def remember_plan_view(self) -> None:
        """Keep the map view and timeline zoom for the next time this plan opens."""
        location = self.files.location
        if location:
            view = PlanView(self.canvas.navigator.bounds(), self.panels.timeline.x_range)
            remember_view(self.settings, location, view)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_closed:
            event.accept()
            return
        if not self.scenarios.close_scenario_windows() or not self.files.confirm_close():
            event.ignore()
            return
        for editor in list(self.editing.editors):
            editor.reject()
        self.workflow.close_all()
        self.planner.close_all()
        self.scenarios.closing()
        self.canvas.base_maps.close()
        self.save_layout()
        self.remember_plan_view()
        self.document.detach()  # the views die with this window
        self.files.closed()
        self.is_closed = True
        self.host.window_closed(self)
        event.accept()
