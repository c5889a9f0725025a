"""A comparison on the map: a ring around each pad whose allocations or statuses a version
changed (green: an allocation added there, red: removed, orange: moved there, dashed orange:
moved away, blue: statuses or another change), in a derived layer of the window's map."""

from __future__ import annotations

from collections.abc import Iterable

from cosmoplan.domain import Allocation, Kind, Pad, Ref
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map import MapCanvas
from cosmoplan.mapping.style import Style
from cosmoplan.planner.compare import Difference

LAYER_ID = "scenario-difference"
#: Above the pads (50), so the rings show over their symbols.
Z = 55
RING_M = 1500.0
STYLES = {
    "added": Style(fill=None, stroke="#2e7d32", stroke_width=3.0),
    "removed": Style(fill=None, stroke="#c62828", stroke_width=3.0),
    "moved": Style(fill=None, stroke="#ef6c00", stroke_width=3.0),
    "moved away": Style(fill=None, stroke="#ef6c00", stroke_width=2.0, dash=(4.0, 3.0)),
    "changed": Style(fill=None, stroke="#1565c0", stroke_width=2.5),
}


def marks(differences: Iterable[Difference]) -> dict[int, str]:
    """The pads to ring, and how: the strongest change at each pad wins."""
    order = ("changed", "moved away", "removed", "moved", "added")
    found: dict[int, str] = {}

    def put(pad_id: int, how: str) -> None:
        if order.index(how) >= order.index(found.get(pad_id, "changed")):
            found[pad_id] = how

    for change in differences:
        before, after = change.before, change.after
        if isinstance(before, Pad | None) and isinstance(after, Pad):
            put(after.id, "changed")
        if not isinstance(before, Allocation | None) or not isinstance(after, Allocation | None):
            continue
        how = change.how
        if how == "moved" and before is not None and after is not None:
            if before.pad_id != after.pad_id:
                put(before.pad_id, "moved away")
            put(after.pad_id, "moved")
        elif after is not None:
            put(after.pad_id, how)
        elif before is not None:
            put(before.pad_id, how)
    return found


class DifferenceLayer:
    """The rings of one comparison on one window's map (empty when none is shown)."""

    def __init__(self, canvas: MapCanvas) -> None:
        self.canvas = canvas
        if not any(layer.id == LAYER_ID for layer in canvas.layers()):
            canvas.add_derived_layer(LAYER_ID, tr("Scenario difference"), Z)
        self.shown: dict[int, str] = {}

    def show(self, differences: Iterable[Difference]) -> None:
        """Ring the pads these differences touch."""
        self.shown = marks(differences)
        features = []
        for pad_id, how in sorted(self.shown.items()):
            where = self.canvas.feature_geometry(Ref(Kind.PAD, pad_id))
            if where is not None:
                ring = where.centroid.buffer(RING_M)
                features.append((pad_id, ring, STYLES[how]))
        self.canvas.set_derived_features(LAYER_ID, features)

    def clear(self) -> None:
        """Show no comparison."""
        self.show(())
