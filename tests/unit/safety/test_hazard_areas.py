"""Hazard areas as buffers of hazard sources (§1.5) under the replaceable Part 420 norm."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Point, Polygon

from cosmoplan.domain import Facility, FacilityKind, Pad, Propellant, Vehicle
from cosmoplan.messages import CosmoplanError
from cosmoplan.safety.hazard_areas import (
    buffers,
    hazard_areas,
    pad_hazard_areas,
    store_distances,
    store_hazard_areas,
    vehicle_distances,
)
from cosmoplan.safety.norm import PART_420, Part420Norm, hazard_distances
from cosmoplan.safety.qd import public_area_distance
from cosmoplan.safety.units import lb_to_kg

SQUARE = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)])


def soyuz(**fields: object) -> Vehicle:
    values: dict[str, object] = {
        "id": 1,
        "tenant_id": 1,
        "name": "Soyuz-2.1a",
        "propellant": Propellant.LOX_KEROSENE,
        "liftoff_mass_kg": 311_700.0,
        "propellant_mass_kg": 270_000.0,
    }
    values.update(fields)
    return Vehicle(**values)  # type: ignore[arg-type]


def store(**fields: object) -> Facility:
    values: dict[str, object] = {
        "id": 7,
        "kind": FacilityKind.PROPELLANT_STORE,
        "name": "LOX and kerosene store",
        "geometry": SQUARE,
        "propellant": Propellant.LOX_KEROSENE,
        "max_quantity_kg": 600_000.0,
    }
    values.update(fields)
    return Facility(**values)  # type: ignore[arg-type]


def test_distances_of_a_kerosene_vehicle() -> None:
    distances = vehicle_distances(soyuz())
    w = 270_000 / 0.45359237
    new = 0.2 * 500_000 + 0.1 * (w - 500_000)
    assert distances.new.lb == pytest.approx(new)
    assert distances.public_area.ft == pytest.approx(2.42 * new**0.577)
    assert distances.public_traffic_route.ft == pytest.approx(0.6 * 2.42 * new**0.577)
    assert distances.intraline.ft == pytest.approx(18 * new ** (1 / 3))
    for part in ("NEW:", "Table E-2", "Table E-3", "DoD-based"):
        assert part in distances.basis


def test_liftoff_mass_stands_in_for_an_unknown_propellant_mass() -> None:
    distances = vehicle_distances(soyuz(propellant_mass_kg=None))
    assert distances.new.kg == pytest.approx(
        lb_to_kg(100_000) + 0.1 * (311_700 - lb_to_kg(500_000))
    )
    assert "lift-off mass is used" in distances.new.basis
    with pytest.raises(CosmoplanError) as raised:
        vehicle_distances(soyuz(propellant_mass_kg=None, liftoff_mass_kg=None))
    assert raised.value.message.id == "safety.vehicle.no_mass"


def test_methane_vehicle_needs_a_factor() -> None:
    with pytest.raises(CosmoplanError) as raised:
        vehicle_distances(soyuz(propellant=Propellant.LOX_METHANE))
    assert raised.value.message.id == "safety.tnt.no_factor"


def test_pad_hazard_areas_buffer_the_footprint() -> None:
    pad = Pad(1, 1, "45/1", Point(50, 50), footprint=SQUARE)
    distances = vehicle_distances(soyuz())
    areas = pad_hazard_areas(pad, distances)
    reach = distances.public_area.m
    assert areas.source is SQUARE
    assert areas.public_area.contains(Point(100 + reach - 1, 50))
    assert not areas.public_area.contains(Point(100 + reach + 1, 50))
    assert areas.public_traffic_route.area < areas.public_area.area
    assert areas.intraline.area < areas.public_traffic_route.area
    # Around a corner the buffer is round: measured from the closest point of the source.
    corner = Point(100 + reach * 0.7, 100 + reach * 0.7)
    assert areas.public_area.contains(corner)


def test_pad_without_footprint_buffers_its_point() -> None:
    pad = Pad(1, 1, "45/1", Point(0, 0))
    areas = pad_hazard_areas(pad, hazard_distances("solid", lb_to_kg(10_000)))
    assert areas.public_area.area == pytest.approx(3.14159 * (1_250 * 0.3048) ** 2, rel=1e-3)


def test_store_hazard_areas() -> None:
    areas = store_hazard_areas(store())
    assert areas.source is SQUARE
    assert "storage tables [NF]" in areas.distances.new.basis
    assert areas.distances.new.kg == pytest.approx(
        lb_to_kg(100_000) + 0.1 * (600_000 - lb_to_kg(500_000))
    )
    with pytest.raises(CosmoplanError) as raised:
        store_distances(store(kind=FacilityKind.HOUSING))
    assert raised.value.message.id == "safety.store.not_a_store"
    with pytest.raises(CosmoplanError) as unknown:
        store_distances(store(max_quantity_kg=None))
    assert unknown.value.message.id == "safety.store.unknown_load"


def test_intraline_between_two_sources_uses_the_larger_distance() -> None:
    small = hazard_distances("n2o4-udmh", 10_000)
    large = hazard_distances("lox-kerosene", 300_000)
    assert PART_420.intraline_between(small, large) == large.intraline
    assert PART_420.intraline_between(large, small) == large.intraline


def test_conservative_norm_reads_the_30000_lb_step_conservatively() -> None:
    conservative = Part420Norm(conservative=True)
    assert conservative.id == "faa-part-420-conservative" and PART_420.id == "faa-part-420"
    load = lb_to_kg(30_001)
    assert hazard_distances("solid", load, norm=conservative).public_area.ft == 1_250
    assert hazard_distances("solid", load).public_area.ft == pytest.approx(
        public_area_distance(30_001).ft
    )


def test_buffers_are_vectorised() -> None:
    sources = [Point(0, 0), SQUARE, Point(1_000, 0)]
    result = buffers(sources, [10.0, 20.0, 30.0])
    assert len(result) == 3
    for source, radius, polygon in zip(sources, (10.0, 20.0, 30.0), result, strict=True):
        assert shapely.equals_exact(polygon, source.buffer(radius, quad_segs=32), 1e-9)
    single = hazard_areas(Point(0, 0), hazard_distances("solid", 100))
    assert single.public_area.contains(Point(0, 0))
