"""Quantity-distance checks of fuelled vehicles on their pads, day ranges included (§1.1, §2).

For each binding allocation whose vehicle's distances are known, over the days it holds its pad
(§420.63(a)(1): actual against allowed distance to every public area, public traffic route and
explosive hazard facility):

- **public area** (Tables E-1/E-2): public-area zones, the cosmodrome boundary measured to its
  boundary line from inside, and the pads and land (zones with a tenant) held by *another*
  tenant at the same time, since land another tenant controls is a public area for this one
  (§1.6 [D]);
- **public traffic route** (60 % of it): roads and rail lines in service, measured to their
  nearest side (§420.70(c)(1)). Routes of the pad's own launch complex serve the pad and are
  under the operator's control, so they are not public [D];
- **intraline** (Table E-3): other pads holding a fuelled vehicle at the same time and
  propellant stores in service, using the larger of the two facilities' distances
  (§420.70(c)(2)).

Distances are exact straight-line distances between hazard source and target (§420.70(b));
candidates come from bulk STRtree ``dwithin`` queries, never from a loop over pairs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Kind
from cosmoplan.safety.index import Layer, Occupant, SafetyIndex, Site, clip
from cosmoplan.safety.norm import HazardDistances
from cosmoplan.safety.qd import Distance

ONE_DAY = timedelta(days=1)


class Check(StrEnum):
    """Which required distance a violation breaks."""

    PUBLIC_AREA = "public-area"
    PUBLIC_TRAFFIC_ROUTE = "public-traffic-route"
    INTRALINE = "intraline"


class Target(StrEnum):
    """What the hazard area reaches."""

    PUBLIC_AREA = "public-area"
    BOUNDARY = "cosmodrome-boundary"
    OTHER_TENANT = "other-tenant-pad"
    TENANT_LAND = "other-tenant-land"
    ROUTE = "public-traffic-route"
    STORE = "propellant-store"
    FUELLED_PAD = "fuelled-pad"


@dataclass(frozen=True, slots=True)
class Violation:
    """A required distance not kept, from ``first`` to ``last`` (both included).

    ``target_kind``/``target_id`` name the zone, facility or other allocation reached
    (``target_pad_id`` is that allocation's pad); ``geometry`` is the shortest line from the
    hazard source to the target (model CRS), or the source where they touch.
    """

    check: Check
    target: Target
    target_kind: Kind
    target_id: int
    target_pad_id: int | None
    required: Distance
    actual_m: float
    first: date
    last: date
    geometry: BaseGeometry


@dataclass(frozen=True, slots=True)
class _Hazards:
    """The allocations checked in one call, as arrays."""

    occupants: list[Occupant]
    distances: list[HazardDistances]
    sources: NDArray[np.object_]
    public_m: NDArray[np.float64]
    route_m: NDArray[np.float64]
    intraline_m: NDArray[np.float64]


def find_violations(
    site: Site, index: SafetyIndex, occupants: Sequence[Occupant], towards: Occupant | None = None
) -> dict[int, list[Violation]]:
    """Violations by allocation id, for the ``occupants`` whose distances are known; with
    ``towards``, only those towards that allocation (the pad-to-pad checks)."""
    known = [
        (o, d) for o in occupants if isinstance(d := index.vehicle(o.vehicle), HazardDistances)
    ]
    found: dict[int, list[Violation]] = {o.allocation.id: [] for o, _ in known}
    if not known:
        return found
    hazards = _Hazards(
        [o for o, _ in known],
        [d for _, d in known],
        np.array([o.pad.hazard_source for o, _ in known], dtype=object),
        np.array([d.public_area.m for _, d in known]),
        np.array([d.public_traffic_route.m for _, d in known]),
        np.array([d.intraline.m for _, d in known]),
    )
    hits: list[_Hit] = []
    if towards is None:
        hits += _zones(site, index, hazards)
        hits += _routes(site, index, hazards)
        hits += _stores(site, index, hazards)
    hits += _pads(site, index, hazards, towards)
    if hits:
        sources = hazards.sources[[hit.hazard for hit in hits]]
        lines = shapely.shortest_line(sources, [hit.geometry for hit in hits])
        for hit, line, source in zip(hits, lines.tolist(), sources.tolist(), strict=True):
            found[hazards.occupants[hit.hazard].allocation.id].append(
                Violation(
                    hit.check,
                    hit.target,
                    hit.target_kind,
                    hit.target_id,
                    hit.target_pad_id,
                    hit.required,
                    hit.actual_m,
                    hit.first,
                    hit.last,
                    line if hit.actual_m > 0 else source,
                )
            )
    return found


class _Hit(NamedTuple):
    """A violation before its geometry: ``geometry`` is still the target's."""

    hazard: int
    check: Check
    target: Target
    target_kind: Kind
    target_id: int
    target_pad_id: int | None
    required: Distance
    actual_m: float
    first: date
    last: date
    geometry: BaseGeometry


def _near(
    layer: Layer, sources: NDArray[np.object_], radii: NDArray[np.float64]
) -> Iterator[tuple[int, int, float]]:
    """``(hazard, layer item, distance)`` for every item closer than the hazard's radius."""
    if not layer.ids:
        return
    hazard, item = layer.tree.query(sources, predicate="dwithin", distance=radii)
    actual = shapely.distance(sources[hazard], layer.geometries[item])
    keep = actual < radii[hazard]
    yield from zip(hazard[keep].tolist(), item[keep].tolist(), actual[keep].tolist(), strict=True)


#: Zone layers of the public-area check: public areas, the boundary line, held land.
_ZONE_TARGETS = (
    ("public", Target.PUBLIC_AREA),
    ("boundaries", Target.BOUNDARY),
    ("held", Target.TENANT_LAND),
)


def _zones(site: Site, index: SafetyIndex, hazards: _Hazards) -> Iterator[_Hit]:
    for name, target in _ZONE_TARGETS:
        layer = index.layer(site, name)
        for i, j, actual in _near(layer, hazards.sources, hazards.public_m):
            occupant = hazards.occupants[i]
            zone_id = layer.ids[j]
            if target is Target.TENANT_LAND and site.zones[zone_id].tenant_id == occupant.tenant.id:
                continue  # the tenant's own land
            days = clip(occupant.allocation.start, occupant.allocation.end, layer.intervals[j])
            if days is not None:
                required = hazards.distances[i].public_area
                yield _Hit(
                    i,
                    Check.PUBLIC_AREA,
                    target,
                    Kind.ZONE,
                    zone_id,
                    None,
                    required,
                    actual,
                    *days,
                    layer.geometries[j],
                )


def _routes(site: Site, index: SafetyIndex, hazards: _Hazards) -> Iterator[_Hit]:
    layer = index.layer(site, "routes")
    for i, j, actual in _near(layer, hazards.sources, hazards.route_m):
        occupant = hazards.occupants[i]
        route = site.facilities[layer.ids[j]]
        if route.complex_id is not None and route.complex_id == occupant.pad.complex_id:
            continue
        days = clip(occupant.allocation.start, occupant.allocation.end, layer.intervals[j])
        if days is not None:
            required = hazards.distances[i].public_traffic_route
            yield _Hit(
                i,
                Check.PUBLIC_TRAFFIC_ROUTE,
                Target.ROUTE,
                Kind.FACILITY,
                route.id,
                None,
                required,
                actual,
                *days,
                route.geometry,
            )


def _stores(site: Site, index: SafetyIndex, hazards: _Hazards) -> Iterator[_Hit]:
    layer = index.layer(site, "stores")
    reach = np.maximum(hazards.intraline_m, index.reach_m(site)[1])
    between = index.norm.intraline_between
    for i, j, actual in _near(layer, hazards.sources, reach):
        own, store = hazards.distances[i], index.store(site, layer.ids[j])
        required = own.intraline if store is None else between(own, store)
        if actual >= required.m:
            continue
        allocation = hazards.occupants[i].allocation
        days = clip(allocation.start, allocation.end, layer.intervals[j])
        if days is not None:
            yield _Hit(
                i,
                Check.INTRALINE,
                Target.STORE,
                Kind.FACILITY,
                layer.ids[j],
                None,
                required,
                actual,
                *days,
                layer.geometries[j],
            )


def _pads(
    site: Site, index: SafetyIndex, hazards: _Hazards, towards: Occupant | None = None
) -> Iterator[_Hit]:
    layer = index.layer(site, "pads")
    reach = np.maximum(hazards.public_m, index.reach_m(site)[1])
    for i, j, actual in _near(layer, hazards.sources, reach):
        occupant, own = hazards.occupants[i], hazards.distances[i]
        pad_id = layer.ids[j]
        if pad_id == occupant.pad.id or (towards is not None and pad_id != towards.pad.id):
            continue
        start, end = occupant.allocation.start, occupant.allocation.end
        others = site.binding_on(pad_id) if towards is None else [towards]
        for other in others:
            days = clip(start, end, (other.allocation.start, other.allocation.end + ONE_DAY))
            if days is None:
                continue
            if other.tenant.id != occupant.tenant.id and actual < own.public_area.m:
                yield _pad_hit(i, Check.PUBLIC_AREA, own.public_area, other, actual, days)
            theirs = index.vehicle(other.vehicle)
            required = (
                index.norm.intraline_between(own, theirs)
                if isinstance(theirs, HazardDistances)
                else own.intraline
            )
            if actual < required.m:
                yield _pad_hit(i, Check.INTRALINE, required, other, actual, days)


def _pad_hit(
    i: int,
    check: Check,
    required: Distance,
    other: Occupant,
    actual: float,
    days: tuple[date, date],
) -> _Hit:
    target = Target.OTHER_TENANT if check is Check.PUBLIC_AREA else Target.FUELLED_PAD
    return _Hit(
        i,
        check,
        target,
        Kind.ALLOCATION,
        other.allocation.id,
        other.pad.id,
        required,
        actual,
        *days,
        other.pad.hazard_source,
    )
