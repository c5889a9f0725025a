"""Saving writes what was touched in one transaction; a failure or a crash keeps the last save."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
import shapely
import sqlalchemy as sa

from cosmoplan.domain import Facility, FacilityKind, Kind, PlanInfo, Ref
from cosmoplan.storage import PlanStore, StorageError, rows
from cosmoplan.storage.schema import facilities


@pytest.fixture
def stored(tmp_path, plan):
    """The full plan stored at ``tmp_path/plan.cosmoplan`` and open."""
    store = PlanStore.create(tmp_path / "plan.cosmoplan", plan)
    yield store, plan
    store.close()


def reopen(store):
    other, plan = PlanStore.open(store.location)
    other.close()
    return plan


def test_touched_objects_are_changed_added_and_deleted(stored, same_plan):
    store, plan = stored
    road = plan.get(Kind.FACILITY, 2)
    paved = shapely.LineString([(0, 0), (1, 2)])
    plan.replace(replace(road, name="Road 1 (paved)", geometry=paved))
    plan.remove(Kind.ALLOCATION, 2)
    plan.add(Facility(7, FacilityKind.WATER, "Well", shapely.Point(3, 4)))
    pad = plan.get(Kind.PAD, 1)
    plan.replace(replace(pad, required_facility_ids=(7,), status_periods=pad.status_periods[:1]))
    plan.info = PlanInfo(name="Renamed", description="")
    touched = {
        Ref(Kind.FACILITY, 2),
        Ref(Kind.ALLOCATION, 2),
        Ref(Kind.FACILITY, 7),
        Ref(Kind.PAD, 1),
    }
    store.save(plan, touched)
    same_plan(reopen(store), plan)


def test_untouched_changes_are_not_written(stored):
    store, plan = stored
    plan.replace(replace(plan.get(Kind.TENANT, 1), notes="not saved"))
    plan.replace(replace(plan.get(Kind.TENANT, 2), notes="saved"))
    store.save(plan, {Ref(Kind.TENANT, 2)})
    back = reopen(store)
    assert back.get(Kind.TENANT, 1).notes == "tenant notes"
    assert back.get(Kind.TENANT, 2).notes == "saved"


def test_a_removal_with_its_dependents_deletes_them_all(stored, same_plan):
    store, plan = stored
    for kind, object_id in [(Kind.ALLOCATION, 1), (Kind.PAD, 1), (Kind.FACILITY, 6)]:
        plan.remove(kind, object_id)
    store.save(plan, {Ref(Kind.ALLOCATION, 1), Ref(Kind.PAD, 1), Ref(Kind.FACILITY, 6)})
    same_plan(reopen(store), plan)


def test_saving_everything_rewrites_the_plan(stored, same_plan):
    store, plan = stored
    plan.remove(Kind.ALLOCATION, 2)
    plan.replace(replace(plan.get(Kind.ZONE, 2), name="Town centre"))
    store.save(plan)
    same_plan(reopen(store), plan)


def test_a_crash_in_the_middle_of_a_save_keeps_the_last_save(stored, same_plan, monkeypatch):
    store, plan = stored
    saved = reopen(store)
    original = rows.insert
    written: list[Kind] = []

    def fail_halfway(connection, kind, entities, revision):
        if len(written) == 3:
            raise RuntimeError("power cut")
        written.append(kind)
        original(connection, kind, entities, revision)

    monkeypatch.setattr(rows, "insert", fail_halfway)
    plan.remove(Kind.ALLOCATION, 2)
    plan.replace(replace(plan.get(Kind.ZONE, 2), name="Town centre"))
    with pytest.raises(RuntimeError, match="power cut"):
        store.save(plan)
    assert written == [Kind.COMPLEX, Kind.FACILITY, Kind.PAD]  # deletes and inserts happened
    same_plan(reopen(store), saved)

    monkeypatch.setattr(rows, "insert", original)
    store.save(plan)  # the store still works
    same_plan(reopen(store), plan)


def test_a_killed_process_keeps_the_last_save(stored, same_plan):
    store, _ = stored
    saved = reopen(store)
    script = textwrap.dedent(
        f"""
        import os
        from cosmoplan.storage import PlanStore, rows
        store, plan = PlanStore.open({store.location!r})
        original = rows.insert
        def die(connection, kind, entities, revision):
            original(connection, kind, entities, revision)
            if kind == "pads":
                os._exit(3)
        rows.insert = die
        store.save(plan)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == 3, result.stderr.decode()
    same_plan(reopen(store), saved)


def test_a_database_error_is_a_storage_error_and_changes_nothing(stored, same_plan, monkeypatch):
    store, plan = stored
    saved = reopen(store)
    original = rows.insert

    def null_name(connection, kind, entities, revision):
        original(connection, kind, entities, revision)
        if kind is Kind.FACILITY:
            connection.execute(sa.update(facilities).values(name=None))

    monkeypatch.setattr(rows, "insert", null_name)
    with pytest.raises(StorageError) as raised:
        store.save(plan)
    assert raised.value.message.id == "storage.write_failed"
    assert "plan.cosmoplan" in str(raised.value)
    same_plan(reopen(store), saved)


def test_a_dangling_reference_fails_at_commit_and_changes_nothing(stored, same_plan):
    store, plan = stored
    saved = reopen(store)
    plan.remove(Kind.ALLOCATION, 1)
    plan.remove(Kind.PAD, 1)
    # The allocation's removal is not reported: its row would point to a deleted pad.
    with pytest.raises(StorageError) as raised:
        store.save(plan, {Ref(Kind.PAD, 1)})
    assert raised.value.message.id == "storage.write_failed"
    assert "FOREIGN KEY" in str(raised.value)
    same_plan(reopen(store), saved)


def test_a_closed_store_refuses_to_save(stored):
    store, plan = stored
    store.close()
    with pytest.raises(RuntimeError, match="closed"):
        store.save(plan)
