"""Flight corridors of the allocations binding on a date, ready to draw (plain Python, no Qt).

Each allocation with a launch azimuth, on a vehicle with a corridor class (and, guided
suborbital, an apogee), gets the 14 CFR 420 Appendix A overflight exclusion zone and flight
corridor of its pad (safety rules §4.4, :func:`cosmoplan.safety.launch_corridor`), in model
metres and clipped to Kazakhstan. Allocations whose corridor cannot be built are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Vehicle, VehicleClass
from cosmoplan.geo import to_model, to_wgs84
from cosmoplan.mapping.hazards import binding_allocations
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety import CorridorDimensions, launch_corridor
from cosmoplan.safety.units import M_PER_NM

_GEOD = Geod(ellps="WGS84")


@dataclass(frozen=True, slots=True)
class AllocationCorridor:
    """The corridor of one allocation: overflight exclusion zone and flight corridor (model
    metres, clipped to Kazakhstan), with what its label needs."""

    allocation_id: int
    pad_id: int
    tenant_id: int
    vehicle_class: VehicleClass
    azimuth_deg: float
    dimensions: CorridorDimensions
    overflight_exclusion: BaseGeometry
    flight: BaseGeometry
    #: Where the label goes (model metres): the downrange tip of the overflight exclusion zone,
    #: DOEZ + Dmax along the flight azimuth (Appendix A (c)(2): a half-circle of radius Dmax
    #: centred DOEZ downrange).
    label_at: tuple[float, float]

    @property
    def exclusion_length_m(self) -> float:
        """The downrange length of the overflight exclusion zone, DOEZ (Table A-2), in metres."""
        return self.dimensions.doez_nm * M_PER_NM

    @property
    def label(self) -> str:
        """An English label, e.g. ``medium-large · 51.8° · OEZ 7.9 km`` (the GUI builds its own,
        translated, from the same fields)."""
        return (
            f"{self.vehicle_class.value} · {format_azimuth(self.azimuth_deg)} · "
            f"OEZ {self.exclusion_length_m / 1000:.1f} km"
        )


def format_azimuth(azimuth_deg: float) -> str:
    """An azimuth in degrees, one decimal at most: ``51.8°``, ``65°``, ``0°`` for 359.96."""
    text = f"{round(azimuth_deg, 1) % 360.0:.1f}".removesuffix(".0")
    return f"{text}°"


def allocation_corridor(plan: Plan, allocation: Allocation) -> AllocationCorridor | None:
    """The corridor of ``allocation``, or ``None`` if it cannot be built (no azimuth, no class,
    a guided suborbital vehicle without apogee, or nothing of it inside Kazakhstan)."""
    pad = plan.find(Kind.PAD, allocation.pad_id)
    vehicle = plan.find(Kind.VEHICLE, allocation.vehicle_id)
    if not isinstance(pad, Pad) or not isinstance(vehicle, Vehicle):
        return None
    try:
        built = launch_corridor(pad, vehicle, allocation.launch_azimuth_deg)
    except CosmoplanError:
        return None
    if built.overflight_exclusion.is_empty and built.flight.is_empty:
        return None
    corridor = built.corridor
    dims = corridor.dimensions
    return AllocationCorridor(
        allocation.id,
        pad.id,
        allocation.tenant_id,
        corridor.vehicle_class,
        corridor.azimuth_deg,
        dims,
        built.overflight_exclusion,
        built.flight,
        _downrange(pad, corridor.azimuth_deg, (dims.doez_nm + dims.dmax_nm) * M_PER_NM),
    )


def flight_corridors(
    plan: Plan, day: date, allocation_ids: Iterable[int] | None = None
) -> list[AllocationCorridor]:
    """Corridors of the allocations binding on ``day`` (only ``allocation_ids`` if given), by
    allocation id; allocations whose corridor cannot be built are left out."""
    wanted = None if allocation_ids is None else set(allocation_ids)
    found: list[AllocationCorridor] = []
    for allocation in sorted(binding_allocations(plan, day), key=lambda a: a.id):
        if wanted is None or allocation.id in wanted:
            corridor = allocation_corridor(plan, allocation)
            if corridor is not None:
                found.append(corridor)
    return found


def _downrange(pad: Pad, azimuth_deg: float, distance_m: float) -> tuple[float, float]:
    """The point ``distance_m`` from the pad along the geodesic at ``azimuth_deg`` (model)."""
    lon, lat = to_wgs84(pad.location.x, pad.location.y)
    end_lon, end_lat, _ = _GEOD.fwd(lon, lat, azimuth_deg, distance_m)
    return to_model(end_lon, end_lat)
