"""Opening refuses what is not a plan it can read, with a clear message, and changes nothing."""

from __future__ import annotations

import os
import sqlite3

import pytest

from cosmoplan.storage import HEAD, PlanStore, StorageError, read_schema_version


def refused(path, message_id, folder_snapshot):
    """Open ``path``: it must fail with ``message_id`` and leave its folder as it was."""
    before = folder_snapshot(path.parent)
    with pytest.raises(StorageError) as raised:
        PlanStore.open(path)
    assert raised.value.message.id == message_id
    assert raised.value.message.params["location"] == str(path)
    assert folder_snapshot(path.parent) == before
    return raised.value


def stored(tmp_path, plan):
    path = tmp_path / "p.cosmoplan"
    PlanStore.create(path, plan).close()
    return path


def test_a_missing_file(tmp_path, folder_snapshot):
    error = refused(tmp_path / "nothing.cosmoplan", "storage.not_found", folder_snapshot)
    assert "There is no plan at" in str(error)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StorageError):
        read_schema_version(tmp_path / "nothing.cosmoplan")


@pytest.mark.parametrize(
    "content", [b"", os.urandom(4096), b"PK\x03\x04 a zip file" + bytes(200)], ids=str
)
def test_a_file_that_is_not_sqlite(tmp_path, content, folder_snapshot):
    path = tmp_path / "random.cosmoplan"
    path.write_bytes(content)
    error = refused(path, "storage.not_a_plan", folder_snapshot)
    assert "is not a cosmoplan plan" in str(error)
    assert read_schema_version(path) is None


def test_a_folder(tmp_path, folder_snapshot):
    (tmp_path / "folder.cosmoplan").mkdir()
    refused(tmp_path / "folder.cosmoplan", "storage.not_a_plan", folder_snapshot)


def test_an_sqlite_database_without_our_tables(tmp_path, folder_snapshot):
    path = tmp_path / "other.cosmoplan"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO things VALUES (1, 'x')")
    connection.close()
    refused(path, "storage.not_a_plan", folder_snapshot)
    assert read_schema_version(path) is None


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_plan(tmp_path, plan, keep, folder_snapshot):
    path = stored(tmp_path, plan)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: int(len(data) * keep)])
    error = refused(path, "storage.corrupt", folder_snapshot)
    assert "damaged" in str(error)


def test_a_plan_cut_inside_its_first_page(tmp_path, plan, folder_snapshot):
    path = stored(tmp_path, plan)
    path.write_bytes(path.read_bytes()[:200])
    refused(path, "storage.corrupt", folder_snapshot)


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE facilities SET kind = 'launch-tower' WHERE id = 1", "launch-tower"),
        ("UPDATE zones SET geometry = X'0102' WHERE id = 2", "geometry"),
        ("UPDATE pads SET propellants = 'lox' WHERE id = 1", "propellants"),
        ("DELETE FROM plan_info", "plan information"),
        ("DELETE FROM alembic_version", "schema version"),
        ("DROP TABLE pad_status_periods", "missing table(s) pad_status_periods"),
    ],
)
def test_damaged_contents(tmp_path, plan, sql, reason, folder_snapshot):
    path = stored(tmp_path, plan)
    with sqlite3.connect(path) as connection:
        connection.execute(sql)
    connection.close()
    error = refused(path, "storage.corrupt", folder_snapshot)
    assert reason in str(error)


def test_a_plan_from_a_newer_cosmoplan(tmp_path, plan, folder_snapshot):
    path = stored(tmp_path, plan)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    error = refused(path, "storage.newer_version", folder_snapshot)
    assert error.message.params["version"] == "0099_from_the_future"
    assert error.message.params["newest"] == HEAD
    assert "0099_from_the_future" in str(error) and HEAD in str(error)
    assert read_schema_version(path) == "0099_from_the_future"


def test_a_plan_left_open_by_a_crashed_writer_is_read_with_its_wal(tmp_path, plan):
    path = stored(tmp_path, plan)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE plan_info SET name = 'committed in the WAL'")
    writer.commit()
    try:
        assert (tmp_path / "p.cosmoplan-wal").stat().st_size > 0
        assert read_schema_version(path) == HEAD
        store, back = PlanStore.open(path)
        store.close()
        assert back.info.name == "committed in the WAL"
    finally:
        writer.close()


def test_a_password_in_a_url_is_not_shown(tmp_path):
    url = "postgresql+psycopg://planner:s3cret@127.0.0.1:1/plans"
    with pytest.raises(StorageError) as raised:
        PlanStore.open(url)
    assert "s3cret" not in str(raised.value)
