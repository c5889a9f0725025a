"""Importing features: round trips with the export, other files, and every refusal."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from pyogrio.raw import write
from pyproj import CRS

from cosmoplan import geo
from cosmoplan.domain import (
    Entity,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    Propellant,
    Tenant,
    Zone,
)
from cosmoplan.domain.ids import is_provisional
from cosmoplan.gis import Cancelled, FeatureImportError, export_plan, import_features
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.commands import AddObjects

LON, LAT = 63.342, 45.92  # near Gagarin's Start


def refusal(plan: Plan, path: Path, kind: Kind, **kwargs: Any) -> FeatureImportError:
    """The error an import raises; the plan must be unchanged."""
    before = plan.counts()
    with pytest.raises(FeatureImportError) as caught:
        import_features(plan, path, kind, **kwargs)
    assert plan.counts() == before
    return caught.value


def problems(error: FeatureImportError) -> list[tuple[int | None, str]]:
    return [(p.number, p.message.id) for p in error.problems]


def complexes_only(source: Plan) -> Plan:
    """An empty plan holding copies of the complexes of ``source`` (pads can refer to them)."""
    result = Plan()
    result.load(list(source.complexes()))
    return result


#: Fields an import does not carry over (fresh ids; facilities of another plan).
NOT_IMPORTED = {"id", "power_facility_id", "required_facility_ids"}


def assert_same(original: Entity, imported: Entity, tolerance: float = 0.0) -> None:
    """The two entities agree on every imported field (geometries up to ``tolerance`` metres)."""
    assert type(original) is type(imported)
    for field in fields(original):  # type: ignore[arg-type]
        if field.name in NOT_IMPORTED:
            continue
        a, b = getattr(original, field.name), getattr(imported, field.name)
        if isinstance(a, shapely.Geometry):
            assert isinstance(b, shapely.Geometry), field.name
            assert a.geom_type == b.geom_type, field.name
            assert shapely.get_num_coordinates(a) == shapely.get_num_coordinates(b), field.name
            assert shapely.hausdorff_distance(a, b) <= tolerance, field.name
        else:
            assert a == b, (field.name, a, b)


def write_geojson(path: Path, features: list[dict[str, Any]], **extra: Any) -> Path:
    """Write a GeoJSON FeatureCollection by hand."""
    path.write_text(json.dumps({"type": "FeatureCollection", **extra, "features": features}))
    return path


def feature(geometry: dict[str, Any] | None, **properties: Any) -> dict[str, Any]:
    """One GeoJSON feature."""
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def point(lon: float, lat: float) -> dict[str, Any]:
    """A GeoJSON point."""
    return {"type": "Point", "coordinates": [lon, lat]}


# -- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize(("suffix", "tolerance"), [(".gpkg", 0.0), (".geojson", 0.05)])
@pytest.mark.parametrize("kind", [Kind.PAD, Kind.FACILITY, Kind.ZONE])
def test_round_trip_into_a_plan_with_the_same_complexes(
    plan: Plan, tmp_path: Path, suffix: str, tolerance: float, kind: Kind
) -> None:
    out = tmp_path / f"plan{suffix}"
    export_plan(plan, out)
    target = complexes_only(plan)
    imported = import_features(target, out, kind)
    originals = [plan.objects(kind)[i] for i in sorted(plan.objects(kind))]
    assert len(imported) == len(originals)
    by_key = {(getattr(e, "code", None) or e.name): e for e in imported}  # type: ignore[union-attr]
    for original in originals:
        key = getattr(original, "code", None) or original.name  # type: ignore[union-attr]
        assert_same(original, by_key[key], tolerance)
    ids = [e.id for e in imported]  # new objects: distinct provisional ids until saved
    assert len(set(ids)) == len(ids) and all(is_provisional(i) for i in ids)


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson"])
def test_round_trip_of_complexes_into_an_empty_plan(
    plan: Plan, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"plan{suffix}"
    export_plan(plan, out)
    imported = import_features(Plan(), out, Kind.COMPLEX)
    assert [c.site for c in imported] == ["1", "45", "31"]  # type: ignore[union-attr]
    for original, back in zip(plan.complexes(), imported, strict=True):
        assert_same(original, back, 0.05)


def test_imported_objects_are_added_with_a_command_and_undone(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    target = complexes_only(plan)
    target.add(Pad(7, 2, "45/2", shapely.Point(geo.to_model(63.65, 45.94))))
    pads = import_features(target, out, Kind.PAD)
    assert len({p.id for p in pads}) == 3 and all(is_provisional(p.id) for p in pads)
    assert target.counts()[Kind.PAD] == 1  # not added by the import
    command = AddObjects(pads)
    command.do(target)
    assert {p.code for p in target.pads()} == {"45/2", "1/5", "45/1", "31/6"}
    command.undo(target)
    assert [p.code for p in target.pads()] == ["45/2"]


def test_a_synthetic_plan_round_trips_through_geopackage(tmp_path: Path) -> None:
    from cosmoplan.demo.synthetic import synthetic_plan

    source = synthetic_plan(pads=20, facilities=200, zones=5, seed=3)
    out = tmp_path / "synthetic.gpkg"
    export_plan(source, out)
    facilities = import_features(complexes_only(source), out, Kind.FACILITY)
    originals = sorted(source.facilities(), key=lambda f: f.id)
    by_name = {f.name: f for f in facilities}  # type: ignore[union-attr]
    assert len(by_name) == len(originals) == 200
    for original in originals:
        assert_same(original, by_name[original.name])


# -- other files ----------------------------------------------------------------------------


def test_plain_geojson_without_crs_is_wgs84(tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "masts.geojson",
        [
            feature(point(LON, LAT), KIND="Cable Mast", Name="M1", height_m="41.5"),
            feature(point(LON + 0.01, LAT), KIND="service_tower", Name="T1", status="PLANNED"),
        ],
    )
    first, second = import_features(Plan(), path, Kind.FACILITY)
    assert isinstance(first, Facility) and isinstance(second, Facility)
    assert first.kind is FacilityKind.CABLE_MAST
    assert first.height_m == 41.5
    assert first.geometry.distance(shapely.Point(geo.to_model(LON, LAT))) < 1e-6
    assert (second.kind, second.name, second.status) == (
        FacilityKind.SERVICE_TOWER, "T1", FacilityStatus.PLANNED,
    )  # fmt: skip


def test_a_file_crs_is_used_and_a_given_crs_overrides_it(tmp_path: Path) -> None:
    x, y = geo.to_model(LON, LAT)
    path = tmp_path / "utm.geojson"
    write(
        str(path),
        shapely.to_wkb(np.array([shapely.Point(x, y)])),
        [np.array(["road"], dtype=object), np.array(["R"], dtype=object)],
        ["kind", "name"],
        driver="GeoJSON",
        geometry_type="Point",
        crs=CRS.from_epsg(32641).to_wkt(),
    )
    (road,) = import_features(Plan(), path, Kind.FACILITY)
    assert road.geometry.equals_exact(shapely.Point(x, y), 1e-6)  # type: ignore[union-attr]
    error = refusal(Plan(), path, Kind.FACILITY, crs="EPSG:4326")
    assert problems(error) == [(1, "geo.outside_kazakhstan")]


def test_shapefile_with_cut_names_and_no_prj_needs_a_crs(tmp_path: Path) -> None:
    x, y = geo.to_model(LON, LAT)
    path = tmp_path / "stores.shp"
    with pytest.warns(UserWarning, match="'crs' was not provided"):
        write(
            str(path),
            shapely.to_wkb(np.array([shapely.box(x, y, x + 20, y + 20)])),
            [np.array(["propellant-store"], dtype=object), np.array(["S"], dtype=object),
             np.array(["1999-05-01"], dtype=object), np.array([1200.0])],
            ["KIND", "name", "commission", "max_quanti"],
            driver="ESRI Shapefile",
            geometry_type="Polygon",
        )  # fmt: skip
    error = refusal(Plan(), path, Kind.FACILITY)
    assert error.message.id == "gis.no_crs"
    (store,) = import_features(Plan(), path, Kind.FACILITY, crs="32641")
    assert isinstance(store, Facility)
    assert store.commissioned == date(1999, 5, 1)
    assert store.max_quantity_kg == 1200.0


def test_a_single_status_makes_one_open_period(tmp_path: Path) -> None:
    target = Plan()
    target.load(list(complexes_only(_plan_with_site("45")).complexes()))
    path = write_geojson(
        tmp_path / "pads.geojson",
        [feature(point(63.65, 45.94), code="45/3", complex=45, status="under modernisation",
                 propellants="lox-kerosene; solid")],
    )  # fmt: skip
    (pad,) = import_features(target, path, Kind.PAD)
    assert isinstance(pad, Pad)
    assert pad.complex_id == 1
    assert pad.status_periods == (PadStatusPeriod(PadStatus.UNDER_MODERNISATION),)
    assert pad.capabilities.propellants == {Propellant.LOX_KEROSENE, Propellant.SOLID}


def test_lists_and_numeric_site_numbers_from_hand_written_geojson(tmp_path: Path) -> None:
    target = _plan_with_site("45")
    path = write_geojson(
        tmp_path / "pads.geojson",
        [feature(point(63.65, 45.94), code="45/3", complex="45"),
         feature(point(63.65, 45.95), code="45/4", complex=45.0,
                 propellants=["lox-methane", "solid"],
                 status_periods=[{"status": "active", "start": "2030-01-01"}])],
    )  # fmt: skip
    first, second = import_features(target, path, Kind.PAD)
    assert isinstance(first, Pad) and isinstance(second, Pad)
    assert first.complex_id == second.complex_id == 1
    assert second.capabilities.propellants == {Propellant.LOX_METHANE, Propellant.SOLID}
    assert second.status_periods == (PadStatusPeriod(PadStatus.ACTIVE, date(2030, 1, 1)),)


def test_a_zone_names_the_tenant_holding_it(tmp_path: Path) -> None:
    target = Plan()
    target.add(Tenant(7, "Skyroot Aerospace", "India"))
    square = {
        "type": "Polygon",
        "coordinates": [[[63.6, 45.9], [63.61, 45.9], [63.61, 45.91], [63.6, 45.91], [63.6, 45.9]]],
    }
    path = write_geojson(
        tmp_path / "zones.geojson",
        [feature(square, kind="special-economic-zone", name="Lease S", tenant="skyroot aerospace"),
         feature(square, kind="public-area", name="Town")],
    )  # fmt: skip
    lease, town = import_features(target, path, Kind.ZONE)
    assert isinstance(lease, Zone) and isinstance(town, Zone)
    assert (lease.tenant_id, town.tenant_id) == (7, None)

    target.add(replace(lease, id=1))
    out = tmp_path / "plan.geojson"
    export_plan(target, out)
    (exported,) = [
        f
        for f in json.loads(out.read_text())["features"]
        if f["properties"].get("name") == "Lease S"
    ]
    assert exported["properties"]["tenant"] == "Skyroot Aerospace"

    unknown = write_geojson(
        tmp_path / "unknown.geojson",
        [feature(square, kind="public-area", name="Town", tenant="Nobody")],
    )
    assert problems(refusal(target, unknown, Kind.ZONE)) == [(1, "gis.import.unknown_tenant")]


def test_an_empty_export_imports_nothing(tmp_path: Path) -> None:
    for name in ("empty.gpkg", "empty.geojson"):
        export_plan(Plan(), tmp_path / name)
        assert import_features(Plan(), tmp_path / name, Kind.PAD) == []


def test_named_layer_is_read(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    lines = import_features(complexes_only(plan), out, Kind.FACILITY, layer="facilities_lines")
    assert [(f.name, f.geometry.geom_type) for f in lines] == [  # type: ignore[union-attr]
        ("Road to 31", "LineString"),
        ("Rail spurs", "MultiLineString"),
    ]


def test_cancel_stops_the_import(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)

    class CancelAtOnce:
        def update(self, done: int, total: int, message: str = "") -> None:
            pass

        cancelled = True

    with pytest.raises(Cancelled):
        import_features(complexes_only(plan), out, Kind.PAD, progress=CancelAtOnce())


def _plan_with_site(site: str) -> Plan:
    from cosmoplan.domain import LaunchComplex

    result = Plan()
    result.add(LaunchComplex(1, site, f"Site {site}"))
    return result


# -- refusals -------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    error = refusal(Plan(), tmp_path / "nothing.gpkg", Kind.PAD)
    assert error.message.id == "gis.file_missing"
    assert "nothing.gpkg" in str(error)


def test_truncated_geojson_and_random_bytes(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.geojson"
    export_plan(plan, out)
    cut = tmp_path / "cut.geojson"
    cut.write_text(out.read_text()[: len(out.read_text()) // 2])
    assert refusal(plan, cut, Kind.PAD).message.id == "gis.file_unreadable"
    noise = tmp_path / "noise.gpkg"
    noise.write_bytes(np.random.default_rng(1).bytes(4096))
    assert refusal(plan, noise, Kind.PAD).message.id == "gis.file_unreadable"


def test_unknown_crs_given(tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "m.geojson", [feature(point(LON, LAT), kind="road", name="R")])
    with pytest.raises(CosmoplanError) as caught:
        import_features(Plan(), path, Kind.FACILITY, crs="EPSG:999999")
    assert caught.value.message.id == "geo.unknown_crs"


def test_invalid_empty_and_missing_geometries(tmp_path: Path) -> None:
    bow_tie = {
        "type": "Polygon",
        "coordinates": [[[LON, LAT], [LON + 0.01, LAT + 0.01], [LON + 0.01, LAT],
                         [LON, LAT + 0.01], [LON, LAT]]],
    }  # fmt: skip
    square = {
        "type": "Polygon",
        "coordinates": [[[LON, LAT], [LON + 0.01, LAT], [LON + 0.01, LAT + 0.01], [LON, LAT]]],
    }
    path = write_geojson(
        tmp_path / "zones.geojson",
        [
            feature(bow_tie, kind="public-area", name="Bow tie"),
            feature({"type": "Polygon", "coordinates": []}, kind="public-area", name="Empty"),
            feature(None, kind="public-area", name="Nothing"),
            feature(square, kind="public-area", name="Fine"),
        ],
    )
    error = refusal(Plan(), path, Kind.ZONE)
    assert problems(error) == [
        (1, "domain.geometry_invalid"),
        (2, "domain.geometry_empty"),
        (3, "gis.no_geometry"),
    ]
    assert "zones, feature 1: geometry is not a valid geometry: Self-intersection" in str(error)


def test_wrong_geometry_type_for_the_kind(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    error = refusal(complexes_only(plan), out, Kind.PAD, layer="zones")
    assert error.message.id == "gis.import_refused"
    assert problems(error) == [(None, "gis.field_missing"), (None, "gis.field_missing")]
    path = write_geojson(
        tmp_path / "p.geojson",
        [feature({"type": "LineString", "coordinates": [[LON, LAT], [LON + 0.01, LAT]]},
                 code="1/9", complex="1")],
    )  # fmt: skip
    error = refusal(complexes_only(plan), path, Kind.PAD)
    assert problems(error) == [(1, "domain.geometry_type")]
    assert "location must be a Point, not a LineString" in str(error)


def test_far_outside_kazakhstan(tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "m.geojson",
        [feature(point(LON, LAT), kind="road", name="ok"),
         feature(point(2.35, 48.85), kind="road", name="Paris")],
    )  # fmt: skip
    error = refusal(Plan(), path, Kind.FACILITY)
    assert problems(error) == [(2, "geo.outside_kazakhstan")]
    assert "around 48.850°, 2.350°" in str(error)


def test_missing_required_fields_and_values(plan: Plan, tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "p.geojson", [feature(point(LON, LAT), name="no code")])
    error = refusal(complexes_only(plan), path, Kind.PAD)
    assert [p.text() for p in error.problems] == [
        "The layer has no field 'code', which pads need.",
        "The layer has no field 'complex', which pads need.",
    ]
    path = write_geojson(
        tmp_path / "q.geojson",
        [feature(point(LON, LAT), code="1/8", complex=None),
         feature(point(LON, LAT), code=" ", complex="1"),
         feature(point(LON, LAT), kind=None, code="1/9", complex="1")],
    )  # fmt: skip
    error = refusal(complexes_only(plan), path, Kind.PAD)
    assert problems(error) == [(1, "domain.required"), (2, "domain.required")]
    assert "feature 1: complex is required." in str(error)


def test_duplicate_pad_codes_in_the_file_and_in_the_plan(plan: Plan, tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "p.geojson",
        [feature(point(LON, LAT), code="1/8", complex="1"),
         feature(point(LON, LAT), code="1/8", complex="1"),
         feature(point(LON, LAT), code="1/5", complex="1")],
    )  # fmt: skip
    error = refusal(plan, path, Kind.PAD)
    assert problems(error) == [(2, "gis.duplicate_in_file"), (3, "gis.exists_in_plan")]
    assert "code '1/8' appears more than once in the file (first at feature 1)" in str(error)


def test_duplicate_sites_of_complexes(plan: Plan, tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "c.geojson", [feature(None, site="45", name="Again")])
    error = refusal(plan, path, Kind.COMPLEX)
    assert problems(error) == [(1, "gis.exists_in_plan")]


def test_unknown_complex_site(plan: Plan, tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "p.geojson", [feature(point(LON, LAT), code="9/1", complex=9)])
    error = refusal(complexes_only(plan), path, Kind.PAD)
    assert problems(error) == [(1, "gis.unknown_site")]
    assert "no launch complex with site number '9'" in str(error)


def test_unknown_enum_values_and_bad_numbers_and_dates(tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "f.geojson",
        [feature(point(LON, LAT), kind="launch-tower", name="A"),
         feature(point(LON, LAT), kind="road", name="B", status="broken"),
         feature(point(LON, LAT), kind="road", name="C", height_m="tall"),
         feature(point(LON, LAT), kind="road", name="D", commissioned="next year"),
         feature(point(LON, LAT), kind="road", name="E", confidence="rumour")],
    )  # fmt: skip
    error = refusal(Plan(), path, Kind.FACILITY)
    assert problems(error) == [
        (1, "gis.unknown_choice"),
        (2, "gis.unknown_choice"),
        (3, "gis.bad_value"),
        (4, "gis.bad_value"),
        (5, "gis.unknown_choice"),
    ]
    assert "kind: unknown value 'launch-tower' (expected one of: cable-mast," in str(error)


def test_dates_that_do_not_exist(plan: Plan, tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "z.geojson",
        [feature(point(LON, LAT), kind="road", name="R", commissioned="2025-02-30")],
    )
    assert problems(refusal(Plan(), path, Kind.FACILITY)) == [(1, "gis.bad_value")]
    table = tmp_path / "dates.gpkg"  # a table without geometry has no spatial triggers to fire
    write(str(table), None, [np.array(["2025-02-28"], dtype="datetime64[D]")], ["commissioned"],
          layer="facilities", driver="GPKG")  # fmt: skip
    connection = sqlite3.connect(table)
    with connection:
        connection.execute("UPDATE facilities SET commissioned = '2025-02-30'")
    connection.close()
    error = refusal(plan, table, Kind.FACILITY)
    assert error.message.id == "gis.bad_date_in_file"


def test_domain_rules_are_reported_per_feature(tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "z.geojson",
        [feature(point(LON, LAT), kind="road", name="Old", commissioned="2020-01-01",
                 decommissioned="2010-01-01")],
    )  # fmt: skip
    assert problems(refusal(Plan(), path, Kind.FACILITY)) == [(1, "domain.dates_reversed")]


def test_only_the_first_twenty_problems_are_listed(tmp_path: Path) -> None:
    path = write_geojson(
        tmp_path / "f.geojson", [feature(point(LON, LAT), kind="x", name="N") for _ in range(25)]
    )
    error = refusal(Plan(), path, Kind.FACILITY)
    assert len(error.problems) == 20
    assert error.message.params["count"] == 25
    assert str(error).endswith("... and 5 more.")


def test_kinds_without_geometry_cannot_be_imported(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    assert refusal(plan, out, Kind.TENANT).message.id == "gis.kind_not_importable"
    error = refusal(plan, out, "rockets")  # type: ignore[arg-type]
    assert str(error) == (
        "Only pads, facilities, zones, complexes can be imported from GIS files, not rockets."
    )


def test_a_geopackage_in_wgs84_keeps_longitude_first(tmp_path: Path) -> None:
    path = tmp_path / "wgs84.gpkg"
    write(
        str(path),
        shapely.to_wkb(np.array([shapely.Point(LON, LAT)])),
        [np.array(["cable-mast"], dtype=object), np.array(["M"], dtype=object)],
        ["kind", "name"],
        driver="GPKG",
        geometry_type="Point",
        crs=CRS.from_epsg(4326).to_wkt(),
    )
    (mast,) = import_features(Plan(), path, Kind.FACILITY)
    expected = shapely.Point(geo.to_model(LON, LAT))
    assert mast.geometry.distance(expected) < 1e-6  # type: ignore[union-attr]


def test_unknown_layer(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(plan, out)
    assert refusal(plan, out, Kind.PAD, layer="roads").message.id == "gis.no_layer"
