"""Fixtures of the GIS tests: a small plan like the demo, with every geometry type and optional
fields both set and unset."""

from __future__ import annotations

from datetime import date

import pytest
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon

from cosmoplan import geo
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Confidence,
    Controller,
    Facility,
    FacilityKind,
    FacilityStatus,
    LaunchComplex,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Propellant,
    Provenance,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)


def at(lon: float, lat: float) -> tuple[float, float]:
    """Model metres of a WGS84 position."""
    return geo.to_model(lon, lat)


def square(lon: float, lat: float, half_m: float) -> Polygon:
    """A square of ``2 * half_m`` metres around a WGS84 position, in model metres."""
    x, y = at(lon, lat)
    return shapely.box(x - half_m, y - half_m, x + half_m, y + half_m)


def demo_like_plan() -> Plan:
    """Three complexes, three pads, six facilities, two zones, one tenant/vehicle/allocation."""
    verified = Provenance("GCAT lp.tsv", Confidence.VERIFIED, False)
    sketch = Provenance("drawn by hand", Confidence.SCHEMATIC, True)
    complexes = [
        LaunchComplex(1, "1", "Gagarin's Start", Controller.KAZAKHSTAN,
                      square(63.342, 45.920, 600), "museum", verified),
        LaunchComplex(2, "45", "Zenit", Controller.BAITEREK_JV),
        LaunchComplex(3, "31", "Site 31", Controller.ROSCOSMOS_LEASE,
                      MultiPolygon([square(63.564, 45.996, 400), square(63.58, 45.99, 200)])),
    ]  # fmt: skip
    facilities = [
        Facility(1, FacilityKind.CABLE_MAST, "Mast 31/6", Point(at(63.565, 45.997)),
                 complex_id=3, height_m=52.5, provenance=sketch),
        Facility(2, FacilityKind.ROAD, "Road to 31",
                 LineString([at(63.40, 45.90), at(63.50, 45.95), at(63.56, 45.99)])),
        Facility(3, FacilityKind.RAIL_LINE, "Rail spurs",
                 MultiLineString([[at(63.40, 45.91), at(63.45, 45.93)],
                                  [at(63.46, 45.93), at(63.50, 45.96)]]),
                 status=FacilityStatus.OUT_OF_SERVICE),
        Facility(4, FacilityKind.PROPELLANT_STORE, "LOX store", square(63.57, 45.995, 30),
                 complex_id=3, propellant=Propellant.LOX_KEROSENE, max_quantity_kg=250_000.0,
                 commissioned=date(1961, 4, 1), notes="two tanks"),
        Facility(5, FacilityKind.HOUSING, "Blocks", MultiPolygon(
                 [square(63.31, 45.62, 50), square(63.312, 45.622, 40)]),
                 status=FacilityStatus.DECOMMISSIONED, commissioned=date(1970, 1, 1),
                 decommissioned=date(2001, 6, 30)),
        Facility(6, FacilityKind.POWER_SUBSTATION, "Substation 1", square(63.343, 45.921, 20),
                 status=FacilityStatus.PLANNED, commissioned=date(2027, 3, 1), complex_id=1),
    ]  # fmt: skip
    pads = [
        Pad(1, 1, "1/5", Point(at(63.3423, 45.9203)), "Gagarin's Start",
            square(63.3423, 45.9203, 80),
            (PadStatusPeriod(PadStatus.ACTIVE, date(1957, 5, 15), date(2019, 9, 26)),
             PadStatusPeriod(PadStatus.MUSEUM, date(2019, 9, 26), note='said "museum"')),
            PadCapabilities(frozenset({Propellant.LOX_KEROSENE}), 310_000.0, 50.0, 10.3, 4000.0,
                            20.0, 350.0),
            power_facility_id=6, notes="first pad", provenance=verified),
        Pad(2, 2, "45/1", Point(at(63.6529, 45.9433))),
        Pad(3, 3, "31/6", Point(at(63.5641, 45.996)),
            status_periods=(PadStatusPeriod(PadStatus.DAMAGED, date(2025, 11, 27)),),
            capabilities=PadCapabilities(
                frozenset({Propellant.LOX_KEROSENE, Propellant.N2O4_UDMH}), azimuth_min_deg=340.0,
                azimuth_max_deg=20.0, max_launches_per_year=8.0),
            power_facility_id=1, required_facility_ids=(1, 4), provenance=sketch),
    ]  # fmt: skip
    zones = [
        Zone(1, ZoneKind.COSMODROME_BOUNDARY, "Boundary", square(63.45, 45.85, 30_000),
             valid_from=date(1994, 12, 10), valid_to=date(2050, 1, 1), provenance=verified),
        Zone(2, ZoneKind.SPECIAL_ECONOMIC_ZONE, "SEZ", MultiPolygon(
             [square(63.30, 45.63, 900), square(63.35, 45.65, 500)]), notes="two parcels"),
    ]  # fmt: skip
    tenant = Tenant(1, "Orbital Steppe", "Kazakhstan", contact="ops@example.kz")
    vehicle = Vehicle(1, 1, "Steppe-1", Propellant.LOX_METHANE, stages=2, height_m=30.0)
    allocation = Allocation(1, 1, 1, 2, date(2027, 1, 1), date(2029, 12, 31),
                            AllocationStatus.RESERVED, annual_fee_usd=1.5e6)  # fmt: skip
    plan = Plan(PlanInfo("Demo-like"))
    plan.load([*complexes, *facilities, *pads, *zones, tenant, vehicle, allocation])
    return plan


@pytest.fixture
def plan() -> Plan:
    """A fresh demo-like plan."""
    return demo_like_plan()
