"""Find: objects by code, name or tenant, ranked; places typed as coordinates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from shapely.geometry import Point, Polygon

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    PlanInfo,
    Propellant,
    Ref,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.geo import to_model, to_wgs84
from cosmoplan.messages import Message
from cosmoplan.services.commands import AddObjects, RemoveObjects, UpdateObject
from cosmoplan.services.search import Rank, SearchIndex, map_refs, parse_place

X, Y = to_model(63.3422, 45.9435)


def _plan() -> Plan:
    plan = Plan(PlanInfo("Search test"))
    plan.add(LaunchComplex(1, "45", "Zenit"))
    plan.add(LaunchComplex(2, "31", "Soyuz"))
    plan.add(Pad(1, 1, "45/1", Point(X, Y), name="Zenit pad"))
    plan.add(Pad(2, 1, "45/2", Point(X + 500, Y)))
    plan.add(Pad(3, 2, "31/6", Point(X + 9000, Y), name="Soyuz pad"))
    plan.add(Facility(1, FacilityKind.CABLE_MAST, "45/1 cable mast", Point(X + 60, Y)))
    plan.add(Tenant(1, "Roscosmos", "Russia", TenantKind.INCUMBENT))
    plan.add(Tenant(2, "Rocket Factory Augsburg", "Germany", TenantKind.STARTUP))
    plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE))
    plan.add(Vehicle(2, 2, "RFA One", Propellant.LOX_KEROSENE))
    square = Polygon([(X, Y), (X + 100, Y), (X + 100, Y + 100), (X, Y + 100)])
    plan.add(Zone(1, ZoneKind.SPECIAL_ECONOMIC_ZONE, "Zenit lease", square, tenant_id=1))
    period = (date(2026, 1, 1), date(2030, 12, 31))
    plan.add(Allocation(1, 1, 1, 1, *period, AllocationStatus.SIGNED))
    plan.add(Allocation(2, 2, 2, 3, date(2031, 1, 1), date(2032, 6, 30), AllocationStatus.PROPOSED))
    return plan


def refs(index: SearchIndex, text: str) -> list[Ref]:
    return [hit.ref for hit in index.search(text)]


def test_a_code_typed_whole_comes_first_then_codes_and_names_starting_with_it() -> None:
    index = SearchIndex(_plan())
    hits = index.search("45/1")
    assert hits[0].ref == Ref(Kind.PAD, 1) and hits[0].rank is Rank.EXACT
    assert hits[0].title == "45/1" and "Zenit pad" in hits[0].detail
    assert Ref(Kind.FACILITY, 1) in [hit.ref for hit in hits[1:]]  # "45/1 cable mast"
    assert Ref(Kind.ALLOCATION, 1) in refs(index, "45/1")  # the allocation on 45/1
    assert refs(index, "45/")[:2] == [Ref(Kind.PAD, 1), Ref(Kind.PAD, 2)]  # natural order


def test_names_any_case_and_any_word() -> None:
    index = SearchIndex(_plan())
    assert refs(index, "zenit")[:1] == [Ref(Kind.COMPLEX, 1)]  # "Site 45 (Zenit)"… a word
    assert {Ref(Kind.PAD, 1), Ref(Kind.ZONE, 1)} <= set(refs(index, "ZENIT"))
    found = index.search("augsburg")
    assert [hit.ref for hit in found] == [
        Ref(Kind.TENANT, 2),
        Ref(Kind.VEHICLE, 2),
        Ref(Kind.ALLOCATION, 2),
    ]
    assert all(hit.rank is Rank.WORD for hit in found)
    assert refs(index, "ugsbu") == [
        Ref(Kind.TENANT, 2),
        Ref(Kind.VEHICLE, 2),
        Ref(Kind.ALLOCATION, 2),
    ]
    assert index.search("ugsbu")[0].rank is Rank.CONTAINS
    assert refs(index, "nothing like it") == [] and refs(index, "  ") == []


def test_allocations_are_found_by_tenant_vehicle_and_pad_and_named_as_a_planner_does() -> None:
    index = SearchIndex(_plan())
    hits = [hit for hit in index.search("rfa one 31/6") if hit.ref.kind is Kind.ALLOCATION]
    assert [hit.ref for hit in hits] == [Ref(Kind.ALLOCATION, 2)]
    title = hits[0].title
    assert isinstance(title, Message) and title.text() == "RFA One on 31/6, 2031–2032"
    assert hits[0].detail == "Rocket Factory Augsburg"


def test_the_index_follows_changes() -> None:
    plan = _plan()
    index = SearchIndex(plan)
    assert refs(index, "baiterek") == []
    tenant = plan.get(Kind.TENANT, 1)
    assert isinstance(tenant, Tenant)
    index.apply(UpdateObject(replace(tenant, name="Baiterek")).do(plan))
    found = set(refs(index, "baiterek"))  # the tenant, its vehicle, zone and allocation
    assert found == {
        Ref(Kind.TENANT, 1),
        Ref(Kind.VEHICLE, 1),
        Ref(Kind.ZONE, 1),
        Ref(Kind.ALLOCATION, 1),
    }
    index.apply(RemoveObjects([Ref(Kind.FACILITY, 1)]).do(plan))
    assert Ref(Kind.FACILITY, 1) not in refs(index, "mast")
    index.apply(AddObjects([Pad(4, 2, "31/7", Point(X, Y + 900))]).do(plan))
    assert refs(index, "31/7") == [Ref(Kind.PAD, 4)]
    pad = plan.get(Kind.PAD, 3)
    assert isinstance(pad, Pad)
    index.apply(UpdateObject(replace(pad, code="31/9")).do(plan))
    assert Ref(Kind.ALLOCATION, 2) in refs(index, "31/9")  # found by its pad's new code
    assert Ref(Kind.ALLOCATION, 2) not in refs(index, "31/6")


def test_the_map_shows_an_allocation_s_pad_and_what_a_tenant_holds() -> None:
    plan = _plan()
    assert map_refs(plan, Ref(Kind.PAD, 1)) == [Ref(Kind.PAD, 1)]
    assert map_refs(plan, Ref(Kind.ALLOCATION, 2)) == [Ref(Kind.PAD, 3)]
    assert map_refs(plan, Ref(Kind.VEHICLE, 2)) == [Ref(Kind.PAD, 3)]
    assert map_refs(plan, Ref(Kind.TENANT, 1)) == [Ref(Kind.PAD, 1), Ref(Kind.ZONE, 1)]


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("45.92, 63.34", 45.92, 63.34),
        ("45.92 63.34", 45.92, 63.34),
        ("45,92; 63,34", 45.92, 63.34),
        ("45°55'N 63°20'E", 45 + 55 / 60, 63 + 20 / 60),
        ("45°55′13.1″N 63°20′32.3″E", 45 + 55 / 60 + 13.1 / 3600, 63 + 20 / 60 + 32.3 / 3600),
        ("N45°55' E63°20'30\"", 45 + 55 / 60, 63 + 20 / 60 + 30 / 3600),
        ("63.34E 45.92N", 45.92, 63.34),
        ("45.92N63.34E", 45.92, 63.34),
        ("С45.92 В63.34", 45.92, 63.34),
        ("-33.5, -70.6", -33.5, -70.6),
    ],
)
def test_latitude_and_longitude_in_the_ways_people_write_them(
    text: str, lat: float, lon: float
) -> None:
    place = parse_place(text)
    assert place is not None
    assert (place.lat, place.lon) == pytest.approx((lat, lon), abs=1e-9)
    assert (place.x, place.y) == pytest.approx(to_model(lon, lat))


@pytest.mark.parametrize(
    "text", ["398000 5087000", "41N 398000 5087000", "398000 E 5087000 N", "E398000, N5087000"]
)
def test_utm_41n_easting_and_northing(text: str) -> None:
    place = parse_place(text)
    assert place is not None and (place.x, place.y) == (398000, 5087000)
    assert (place.lon, place.lat) == pytest.approx(to_wgs84(398000, 5087000))
    assert "UTM 41N 398000 E, 5087000 N" in place.describe()


@pytest.mark.parametrize(
    "text",
    ["45/1", "31", "Soyuz-5", "45.92N 63.34N", "95, 63", "45°61'N 63°E", "45.9263.34", ""],
)
def test_what_is_not_a_place(text: str) -> None:
    assert parse_place(text) is None
