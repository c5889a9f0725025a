"""What the map's safety layers (hazard areas, flight corridors) share: a derived layer of the
canvas filled from the allocations binding on the "as of" date (and, for hazard areas, the
propellant stores in service then), recomputed when the date moves or a command touches the
kinds the layer watches (allocations, pads, vehicles; facilities too for hazard areas), with
the selection's allocations (or those on selected pads) emphasised and labels drawn by the
canvas's :class:`CalloutsItem`.

The layer's check box in the layers panel and the View menu's action both show or hide it;
nothing is computed while it is hidden.
"""

from __future__ import annotations

from datetime import date
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Allocation, Kind, Plan, Ref
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.map.derived import Callout, CalloutsItem
from cosmoplan.mapping.style import Style
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate, Selection

#: Kinds whose change moves, resizes or removes a safety area.
SAFETY_KINDS = frozenset({Kind.ALLOCATION, Kind.PAD, Kind.VEHICLE})


class SafetyArea(Protocol):
    """What a safety layer draws: an area of one allocation on its pad (a hazard area, a
    corridor), or one of no allocation (``None`` ids: a propellant store's hazard area, which
    the subclass emphasises itself)."""

    @property
    def allocation_id(self) -> int | None: ...
    @property
    def pad_id(self) -> int | None: ...


A = TypeVar("A", bound=SafetyArea)
DrawnFeature = tuple[int, BaseGeometry, Style]


class SafetyLayer(QObject, Generic[A]):
    """Keeps one derived layer of the canvas in step with the date, the plan and the
    selection (subclasses say what to compute and how to draw it)."""

    #: Kinds whose change makes the layer compute its areas again.
    watched: frozenset[Kind] = SAFETY_KINDS
    #: The layer's id, title (translated at display) and stacking order on the canvas.
    layer_id: str
    title: str
    z: int
    #: The View menu's action that shows or hides the layer: id, text and tip (``actions``).
    action_id: str
    action_text: str
    action_tip: str

    def __init__(
        self,
        document: Document,
        selection: Selection,
        canvas: MapCanvas,
        as_of: AsOfDate,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.canvas = canvas
        self.day: date = as_of.date
        self.areas: list[A] = []
        self.off_date: frozenset[int] = frozenset()  # selected allocations shown beyond the date
        self.layer = canvas.add_derived_layer(self.layer_id, self.title, self.z)
        self._shown = self.layer.visible
        self.item: CalloutsItem = canvas.callouts
        follow(as_of, self, self.set_date)
        document.changes_applied.connect(self._changes_applied)
        follow(selection, self, self._selection_changed)
        follow(canvas.layer_model, self, self._layers_changed)
        self.recompute()

    # -- to override ------------------------------------------------------------------------
    def compute(self, plan: Plan, day: date, also: list[Allocation]) -> list[A]:
        """The areas of the allocations binding on ``day``, and of ``also`` (selected
        allocations that do not hold their pad on that day)."""
        raise NotImplementedError

    def features(self, areas: list[A], emphasised: frozenset[int]) -> list[DrawnFeature]:
        """What to draw: (feature id, geometry, style) for each area."""
        raise NotImplementedError

    def callouts(self, areas: list[A], emphasised: frozenset[int]) -> list[Callout]:
        """The labels of the areas."""
        raise NotImplementedError

    # -- state ------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        """Whether the layer is shown."""
        return self.layer.visible

    def set_enabled(self, enabled: bool) -> None:
        """Show (``True``) or hide the layer (as its check box in the layers panel does)."""
        self.canvas.layer_model.set_visible(self.layer_id, enabled)

    def set_date(self, day: date) -> None:
        """Show the areas of the allocations binding on ``day``."""
        self.day = day
        self.recompute()

    def recompute(self) -> None:
        """Compute the areas again (nothing while hidden)."""
        plan = self.document.plan
        also = self._selected_off_date()
        self.off_date = frozenset(a.id for a in also)
        self.areas = self.compute(plan, self.day, also) if self.enabled else []
        self._show()

    def _selected_off_date(self) -> list[Allocation]:
        """Selected binding allocations that do not hold their pad on the date: a planner who
        picks one wants to see its areas too, whatever the date."""
        found = (
            self.document.plan.find(Kind.ALLOCATION, i) for i in self.selected(Kind.ALLOCATION)
        )
        return sorted(
            (
                a
                for a in found
                if isinstance(a, Allocation) and a.status.binding and not a.covers(self.day)
            ),
            key=lambda a: a.id,
        )

    def areas_of(self, allocation_id: int) -> list[A]:
        """The shown areas of one allocation."""
        return [a for a in self.areas if a.allocation_id == allocation_id]

    def selected(self, kind: Kind) -> frozenset[int]:
        """Ids of the selected objects of ``kind``."""
        return frozenset(r.id for r in self.selection.refs if r.kind is kind)

    def emphasised(self) -> frozenset[int]:
        """Allocation ids to emphasise: selected allocations and those on selected pads."""
        pads = self.selected(Kind.PAD)
        allocations = self.selected(Kind.ALLOCATION)
        return frozenset(
            a.allocation_id
            for a in self.areas
            if a.allocation_id is not None and (a.allocation_id in allocations or a.pad_id in pads)
        )

    # -- reactions --------------------------------------------------------------------------
    def _changes_applied(self, changes: Changes) -> None:
        if changes.kinds() & self.watched:
            self.recompute()

    def _layers_changed(self, _layer_id: str) -> None:
        if self.layer.visible != self._shown:
            self._shown = self.layer.visible
            self.recompute()
        else:
            self._show_callouts(self.emphasised())

    def _selection_changed(self, _refs: frozenset[Ref]) -> None:
        if frozenset(a.id for a in self._selected_off_date()) != self.off_date:
            self.recompute()
        else:
            self._show()

    def _show(self, _refs: frozenset[Ref] | None = None) -> None:
        emphasised = self.emphasised()
        self.canvas.set_derived_features(self.layer_id, self.features(self.areas, emphasised))
        self._show_callouts(emphasised)

    def labels(self) -> list[tuple[float, float, str]]:
        """The layer's labels: anchor (model metres) and text."""
        return [(c.x, c.y, c.text) for c in self.item.callouts(self.layer_id)]

    def _show_callouts(self, emphasised: frozenset[int]) -> None:
        callouts = self.callouts(self.areas, emphasised) if self.enabled else []
        self.item.set_callouts(self.layer_id, callouts, self.layer.opacity)
