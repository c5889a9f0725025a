"""Safety geometry: quantity-distance hazard areas and flight corridors (plain Python, no Qt).

The rules and numbers come from ``shared/design/safety/safety-rules.md`` (14 CFR Part 420 as
the published reference method, DoD TNT equivalents); the norm is replaceable (:class:`QDNorm`).
Its findings are rules of the analysis catalogue (:mod:`cosmoplan.analysis.rules.safety`).
"""

from cosmoplan.safety.appendix_a import CorridorDimensions, VehicleClass, dimensions
from cosmoplan.safety.checks import Check, Target, Violation, find_violations
from cosmoplan.safety.corridor import FlightCorridor, flight_corridor, to_model_crs
from cosmoplan.safety.hazard_areas import (
    HazardAreas,
    hazard_areas,
    pad_hazard_areas,
    store_distances,
    store_hazard_areas,
    vehicle_distances,
)
from cosmoplan.safety.index import SafetyIndex
from cosmoplan.safety.norm import PART_420, HazardDistances, Part420Norm, QDNorm, hazard_distances
from cosmoplan.safety.overflight import (
    CorridorArea,
    LaunchCorridor,
    PlaceUnder,
    PopulatedPlaces,
    azimuth_allowed,
    launch_corridor,
    populated_places_under,
)
from cosmoplan.safety.qd import (
    Distance,
    intraline_distance,
    max_new_for_intraline,
    max_new_for_public_area,
    max_new_for_public_traffic_route,
    public_area_distance,
    public_traffic_route_distance,
)
from cosmoplan.safety.tnt import NetExplosiveWeight, PlannerFactor, net_explosive_weight

__all__ = [
    "PART_420",
    "Check",
    "CorridorArea",
    "CorridorDimensions",
    "Distance",
    "FlightCorridor",
    "HazardAreas",
    "HazardDistances",
    "LaunchCorridor",
    "NetExplosiveWeight",
    "Part420Norm",
    "PlaceUnder",
    "PlannerFactor",
    "PopulatedPlaces",
    "QDNorm",
    "SafetyIndex",
    "Target",
    "VehicleClass",
    "Violation",
    "azimuth_allowed",
    "dimensions",
    "find_violations",
    "flight_corridor",
    "hazard_areas",
    "hazard_distances",
    "intraline_distance",
    "launch_corridor",
    "max_new_for_intraline",
    "max_new_for_public_area",
    "max_new_for_public_traffic_route",
    "net_explosive_weight",
    "pad_hazard_areas",
    "populated_places_under",
    "public_area_distance",
    "public_traffic_route_distance",
    "store_distances",
    "store_hazard_areas",
    "to_model_crs",
    "vehicle_distances",
]
