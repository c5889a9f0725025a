"""Hazard areas: buffers of a hazard source's footprint by the required distances (§1.5).

§420.70 (safety-rules.md §1.5): distances are measured along straight lines from the closest
hazard source (the vehicle on its pad, a tank, a building outline), so a hazard area is a
buffer of the source footprint, not a circle around a point. Geometry is in model metres.
The buffers are for drawing; checks compare exact distances (``shapely.distance``), since a
buffer's polygonal arcs fall short of the true distance by up to 0.03 %.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Facility, FacilityKind, Pad, Vehicle
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.safety.norm import PART_420, HazardDistances, QDNorm
from cosmoplan.safety.tnt import PlannerFactor

MSG_NO_MASS = register(
    "safety.vehicle.no_mass",
    "Vehicle {vehicle} has neither a propellant mass nor a lift-off mass: its net explosive "
    "weight cannot be computed.",
)
MSG_NOT_A_STORE = register(
    "safety.store.not_a_store", "Facility {facility} is not a propellant store."
)
MSG_STORE_UNKNOWN = register(
    "safety.store.unknown_load",
    "Propellant store {facility} has no propellant combination or maximum quantity: its "
    "hazard areas cannot be computed.",
)

#: Segments per quarter circle of the buffers (chord error 0.03 % of the distance).
QUAD_SEGS = 32


@dataclass(frozen=True, slots=True)
class HazardAreas:
    """The three hazard areas of one source (model CRS) with the distances they stand for."""

    source: BaseGeometry
    distances: HazardDistances
    public_area: BaseGeometry
    public_traffic_route: BaseGeometry
    intraline: BaseGeometry


def buffers(sources: ArrayLike, distances_m: ArrayLike) -> NDArray[np.object_]:
    """Vectorised buffers of ``sources`` by ``distances_m`` (broadcast together)."""
    return np.asarray(shapely.buffer(sources, distances_m, quad_segs=QUAD_SEGS), dtype=object)


def hazard_areas(source: BaseGeometry, distances: HazardDistances) -> HazardAreas:
    """Public-area, public-traffic-route and intraline buffers of ``source`` (§1.5)."""
    radii = [
        distances.public_area.m,
        distances.public_traffic_route.m,
        distances.intraline.m,
    ]
    public, route, intraline = buffers([source] * 3, radii)
    return HazardAreas(source, distances, public, route, intraline)


def vehicle_factor(vehicle: Vehicle) -> PlannerFactor | None:
    """The TNT-equivalent factor the planner entered for ``vehicle`` (with its source), if any."""
    if vehicle.tnt_factor is None:
        return None
    return PlannerFactor(vehicle.tnt_factor, vehicle.tnt_factor_source)


def vehicle_distances(
    vehicle: Vehicle, norm: QDNorm = PART_420, *, factor: PlannerFactor | None = None
) -> HazardDistances:
    """Distances for a fuelled ``vehicle`` on its pad (§1.4: one NEW for the whole vehicle).

    The NEW is the propellant's TNT equivalent plus the vehicle's Division 1.1 mass at 100 %
    (§420.69(b)). The propellant mass is used; when only the lift-off mass is known it stands
    in for it (an upper bound) and the basis says so. The vehicle's own planner factor wins
    over ``factor`` (a plan-wide one for its combination); combinations without an
    established factor need one or the other (CosmoplanError, see :mod:`cosmoplan.safety.tnt`).
    """
    mass = vehicle.propellant_mass_kg
    note = ""
    if mass is None:
        mass = vehicle.liftoff_mass_kg
        note = f"propellant mass of {vehicle.name} unknown, its lift-off mass is used; "
    if mass is None:
        raise CosmoplanError(MSG_NO_MASS, vehicle=vehicle.name)
    chosen = vehicle_factor(vehicle) or factor
    new = norm.net_explosive_weight(
        vehicle.propellant, mass, vehicle.division_1_1_kg or 0.0, chosen
    )
    if note:
        new = replace(new, basis=note + new.basis)
    return norm.distances(new)


def store_distances(
    facility: Facility, norm: QDNorm = PART_420, factor: PlannerFactor | None = None
) -> HazardDistances:
    """Distances for a propellant store at its maximum quantity.

    The storage tables of §420.66/§420.67 are [NF] (safety-rules.md §2.4), so the store is
    treated like a vehicle on a pad: its whole quantity at the range-launch TNT equivalent,
    a conservative stand-in (the FAA relaxes separation for separately stored LOX and RP-1).
    """
    if facility.kind is not FacilityKind.PROPELLANT_STORE:
        raise CosmoplanError(MSG_NOT_A_STORE, facility=facility.name)
    if facility.propellant is None or facility.max_quantity_kg is None:
        raise CosmoplanError(MSG_STORE_UNKNOWN, facility=facility.name)
    new = norm.net_explosive_weight(facility.propellant, facility.max_quantity_kg, 0.0, factor)
    basis = f"store at its maximum quantity, storage tables [NF] (safety rules §2.4); {new.basis}"
    return norm.distances(replace(new, basis=basis))


def pad_hazard_areas(pad: Pad, distances: HazardDistances) -> HazardAreas:
    """Hazard areas around the pad's hazard source (its footprint, else its point)."""
    return hazard_areas(pad.hazard_source, distances)


def store_hazard_areas(
    facility: Facility, norm: QDNorm = PART_420, factor: PlannerFactor | None = None
) -> HazardAreas:
    """Hazard areas around a propellant store's outline."""
    return hazard_areas(facility.geometry, store_distances(facility, norm, factor))
