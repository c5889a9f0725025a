"""A plan written and read back is the same plan, field by field and bit by bit."""

from __future__ import annotations

import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cosmoplan.domain import Facility, FacilityKind, FacilityStatus, Kind, Plan, PlanInfo
from cosmoplan.domain.validation import HORIZON
from cosmoplan.storage import HEAD, SUFFIX, PlanStore, read_schema_version


def test_every_field_of_every_kind_survives(tmp_path, plan, same_plan):
    path = tmp_path / f"plan{SUFFIX}"
    with PlanStore.create(path, plan) as store:
        assert store.schema_version == HEAD
    store, back = PlanStore.open(path)
    with store:
        same_plan(back, plan)
        assert store.location == str(path)
        assert store.schema_version == HEAD


def test_the_example_plan_sets_every_optional_field_somewhere(plan):
    # Guards the round trip above: each optional field is both set and left unset.
    for kind in Kind:
        objects = list(plan.objects(kind).values())
        assert len(objects) >= 2, kind
    facility = plan.get(Kind.FACILITY, 1)
    assert all(getattr(facility, f) is not None for f in ("commissioned", "propellant"))
    assert plan.get(Kind.COMPLEX, 2).footprint is None
    assert plan.get(Kind.PAD, 2).footprint is None
    geometry_types = {f.geometry.geom_type for f in plan.facilities()}
    assert geometry_types == {"Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}
    assert plan.get(Kind.ZONE, 1).geometry.geom_type == "MultiPolygon"


def test_an_empty_plan_survives(tmp_path, same_plan):
    empty = Plan(PlanInfo(name="Nothing yet", description=""))
    PlanStore.create(tmp_path / "empty.cosmoplan", empty).close()
    store, back = PlanStore.open(tmp_path / "empty.cosmoplan")
    store.close()
    same_plan(back, empty)


def test_an_sqlite_url_is_a_file_location(tmp_path, plan, same_plan):
    url = f"sqlite:///{tmp_path / 'url.cosmoplan'}"
    PlanStore.create(url, plan).close()
    assert (tmp_path / "url.cosmoplan").is_file()
    store, back = PlanStore.open(url)
    with store:
        assert store.location == url
        same_plan(back, plan)
    assert read_schema_version(url) == HEAD


def test_closing_leaves_no_wal_files(tmp_path, plan):
    PlanStore.create(tmp_path / "p.cosmoplan", plan).close()
    store, _ = PlanStore.open(tmp_path / "p.cosmoplan")
    store.save(plan)
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.cosmoplan"]


def test_read_schema_version_changes_nothing(tmp_path, plan, folder_snapshot):
    PlanStore.create(tmp_path / "p.cosmoplan", plan).close()
    before = folder_snapshot(tmp_path)
    assert read_schema_version(tmp_path / "p.cosmoplan") == HEAD
    assert folder_snapshot(tmp_path) == before


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6)
text = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30)


@settings(max_examples=30, deadline=None)
@given(
    coords=st.lists(st.tuples(finite, finite), min_size=2, max_size=6, unique=True),
    name=text.filter(lambda s: s.strip() == s and s),
    notes=text,
    height=st.none() | st.floats(min_value=1e-300, max_value=1e300),
    commissioned=st.none() | st.dates(*HORIZON),
)
def test_any_facility_survives(tmp_path_factory, coords, name, notes, height, commissioned):
    folder = tmp_path_factory.mktemp("any")
    plan = Plan()
    line = shapely.LineString(coords)
    assume(line.is_valid and line.length > 0)
    facility = Facility(
        1,
        FacilityKind.PIPELINE,
        name,
        line,
        FacilityStatus.PLANNED,
        commissioned=commissioned,
        height_m=height,
        notes=notes,
    )
    plan.add(facility)
    PlanStore.create(folder / "p.cosmoplan", plan).close()
    store, back = PlanStore.open(folder / "p.cosmoplan")
    store.close()
    got = back.get(Kind.FACILITY, 1)
    assert got == facility
    assert shapely.to_wkb(got.geometry) == shapely.to_wkb(line)


@pytest.mark.parametrize("day", HORIZON)
def test_the_horizon_s_ends_survive(tmp_path, day):
    plan = Plan()
    plan.add(Facility(1, FacilityKind.OTHER, "Old", shapely.Point(0, 0), commissioned=day))
    PlanStore.create(tmp_path / "d.cosmoplan", plan).close()
    store, back = PlanStore.open(tmp_path / "d.cosmoplan")
    store.close()
    assert back.get(Kind.FACILITY, 1).commissioned == day


def test_opening_and_closing_changes_nothing(tmp_path, plan, folder_snapshot):
    PlanStore.create(tmp_path / "p.cosmoplan", plan).close()
    before = folder_snapshot(tmp_path)
    store, _ = PlanStore.open(tmp_path / "p.cosmoplan")
    store.close()
    assert folder_snapshot(tmp_path) == before
