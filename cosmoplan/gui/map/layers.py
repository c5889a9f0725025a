"""The map's layers as drawable data: the plan's objects as :class:`LayerContents` places them
on :data:`LAYERS` (plus any imported base layers and the derived layers other parts compute,
such as hazard areas), chunked on a grid, indexed for picking, and updated by ``Changes``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Plan, Ref
from cosmoplan.gui.map.chunks import Feature, style_code
from cosmoplan.gui.map.layer import (
    BASE_Z,
    DERIVED_GROUP,
    Bounds,
    MapLayer,
    envelope_of,
    group_of,
)
from cosmoplan.mapping.style import LAYERS, Style
from cosmoplan.memory import collector_paused
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate.contents import LayerContents, StyleFunction
from cosmoplan.services.viewstate.layers import LayerInfo, LayerModel


class LayerStack:
    """Every layer of the map, bottom to top, drawing what :class:`LayerContents` places and
    shown as the :class:`LayerModel` says."""

    def __init__(self, model: LayerModel) -> None:
        self.model = model
        self.contents = LayerContents()
        self._plan_layers: dict[str, MapLayer] = {}
        self._base_layers: dict[str, MapLayer] = {}
        self._derived_layers: dict[str, MapLayer] = {}
        for spec in LAYERS:
            layer = self._plan_layers[spec.id] = self._new(
                spec.id, spec.title, spec.z, group_of(spec)
            )
            layer.spec = spec
            self.model.add(LayerInfo(layer.id, layer.title, layer.group, layer.z))

    def _new(self, layer_id: str, title: str, z: int, group: str) -> MapLayer:
        return MapLayer(layer_id, title, z, group, self.model.settings(layer_id))

    @property
    def day(self) -> date:
        """The date the plan is drawn as of."""
        return self.contents.day

    # -- layers -------------------------------------------------------------------------
    def ordered(self) -> list[MapLayer]:
        """Every layer, bottom to top (base layers under the plan)."""
        return [self.get(info.id) for info in self.model.ordered()]

    def get(self, layer_id: str) -> MapLayer:
        """A layer by id (KeyError if unknown)."""
        return (
            self._plan_layers.get(layer_id)
            or self._derived_layers.get(layer_id)
            or self._base_layers[layer_id]
        )

    def feature(self, ref: Ref) -> Feature | None:
        """The drawn feature of an object."""
        placed = self.contents.placed.get(ref)
        return None if placed is None else self._plan_layers[placed.layer_id].features.get(ref.id)

    # -- plan ---------------------------------------------------------------------------
    def rebuild(self, plan: Plan, day: date) -> None:
        """Load every object of ``plan`` as drawn on ``day`` (without cyclic collections:
        they would walk the whole plan for each burst of new features)."""
        with collector_paused():
            self._rebuild(plan, day)

    def _rebuild(self, plan: Plan, day: date) -> None:
        self.contents.rebuild(plan, day)
        rows: dict[str, tuple[list[int], list[BaseGeometry], list[Style], list[str]]] = {
            layer_id: ([], [], [], []) for layer_id in self._plan_layers
        }
        for ref, placed in self.contents.placed.items():
            ids, geoms, styles, labels = rows[placed.layer_id]
            ids.append(ref.id)
            geoms.append(placed.geometry)
            styles.append(placed.style)
            labels.append(placed.label)
        for layer_id, (ids, geoms, styles, labels) in rows.items():
            array = np.empty(len(geoms), object)
            array[:] = geoms
            self._plan_layers[layer_id].load(ids, array, styles, labels)

    def apply(self, plan: Plan, changes: Changes) -> tuple[list[Bounds], set[str]]:
        """Follow one command's changes; returns envelopes to redraw and touched layer ids."""
        touched: list[Bounds] = []
        layer_ids: set[str] = set()
        for ref, (old, new) in self.contents.apply(plan, changes).items():
            if old is not None:
                touched += self._plan_layers[old.layer_id].drop(ref.id)
                layer_ids.add(old.layer_id)
            if new is not None:
                feature = Feature(new.geometry, style_code(new.style), new.label)
                touched += self._plan_layers[new.layer_id].put(ref.id, feature)
                layer_ids.add(new.layer_id)
        return touched, layer_ids

    def set_style_function(self, layer_id: str, style: StyleFunction | None) -> None:
        """Style the objects of a plan layer with ``style`` instead of the layer's own
        function (``None``: back to it). Takes effect for objects drawn from now on; see
        :meth:`restyle`."""
        self.contents.set_style_function(layer_id, style)
        self._plan_layers[layer_id].spec = self.contents.spec(layer_id)

    def restyle(self, plan: Plan, layer_id: str) -> list[Bounds]:
        """Ask a plan layer's style function again for each of its features (say after
        what it depends on changed); returns the envelopes of features whose style changed."""
        return self._restyled(self.contents.restyle(plan, layer_id))

    def set_day(self, plan: Plan, day: date) -> list[Bounds]:
        """Draw the plan as of ``day``: restyle the features whose style the date changes
        (nothing else follows the date); returns their envelopes."""
        return self._restyled(self.contents.set_day(plan, day))

    def _restyled(self, refs: list[Ref]) -> list[Bounds]:
        touched: list[Bounds] = []
        layers: set[str] = set()
        for ref in refs:
            placed = self.contents.placed[ref]
            layer = self._plan_layers[placed.layer_id]
            feature = layer.features[ref.id]
            feature.code = style_code(placed.style)
            layer.chunks[feature.cell].dirty = True
            touched.append(feature.geometry.bounds)
            layers.add(placed.layer_id)
        for layer_id in layers:
            self._plan_layers[layer_id].index.reset()
        return touched

    # -- base layers --------------------------------------------------------------------
    def add_base(self, name: str, geometries: Iterable[BaseGeometry], style: Style) -> MapLayer:
        """Add an imported layer under the plan; returns it (its id is unique)."""
        layer_id = f"base/{name}"
        n = 2
        while layer_id in self._base_layers:
            layer_id, n = f"base/{name} ({n})", n + 1
        array = np.asarray(list(geometries), dtype=object).reshape(-1)
        keep = ~(shapely.is_missing(array) | shapely.is_empty(array))
        array = array[keep]
        z = BASE_Z + len(self._base_layers)
        layer = self._new(layer_id, name, z, "base")
        layer.style = style
        count = len(array)
        layer.load(list(range(count)), array, [style] * count, [""] * count)
        self._base_layers[layer_id] = layer
        self.model.add(LayerInfo(layer_id, name, "base", z), style.fill, style.stroke)
        return layer

    def remove_base(self, layer_id: str) -> MapLayer:
        """Remove an imported layer (KeyError if there is none)."""
        layer = self._base_layers.pop(layer_id)
        self.model.remove(layer_id)
        return layer

    # -- derived layers -----------------------------------------------------------------
    def add_derived(self, layer_id: str, title: str, z: int) -> MapLayer:
        """Add an empty layer whose features someone else computes
        (:func:`cosmoplan.gui.map.derived.replace_features`); returns it. ``z`` places it
        among the plan's layers (:data:`LAYERS`)."""
        if layer_id in self._derived_layers:
            raise ValueError(f"derived layer {layer_id!r} exists")
        layer = self._new(layer_id, title, z, DERIVED_GROUP)
        layer.derived = True
        self._derived_layers[layer_id] = layer
        self.model.add(LayerInfo(layer_id, title, DERIVED_GROUP, z))
        return layer

    def extent(self, include_base: bool = False) -> Bounds | None:
        """The envelope of the plan's features (and base layers, if asked); derived layers
        (say flight corridors thousands of kilometres long) do not count."""
        layers = [*self._plan_layers.values()]
        if include_base:
            layers += self._base_layers.values()
        found = [e for e in (layer.envelope() for layer in layers) if e is not None]
        if not found:
            return None
        return envelope_of(np.array(found))
