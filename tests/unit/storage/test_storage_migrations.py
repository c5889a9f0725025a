"""The schema is built by Alembic migrations; opening an older plan upgrades it after a backup."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from cosmoplan.domain import Kind
from cosmoplan.storage import HEAD, PlanStore, StorageError, migrate, read_schema_version, rows
from cosmoplan.storage.locations import file_engine
from cosmoplan.storage.schema import metadata

FIRST = "0001_initial"
INDEX = "ix_allocations_pad_id_start"


def test_head_names_the_newest_migration():
    script = ScriptDirectory.from_config(migrate.config())
    assert script.get_current_head() == HEAD
    assert migrate.revisions() == [
        FIRST,
        "0002_allocations_by_pad",
        "0003_pad_cadence",
        "0004_safety_fields",
        "0005_revisions",
        "0006_requests",
        HEAD,
    ]


def test_the_migrations_build_exactly_the_schema_of_the_code(tmp_path):
    engine = file_engine(tmp_path / "m.cosmoplan", create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection)
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    engine.dispose()


def old_plan(path, plan):
    """A plan file at the first schema revision, holding ``plan`` (written by today's code at
    the newest schema, then taken back down through every migration's downgrade)."""
    engine = file_engine(path, create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection)
        rows.write_all(connection, plan, "0b0e4c3a-old-plan")
        command.downgrade(migrate.config(connection), FIRST)
    engine.dispose()
    return path


def as_first_schema_keeps(plan):
    """``plan`` as the first schema keeps it: the fields added since then unknown."""
    for pad in list(plan.pads()):
        plan.replace(
            replace(pad, capabilities=replace(pad.capabilities, max_launches_per_year=None))
        )
    for allocation in list(plan.allocations()):
        plan.replace(replace(allocation, launch_azimuth_deg=None))
    for vehicle in list(plan.vehicles()):
        plan.replace(
            replace(
                vehicle,
                division_1_1_kg=None,
                tnt_factor=None,
                tnt_factor_source="",
                vehicle_class=None,
                apogee_km=None,
            )
        )
    for zone in list(plan.zones()):
        plan.replace(replace(zone, tenant_id=None))
    for request in list(plan.requests()):
        plan.remove(Kind.REQUEST, request.id)
    return plan


def columns(path, table):
    with sqlite3.connect(path) as connection:
        names = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    connection.close()
    return names


def indexes(path):
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        names = {name for (name,) in found}
    connection.close()
    return names


def test_opening_an_older_plan_backs_it_up_then_upgrades_it(tmp_path, plan, same_plan):
    plan = as_first_schema_keeps(plan)
    path = old_plan(tmp_path / "old.cosmoplan", plan)
    old_bytes = path.read_bytes()
    assert read_schema_version(path) == FIRST
    assert INDEX not in indexes(path)
    assert "max_launches_per_year" not in columns(path, "pads")
    assert "launch_azimuth_deg" not in columns(path, "allocations")

    store, back = PlanStore.open(path)
    store.close()

    backup = tmp_path / f"old.cosmoplan.bak-{FIRST}"
    assert backup.read_bytes() == old_bytes
    assert store.schema_version == HEAD
    assert read_schema_version(path) == HEAD
    assert INDEX in indexes(path)
    assert "max_launches_per_year" in columns(path, "pads")
    assert "launch_azimuth_deg" in columns(path, "allocations")
    assert {"tnt_factor", "tnt_factor_source", "vehicle_class"} <= columns(path, "vehicles")
    assert "tenant_id" in columns(path, "zones")
    assert "pad_ids" in columns(path, "requests")
    same_plan(back, plan)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.cosmoplan", backup.name]

    PlanStore.open(path)[0].close()  # up to date now: no second backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.cosmoplan", backup.name]


def test_an_existing_backup_is_never_overwritten(tmp_path, plan):
    path = old_plan(tmp_path / "old.cosmoplan", plan)
    earlier = tmp_path / f"old.cosmoplan.bak-{FIRST}"
    earlier.write_bytes(b"an earlier backup")
    PlanStore.open(path)[0].close()
    assert earlier.read_bytes() == b"an earlier backup"
    assert (tmp_path / f"old.cosmoplan.bak-{FIRST}-2").is_file()


def test_a_failed_upgrade_leaves_the_plan_as_it_was(tmp_path, plan, monkeypatch):
    path = old_plan(tmp_path / "old.cosmoplan", plan)
    old_bytes = path.read_bytes()

    def broken(connection, target="head"):
        connection.exec_driver_sql("CREATE INDEX half_done ON allocations (status)")
        connection.exec_driver_sql("CREATE INDEX broken ON no_such_table (x)")

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(StorageError) as raised:
        PlanStore.open(path)
    assert raised.value.message.id == "storage.migrate_failed"
    assert raised.value.message.params["version"] == FIRST
    assert path.read_bytes() == old_bytes
    assert "half_done" not in indexes(path)
    assert (tmp_path / f"old.cosmoplan.bak-{FIRST}").read_bytes() == old_bytes


def test_sqlite_settings_of_an_open_plan(tmp_path, plan):
    store = PlanStore.create(tmp_path / "p.cosmoplan", plan)
    with store, store.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 1  # NORMAL
        connection.exec_driver_sql(
            "INSERT INTO vehicles (id, tenant_id, name, propellant, notes, source) "
            "VALUES (99, 12345, 'orphan', 'solid', '', '')"
        )
        with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"):
            connection.commit()
