"""What the map's plan layers hold: which layer draws each object of the plan, with what
geometry, style and label as of a date. :meth:`LayerContents.apply` keeps it in step with
each :class:`Changes`; the GUI's layer stack draws what it says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Entity, Kind, Plan, Ref, display_name, kind_of
from cosmoplan.domain.geometry import drawn_geometry
from cosmoplan.mapping.style import LAYER_BY_ID, LAYERS, LayerSpec, Style
from cosmoplan.services.changes import Changes

#: Kinds the map draws.
MAP_KINDS = (Kind.ZONE, Kind.COMPLEX, Kind.FACILITY, Kind.PAD)
#: How a plan layer styles an object on a date (as :attr:`LayerSpec.style`).
StyleFunction = Callable[[Entity, date], Style]


@dataclass(frozen=True, slots=True)
class Placed:
    """An object as a plan layer draws it."""

    layer_id: str
    geometry: BaseGeometry
    style: Style
    label: str


class LayerContents:
    """Where each drawn object of a plan is, as of :attr:`day`: the first layer of
    :data:`LAYERS` that accepts it, styled by that layer's style function."""

    def __init__(self) -> None:
        self.day = date.today()
        self.placed: dict[Ref, Placed] = {}
        self._specs_by_kind = {k: [s for s in LAYERS if s.kind is k] for k in MAP_KINDS}
        # the layer of each (kind, sort) pair: a layer accepts by these alone (LayerSpec)
        self._layer_of: dict[tuple[Kind, object], LayerSpec | None] = {}

    def spec(self, layer_id: str) -> LayerSpec:
        """A plan layer's spec, with the style function it uses now."""
        return next(s for s in self._specs_by_kind[LAYER_BY_ID[layer_id].kind] if s.id == layer_id)

    def place(self, entity: Entity) -> Placed | None:
        """How ``entity`` is drawn, or ``None`` if no layer draws it."""
        geometry = drawn_geometry(entity)
        if geometry is None or geometry.is_empty:
            return None
        kind = kind_of(entity)
        key = (kind, getattr(entity, "kind", None))
        if key in self._layer_of:
            spec = self._layer_of[key]
        else:
            specs = self._specs_by_kind.get(kind, ())
            spec = self._layer_of[key] = next((s for s in specs if s.accepts(entity)), None)
        if spec is None:
            return None
        return Placed(spec.id, geometry, spec.style(entity, self.day), display_name(entity))

    def rebuild(self, plan: Plan, day: date) -> None:
        """Place every object of ``plan`` as drawn on ``day``."""
        self.day = day
        self.placed = {}
        for kind in MAP_KINDS:
            for entity in plan.objects(kind).values():
                placed = self.place(entity)
                if placed is not None:
                    self.placed[Ref(kind, entity.id)] = placed

    def apply(self, plan: Plan, changes: Changes) -> dict[Ref, tuple[Placed | None, Placed | None]]:
        """Follow one command's changes; returns, for each drawn object they touched, how it
        was placed before and how it is now (``None``: not drawn)."""
        moved: dict[Ref, tuple[Placed | None, Placed | None]] = {}
        for ref in changes.touched:
            if ref.kind not in MAP_KINDS:
                continue
            old = self.placed.pop(ref, None)
            entity = plan.find(ref.kind, ref.id)
            new = None if entity is None else self.place(entity)
            if new is not None:
                self.placed[ref] = new
            if old is not None or new is not None:
                moved[ref] = (old, new)
        return moved

    def set_style_function(self, layer_id: str, style: StyleFunction | None) -> None:
        """Style a plan layer's objects with ``style`` instead of the layer's own function
        (``None``: back to it), for objects placed from now on; see :meth:`restyle`."""
        base = LAYER_BY_ID[layer_id]
        spec = base if style is None else replace(base, style=style)
        self._specs_by_kind[spec.kind] = [
            spec if s.id == layer_id else s for s in self._specs_by_kind[spec.kind]
        ]
        self._layer_of.clear()

    def set_day(self, plan: Plan, day: date) -> list[Ref]:
        """Draw the objects as of ``day``: only their styles follow the date (which layer
        draws an object, its geometry and label do not), so each is restyled; returns the
        objects whose style changed."""
        self.day = day
        specs = {spec.id: spec for specs in self._specs_by_kind.values() for spec in specs}
        restyled: list[Ref] = []
        for ref, placed in self.placed.items():
            entity = plan.find(ref.kind, ref.id)
            if entity is None:
                continue
            style = specs[placed.layer_id].style(entity, day)
            if style != placed.style:
                self.placed[ref] = replace(placed, style=style)
                restyled.append(ref)
        return restyled

    def restyle(self, plan: Plan, layer_id: str) -> list[Ref]:
        """Ask a plan layer's style function again for each of its objects (say after what it
        depends on changed); returns the objects whose style changed."""
        spec = self.spec(layer_id)
        restyled: list[Ref] = []
        for ref, placed in self.placed.items():
            if placed.layer_id != layer_id:
                continue
            entity = plan.find(ref.kind, ref.id)
            if entity is None:
                continue
            style = spec.style(entity, self.day)
            if style != placed.style:
                self.placed[ref] = replace(placed, style=style)
                restyled.append(ref)
        return restyled
