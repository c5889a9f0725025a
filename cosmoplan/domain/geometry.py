"""The geometry an object is shown with: the one answer for the map, the reports and GIS files."""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain.plan import Entity
from cosmoplan.domain.site import Facility, LaunchComplex, Pad, Zone


def drawn_geometry(entity: Entity) -> BaseGeometry | None:
    """A pad's location, a complex's footprint (``None`` without one), a facility's or a
    zone's geometry; ``None`` for objects without a place (tenants, vehicles, allocations)."""
    if isinstance(entity, Facility):  # the most numerous first: a plan may hold 100,000
        return entity.geometry
    if isinstance(entity, Pad):
        return entity.location
    if isinstance(entity, LaunchComplex):
        return entity.footprint
    if isinstance(entity, Zone):
        return entity.geometry
    return None
