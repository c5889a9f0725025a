"""The corpus of bad input: damaged plans, bad files and bad arguments, generated in a folder.

Every case is a command line that must be refused: exit status 2, one line on stderr, no
traceback, and the plan (and every file the case names) byte for byte as it was. Damaged plans
are real plans edited with :mod:`sqlite3` the way a broken disk, another tool or a hand edit
would leave them (NOT NULL constraints removed first, so that any value can be written).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import shapely
from shapely.geometry import Point, Polygon

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    LaunchComplex,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Propellant,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.geo import to_model
from cosmoplan.services.project import Project

PAD_LON, PAD_LAT = 63.3422, 45.9435
#: Arguments are built once the folder is known: ``{plan}`` and ``{dir}`` are replaced.
Argv = tuple[str, ...]


def _nothing(folder: Path) -> None:
    """No file beside the plan."""


@dataclass(frozen=True)
class Case:
    """One refused command line: ``plan`` writes the plan file it runs on, ``setup`` the other
    files in the folder."""

    name: str
    argv: Argv
    setup: Callable[[Path], None] = _nothing
    plan: Callable[[Path], None] = field(default=lambda path: write_plan(path))


def good_plan() -> Plan:
    """One of everything, around pad 45/1."""
    x, y = to_model(PAD_LON, PAD_LAT)
    plan = Plan(PlanInfo("Corpus plan", "the plan every bad input is tried on"))
    plan.add(LaunchComplex(1, "45", "Zenit"))
    plan.add(Facility(1, FacilityKind.CABLE_MAST, "45/1 mast", Point(x + 60, y), height_m=50))
    periods = (PadStatusPeriod(PadStatus.ACTIVE, date(2020, 1, 1), date(2040, 1, 1)),)
    plan.add(Pad(1, 1, "45/1", Point(x, y), status_periods=periods, power_facility_id=1))
    square = Polygon([(x - 900, y - 900), (x + 900, y - 900), (x + 900, y + 900), (x, y + 900)])
    plan.add(Zone(1, ZoneKind.RESTRICTED_AREA, "Hazard area", square, date(2025, 1, 1)))
    plan.add(Tenant(1, "Roscosmos", "Russia"))
    plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE, stages=2, height_m=61.9))
    plan.add(Allocation(1, 1, 1, 1, date(2026, 1, 1), date(2030, 12, 31), AllocationStatus.SIGNED))
    return plan


def write_plan(path: Path) -> None:
    """Store :func:`good_plan` at ``path``."""
    Project.create(path, good_plan()).close()


# -- damaged plans -------------------------------------------------------------------------


def _wkb(geometry: shapely.Geometry) -> bytes:
    return bytes(shapely.to_wkb(geometry))


def _bowtie() -> bytes:
    x, y = to_model(PAD_LON, PAD_LAT)
    return _wkb(Polygon([(x, y), (x + 100, y + 100), (x + 100, y), (x, y + 100)]))


def _infinite() -> bytes:
    x, y = to_model(PAD_LON, PAD_LAT)
    return _wkb(shapely.LineString([(x, y), (float("inf"), y)]))


def _nan_polygon() -> bytes:
    x, y = to_model(PAD_LON, PAD_LAT)
    with warnings.catch_warnings():  # shapely warns of the NaN it is asked to build
        warnings.simplefilter("ignore", RuntimeWarning)
        return _wkb(Polygon([(x, y), (x + 100, y), (float("nan"), y + 100)]))


#: Damage: name -> SQL statements with ``?`` parameters.
DAMAGE: dict[str, list[tuple[str, tuple[object, ...]]]] = {
    "null-tenant-name": [("UPDATE tenants SET name = NULL", ())],
    "null-allocation-start": [("UPDATE allocations SET start = NULL", ())],
    "null-facility-geometry": [("UPDATE facilities SET geometry = NULL", ())],
    "null-plan-name": [("UPDATE plan_info SET name = NULL", ())],
    "null-exclusive": [("UPDATE allocations SET exclusive = NULL", ())],
    "empty-geometry-blob": [("UPDATE facilities SET geometry = x''", ())],
    "garbage-geometry": [("UPDATE facilities SET geometry = x'00ff00ff1234'", ())],
    "text-in-geometry": [("UPDATE zones SET geometry = 'a square'", ())],
    "empty-polygon": [("UPDATE zones SET geometry = ?", (_wkb(Polygon()),))],
    "pad-location-polygon": [("UPDATE pads SET location = ?", (_bowtie(),))],
    "point-zone": [("UPDATE zones SET geometry = ?", (_wkb(Point(0, 0)),))],
    "self-intersecting-zone": [("UPDATE zones SET geometry = ?", (_bowtie(),))],
    "infinite-coordinates": [("UPDATE facilities SET geometry = ?", (_infinite(),))],
    "nan-coordinates": [("UPDATE zones SET geometry = ?", (_nan_polygon(),))],
    "text-in-mass": [("UPDATE vehicles SET liftoff_mass_kg = 'heavy'", ())],
    "negative-mass": [("UPDATE vehicles SET liftoff_mass_kg = -5", ())],
    "infinite-height": [("UPDATE vehicles SET height_m = 9e999", ())],
    "huge-negative-fee": [("UPDATE allocations SET annual_fee_usd = -9e999", ())],
    "fractional-stages": [("UPDATE vehicles SET stages = 2.5", ())],
    "text-reference": [("UPDATE vehicles SET tenant_id = 'one'", ())],
    "blob-in-name": [("UPDATE tenants SET name = x'00ff'", ())],
    "dangling-vehicle": [("UPDATE allocations SET vehicle_id = 999", ())],
    "dangling-complex": [("UPDATE pads SET complex_id = 999", ())],
    "dangling-zone-tenant": [("UPDATE zones SET tenant_id = 999", ())],
    "dangling-required-facility": [
        ("INSERT INTO pad_required_facilities (pad_id, position, facility_id) VALUES (1, 0, 7)", ())
    ],
    "allocation-reversed": [("UPDATE allocations SET start = '2031-01-01'", ())],
    "status-period-reversed": [("UPDATE pad_status_periods SET \"end\" = '2019-01-01'", ())],
    "facility-dates-reversed": [
        ("UPDATE facilities SET commissioned = '2030-01-01', decommissioned = '2020-01-01'", ())
    ],
    "allocation-in-year-9999": [("UPDATE allocations SET \"end\" = '9999-12-31'", ())],
    "allocation-in-year-1": [("UPDATE allocations SET start = '0001-01-01'", ())],
    "impossible-day": [("UPDATE allocations SET start = '2025-02-30'", ())],
    "text-date": [("UPDATE allocations SET start = 'soon'", ())],
    "compact-date": [("UPDATE zones SET valid_from = '20250101'", ())],
    "number-date": [("UPDATE zones SET valid_from = 20250101", ())],
    "unknown-status": [("UPDATE allocations SET status = 'maybe'", ())],
    "number-kind": [("UPDATE facilities SET kind = 42", ())],
    "unknown-confidence": [("UPDATE zones SET confidence = 'rumour'", ())],
    "text-boolean": [("UPDATE allocations SET exclusive = 'yes'", ())],
    "propellants-not-json": [("UPDATE pads SET propellants = 'kerosene'", ())],
    "propellants-unknown": [("UPDATE pads SET propellants = '[\"rocket fuel\"]'", ())],
    "propellants-object": [("UPDATE pads SET propellants = '{\"a\": 1}'", ())],
    "no-plan-info": [("DELETE FROM plan_info", ())],
    "missing-table": [("DROP TABLE zones", ())],
    "newer-schema": [("UPDATE alembic_version SET version_num = 'f999_from_the_future'", ())],
}


def _without_not_null(connection: sqlite3.Connection) -> None:
    """Let any value be written: the tables' NOT NULL constraints are taken out."""
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE type = 'table'"
    )
    connection.execute("PRAGMA writable_schema = OFF")


