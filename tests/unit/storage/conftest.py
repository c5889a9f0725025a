"""Fixtures of the storage tests: a plan that sets every field of every kind, and comparisons."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Confidence,
    Controller,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Propellant,
    Provenance,
    Request,
    RequestStatus,
    Tenant,
    TenantKind,
    Vehicle,
    VehicleClass,
    Zone,
    ZoneKind,
)

X, Y = 520_000.123456789, 5_090_000.987654321  # coordinates whose every bit must survive


def box(dx: float, dy: float, size: float = 50.0) -> Polygon:
    """A square ``size`` metres wide, offset from (X, Y)."""
    return shapely.box(X + dx, Y + dy, X + dx + size, Y + dy + size)


def full_plan() -> Plan:
    """Every kind, every field set somewhere and left at its default elsewhere."""
    verified = Provenance("GCAT lp.tsv; «Байконур» survey", Confidence.VERIFIED, True)
    holed = Polygon(
        [(X, Y), (X + 300, Y), (X + 300, Y + 300), (X, Y + 300)],
        [[(X + 100, Y + 100), (X + 200, Y + 100), (X + 200, Y + 200), (X + 100, Y + 200)]],
    )
    plan = Plan(PlanInfo(name="Baikonur 2031 – draft", description="Line one\nline two ✓"))
    entities = [
        LaunchComplex(1, "45", "Zenit", Controller.BAITEREK_JV, holed, "notes 45", verified),
        LaunchComplex(2, "200", "Proton"),
        LaunchComplex(
            3,
            "31",
            "Soyuz",
            Controller.ROSCOSMOS_LEASE,
            MultiPolygon([box(1000, 0), box(1200, 0)]),
        ),
        Facility(
            1,
            FacilityKind.PROPELLANT_STORE,
            "Kerosene store",
            box(10, 10),
            FacilityStatus.UNDER_CONSTRUCTION,
            date(2027, 3, 1),
            date(2045, 12, 31),
            1,
            Propellant.LOX_KEROSENE,
            0.1 + 0.2,
            1e-9,
            "Заправка",
            verified,
        ),
        Facility(2, FacilityKind.ROAD, "Road 1", LineString([(X, Y), (X + 500.5, Y + 1 / 3)])),
        Facility(3, FacilityKind.CABLE_MAST, "Mast", Point(X + 5, Y + 5), height_m=60.0),
        Facility(
            4,
            FacilityKind.RAIL_LINE,
            "Rail",
            MultiLineString([[(X, Y), (X + 10, Y + 10)], [(X + 20, Y), (X + 30, Y + 30)]]),
            FacilityStatus.DECOMMISSIONED,
        ),
        Facility(
            5,
            FacilityKind.HOUSING,
            "Blocks",
            MultiPolygon([box(-500, 0), box(-600, 0)]),
            complex_id=3,
        ),
        Facility(6, FacilityKind.POWER_SUBSTATION, "Substation", box(70, 70, 20)),
        Pad(
            1,
            1,
            "45/1",
            Point(X + 150, Y + 150),
            "Zenit pad",
            box(120, 120, 60),
            (
                PadStatusPeriod(PadStatus.ACTIVE, None, date(1990, 1, 1), "first launches"),
                PadStatusPeriod(PadStatus.DESTROYED, date(1990, 1, 1), date(2024, 6, 1)),
                PadStatusPeriod(PadStatus.UNDER_MODERNISATION, date(2024, 6, 1), None, "Baiterek"),
            ),
            PadCapabilities(
                frozenset({Propellant.LOX_KEROSENE, Propellant.LOX_METHANE}),
                max_liftoff_mass_kg=470_000.5,
                max_height_m=59.6,
                max_diameter_m=3.9,
                max_thrust_kn=7_257.0,
                azimuth_min_deg=350.0,
                azimuth_max_deg=10.25,
                max_launches_per_year=7.5,
            ),
            power_facility_id=6,
            required_facility_ids=(3, 1, 5),
            notes="pad notes",
            provenance=verified,
        ),
        Pad(2, 2, "200/39", Point(X - 900, Y - 900)),
        Zone(
            1,
            ZoneKind.COSMODROME_BOUNDARY,
            "Boundary",
            MultiPolygon([box(-2000, -2000, 5000), box(4000, 4000, 100)]),
            date(1955, 6, 2),
            date(2050, 1, 1),
            "lease",
            verified,
        ),
        Zone(2, ZoneKind.PUBLIC_AREA, "Town", box(-3000, -3000, 500)),
        Tenant(
            1,
            "Orbital Steppe",
            "Kazakhstan",
            TenantKind.NATIONAL_PROGRAMME,
            NegotiationStatus.APPROVED,
            "ops@example.kz",
            "tenant notes",
            "press release",
        ),
        Tenant(2, "Small Launch GmbH", "Germany"),
        Zone(
            3,
            ZoneKind.SPECIAL_ECONOMIC_ZONE,
            "Lease of Small Launch",
            box(1000, 1000, 300),
            tenant_id=2,
        ),
        Vehicle(
            1,
            1,
            "Steppe-1",
            Propellant.LOX_METHANE,
            stages=2,
            height_m=45.5,
            diameter_m=3.0,
            liftoff_mass_kg=300_000.0,
            propellant_mass_kg=270_000.0,
            liftoff_thrust_kn=4_000.0,
            payload_leo_kg=8_000.0,
            launches_per_year=0.5,
            notes="vehicle notes",
            source="datasheet",
            division_1_1_kg=120.5,
            tnt_factor=0.2,
            tnt_factor_source="NASA LO2/LCH4 test series",
            vehicle_class=VehicleClass.MEDIUM,
        ),
        Vehicle(2, 2, "Mini", Propellant.SOLID),
        Vehicle(
            3,
            2,
            "Hop",
            Propellant.SOLID,
            vehicle_class=VehicleClass.GUIDED_SUBORBITAL,
            apogee_km=120.0,
        ),
        Allocation(
            1,
            1,
            1,
            1,
            date(2031, 1, 1),
            date(2035, 12, 31),
            AllocationStatus.SIGNED,
            exclusive=False,
            annual_fee_usd=12_500_000.75,
            notes="allocation notes",
            launch_azimuth_deg=63.5,
        ),
        Allocation(2, 2, 2, 2, date(2030, 5, 5), date(2030, 5, 5)),
        Request(
            1,
            1,
            1,
            date(2030, 1, 1),
            date(2033, 12, 31),
            365,
            pad_ids=(2,),
            exclusive=False,
            launch_azimuth_deg=51.5,
            priority=7,
            fee_usd=3_000_000.5,
            notes="request notes",
            status=RequestStatus.PLANNED,
        ),
        Request(2, 2, 2, date(2031, 3, 1), date(2031, 3, 1), 1),
    ]
    for entity in entities:
        plan.add(entity)
    return plan


def geometries_of(entity: object) -> dict[str, BaseGeometry]:
    """The geometry-valued fields of an entity."""
    values = {f.name: getattr(entity, f.name) for f in fields(entity)}
    return {name: value for name, value in values.items() if isinstance(value, BaseGeometry)}


def assert_same_plan(actual: Plan, expected: Plan) -> None:
    """Equal info, ids and entities (==), geometry bit for bit, and the same value types."""
    assert actual.info == expected.info
    for kind in Kind:
        got, want = actual.objects(kind), expected.objects(kind)
        assert sorted(got) == sorted(want), kind
        for object_id, entity in want.items():
            assert got[object_id] == entity, (kind, object_id)
            assert type(got[object_id]) is type(entity)
            for name, geometry in geometries_of(entity).items():
                other = getattr(got[object_id], name)
                assert shapely.to_wkb(other) == shapely.to_wkb(geometry), (kind, object_id, name)
                assert shapely.equals_exact(other, geometry, 0)
            for f in fields(entity):
                value = getattr(entity, f.name)
                assert type(getattr(got[object_id], f.name)) is type(value), (kind, f.name)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with the SHA-256 of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def plan() -> Plan:
    """A fresh :func:`full_plan`."""
    return full_plan()


@pytest.fixture
def same_plan() -> Callable[[Plan, Plan], None]:
    """:func:`assert_same_plan`, for tests."""
    return assert_same_plan


@pytest.fixture
def folder_snapshot() -> Callable[[Path], dict[str, str]]:
    """:func:`snapshot`, for tests."""
    return snapshot
