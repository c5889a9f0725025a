"""The synthetic plan generator: sizes, determinism, validity and plausible contents."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from itertools import pairwise

import numpy as np
import pytest
import shapely

from cosmoplan.demo import synthetic_plan
from cosmoplan.domain import FacilityKind, Kind, Plan, ZoneKind
from cosmoplan.messages import ValidationError


@pytest.fixture(scope="module")
def plan() -> Plan:
    return synthetic_plan(pads=40, facilities=2000, zones=10, allocations=600, tenants=8, seed=3)


def test_counts_match_the_arguments(plan: Plan) -> None:
    counts = plan.counts()
    assert counts[Kind.PAD] == 40
    assert counts[Kind.COMPLEX] == 4
    assert counts[Kind.FACILITY] == 2000
    assert counts[Kind.ZONE] == 10
    assert counts[Kind.TENANT] == 8
    assert counts[Kind.VEHICLE] == 16
    assert counts[Kind.ALLOCATION] == 600


def test_defaults_have_one_complex_per_ten_pads_and_no_allocations() -> None:
    counts = synthetic_plan().counts()
    assert counts[Kind.PAD] == 100
    assert counts[Kind.COMPLEX] == 10
    assert counts[Kind.FACILITY] == 1000
    assert counts[Kind.ALLOCATION] == 0


def test_empty_plan_is_possible() -> None:
    counts = synthetic_plan(pads=0, facilities=0, zones=0, tenants=0).counts()
    assert set(counts.values()) == {0}


def test_same_seed_gives_the_same_plan_and_another_seed_does_not() -> None:
    def fingerprint(plan: Plan) -> tuple[object, ...]:
        wkb = shapely.to_wkb(np.array([f.geometry for f in plan.facilities()]))
        return (
            tuple(wkb),
            tuple(plan.pads()),
            tuple(plan.allocations()),
            tuple(z.geometry.wkb for z in plan.zones()),
        )

    first = synthetic_plan(pads=20, facilities=300, allocations=50, seed=7)
    again = synthetic_plan(pads=20, facilities=300, allocations=50, seed=7)
    other = synthetic_plan(pads=20, facilities=300, allocations=50, seed=8)
    assert fingerprint(first) == fingerprint(again)
    assert fingerprint(first) != fingerprint(other)


def test_every_object_passes_the_plans_reference_and_uniqueness_checks(plan: Plan) -> None:
    fresh = Plan()
    order = (Kind.COMPLEX, Kind.FACILITY, Kind.PAD, Kind.ZONE, Kind.TENANT, Kind.VEHICLE)
    for kind in (*order, Kind.ALLOCATION):
        for entity in plan.objects(kind).values():
            fresh.add(entity)
    assert fresh.counts() == plan.counts()


def test_facility_mix_is_mostly_building_polygons(plan: Plan) -> None:
    geometries = np.array([f.geometry for f in plan.facilities()])
    types = Counter(shapely.get_type_id(geometries).tolist())
    assert types[3] == 1800  # polygons
    assert types[1] == 100  # linestrings
    assert types[0] == 100  # points
    assert shapely.is_valid(geometries).all()
    polygons = geometries[shapely.get_type_id(geometries) == 3]
    vertices = shapely.get_num_coordinates(polygons) - 1
    assert vertices.min() == 4 and vertices.max() == 12
    assert Counter(vertices.tolist()).most_common(1)[0][0] == 4
    bounds = shapely.bounds(polygons)
    sizes = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    assert sizes.min() >= 5 and sizes.max() <= 80 * np.sqrt(2) + 1e-6
    masts = [f for f in plan.facilities() if f.kind is FacilityKind.CABLE_MAST]
    assert len(masts) == 100 and all(m.height_m for m in masts)


def test_everything_lies_inside_the_site_boundary(plan: Plan) -> None:
    boundary = next(z for z in plan.zones() if z.kind is ZoneKind.COSMODROME_BOUNDARY)
    assert boundary.geometry.area == pytest.approx(20_000**2)
    assert boundary.geometry.contains(shapely.Point(520_000, 5_090_000))
    geometries = [f.geometry for f in plan.facilities()] + [p.location for p in plan.pads()]
    assert shapely.covered_by(np.array(geometries), boundary.geometry).all()


def test_pads_sit_inside_their_complex_footprint(plan: Plan) -> None:
    for pad in plan.pads():
        complex_ = plan.get(Kind.COMPLEX, pad.complex_id)
        assert complex_.footprint.contains(pad.location)  # type: ignore[union-attr]


def test_allocations_span_2026_to_2040_mostly_without_overlap(plan: Plan) -> None:
    allocations = list(plan.allocations())
    assert min(a.start for a in allocations) < date(2027, 1, 1)
    assert max(a.start for a in allocations) > date(2039, 1, 1)
    assert all(date(2026, 1, 1) <= a.start <= date(2040, 12, 31) for a in allocations)
    by_pad = defaultdict(list)
    for allocation in allocations:
        by_pad[allocation.pad_id].append(allocation)
    assert len(by_pad) > 30
    overlapping = 0
    for items in by_pad.values():
        items.sort(key=lambda a: a.start)
        overlapping += sum(a.overlaps(b) for a, b in pairwise(items))
    assert 0 < overlapping < 0.25 * len(allocations)


def test_large_plan_has_building_scale_vertex_counts() -> None:
    plan = synthetic_plan(pads=10, facilities=20_000, zones=1, tenants=1)
    geometries = np.array([f.geometry for f in plan.facilities()])
    assert 7 <= shapely.get_num_coordinates(geometries).mean() <= 10


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"pads": -1}, "pads"),
        ({"facilities": 2.5}, "facilities"),
        ({"allocations": 5, "tenants": 0}, "tenants"),
        ({"allocations": 5, "pads": 0}, "pads"),
        ({"extent_m": 0}, "extent_m"),
    ],
)
def test_bad_arguments_raise_a_validation_error(arguments: dict[str, float], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        synthetic_plan(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert caught.value.message.id.startswith("demo.synthetic.")