def damage(path: Path, name: str) -> None:
    """Write :func:`good_plan` at ``path`` and apply the damage ``name``."""
    write_plan(path)
    connection = sqlite3.connect(path)
    try:
        _without_not_null(connection)
        connection.commit()
        connection.close()
        connection = sqlite3.connect(path)  # the schema as edited
        connection.execute("PRAGMA foreign_keys = OFF")
        for statement, params in DAMAGE[name]:
            connection.execute(statement, params)
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


# -- bad files -----------------------------------------------------------------------------


def _truncated(path: Path) -> None:
    write_plan(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scrambled_pages(path: Path) -> None:
    write_plan(path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = bytes((i * 37) % 256 for i in range(4096))
    path.write_bytes(bytes(data))


def _other_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE birds (name TEXT)")
    connection.close()


BAD_PLAN_FILES: dict[str, Callable[[Path], None]] = {
    "empty-file": lambda path: path.write_bytes(b""),
    "binary-garbage": lambda path: path.write_bytes(bytes(range(256)) * 64),
    "text-file": lambda path: path.write_text("not a plan\n"),
    "sqlite-header-only": lambda path: path.write_bytes(b"SQLite format 3\x00" + bytes(84)),
    "truncated-plan": _truncated,
    "scrambled-pages": _scrambled_pages,
    "other-database": _other_database,
}

#: Feature files to import: name -> (file name, content or writer).
GEOJSON_POINT = {"type": "Point", "coordinates": [PAD_LON + 0.01, PAD_LAT]}


def _collection(geometry: object, crs: str | None = None, **properties: object) -> str:
    feature = {
        "type": "Feature",
        "properties": {"name": "Tank", "kind": "propellant-store", **properties},
        "geometry": geometry,
    }
    collection: dict[str, object] = {"type": "FeatureCollection", "features": [feature]}
    if crs is not None:
        collection["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(collection)


IMPORT_FILES: dict[str, tuple[str, bytes | str]] = {
    "empty-geojson": ("in.geojson", b""),
    "garbage-geojson": ("in.geojson", bytes(range(256))),
    "truncated-geojson": ("in.geojson", _collection(GEOJSON_POINT)[:40]),
    "not-a-collection": ("in.geojson", "[1, 2, 3]"),
    "unknown-crs-in-file": ("in.geojson", _collection(GEOJSON_POINT, "EPSG:999999")),
    "urn-unknown-crs-in-file": (
        "in.geojson",
        _collection(GEOJSON_POINT, "urn:ogc:def:crs:EPSG::999999"),
    ),
    "mars-crs-in-file": ("in.geojson", _collection(GEOJSON_POINT, "IAU_2015:49900")),
    "nan-coordinates": (
        "in.geojson",
        _collection(GEOJSON_POINT).replace(f"{PAD_LON + 0.01}", "NaN"),
    ),
    "huge-coordinates": (
        "in.geojson",
        _collection({"type": "Point", "coordinates": [1e300, 1e300]}),
    ),
    "far-from-kazakhstan": ("in.geojson", _collection({"type": "Point", "coordinates": [0, 0]})),
    "no-geometry": ("in.geojson", _collection(None)),
    "empty-geometry": ("in.geojson", _collection({"type": "Polygon", "coordinates": []})),
    "negative-height": ("in.geojson", _collection(GEOJSON_POINT, height_m=-3)),
    "huge-quantity": ("in.geojson", _collection(GEOJSON_POINT, max_quantity_kg=1e400)),
    "year-9999": ("in.geojson", _collection(GEOJSON_POINT, commissioned="9999-12-31")),
    "impossible-day": ("in.geojson", _collection(GEOJSON_POINT, commissioned="2025-02-30")),
    "unknown-kind": ("in.geojson", _collection(GEOJSON_POINT, kind="rocket-garage")),
    "line-break-in-name": ("in.geojson", _collection(GEOJSON_POINT, name="Tank\nB")),
    "escape-in-name": ("in.geojson", _collection(GEOJSON_POINT, name="\u001b[31mTank")),
    "long-name": ("in.geojson", _collection(GEOJSON_POINT, name="T" * 201)),
    "garbage-gpkg": ("in.gpkg", bytes(range(256)) * 16),
    "empty-gpkg": ("in.gpkg", b""),
}


def _import_setup(file_name: str, content: bytes | str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        target = folder / file_name
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)

    return setup


def _copy_plan_as(name: str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        shutil.copyfile(folder / "plan.cosmoplan", folder / name)

    return setup


def _link_to_plan(name: str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        (folder / name).symlink_to(folder / "plan.cosmoplan")

    return setup


def _text_file(name: str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        (folder / name).write_text("my thesis, not a report\n")

    return setup


# -- the cases -----------------------------------------------------------------------------

#: Commands that read a plan, tried on every damaged or bad plan file.
READERS: dict[str, Argv] = {
    "info": ("info", "{plan}"),
    "check": ("check", "{plan}"),
    "report": ("report", "{plan}", "-o", "{dir}/out.pdf"),
}

UNDECODABLE = b"caf\xe9".decode("utf-8", "surrogateescape")
LONG = "N" * 201

ARGUMENT_CASES: list[Case] = [
    # outputs over the plan or over files of another kind
    Case("report-over-plan", ("report", "{plan}", "-o", "{plan}")),
    Case("report-over-plan-relative", ("report", "{plan}", "-o", "{dir}/./plan.cosmoplan")),
    Case(
        "report-over-link-to-plan",
        ("report", "{plan}", "-o", "{dir}/link.pdf"),
        _link_to_plan("link.pdf"),
    ),
    Case("report-over-thesis", ("report", "{plan}", "-o", "{dir}/t.pdf"), _text_file("t.pdf")),
    Case("report-into-folder", ("report", "{plan}", "-o", "{dir}")),
    Case(
        "render-over-link-to-plan",
        ("render", "{plan}", "-o", "{dir}/map.png"),
        _link_to_plan("map.png"),
    ),
    Case(
        "render-over-plan-copy",
        ("render", "{plan}", "-o", "{dir}/map.svg"),
        _copy_plan_as("map.svg"),
    ),
    Case("render-svg-over-text", ("render", "{plan}", "-o", "{dir}/m.svg"), _text_file("m.svg")),
    Case("render-over-plan-suffix", ("render", "{plan}", "-o", "{plan}")),
    Case("list-xlsx-over-plan", ("list", "pads", "{plan}", "--format", "xlsx", "-o", "{plan}")),
    Case(
        "list-csv-over-link-to-plan",
        ("list", "allocations", "{plan}", "-o", "{dir}/a.csv"),
        _link_to_plan("a.csv"),
    ),
    Case(
        "list-xlsx-over-plan-copy",
        ("list", "findings", "{plan}", "-o", "{dir}/f.xlsx"),
        _copy_plan_as("f.xlsx"),
    ),
    Case(
        "list-csv-over-thesis",
        ("list", "pads", "{plan}", "--format", "csv", "-o", "{dir}/t.txt"),
        _text_file("t.txt"),
    ),
    Case("list-xlsx-to-terminal", ("list", "pads", "{plan}", "--format", "xlsx")),
    Case("list-json-to-file", ("list", "pads", "{plan}", "--json", "-o", "{dir}/p.json")),
    Case("list-unknown-suffix", ("list", "pads", "{plan}", "-o", "{dir}/p.ods")),
    Case(
        "export-over-plan-copy",
        ("export", "{plan}", "{dir}/copy.gpkg"),
        _copy_plan_as("copy.gpkg"),
    ),
    Case(
        "export-geojson-over-link",
        ("export", "{plan}", "{dir}/out.geojson"),
        _link_to_plan("out.geojson"),
    ),
    Case(
        "export-geojson-over-text",
        ("export", "{plan}", "{dir}/o.geojson"),
        _text_file("o.geojson"),
    ),
    Case(
        "corridor-over-plan",
        (
            "corridor",
            "--lat",
            "45.9",
            "--lon",
            "63.3",
            "--azimuth",
            "60",
            "--class",
            "small",
            "-o",
            "{plan}",
        ),
    ),
    # dates outside the planning horizon, impossible dates
    Case("report-at-9999", ("report", "{plan}", "-o", "{dir}/r.pdf", "--at", "9999-06-01")),
    Case("report-to-9999", ("report", "{plan}", "-o", "{dir}/r.pdf", "--to", "9999-12-31")),
    Case("render-at-1900", ("render", "{plan}", "-o", "{dir}/r.png", "--at", "1900-01-01")),
    Case("check-at-9999", ("check", "{plan}", "--at", "9999-06-01")),
    Case("list-at-2201", ("list", "pads", "{plan}", "--at", "2201-01-01")),
    Case("at-impossible-day", ("check", "{plan}", "--at", "2025-02-30")),
    Case("at-not-a-date", ("check", "{plan}", "--at", "tomorrow")),
    *[
        Case(
            f"allocate-{label}",
            (
                "allocate",
                "{plan}",
                "--tenant",
                "Roscosmos",
                "--vehicle",
                "Soyuz-5",
                "--pad",
                "45/1",
                "--from",
                start,
                "--to",
                end,
                "--force",
            ),
        )
        for label, start, end in (
            ("to-9999", "2031-01-01", "9999-12-31"),
            ("from-year-1", "0001-01-01", "2031-01-01"),
            ("reversed", "2032-01-01", "2031-01-01"),
        )
    ],
    # names and notes
    *[
        Case(f"tenant-{label}", ("tenant", "add", "{plan}", "--name", name, "--country", "KZ"))
        for label, name in (
            ("nul", "Bad\x00Co"),
            ("escape", "\x1b[31mRed Co"),
            ("newline", "Two\nLines"),
            ("tab", "Tab\tCo"),
            ("too-long", LONG),
            ("blank", "   "),
            ("line-separator", "A\u2028B"),
            ("not-utf8", UNDECODABLE),
        )
    ],
    Case(
        "tenant-notes-too-long",
        ("tenant", "add", "{plan}", "--name", "Ok", "--country", "KZ", "--notes", "x" * 5001),
    ),
    Case(
        "tenant-notes-nul",
        ("tenant", "add", "{plan}", "--name", "Ok", "--country", "KZ", "--notes", "a\x00b"),
    ),
    Case(
        "tenant-contact-escape",
        ("tenant", "add", "{plan}", "--name", "Ok", "--country", "KZ", "--contact", "\x1b]0;x"),
    ),
    Case("plan-path-not-utf8", ("info", f"{{dir}}/{UNDECODABLE}.cosmoplan")),
    # numbers
    *[
        Case(
            f"vehicle-{label}",
            (
                "vehicle",
                "add",
                "{plan}",
                "--tenant",
                "Roscosmos",
                "--name",
                "V",
                "--propellant",
                "solid",
                *extra,
            ),
        )
        for label, extra in (
            ("negative-mass", ("--liftoff-mass-kg", "-5")),
            ("nan-mass", ("--liftoff-mass-kg", "nan")),
            ("inf-mass", ("--liftoff-mass-kg", "inf")),
            ("huge-mass", ("--liftoff-mass-kg", "1e400")),
            ("zero-stages", ("--stages", "0")),
            ("text-stages", ("--stages", "two")),
            ("negative-height", ("--height-m", "-61")),
            ("bad-propellant", ("--propellant", "unobtainium")),
            ("bad-class", ("--class", "galactic")),
            ("factor-without-source", ("--tnt-factor", "1.2")),
        )
    ],
    Case(
        "allocate-azimuth-400",
        (
            "allocate",
            "{plan}",
            "--tenant",
            "Roscosmos",
            "--vehicle",
            "Soyuz-5",
            "--pad",
            "45/1",
            "--from",
            "2031-01-01",
            "--to",
            "2032-01-01",
            "--azimuth",
            "400",
        ),
    ),
    Case(
        "allocate-azimuth-nan",
        (
            "allocate",
            "{plan}",
            "--tenant",
            "Roscosmos",
            "--vehicle",
            "Soyuz-5",
            "--pad",
            "45/1",
            "--from",
            "2031-01-01",
            "--to",
            "2032-01-01",
            "--azimuth",
            "nan",
        ),
    ),
    Case(
        "allocate-bad-status",
        (
            "allocate",
            "{plan}",
            "--tenant",
            "Roscosmos",
            "--vehicle",
            "Soyuz-5",
            "--pad",
            "45/1",
            "--from",
            "2031-01-01",
            "--to",
            "2032-01-01",
            "--status",
            "maybe",
        ),
    ),
    Case(
        "allocate-unknown-pad",
        (
            "allocate",
            "{plan}",
            "--tenant",
            "Roscosmos",
            "--vehicle",
            "Soyuz-5",
            "--pad",
            "99/9",
            "--from",
            "2031-01-01",
            "--to",
            "2032-01-01",
        ),
    ),
    Case("hazard-negative-mass", ("hazard", "--propellant", "solid", "--mass-kg", "-1")),
    Case("hazard-nan-mass", ("hazard", "--propellant", "solid", "--mass-kg", "nan")),
    Case("hazard-huge-mass", ("hazard", "--propellant", "solid", "--mass-kg", "1e400")),
    *[
        Case(
            f"corridor-{label}",
            (
                "corridor",
                "--lat",
                lat,
                "--lon",
                "63.3",
                "--azimuth",
                azimuth,
                "--class",
                "small",
                "-o",
                "{dir}/c.geojson",
            ),
        )
        for label, lat, azimuth in (
            ("nan-lat", "nan", "60"),
            ("lat-100", "100", "60"),
            ("inf-azimuth", "45.9", "inf"),
        )
    ],
    Case("render-size-zero", ("render", "{plan}", "-o", "{dir}/r.png", "--size", "0x0")),
    Case("render-size-huge", ("render", "{plan}", "-o", "{dir}/r.png", "--size", "100000x100000")),
    Case("render-unknown-format", ("render", "{plan}", "-o", "{dir}/r.bmp")),
    Case("export-unknown-format", ("export", "{plan}", "{dir}/out.kml")),
    Case("list-unknown-kind", ("list", "rockets", "{plan}")),
    Case("no-such-plan", ("info", "{dir}/nowhere.cosmoplan")),
    Case("plan-is-folder", ("info", "{dir}")),
    # coordinate reference systems given on the command line
    *[
        Case(
            f"import-crs-{label}",
            ("import", "{plan}", "{dir}/in.geojson", "--as", "facilities", "--crs", crs),
            _import_setup("in.geojson", _collection(GEOJSON_POINT)),
        )
        for label, crs in (
            ("unknown-code", "999999"),
            ("gibberish", "not a crs"),
            ("mars", "IAU_2015:49900"),
            ("mars-proj-string", "+proj=longlat +a=3396190 +b=3376200 +no_defs"),
            ("vertical-only", "EPSG:5714"),
        )
    ],
    # feature files
    *[
        Case(
            f"import-{label}",
            ("import", "{plan}", f"{{dir}}/{file_name}", "--as", "facilities"),
            _import_setup(file_name, content),
        )
        for label, (file_name, content) in IMPORT_FILES.items()
    ],
    Case(
        "import-plan-as-gpkg",
        ("import", "{plan}", "{dir}/plan.gpkg", "--as", "facilities"),
        _copy_plan_as("plan.gpkg"),
    ),
    Case("import-missing-file", ("import", "{plan}", "{dir}/none.geojson", "--as", "zones")),
]


def _damaged(name: str) -> Callable[[Path], None]:
    return lambda path: damage(path, name)


def plan_cases() -> list[Case]:
    """Every reading command on every damaged plan and bad plan file."""
    plans = {f"damaged-{name}": _damaged(name) for name in DAMAGE}
    plans.update({f"file-{name}": writer for name, writer in BAD_PLAN_FILES.items()})
    return [
        Case(f"{command}-{label}", argv, plan=writer)
        for command, argv in READERS.items()
        for label, writer in plans.items()
    ]


def all_cases() -> list[Case]:
    """The whole corpus."""
    return plan_cases() + ARGUMENT_CASES
