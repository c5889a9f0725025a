"""Atomic writes: the whole new file or the old one, never half; errors as core messages."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from cosmoplan.files import atomic_file, require_replaceable
from cosmoplan.messages import CosmoplanError, register

MSG_FAILED = register("test.files.failed", "Cannot write {path}: {reason}")


def test_the_new_content_replaces_the_old_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "map.svg"
    target.write_bytes(b"<svg>old")
    with atomic_file(target, MSG_FAILED, "SVG") as handle:
        handle.write(b"<svg>new")
        assert target.read_bytes() == b"<svg>old"
    assert target.read_bytes() == b"<svg>new"
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]


def test_a_failure_inside_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")
    with pytest.raises(RuntimeError), atomic_file(target, MSG_FAILED, "PDF") as handle:
        handle.write(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_an_unwritable_place_is_a_core_error(tmp_path: Path) -> None:
    with (
        pytest.raises(CosmoplanError) as raised,
        atomic_file(tmp_path / "no" / "x", MSG_FAILED, "PDF"),
    ):
        pass
    assert raised.value.message.id == "test.files.failed"
    assert "No such file or directory" in raised.value.message.params["reason"]


def _plan_like(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE plan_info (id INTEGER PRIMARY KEY)")
    connection.close()


@pytest.mark.parametrize("kind", ["PDF", "PNG", "SVG", "GeoJSON", "GeoPackage", "CSV", "XLSX"])
def test_no_output_replaces_a_plan_even_through_a_link(tmp_path: Path, kind: str) -> None:
    plan = tmp_path / "site.cosmoplan"
    _plan_like(plan)
    before = plan.read_bytes()
    (tmp_path / "link.out").symlink_to(plan)
    for target in (plan, tmp_path / "link.out", tmp_path / "." / "site.cosmoplan"):
        with pytest.raises(CosmoplanError) as raised, atomic_file(target, MSG_FAILED, kind) as out:
            out.write(b"%PDF-")
        assert raised.value.message.id == "files.over_plan"
    assert plan.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.out", "site.cosmoplan"]


@pytest.mark.parametrize(
    ("content", "kind", "allowed"),
    [
        (b"%PDF-1.4 ...", "PDF", True),
        (b"\x89PNG\r\n\x1a\n....", "PNG", True),
        (b"\xef\xbb\xbf  <?xml version='1.0'?><svg/>", "SVG", True),
        (b'\n {"type": "FeatureCollection"}', "GeoJSON", True),
        (b"", "PDF", True),
        (b"my thesis", "PDF", False),
        (b"%PDF-1.4", "PNG", False),
        (b"<svg/>", "GeoJSON", False),
        (b"Code,Name\n45/1,Zenit\n", "CSV", True),
        (b"\xef\xbb\xbfCode;Name\r\n", "CSV", True),
        (b'{"a": 1, "b": 2}', "CSV", False),
        (b"just words\nand more, on line two", "CSV", False),
        (b"%PDF-1.4, x", "CSV", False),
        (b"a,b\x00binary", "CSV", False),
    ],
)
def test_an_existing_file_is_replaced_only_by_one_of_its_kind(
    tmp_path: Path, content: bytes, kind: str, allowed: bool
) -> None:
    target = tmp_path / ("out.csv" if kind == "CSV" else "out")
    target.write_bytes(content)
    if allowed:
        require_replaceable(target, kind)
        return
    with pytest.raises(CosmoplanError) as raised:
        require_replaceable(target, kind)
    assert raised.value.message.id == "files.over_other_kind"
    assert target.read_bytes() == content


def test_a_csv_file_replaces_only_a_csv_file(tmp_path: Path) -> None:
    table, thesis = tmp_path / "pads.csv", tmp_path / "thesis.txt"
    for path in (table, thesis):
        path.write_text("my thesis, not a table\n")
    require_replaceable(table, "CSV")
    with pytest.raises(CosmoplanError) as raised:
        require_replaceable(thesis, "CSV")
    assert raised.value.message.id == "files.over_other_kind"


def test_a_workbook_replaces_a_workbook_but_no_other_zip_file(tmp_path: Path) -> None:
    workbook, document = tmp_path / "old.xlsx", tmp_path / "letter.xlsx"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    require_replaceable(workbook, "XLSX")
    with pytest.raises(CosmoplanError) as raised:
        require_replaceable(document, "XLSX")
    assert raised.value.message.id == "files.over_other_kind"


def test_a_geopackage_replaces_a_geopackage_and_a_folder_is_refused(tmp_path: Path) -> None:
    package = tmp_path / "old.gpkg"
    with sqlite3.connect(package) as connection:
        connection.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    require_replaceable(package, "GeoPackage")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(CosmoplanError) as raised:
        require_replaceable(other, "GeoPackage")
    assert raised.value.message.id == "files.over_other_kind"
    with pytest.raises(CosmoplanError) as raised:
        require_replaceable(tmp_path, "PDF")
    assert raised.value.message.id == "files.output_is_folder"
