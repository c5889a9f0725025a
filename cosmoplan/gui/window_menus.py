"""The main window's menus, toolbars and context menus, as data over the action ids of
:mod:`cosmoplan.gui.window_actions`."""

from __future__ import annotations

from cosmoplan.domain import Kind
from cosmoplan.gui.actions import MenuSpec
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP

MENUS: tuple[MenuSpec, ...] = (
    MenuSpec(
        "file",
        QT_TRANSLATE_NOOP("actions", "&File"),
        (
            "file.new",
            "file.open",
            "@recent",
            None,
            "file.save",
            "file.save-as",
            None,
            "file.import-features",
            "file.export-report",
            "file.export-table",
            None,
            "file.close",
            "file.quit",
        ),
    ),
    MenuSpec(
        "edit",
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        (
            "edit.undo",
            "edit.redo",
            None,
            "edit.properties",
            "edit.history",
            "edit.delete",
            None,
            "edit.find",
            "edit.select-none",
            None,
            "edit.preferences",
        ),
    ),
    MenuSpec(
        "view",
        QT_TRANSLATE_NOOP("actions", "&View"),
        (
            "view.add-base-layer",
            "view.add-tile-map",
            "view.add-mbtiles",
            "view.remove-base-maps",
            None,
            "view.zoom-in",
            "view.zoom-out",
            "view.zoom-all",
            "view.zoom-selection",
            "view.bookmark",
            "@bookmarks",
            None,
            "view.tenant-colours",
            "view.hazard-areas",
            "view.flight-corridors",
            None,
            "@panels",
            "view.reset-layout",
        ),
    ),
    MenuSpec(
        "plan",
        QT_TRANSLATE_NOOP("actions", "&Plan"),
        (
            "plan.new-pad",
            MenuSpec(
                "plan.new-facility",
                QT_TRANSLATE_NOOP("actions", "New &Facility"),
                (
                    "plan.new-facility-point",
                    "plan.new-facility-line",
                    "plan.new-facility-polygon",
                ),
            ),
            "plan.new-zone",
            "plan.new-complex",
            None,
            "plan.new-tenant",
            "plan.new-vehicle",
            "plan.allocate",
            MenuSpec(
                "plan.allocation-status",
                QT_TRANSLATE_NOOP("actions", "Allocation &Status"),
                (
                    "allocation.reserve",
                    "allocation.sign",
                    "allocation.activate",
                    "allocation.end",
                    None,
                    "allocation.cancel",
                    "allocation.delete",
                ),
            ),
            None,
            "plan.new-request",
            "request.why-not",
            "plan.optimise",
            MenuSpec(
                "plan.scenarios",
                QT_TRANSLATE_NOOP("actions", "Sce&narios"),
                (
                    "scenario.new",
                    "scenario.switch",
                    None,
                    "scenario.compare",
                    "scenario.promote",
                    None,
                    "scenario.remove",
                ),
            ),
            None,
            "plan.info",
        ),
    ),
    MenuSpec(
        "tools",
        QT_TRANSLATE_NOOP("actions", "&Tools"),
        (
            "tool.select",
            "tool.pan",
            "tool.zoom-box",
            "tool.measure",
            None,
            "tool.draw-point",
            "tool.draw-line",
            "tool.draw-polygon",
            None,
            "tool.move",
            "tool.edit-vertices",
            None,
            "tools.keep-guide",
            "tools.clear-guides",
        ),
    ),
    MenuSpec(
        "help",
        QT_TRANSLATE_NOOP("actions", "&Help"),
        ("help.guide", "help.shortcuts", None, "help.about"),
    ),
)

#: Toolbars: object name, title, entries.
TOOLBARS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    (
        "toolbar_file",
        QT_TRANSLATE_NOOP("actions", "File"),
        (
            "file.new",
            "file.open",
            "file.save",
            None,
            "edit.undo",
            "edit.redo",
        ),
    ),
    (
        "toolbar_map",
        QT_TRANSLATE_NOOP("actions", "Map"),
        (
            "tool.select",
            "tool.pan",
            "tool.zoom-box",
            "view.zoom-all",
            "tool.measure",
            None,
            "tool.draw-point",
            "tool.draw-line",
            "tool.draw-polygon",
            "tool.move",
            "tool.edit-vertices",
            None,
            "edit.delete",
        ),
    ),
)

#: The toolbars of the tenancy docks: the panel (as named in ``WindowDocks``), entries.
PANEL_TOOLBARS: dict[str, tuple[str | None, ...]] = {
    "tenancy": (
        "plan.new-tenant",
        "plan.new-vehicle",
        "plan.allocate",
        None,
        "edit.properties",
        "edit.delete",
    ),
    "allocations": (
        "plan.allocate",
        None,
        "allocation.reserve",
        "allocation.sign",
        "allocation.activate",
        "allocation.end",
        "allocation.cancel",
        None,
        "allocation.delete",
    ),
    "requests": (
        "plan.new-request",
        "request.why-not",
        "plan.optimise",
        None,
        "edit.properties",
        "edit.delete",
    ),
}

#: Context menus of objects in tables and on the map, by kind.
CONTEXT_MENUS: dict[Kind, tuple[str | None, ...]] = {
    Kind.TENANT: (
        "edit.properties",
        "plan.allocate",
        "plan.new-vehicle",
        None,
        "edit.delete",
    ),
    Kind.VEHICLE: ("edit.properties", "plan.allocate", None, "edit.delete"),
    Kind.ALLOCATION: (
        "edit.properties",
        None,
        "allocation.reserve",
        "allocation.sign",
        "allocation.activate",
        "allocation.end",
        "allocation.cancel",
        None,
        "allocation.delete",
    ),
    Kind.PAD: ("edit.properties", "plan.allocate", "view.zoom-selection"),
    Kind.REQUEST: ("edit.properties", "request.why-not", None, "edit.delete"),
}
