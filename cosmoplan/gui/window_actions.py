"""The main window's action table, menus and toolbars (actions as data)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

from cosmoplan.domain import AllocationStatus, Kind
from cosmoplan.gui.about import open_about
from cosmoplan.gui.actions import ActionSpec
from cosmoplan.gui.guide import open_guide
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.imports import add_base_layer, import_into_plan
from cosmoplan.gui.map.base_map_actions import base_map_actions
from cosmoplan.gui.map.safety_layers import SAFETY_LAYERS
from cosmoplan.gui.map.tools import TOOLS
from cosmoplan.gui.preferences import open_preferences
from cosmoplan.gui.reports import open_report_dialog
from cosmoplan.gui.resources import tool_icon
from cosmoplan.gui.scenarios.actions import scenario_actions

if TYPE_CHECKING:
    from cosmoplan.gui.main_window import MainWindow

Key = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap

#: Status commands on the selected allocations: action id, status, menu text.
STATUS_ACTIONS: tuple[tuple[str, AllocationStatus, str], ...] = (
    ("allocation.reserve", AllocationStatus.RESERVED, QT_TRANSLATE_NOOP("actions", "&Reserve")),
    ("allocation.sign", AllocationStatus.SIGNED, QT_TRANSLATE_NOOP("actions", "Si&gn")),
    ("allocation.activate", AllocationStatus.ACTIVE, QT_TRANSLATE_NOOP("actions", "&Activate")),
    ("allocation.end", AllocationStatus.ENDED, QT_TRANSLATE_NOOP("actions", "&End")),
    (
        "allocation.cancel",
        AllocationStatus.CANCELLED,
        QT_TRANSLATE_NOOP("actions", "&Cancel Allocation"),
    ),
)


def action_specs(w: MainWindow) -> list[ActionSpec]:
    """Every command of the main window."""
    document, history = w.document, w.document.project.history
    has_selection = lambda: bool(w.selection.refs)  # noqa: E731
    one_selected = lambda: len(w.selection.refs) == 1  # noqa: E731
    allocations_selected = lambda: bool(w.workflow.selected())  # noqa: E731
    specs = [
        # File
        ActionSpec(
            "file.new",
            QT_TRANSLATE_NOOP("actions", "&New Plan"),
            w.new_plan,
            (Key.New,),
            "document-new",
            Pixmap.SP_FileIcon,
        ),
        ActionSpec(
            "file.open",
            QT_TRANSLATE_NOOP("actions", "&Open…"),
            w.open_plan,
            (Key.Open,),
            "document-open",
            Pixmap.SP_DialogOpenButton,
        ),
        ActionSpec(
            "file.save",
            QT_TRANSLATE_NOOP("actions", "&Save"),
            w.files.save,
            (Key.Save,),
            "document-save",
            Pixmap.SP_DialogSaveButton,
        ),
        ActionSpec(
            "file.save-as",
            QT_TRANSLATE_NOOP("actions", "Save &As…"),
            w.save_as,
            (Key.SaveAs, "Ctrl+Shift+S"),
            "document-save-as",
            enabled_when=lambda: w.scenarios.name is None,
            tip=QT_TRANSLATE_NOOP("actions", "A copy of the plan and its scenarios in a new file"),
        ),
        ActionSpec(
            "file.import-features",
            QT_TRANSLATE_NOOP("actions", "&Import Features…"),
            lambda: import_into_plan(w, w.document, w.settings),
            ("Ctrl+I",),
            "document-import",
        ),
        ActionSpec(
            "file.export-report",
            QT_TRANSLATE_NOOP("actions", "Export &Report…"),
            lambda: open_report_dialog(w, w.document, w.settings, w.document.project.location),
            ("Ctrl+R",),
            "x-office-document",
        ),
        ActionSpec(
            "file.export-table",
            QT_TRANSLATE_NOOP("actions", "Export &Table…"),
            lambda: w.last_table.export(),
            tip=QT_TRANSLATE_NOOP(
                "actions", "The rows shown in the table used last, as a CSV or XLSX file"
            ),
        ),
        ActionSpec(
            "view.add-base-layer",
            QT_TRANSLATE_NOOP("actions", "Add &Base Layer…"),
            lambda: add_base_layer(w, w.canvas, w.settings),
            (),
            "list-add",
        ),
        *base_map_actions(w, w.canvas, w.settings),
        ActionSpec(
            "file.close",
            QT_TRANSLATE_NOOP("actions", "&Close"),
            w.close,
            (Key.Close,),
            "window-close",
            Pixmap.SP_DialogCloseButton,
        ),
        ActionSpec(
            "file.quit",
            QT_TRANSLATE_NOOP("actions", "&Quit"),
            w.quit,
            (Key.Quit, "Ctrl+Q"),
            "application-exit",
        ),
        # Edit
        ActionSpec(
            "edit.undo",
            QT_TRANSLATE_NOOP("actions", "&Undo"),
            document.undo,
            (Key.Undo,),
            "edit-undo",
            Pixmap.SP_ArrowBack,
            enabled_when=lambda: history.can_undo,
        ),
        ActionSpec(
            "edit.redo",
            QT_TRANSLATE_NOOP("actions", "&Redo"),
            document.redo,
            (Key.Redo, "Ctrl+Shift+Z"),
            "edit-redo",
            Pixmap.SP_ArrowForward,
            enabled_when=lambda: history.can_redo,
        ),
        ActionSpec(
            "edit.delete",
            QT_TRANSLATE_NOOP("actions", "&Delete"),
            w.editing.delete_selected,
            (Key.Delete,),
            "edit-delete",
            Pixmap.SP_TrashIcon,
            # the vertex tool deletes vertices with Del: leave the key to the map then
            enabled_when=lambda: has_selection() and w.tool != "edit-vertices",
        ),
        ActionSpec(
            "edit.properties",
            QT_TRANSLATE_NOOP("actions", "&Edit Properties…"),
            w.edit_selected,
            ("Ctrl+E", "Alt+Return"),
            "document-properties",
            enabled_when=one_selected,
        ),
        ActionSpec(
            "edit.history",
            QT_TRANSLATE_NOOP("actions", "Object &History…"),
            w.show_history,
            enabled_when=one_selected,
        ),
        ActionSpec(
            "edit.find",
            QT_TRANSLATE_NOOP("actions", "&Find…"),
            lambda: w.finder.open(),
            (Key.Find,),
            "edit-find",
            tip=QT_TRANSLATE_NOOP(
                "actions", "Find a pad, a name or a tenant, or go to coordinates typed"
            ),
        ),
        ActionSpec(
            "edit.select-none",
            QT_TRANSLATE_NOOP("actions", "Select &None"),
            w.selection.clear,
            ("Ctrl+Shift+A",),
            enabled_when=has_selection,
        ),
        ActionSpec(
            "edit.preferences",
            QT_TRANSLATE_NOOP("actions", "Pre&ferences…"),
            lambda: open_preferences(w, w.settings, w.host.autosavers),
            (Key.Preferences,),  # Cmd+, on macOS; some platforms bind none (the menu has it)
            "preferences-system",
        ),
        # View
        ActionSpec(
            "view.zoom-in",
            QT_TRANSLATE_NOOP("actions", "Zoom &In"),
            lambda: w.canvas.zoom_in(),
            (Key.ZoomIn, "+", "="),
            "zoom-in",
        ),
        ActionSpec(
            "view.zoom-out",
            QT_TRANSLATE_NOOP("actions", "Zoom &Out"),
            lambda: w.canvas.zoom_out(),
            (Key.ZoomOut, "-"),
            "zoom-out",
        ),
        ActionSpec(
            "view.zoom-all",
            QT_TRANSLATE_NOOP("actions", "Zoom to &All"),
            lambda: w.canvas.zoom_to_all(),
            ("Ctrl+0",),
            "zoom-fit-best",
            fallback_icon=tool_icon("zoom-all"),
        ),
        ActionSpec(
            "view.zoom-selection",
            QT_TRANSLATE_NOOP("actions", "Zoom to &Selection"),
            lambda: w.canvas.zoom_to_selection(),
            ("Ctrl+J",),
            "zoom-in",
            enabled_when=has_selection,
        ),
        ActionSpec(
            "view.tenant-colours",
            QT_TRANSLATE_NOOP("actions", "Colour Pads by &Tenant"),
            lambda: w.set_tenant_colours(not w.colouring.enabled),
            checkable=True,
            checked_when=lambda: w.colouring.enabled,
            tip=QT_TRANSLATE_NOOP(
                "actions", "Fill each pad with the colour of the tenant holding it on the date"
            ),
        ),
        *(
            ActionSpec(
                layer.action_id,
                layer.action_text,
                partial(w.toggle_layer, layer.layer_id),
                checkable=True,
                checked_when=partial(w.layer_shown, layer.layer_id),
                tip=layer.action_tip,
            )
            for layer in SAFETY_LAYERS
        ),
        ActionSpec(
            "view.reset-layout", QT_TRANSLATE_NOOP("actions", "&Reset Panel Layout"), w.reset_layout
        ),
        ActionSpec(
            "tools.keep-guide",
            QT_TRANSLATE_NOOP("actions", "&Keep Measurement as Guide"),
            w.keep_measurement,
            ("Ctrl+G",),
        ),
        ActionSpec(
            "tools.clear-guides",
            QT_TRANSLATE_NOOP("actions", "C&lear Guides"),
            lambda: w.canvas.clear_guides(),
        ),
        # Plan
        ActionSpec(
            "plan.new-pad",
            QT_TRANSLATE_NOOP("actions", "New &Pad"),
            lambda: w.editing.start_new(Kind.PAD, "draw-point"),
            ("Ctrl+Shift+P",),
            tip=QT_TRANSLATE_NOOP("actions", "Click on the map where the new pad is"),
        ),
        ActionSpec(
            "plan.new-facility-point",
            QT_TRANSLATE_NOOP("actions", "New Facility as &Point"),
            lambda: w.editing.start_new(Kind.FACILITY, "draw-point"),
        ),
        ActionSpec(
            "plan.new-facility-line",
            QT_TRANSLATE_NOOP("actions", "New Facility as &Line"),
            lambda: w.editing.start_new(Kind.FACILITY, "draw-line"),
        ),
        ActionSpec(
            "plan.new-facility-polygon",
            QT_TRANSLATE_NOOP("actions", "New Facility as Pol&ygon"),
            lambda: w.editing.start_new(Kind.FACILITY, "draw-polygon"),
            ("Ctrl+Shift+F",),
        ),
        ActionSpec(
            "plan.new-zone",
            QT_TRANSLATE_NOOP("actions", "New &Zone"),
            lambda: w.editing.start_new(Kind.ZONE, "draw-polygon"),
            ("Ctrl+Shift+N",),
        ),
        ActionSpec(
            "plan.new-complex",
            QT_TRANSLATE_NOOP("actions", "New Launch &Complex"),
            lambda: w.editing.start_new(Kind.COMPLEX, "draw-polygon"),
        ),
        ActionSpec("plan.new-tenant", QT_TRANSLATE_NOOP("actions", "New &Tenant…"), w.new_tenant),
        ActionSpec(
            "plan.new-vehicle",
            QT_TRANSLATE_NOOP("actions", "New &Vehicle…"),
            w.new_vehicle,
            tip=QT_TRANSLATE_NOOP("actions", "A new launch vehicle of the selected tenant"),
        ),
        ActionSpec(
            "plan.allocate",
            QT_TRANSLATE_NOOP("actions", "&Allocate Pad…"),
            w.workflow.allocate_selected,
            ("Ctrl+Shift+L",),
            tip=QT_TRANSLATE_NOOP(
                "actions", "Allocate a pad to a tenant's vehicle (starts from the selection)"
            ),
        ),
        ActionSpec(
            "allocation.delete",
            QT_TRANSLATE_NOOP("actions", "&Delete Allocation"),
            w.workflow.delete_selected,
            enabled_when=allocations_selected,
        ),
        ActionSpec(
            "plan.new-request",
            QT_TRANSLATE_NOOP("actions", "New Re&quest…"),
            w.planner.new_request,
            tip=QT_TRANSLATE_NOOP("actions", "A tenant's request for a pad, to place later"),
        ),
        ActionSpec(
            "plan.optimise",
            QT_TRANSLATE_NOOP("actions", "&Optimise…"),
            w.planner.optimise,
            ("Ctrl+Shift+O",),
            tip=QT_TRANSLATE_NOOP(
                "actions", "Place the open requests on pads so that no error rule fires"
            ),
        ),
        ActionSpec(
            "request.why-not",
            QT_TRANSLATE_NOOP("actions", "&Why Not?"),
            w.planner.why_not,
            enabled_when=lambda: w.planner.selected_request() is not None,
            tip=QT_TRANSLATE_NOOP(
                "actions", "Why the selected request cannot have its pad, and the ways out"
            ),
        ),
        ActionSpec(
            "plan.info", QT_TRANSLATE_NOOP("actions", "Plan P&roperties…"), w.edit_plan_info
        ),
        *scenario_actions(w),
        # Help
        ActionSpec(
            "help.guide",
            QT_TRANSLATE_NOOP("actions", "&User Guide"),
            lambda: open_guide(w),
            (Key.HelpContents, "F1"),
            "help-contents",
            Pixmap.SP_DialogHelpButton,
        ),
        ActionSpec(
            "help.shortcuts",
            QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"),
            w.show_help,
            (),
            "help-keyboard-shortcuts",
        ),
        ActionSpec(
            "help.about",
            QT_TRANSLATE_NOOP("actions", "&About cosmoplan"),
            lambda: open_about(w),
            (),
            "help-about",
        ),
    ]
    for action_id, status, text in STATUS_ACTIONS:
        specs.append(
            ActionSpec(
                action_id,
                text,
                partial(w.workflow.set_status, status),
                enabled_when=partial(w.workflow.can_become, status),
            )
        )
    for tool in TOOLS.values():
        specs.append(
            ActionSpec(
                f"tool.{tool.id}",
                tool.text,
                partial(w.set_tool, tool.id),
                (tool.shortcut,) if tool.shortcut else (),
                fallback_icon=tool_icon(tool.id),
                group="tools",
                checked_when=partial(w.tool_is, tool.id),
            )
        )
    return specs
