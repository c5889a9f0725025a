"""Which zones contain a pad: an STRtree over prepared zone geometries, cached per pad."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import shapely
from shapely.geometry import Point

from cosmoplan.domain import Pad, Zone, ZoneKind


class ZoneIndex:
    """Zones of some kinds, queried by pad location (zone validity dates are not looked at).

    Zone geometries are copied before they are prepared, so the plan's objects are never
    touched. Call :meth:`invalidate` after any zone changed; a pad that moved is noticed by
    itself (the cache remembers the location object it was computed for).
    """

    def __init__(self, zones: Mapping[int, Zone], kinds: Iterable[ZoneKind]) -> None:
        self._zones = zones
        self._kinds = frozenset(kinds)
        self._tree: shapely.STRtree | None = None
        self._members: list[Zone] = []
        self._shapes: np.ndarray = np.empty(0, dtype=object)
        self._cache: dict[int, tuple[Point, tuple[Zone, ...]]] = {}

    def invalidate(self) -> None:
        """Forget the tree and every cached answer (a zone was added, changed or removed)."""
        self._tree = None
        self._cache.clear()

    def zones_at(self, pad: Pad) -> tuple[Zone, ...]:
        """The indexed zones whose geometry contains or touches the pad's location, by id."""
        cached = self._cache.get(pad.id)
        if cached is not None and cached[0] is pad.location:
            return cached[1]
        self.prime([pad])
        return self._cache[pad.id][1]

    def prime(self, pads: Iterable[Pad]) -> None:
        """Answer for many pads at once (one vectorised tree query)."""
        todo = [
            pad
            for pad in pads
            if (cached := self._cache.get(pad.id)) is None or cached[0] is not pad.location
        ]
        if not todo:
            return
        tree = self._build()
        found: list[list[Zone]] = [[] for _ in todo]
        if len(self._members):
            points = np.array([pad.location for pad in todo], dtype=object)
            pad_index, zone_index = tree.query(points)
            hits = shapely.intersects(self._shapes[zone_index], points[pad_index])
            for i, j in zip(pad_index[hits].tolist(), zone_index[hits].tolist(), strict=True):
                found[i].append(self._members[j])
        for pad, zones in zip(todo, found, strict=True):
            self._cache[pad.id] = (pad.location, tuple(sorted(zones, key=lambda z: z.id)))

    def _build(self) -> shapely.STRtree:
        if self._tree is None:
            self._members = [z for z in self._zones.values() if z.kind in self._kinds]
            shapes = shapely.from_wkb(shapely.to_wkb([z.geometry for z in self._members]))
            shapely.prepare(shapes)
            self._shapes = np.asarray(shapes, dtype=object)
            self._tree = shapely.STRtree(self._shapes)
        return self._tree
