"""Creating a plan file writes a temporary file beside it and renames it over the target."""

from __future__ import annotations

import os
import sqlite3

import pytest

from cosmoplan.domain import Kind, Plan, PlanInfo
from cosmoplan.storage import PlanStore, StorageError, rows


def test_create_replaces_an_existing_plan(tmp_path, plan, same_plan):
    path = tmp_path / "p.cosmoplan"
    PlanStore.create(path, plan).close()
    other = Plan(PlanInfo(name="Other"))
    PlanStore.create(path, other).close()
    store, back = PlanStore.open(path)
    store.close()
    same_plan(back, other)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.cosmoplan"]


def test_a_failed_create_leaves_the_old_file_and_no_temporary_file(
    tmp_path, plan, monkeypatch, folder_snapshot
):
    path = tmp_path / "p.cosmoplan"
    PlanStore.create(path, Plan(PlanInfo(name="Old"))).close()
    before = folder_snapshot(tmp_path)
    original = rows.insert

    def fail(connection, kind, entities, revision):
        if kind is Kind.PAD:
            raise RuntimeError("disk pulled")
        original(connection, kind, entities, revision)

    monkeypatch.setattr(rows, "insert", fail)
    with pytest.raises(RuntimeError, match="disk pulled"):
        PlanStore.create(path, plan)
    assert folder_snapshot(tmp_path) == before


def test_create_in_a_missing_folder_is_a_storage_error(tmp_path, plan):
    with pytest.raises(StorageError) as raised:
        PlanStore.create(tmp_path / "missing" / "p.cosmoplan", plan)
    assert raised.value.message.id == "storage.write_failed"
    assert not (tmp_path / "missing").exists()


def test_a_stale_wal_of_the_replaced_file_is_not_replayed(tmp_path, plan, same_plan):
    path = tmp_path / "p.cosmoplan"
    PlanStore.create(path, Plan(PlanInfo(name="Old"))).close()
    # A WAL left by a crashed writer of the old file, holding a committed change.
    crashed = sqlite3.connect(path)
    crashed.execute("PRAGMA journal_mode = WAL")
    crashed.execute("PRAGMA wal_autocheckpoint = 0")
    crashed.execute("UPDATE plan_info SET name = 'from the stale WAL'")
    crashed.commit()
    wal = (tmp_path / "p.cosmoplan-wal").read_bytes()
    shm = (tmp_path / "p.cosmoplan-shm").read_bytes()
    crashed.close()
    (tmp_path / "p.cosmoplan-wal").write_bytes(wal)
    (tmp_path / "p.cosmoplan-shm").write_bytes(shm)

    PlanStore.create(path, plan).close()
    store, back = PlanStore.open(path)
    store.close()
    same_plan(back, plan)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_create_keeps_the_mode_of_the_file_it_replaces(tmp_path, plan):
    path = tmp_path / "p.cosmoplan"
    PlanStore.create(path, plan).close()
    path.chmod(0o640)
    PlanStore.create(path, plan).close()
    assert path.stat().st_mode & 0o777 == 0o640
