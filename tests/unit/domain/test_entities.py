"""Validation at construction and the behaviour of the domain entities."""

from __future__ import annotations

from datetime import date

import pytest
from shapely.geometry import LineString, Point, Polygon

from cosmoplan.domain import (
    Allocation,
    Facility,
    FacilityKind,
    FacilityStatus,
    LaunchComplex,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Propellant,
    Request,
    Tenant,
    Vehicle,
    VehicleClass,
    Zone,
    ZoneKind,
)
from cosmoplan.messages import ValidationError

SQUARE = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])
BOWTIE = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])


def test_blank_names_are_refused_and_names_are_stripped() -> None:
    with pytest.raises(ValidationError) as error:
        LaunchComplex(1, "  ", "Zenit")
    assert error.value.field == "site"
    assert error.value.message.id == "domain.required"
    assert LaunchComplex(1, " 45 ", " Zenit ").label == "Site 45 (Zenit)"


def test_self_intersecting_polygon_is_refused_with_the_reason() -> None:
    with pytest.raises(ValidationError) as error:
        Zone(1, ZoneKind.PUBLIC_AREA, "Town", BOWTIE)
    assert error.value.message.id == "domain.geometry_invalid"
    assert "Self-intersection" in str(error.value)


def test_wrong_empty_and_non_finite_geometries_are_refused() -> None:
    with pytest.raises(ValidationError, match="must be a Point"):
        Pad(1, 1, "1/5", SQUARE)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="empty"):
        Pad(1, 1, "1/5", Point())
    with pytest.raises(ValidationError, match="not finite"):
        Pad(1, 1, "1/5", Point(float("nan"), 0))


def test_pad_status_over_time() -> None:
    pad = Pad(
        1,
        1,
        "31/6",
        Point(0, 0),
        status_periods=(
            PadStatusPeriod(PadStatus.DAMAGED, date(2025, 11, 27), None),
            PadStatusPeriod(PadStatus.ACTIVE, None, date(2025, 11, 27)),
        ),
    )
    assert pad.status_periods[0].status is PadStatus.ACTIVE  # sorted by start
    assert pad.status_at(date(2025, 11, 26)) is PadStatus.ACTIVE
    assert pad.status_at(date(2025, 11, 27)) is PadStatus.DAMAGED


def test_overlapping_status_periods_are_refused() -> None:
    with pytest.raises(ValidationError, match="overlap"):
        Pad(
            1,
            1,
            "31/6",
            Point(0, 0),
            status_periods=(
                PadStatusPeriod(PadStatus.ACTIVE, date(2020, 1, 1), date(2026, 1, 1)),
                PadStatusPeriod(PadStatus.DAMAGED, date(2025, 1, 1), None),
            ),
        )


def test_pad_without_periods_is_inactive_and_hazard_source_prefers_footprint() -> None:
    pad = Pad(1, 1, "90/19", Point(5, 5))
    assert pad.status_at(date(2030, 1, 1)) is PadStatus.INACTIVE
    assert pad.hazard_source.equals(Point(5, 5))
    with_footprint = Pad(1, 1, "90/19", Point(5, 5), footprint=SQUARE)
    assert with_footprint.hazard_source.equals(SQUARE)


def test_capability_limits_must_be_positive_and_azimuth_may_wrap() -> None:
    with pytest.raises(ValidationError, match="greater than zero"):
        PadCapabilities(max_height_m=0)
    with pytest.raises(ValidationError, match="max launches per year"):
        PadCapabilities(max_launches_per_year=-1)
    with pytest.raises(ValidationError, match=r"between 0\.0 and 360\.0"):
        PadCapabilities(azimuth_min_deg=-5, azimuth_max_deg=40)
    wrapping = PadCapabilities(azimuth_min_deg=340, azimuth_max_deg=20)
    assert wrapping.allows_azimuth(350) and wrapping.allows_azimuth(10)
    assert not wrapping.allows_azimuth(90)
    plain = PadCapabilities(azimuth_min_deg=30, azimuth_max_deg=100)
    assert plain.allows_azimuth(63) and not plain.allows_azimuth(120)


def test_facility_service_dates() -> None:
    mast = Facility(
        1,
        FacilityKind.CABLE_MAST,
        "Cable mast",
        Point(0, 0),
        status=FacilityStatus.UNDER_CONSTRUCTION,
        commissioned=date(2026, 3, 1),
    )
    assert not mast.in_service_on(date(2026, 2, 28))
    assert mast.in_service_on(date(2026, 3, 1))
    planned_without_date = Facility(
        2, FacilityKind.ROAD, "Road", LineString([(0, 0), (1, 1)]), FacilityStatus.PLANNED
    )
    assert not planned_without_date.in_service_on(date(2040, 1, 1))
    retired = Facility(
        3, FacilityKind.ASSEMBLY_BUILDING, "MIK", SQUARE, decommissioned=date(2002, 5, 12)
    )
    assert retired.in_service_on(date(2002, 5, 11)) and not retired.in_service_on(date(2002, 5, 12))
    with pytest.raises(ValidationError, match="before"):
        Facility(
            4,
            FacilityKind.OTHER,
            "x",
            SQUARE,
            commissioned=date(2020, 1, 1),
            decommissioned=date(2019, 1, 1),
        )


