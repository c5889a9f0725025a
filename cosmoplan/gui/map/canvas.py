"""The map canvas: the plan drawn as of a date, kept in step with every command, with
selection, navigation and the editing tools.

It only shows and asks: drawn and edited geometries leave as signals, and the main window
turns them into undoable commands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QPoint, QPointF, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Ref
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.map.base_maps import BaseMaps
from cosmoplan.gui.map.derived import CalloutsItem, replace_features
from cosmoplan.gui.map.hover import HoverTips
from cosmoplan.gui.map.input import MapInput
from cosmoplan.gui.map.labels import LabelItem
from cosmoplan.gui.map.layer import Bounds, MapLayer
from cosmoplan.gui.map.layers import LayerStack
from cosmoplan.gui.map.navigation import Navigator
from cosmoplan.gui.map.overlays import MarksItem, Sketch, SketchItem, guide_marks, selection_marks
from cosmoplan.gui.map.renderer import MapItem
from cosmoplan.gui.map.spatial import Snap, around, nearest, snap
from cosmoplan.gui.map.tools import TOOLS, MapMouseEvent, MapTool
from cosmoplan.gui.map.tools.measure import MeasureTool
from cosmoplan.gui.map.typed_vertex import TypedVertexBar
from cosmoplan.gui.map.view import BACKGROUND, MapView
from cosmoplan.mapping.style import Style
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate, LayerModel, Selection
from cosmoplan.services.viewstate.contents import StyleFunction

PICK_PX = 5.0
SNAP_PX = 10.0
SETTLE_MS = 200
#: How often the idle warm-up looks whether the map has been drawn yet.
WARM_UP_WAIT_MS = 20


def _default_tile_cache() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "tiles"


class MapCanvas(QWidget):
    """The plan on a map (pyqtgraph, metres in UTM 41N, north up)."""

    cursor_moved = Signal(float, float)  # model metres
    edit_requested = Signal(object)  # Ref
    geometry_drawn = Signal(str, object)  # tool id, shapely geometry
    geometry_edited = Signal(object, object)  # Ref, shapely geometry
    message = Signal(str)  # for the status bar
    measured = Signal(float, float)  # distance (m), area (m²)
    tool_changed = Signal(str)

    def __init__(
        self,
        document: Document,
        selection: Selection,
        as_of: AsOfDate,
        layers: LayerModel,
        parent: QWidget | None = None,
        tile_cache: Path | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.day = as_of.date
        self.layer_model = layers
        self.view = MapView(self)
        self.navigator = Navigator(self.view, self.view.box)
        self.stack = LayerStack(layers)
        self.map_item = MapItem(self.stack, BACKGROUND)
        # tile base maps, drawn into the map's image under the plan's layers
        self.base_maps = BaseMaps(tile_cache or _default_tile_cache(), self)
        self.base_maps.redraw = self.map_item.invalidate
        self.map_item.underlay = self.base_maps.paint
        # the derived layers' labels (hazard distances, corridors), laid out with the others
        self.callouts = CalloutsItem()
        self.labels = LabelItem(self.stack, self.callouts)
        self.guides = MarksItem()
        self.highlight = MarksItem()
        self.sketch = SketchItem()
        for z, item in enumerate(
            (self.map_item, self.guides, self.highlight, self.labels, self.callouts, self.sketch)
        ):
            self.view.box.addItem(item, ignoreBounds=True)
            item.setZValue(10 + z)
        self._guides: list[BaseGeometry] = []
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self._tools: dict[str, MapTool] = {tool_id: cls(self) for tool_id, cls in TOOLS.items()}
        self._tool = self._tools["select"]
        self.input = MapInput(self)
        self.hover = HoverTips(self)
        self.typed = TypedVertexBar(self, self.view)
        self.view.viewport().setCursor(self._tool.cursor)
        document.changes_applied.connect(self._on_changes)
        follow(selection, self, self._on_selection)
        follow(as_of, self, self.set_date)
        follow(layers, self, self._layers_changed)
        self.stack.rebuild(document.plan, self.day)
        self._warm_up(self.stack.ordered())
        self.zoom_to_all()

    # -- model ---------------------------------------------------------------------------
    def set_date(self, day: date) -> None:
        """Draw the plan as of ``day`` (pad statuses, facilities in service, zones valid):
        only the features whose style the date changes are redrawn."""
        self.day = day
        regions = self.stack.set_day(self.document.plan, day)
        if regions:
            self.map_item.invalidate(regions)
            self.labels.invalidate()
            self._tool.refresh()

    def _warm_up(self, layers: list[MapLayer]) -> None:
        """Build the layers' spatial indexes and label tables in idle time, one layer per
        event-loop turn once the map has been drawn (the first image comes first), so that
        the first click, pan or close zoom does not pay for them."""
        pending = [layer for layer in layers if layer.features]

        def step() -> None:
            if not self.map_item.stats.full and self.isVisible():
                QTimer.singleShot(WARM_UP_WAIT_MS, self, step)  # (dropped with the canvas)
            elif pending:
                layer = pending.pop()
                layer.index.query((0.0, 0.0, 0.0, 0.0))
                if layer.spec is not None and layer.spec.labelled:
                    layer.labels()
                QTimer.singleShot(0, self, step)

        QTimer.singleShot(0, self, step)

    def set_layer_style_function(self, layer_id: str, style: StyleFunction | None) -> None:
        """Draw a plan layer's objects with ``style`` (entity, day) -> Style instead of the
        layer's own function (``None``: back to it), e.g. pads coloured by tenant."""
        self.stack.set_style_function(layer_id, style)
        self.restyle_layer(layer_id)

    def restyle_layer(self, layer_id: str) -> None:
        """Redraw the objects of a plan layer whose style changed: call it when what a
        style function reads besides the object itself changed (say the allocations)."""
        regions = self.stack.restyle(self.document.plan, layer_id)
        if regions:
            self.map_item.invalidate(regions)

    def _on_changes(self, changes: Changes) -> None:
        regions, touched = self.stack.apply(self.document.plan, changes)
        if not touched:
            return
        self.map_item.invalidate(regions)
        self.labels.invalidate()
        if self.selection.refs & changes.touched:
            self._on_selection(self.selection.refs)
        self._tool.refresh()

    def _on_selection(self, refs: frozenset[Ref]) -> None:
        geometries = [g for g in (self.feature_geometry(r) for r in refs) if g is not None]
        self.highlight.set_marks(selection_marks(geometries))
        self._tool.refresh()

    def feature_geometry(self, ref: Ref) -> BaseGeometry | None:
        """The drawn geometry of an object (a pad's location), if it is on the map."""
        feature = self.stack.feature(ref)
        return None if feature is None else feature.geometry

    # -- layers --------------------------------------------------------------------------
    def layers(self) -> list[MapLayer]:
        """Every layer, bottom to top (imported base layers first)."""
        return self.stack.ordered()

    def add_base_layer(self, name: str, geometries: Iterable[BaseGeometry], style: Style) -> str:
        """Draw imported geometries (model CRS) under the plan; returns the new layer's id."""
        return self.stack.add_base(name, geometries, style).id

    def add_derived_layer(self, layer_id: str, title: str, z: int) -> MapLayer:
        """Add a layer whose features the caller computes (hazard areas, flight corridors),
        drawn with the plan at ``z``, listed in the layers panel, never picked nor snapped to;
        fill it with :meth:`set_derived_features`."""
        return self.stack.add_derived(layer_id, title, z)

    def set_derived_features(
        self, layer_id: str, features: Sequence[tuple[int, BaseGeometry, Style]]
    ) -> None:
        """Replace a derived layer's features (id, geometry, style); only what changed is
        redrawn."""
        regions = replace_features(self.stack.get(layer_id), features)
        if regions:
            self.map_item.invalidate(regions)

    def remove_base_layer(self, layer_id: str) -> None:
        """Remove an imported layer."""
        self.stack.remove_base(layer_id)

    def set_layer_style(self, layer_id: str, style: Style) -> None:
        """Restyle an imported layer (every feature alike)."""
        self.stack.get(layer_id).restyle(style)
        self.layer_model.set_colours(layer_id, style.fill, style.stroke)
        self.map_item.invalidate()

    def _layers_changed(self, _layer_id: str) -> None:
        """Draw the layers as the layer model has them now (imported ones in their colours)."""
        for layer in self.stack.ordered():
            settings, style = layer.settings, layer.style
            if layer.group == "base" and style is not None:
                fill = style.fill if settings.fill is None else settings.fill
                stroke = style.stroke if settings.stroke is None else settings.stroke
                if (fill, stroke) != (style.fill, style.stroke):
                    layer.restyle(replace(style, fill=fill, stroke=stroke))
        self.map_item.invalidate()
        self.labels.invalidate()

    # -- coordinates and look-ups ----------------------------------------------------------
    def viewport(self) -> QWidget:
        """The widget that receives the map's mouse events."""
        return self.view.viewport()

    def map_to_widget(self, x: float, y: float) -> QPoint:
        """Model metres to a pixel of :meth:`viewport`."""
        return self.navigator.to_widget(x, y).toPoint()

    def map_to_widget_f(self, x: float, y: float) -> QPointF:
        """Model metres to viewport pixels (not rounded)."""
        return self.navigator.to_widget(x, y)

    def widget_to_map(self, pos: QPointF | QPoint) -> tuple[float, float]:
        """A viewport pixel to model metres."""
        return self.navigator.to_map(QPointF(pos))

    def pixels_to_metres(self, pixels: float) -> float:
        """A screen distance in metres at the current zoom."""
        return pixels / self.navigator.scale()

    def pick(self, x: float, y: float, pixels: float = PICK_PX) -> Ref | None:
        """The object nearest to (x, y) within ``pixels``, top layer first."""
        for layer in reversed(self.stack.ordered()):
            if layer.spec is None or not layer.visible:
                continue
            reach = pixels + (layer.point_symbol_radius() if layer.point_count else 0.0)
            tolerance = self.pixels_to_metres(reach)
            ids, geoms, _ = layer.index.query(around(x, y, tolerance))
            found = nearest(ids, geoms, x, y, tolerance)
            if found is not None:
                return Ref(layer.spec.kind, found[0])
        return None

    def refs_in_rect(self, bounds: Bounds) -> frozenset[Ref]:
        """Every shown object meeting the rectangle ``bounds``."""
        box = shapely.box(*bounds)
        refs: set[Ref] = set()
        for layer in self.stack.ordered():
            if layer.spec is None or not layer.visible:
                continue
            ids, geoms, _ = layer.index.query(bounds)
            if len(ids):
                kind = layer.spec.kind
                refs.update(Ref(kind, int(i)) for i in ids[shapely.intersects(geoms, box)])
        return frozenset(refs)

    def snap_point(
        self,
        event: MapMouseEvent,
        exclude: Ref | None = None,
        extra: Iterable[BaseGeometry] = (),
    ) -> tuple[float, float, Snap | None]:
        """The cursor snapped to a vertex, else an edge, of a shown feature within
        :data:`SNAP_PX` pixels (Shift disables snapping); ``exclude`` is the edited object."""
        if event.shift:
            return event.x, event.y, None
        tolerance = self.pixels_to_metres(SNAP_PX)
        box = around(event.x, event.y, tolerance)
        found: list[np.ndarray] = [np.asarray(list(extra), dtype=object)]
        for layer in self.stack.ordered():
            if not layer.visible or layer.derived:
                continue
            ids, geoms, _ = layer.index.query(box)
            if exclude is not None and layer.spec is not None and layer.spec.kind is exclude.kind:
                geoms = geoms[ids != exclude.id]
            found.append(geoms)
        snapped = snap(np.concatenate(found), event.x, event.y, tolerance)
        if snapped is None:
            return event.x, event.y, None
        return snapped.x, snapped.y, snapped

    # -- navigation ----------------------------------------------------------------------
    def zoom_to_all(self) -> None:
        """Show the whole plan (and imported layers)."""
        extent = self.stack.extent(include_base=True)
        self.zoom_to_bounds(extent or (520_000.0, 5_070_000.0, 580_000.0, 5_110_000.0))

    def zoom_to_selection(self) -> None:
        """Show the selected objects."""
        self.zoom_to(self.selection.refs)

    def zoom_to(self, refs: Iterable[Ref]) -> None:
        """Show the given objects (those on the map)."""
        geoms = [g for g in (self.feature_geometry(r) for r in refs) if g is not None]
        if geoms:
            x0, y0, x1, y1 = shapely.total_bounds(np.asarray(geoms, dtype=object))
            self.zoom_to_bounds((float(x0), float(y0), float(x1), float(y1)))

    def zoom_to_bounds(self, bounds: Bounds, padding: float = 0.05) -> None:
        """Fit a model rectangle in the view."""
        self.navigator.show(bounds, padding)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by whole pixels (right and down positive), as a drag does."""
        self._moving()
        self.navigator.pan_pixels(round(dx), round(dy))

    def zoom_by(self, factor: float, about: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out about a viewport point (default: the centre)."""
        self._moving()
        self.map_item.begin_interaction()
        self.navigator.zoom(factor, about)

    def zoom_in(self) -> None:
        """Zoom in twofold about the centre (+ key)."""
        self.zoom_by(2.0)

    def zoom_out(self) -> None:
        """Zoom out twofold about the centre (- key)."""
        self.zoom_by(0.5)

    def _moving(self) -> None:
        self.labels.set_moving(True)
        self._settle_timer.start()

    def settle(self) -> None:
        """Finish an interaction now: draw the map and lay the labels out properly."""
        self._settle_timer.stop()
        self.map_item.settle()
        self.labels.set_moving(False)

    # -- tools ---------------------------------------------------------------------------
    @property
    def tool_id(self) -> str:
        """The active tool's id."""
        return self._tool.id

    @property
    def tool(self) -> MapTool:
        """The active tool."""
        return self._tool

    def set_tool(self, tool_id: str) -> None:
        """Activate a tool: select, pan, zoom-box, draw-point, draw-line, draw-polygon,
        move, edit-vertices or measure (KeyError for anything else)."""
        tool = self._tools[tool_id]
        if tool is self._tool:
            return
        self._tool.deactivate()
        self._tool = tool
        self.view.viewport().setCursor(tool.cursor)
        tool.activate()
        self.tool_changed.emit(tool_id)

    def show_rubber_rect(self, bounds: Bounds | None) -> None:
        """Show (or hide) a dragged rectangle."""
        self.sketch.show_sketch(Sketch(rect=bounds))

    def keep_measure_as_guide(self) -> bool:
        """Keep the last measured line on the guides overlay; False if there is none."""
        tool = self._tools["measure"]
        assert isinstance(tool, MeasureTool)
        result = tool.result
        if result is None or result.geom_type == "Point":
            return False
        self._guides.append(result)
        self.guides.set_marks(guide_marks(self._guides))
        return True

    def clear_guides(self) -> None:
        """Remove every guide."""
        self._guides.clear()
        self.guides.set_marks([])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key(event):
            super().keyPressEvent(event)
