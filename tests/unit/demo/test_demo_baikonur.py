"""The Baikonur demo plan: contents, dates, geography and provenance of its data."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import Point

from cosmoplan.demo import DemoDataError, build_demo_plan, demo_sources
from cosmoplan.demo.baikonur import DATA
from cosmoplan.demo.reading import source_keys
from cosmoplan.domain import (
    Confidence,
    Controller,
    FacilityKind,
    Kind,
    LaunchComplex,
    Pad,
    PadStatus,
    Plan,
    Propellant,
    Zone,
    ZoneKind,
)
from cosmoplan.geo import require_near_kazakhstan, to_model, to_wgs84

#: Every pad in the table of baikonur.md section 2 (its text says 17; the table lists 16).
PAD_CODES = {
    "1/5", "31/6", "45/1", "45/2", "81/23", "81/24", "200/39", "200/40", "110/37", "110/38",
    "250", "90/19", "90/20", "109/95", "175/58", "175/59",
}  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_demo_plan()


def proposed(entity: LaunchComplex | Pad) -> bool:
    """Whether the object is a planning proposal of the demo (SEZ-1), not an existing one."""
    return "PROPOSAL" in source_keys(entity.provenance.source)


def zone_of(plan: Plan, kind: ZoneKind, on: date | None = None) -> list[Zone]:
    return [z for z in plan.zones() if z.kind is kind and (on is None or z.valid_on(on))]


def test_ten_complexes_and_every_pad_of_the_table(plan: Plan) -> None:
    assert {c.site for c in plan.complexes() if proposed(c)} == {"SEZ-1"}
    assert {p.code for p in plan.pads() if proposed(p)} == {"SEZ-1"}
    assert sorted(int(c.site) for c in plan.complexes() if not proposed(c)) == [
        1,
        31,
        45,
        81,
        90,
        109,
        110,
        175,
        200,
        250,
    ]
    assert {p.code for p in plan.pads() if not proposed(p)} == PAD_CODES
    for pad in plan.pads():
        site = plan.get(Kind.COMPLEX, pad.complex_id).site  # type: ignore[union-attr]
        assert pad.code.split("/")[0] == site


def test_controllers_follow_the_documents(plan: Plan) -> None:
    controller = {c.site: c.controller for c in plan.complexes()}
    assert controller["1"] is Controller.KAZAKHSTAN
    assert controller["45"] is Controller.BAITEREK_JV
    assert {controller[s] for s in ("31", "81", "200")} == {Controller.ROSCOSMOS_LEASE}
    assert {controller[s] for s in ("110", "250", "90", "109", "175")} == {Controller.UNKNOWN}


@pytest.mark.parametrize(
    ("code", "on", "status"),
    [
        ("31/6", date(2025, 6, 1), PadStatus.ACTIVE),
        ("31/6", date(2025, 12, 1), PadStatus.DAMAGED),
        ("45/1", date(2025, 12, 1), PadStatus.UNDER_MODERNISATION),
        ("45/1", date(2026, 6, 1), PadStatus.ACTIVE),
        ("45/1", date(2010, 1, 1), PadStatus.ACTIVE),
        ("45/2", date(2025, 12, 1), PadStatus.DESTROYED),
        ("1/5", date(2019, 9, 25), PadStatus.ACTIVE),
        ("1/5", date(2022, 1, 1), PadStatus.INACTIVE),
        ("1/5", date(2025, 12, 1), PadStatus.MUSEUM),
        ("81/24", date(2025, 12, 1), PadStatus.ACTIVE),
        ("200/39", date(2025, 12, 1), PadStatus.ACTIVE),
        ("200/40", date(2025, 12, 1), PadStatus.INACTIVE),
        ("110/37", date(2025, 12, 1), PadStatus.INACTIVE),
    ],
)
def test_pad_status_on_a_date(plan: Plan, code: str, on: date, status: PadStatus) -> None:
    pad = plan.pad_by_code(code)
    assert pad is not None
    assert pad.status_at(on) is status


def test_only_three_russian_pads_are_active_at_the_end_of_2025(plan: Plan) -> None:
    active = {p.code for p in plan.pads() if p.status_at(date(2025, 11, 1)) is PadStatus.ACTIVE}
    assert active == {"31/6", "81/24", "200/39"}


def test_cable_mast_powers_45_1_from_march_2026(plan: Plan) -> None:
    pad = plan.pad_by_code("45/1")
    assert pad is not None and pad.power_facility_id is not None
    mast = plan.get(Kind.FACILITY, pad.power_facility_id)
    assert mast.kind is FacilityKind.CABLE_MAST  # type: ignore[union-attr]
    assert mast.geometry.distance(pad.location) < 200  # type: ignore[union-attr]
    assert not mast.in_service_on(date(2025, 12, 1))  # type: ignore[union-attr]
    assert mast.in_service_on(date(2026, 3, 1))  # type: ignore[union-attr]
    assert "CHK" in source_keys(mast.provenance.source)  # type: ignore[union-attr]


def test_pads_require_their_rail_and_assembly_buildings(plan: Plan) -> None:
    for code in ("1/5", "31/6", "45/1", "81/24", "200/39"):
        pad = plan.pad_by_code(code)
        assert pad is not None
        kinds = {plan.get(Kind.FACILITY, i).kind for i in pad.required_facility_ids}  # type: ignore[union-attr]
        assert {FacilityKind.RAIL_LINE, FacilityKind.ASSEMBLY_BUILDING} <= kinds
    pad_31 = plan.pad_by_code("31/6")
    assert pad_31 is not None
    names = [plan.get(Kind.FACILITY, i).name for i in pad_31.required_facility_ids]  # type: ignore[union-attr]
    assert any("11G12" in name for name in names)


def test_pad_capabilities_follow_the_heritage(plan: Plan) -> None:
    expected = {
        "1/5": {Propellant.LOX_KEROSENE},
        "31/6": {Propellant.LOX_KEROSENE},
        "45/1": {Propellant.LOX_KEROSENE},
        "81/24": {Propellant.N2O4_UDMH},
        "200/39": {Propellant.N2O4_UDMH},
        "109/95": {Propellant.N2O4_UDMH},
        "110/37": {Propellant.LOX_HYDROGEN, Propellant.LOX_KEROSENE},
        "250": {Propellant.LOX_HYDROGEN, Propellant.LOX_KEROSENE},
    }
    for code, propellants in expected.items():
        pad = plan.pad_by_code(code)
        assert pad is not None and pad.capabilities.propellants == propellants
    soyuz_5 = plan.vehicle_by_name("Soyuz-5")
    pad_45 = plan.pad_by_code("45/1")
    assert soyuz_5 is not None and pad_45 is not None
    caps = pad_45.capabilities
    assert soyuz_5.height_m <= caps.max_height_m  # type: ignore[operator]
    assert soyuz_5.diameter_m <= caps.max_diameter_m  # type: ignore[operator]
    assert soyuz_5.liftoff_mass_kg <= caps.max_liftoff_mass_kg  # type: ignore[operator]
    assert soyuz_5.liftoff_thrust_kn <= caps.max_thrust_kn  # type: ignore[operator]


def test_azimuths_allow_the_iss_and_forbid_due_east(plan: Plan) -> None:
    for pad in plan.pads():
        caps = pad.capabilities
        assert caps.allows_azimuth(63.5), pad.code  # ISS, 51.6°
        assert caps.allows_azimuth(0.0), pad.code  # polar
        assert not caps.allows_azimuth(90.0), pad.code
        assert not caps.allows_azimuth(180.0), pad.code


def test_pad_positions_are_the_table_coordinates(plan: Plan) -> None:
    pad = plan.pad_by_code("45/1")
    assert pad is not None
    lon, lat = to_wgs84(pad.location.x, pad.location.y)
    assert (lon, lat) == pytest.approx((63.6529, 45.9433), abs=1e-7)
    assert "conflict" in pad.notes.casefold() and "GCAT" in pad.notes


def test_every_pad_lies_inside_the_cosmodrome_boundary(plan: Plan) -> None:
    (boundary,) = zone_of(plan, ZoneKind.COSMODROME_BOUNDARY)
    assert 5_900e6 < boundary.geometry.area < 6_800e6
    for pad in plan.pads():
        assert boundary.geometry.contains(pad.location), pad.code
    for facility in plan.facilities():
        assert boundary.geometry.intersects(facility.geometry), facility.name


def test_special_economic_zone_is_outside_the_active_russian_sites(plan: Plan) -> None:
    (sez,) = zone_of(plan, ZoneKind.SPECIAL_ECONOMIC_ZONE)
    assert sez.geometry.area == pytest.approx(1_747e6, rel=1e-3)
    assert sez.valid_from == date(2026, 1, 1)
    assert not sez.valid_on(date(2025, 12, 31))
    for c in plan.complexes():
        assert sez.geometry.intersects(c.footprint) is proposed(c), c.label
    town = next(z for z in plan.zones() if z.name.startswith("Baikonur city"))
    assert town.geometry.area == pytest.approx(57e6, rel=0.02)
    assert not sez.geometry.intersects(town.geometry)


@pytest.mark.parametrize(
    ("on", "inside", "outside"),
    [
        (date(2010, 1, 1), {"1/5", "31/6", "81/24", "45/1"}, set()),
        (date(2025, 6, 1), {"1/5", "31/6", "200/39"}, {"45/1", "45/2"}),
        (date(2026, 6, 1), {"31/6", "81/24", "200/39"}, {"1/5", "45/1"}),
    ],
)
def test_one_lease_zone_on_each_date_excludes_kazakh_sites(
    plan: Plan, on: date, inside: set[str], outside: set[str]
) -> None:
    (lease,) = zone_of(plan, ZoneKind.RUSSIAN_LEASE, on)
    for code in inside | outside:
        pad = plan.pad_by_code(code)
        assert pad is not None
        assert lease.geometry.contains(pad.location) is (code in inside), code
    assert lease.geometry.contains(Point(*to_model(63.3167, 45.6167)))  # the city is leased


def test_lease_ends_in_2050(plan: Plan) -> None:
    assert zone_of(plan, ZoneKind.RUSSIAN_LEASE, date(2049, 12, 31))
    assert not zone_of(plan, ZoneKind.RUSSIAN_LEASE, date(2050, 1, 1))


def test_kazakh_territory_for_site_1_and_baiterek(plan: Plan) -> None:
    assert not zone_of(plan, ZoneKind.KAZAKH_TERRITORY, date(2017, 6, 1))
    (baiterek,) = zone_of(plan, ZoneKind.KAZAKH_TERRITORY, date(2020, 1, 1))
    assert baiterek.geometry.area == pytest.approx(100e6, rel=0.05)
    assert len(zone_of(plan, ZoneKind.KAZAKH_TERRITORY, date(2025, 7, 1))) == 2


def test_tenants_and_vehicles(plan: Plan) -> None:
    names = {t.name for t in plan.tenants()}
    assert {
        "Skyroot Aerospace", "Deep Blue Aerospace", "HyImpulse Technologies", "Isar Aerospace",
        "Rocket Factory Augsburg", "PLD Space", "Orbex", "MaiaSpace", "Roscosmos", "Baiterek JV",
    } == names  # fmt: skip
    owner = {v.name: plan.get(Kind.TENANT, v.tenant_id).name for v in plan.vehicles()}  # type: ignore[union-attr]
    assert owner == {
        "Soyuz-2.1a": "Roscosmos", "Soyuz-2.1b": "Roscosmos", "Proton-M": "Roscosmos",
        "Soyuz-5": "Baiterek JV", "Vikram-1": "Skyroot Aerospace",
        "Nebula-1": "Deep Blue Aerospace", "SL1": "HyImpulse Technologies",
        "Spectrum": "Isar Aerospace", "RFA One": "Rocket Factory Augsburg", "Prime": "Orbex",
        "Miura 5": "PLD Space", "Maia": "MaiaSpace",
    }  # fmt: skip
    proton = plan.vehicle_by_name("Proton-M")
    nebula = plan.vehicle_by_name("Nebula-1")
    sl1 = plan.vehicle_by_name("sl1")
    assert proton is not None and proton.liftoff_mass_kg == 705_000
    assert proton.propellant is Propellant.N2O4_UDMH
    assert nebula is not None and nebula.liftoff_mass_kg is None and nebula.diameter_m == 3.35
    assert sl1 is not None and sl1.propellant is Propellant.PARAFFIN_LOX
    in_talks = {t.name for t in plan.tenants() if t.status.value == "in-talks"}
    assert in_talks == {
        "Skyroot Aerospace", "Deep Blue Aerospace", "HyImpulse Technologies",
        "Rocket Factory Augsburg",
    }  # fmt: skip


def _sources(plan: Plan) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for kind in Kind:
        for entity in plan.objects(kind).values():
            source = getattr(entity, "source", None)
            if source is None and hasattr(entity, "provenance"):
                source = entity.provenance.source
            if source is not None:
                items.append((f"{kind.value} {entity.id}", source))
    return items


def test_every_object_names_known_sources(plan: Plan) -> None:
    known = demo_sources()
    items = _sources(plan)
    counts = plan.counts()
    # Allocations have no source field: their notes cite sources (test_demo_allocations).
    assert len(items) == sum(counts.values()) - counts[Kind.ALLOCATION]
    for what, source in items:
        keys = source_keys(source)
        assert keys, what
        assert set(keys) <= set(known), (what, set(keys) - set(known))


def test_schematic_geometry_is_flagged(plan: Plan) -> None:
    for c in plan.complexes():
        assert c.provenance.schematic, c.label
    for z in plan.zones():
        assert z.provenance.schematic, z.name
    for pad in plan.pads():
        # a proposed pad is drawn; an approximate one is placed where a list gives one point
        approximate = pad.notes.startswith("APPROXIMATE position")
        assert pad.provenance.schematic is (proposed(pad) or approximate), pad.code
    for entity in [*plan.facilities(), *plan.zones(), *plan.complexes(), *plan.pads()]:
        if entity.provenance.confidence is Confidence.SCHEMATIC:
            assert entity.provenance.schematic, entity.name
        if entity.provenance.schematic:
            assert "SCHEMATIC" in entity.provenance.source or "DERIVED" in entity.provenance.source
    airport = next(f for f in plan.facilities() if f.kind is FacilityKind.AIRPORT)
    assert not airport.provenance.schematic
    assert airport.provenance.confidence is Confidence.VERIFIED


def test_geometry_lies_in_kazakhstan(plan: Plan) -> None:
    for facility in plan.facilities():
        require_near_kazakhstan(facility.geometry, facility.name)
    for zone in plan.zones():
        require_near_kazakhstan(zone.geometry, zone.name)


# -- the data format ----------------------------------------------------------------------
@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(str(DATA), folder)
    return folder


def _edit(folder: Path, name: str, change: object) -> None:
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document), encoding="utf-8")


def test_allocations_in_the_data_are_loaded(data: Path) -> None:
    allocation = {
        "tenant": "Isar Aerospace",
        "vehicle": "Spectrum",
        "pad": "45/1",
        "start": "2027-01-01",
        "end": "2028-12-31",
        "status": "reserved",
        "annual_fee_usd": 2_000_000,
        "notes": "test",
    }
    _edit(data, "tenancy.json", lambda d: d["allocations"].append(allocation))
    plan = build_demo_plan(data)
    loaded = max(plan.allocations(), key=lambda a: a.id)
    assert plan.get(Kind.PAD, loaded.pad_id).code == "45/1"  # type: ignore[union-attr]
    assert plan.get(Kind.VEHICLE, loaded.vehicle_id).name == "Spectrum"  # type: ignore[union-attr]
    assert (loaded.start, loaded.end, loaded.days) == (date(2027, 1, 1), date(2028, 12, 31), 731)
    assert loaded.status.value == "reserved" and loaded.exclusive


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "tenancy.json",
            lambda d: d["allocations"].append(
                {
                    "tenant": "Orbex",
                    "vehicle": "Prime",
                    "pad": "99/1",
                    "start": "2027-01-01",
                    "end": "2027-02-01",
                }
            ),
            "99/1",
        ),
        (
            "tenancy.json",
            lambda d: d["allocations"].append(
                {
                    "tenant": "Orbex",
                    "vehicle": "Spectrum",
                    "pad": "45/1",
                    "start": "2027-01-01",
                    "end": "2027-02-01",
                }
            ),
            "Spectrum",
        ),
        ("pads.geojson", lambda d: d["features"][0]["properties"].update(site="999"), "999"),
        (
            "pads.geojson",
            lambda d: d["features"][2]["properties"].update(power_facility="nowhere"),
            "nowhere",
        ),
        ("facilities.geojson", lambda d: d["features"][0]["properties"].pop("kind"), "kind"),
        (
            "zones.geojson",
            lambda d: d["features"][-1]["properties"].update(valid_to="2001-01-01"),
            "valid to",
        ),
        ("complexes.geojson", lambda d: d.update(type="Feature"), "FeatureCollection"),
    ],
)
def test_bad_data_raises_a_demo_data_error(
    data: Path, file: str, change: object, expected: str
) -> None:
    _edit(data, file, change)
    with pytest.raises(DemoDataError) as caught:
        build_demo_plan(data)
    assert caught.value.message.id == "demo.bad_data"
    assert caught.value.message.params["file"] == file
    assert expected in str(caught.value)


def test_missing_file_raises_a_demo_data_error(data: Path) -> None:
    (data / "zones.geojson").unlink()
    with pytest.raises(DemoDataError, match=r"zones\.geojson"):
        build_demo_plan(data)


def test_baiterek_pad_states_its_planned_cadence() -> None:
    pad = build_demo_plan().pad_by_code("45/1")
    assert pad is not None and pad.capabilities.max_launches_per_year == 8