def test_zone_validity_is_end_exclusive() -> None:
    zone = Zone(1, ZoneKind.RUSSIAN_LEASE, "Lease", SQUARE, valid_to=date(2050, 1, 1))
    assert zone.valid_on(date(2049, 12, 31)) and not zone.valid_on(date(2050, 1, 1))


def test_vehicle_and_tenant_validation() -> None:
    with pytest.raises(ValidationError, match="country is required"):
        Tenant(1, "Skyroot Aerospace", "")
    with pytest.raises(ValidationError, match="liftoff mass"):
        Vehicle(1, 1, "Vikram-1", Propellant.SOLID, liftoff_mass_kg=-1)
    assert Vehicle(1, 1, "Vikram-1", Propellant.SOLID).height_m is None


def test_allocation_period() -> None:
    first = Allocation(1, 1, 1, 1, date(2027, 1, 1), date(2027, 12, 31))
    second = Allocation(2, 1, 1, 1, date(2027, 12, 31), date(2028, 6, 30))
    third = Allocation(3, 1, 1, 1, date(2028, 1, 1), date(2028, 6, 30))
    assert first.overlaps(second) and not first.overlaps(third)
    assert first.days == 365 and first.covers(date(2027, 12, 31))
    with pytest.raises(ValidationError) as error:
        Allocation(4, 1, 1, 1, date(2028, 1, 1), date(2027, 1, 1))
    assert error.value.message.id == "domain.dates_reversed"


def test_vehicle_safety_fields() -> None:
    with pytest.raises(ValidationError) as error:
        Vehicle(1, 1, "Nebula-1", Propellant.LOX_METHANE, tnt_factor=0.2)
    assert error.value.message.id == "domain.vehicle.factor_source"
    with pytest.raises(ValidationError, match="TNT-equivalent factor"):
        Vehicle(1, 1, "Nebula-1", Propellant.LOX_METHANE, tnt_factor=0, tnt_factor_source="x")
    with pytest.raises(ValidationError, match=r"Division 1\.1"):
        Vehicle(1, 1, "Vikram-1", Propellant.SOLID, division_1_1_kg=-5)
    with pytest.raises(ValidationError, match="apogee"):
        Vehicle(1, 1, "Hop", Propellant.SOLID, apogee_km=0)
    vehicle = Vehicle(
        1,
        1,
        "Nebula-1",
        Propellant.LOX_METHANE,
        tnt_factor=0.2,
        tnt_factor_source="  test series  ",
        vehicle_class=VehicleClass.SMALL,
    )
    assert vehicle.tnt_factor_source == "test series" and vehicle.vehicle_class.orbital


def test_launch_azimuth_must_be_a_bearing() -> None:
    with pytest.raises(ValidationError, match="launch azimuth"):
        Allocation(1, 1, 1, 1, date(2027, 1, 1), date(2027, 2, 1), launch_azimuth_deg=361)
    allocation = Allocation(1, 1, 1, 1, date(2027, 1, 1), date(2027, 2, 1), launch_azimuth_deg=63)
    assert allocation.launch_azimuth_deg == 63


# -- requests ------------------------------------------------------------------------------
def test_a_request_checks_its_window_duration_and_pads() -> None:
    request = Request(1, 1, 1, date(2030, 1, 1), date(2030, 12, 31), 100, pad_ids=[2, 1])
    assert request.pad_ids == (2, 1) and request.latest_start == date(2030, 9, 23)
    assert request.window_days == 365 and request.pending
    for bad in (
        {"duration_days": 0},
        {"duration_days": 366},
        {"pad_ids": (1, 1)},
        {"latest_end": date(2029, 1, 1)},
        {"launch_azimuth_deg": 400.0},
        {"priority": -1},
        {"fee_usd": -5.0},
        {"earliest_start": date(1900, 1, 1)},
    ):
        fields = {
            "id": 1, "tenant_id": 1, "vehicle_id": 1, "earliest_start": date(2030, 1, 1),
            "latest_end": date(2030, 12, 31), "duration_days": 10, **bad,
        }  # fmt: skip
        with pytest.raises(ValidationError):
            Request(**fields)
