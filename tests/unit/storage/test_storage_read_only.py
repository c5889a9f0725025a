"""Reading never writes; a plan that cannot be written opens read-only; the file alone is whole
after a save; temporaries left by a kill are cleaned."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cosmoplan.cli.main import main
from cosmoplan.domain import Kind
from cosmoplan.services.commands import update
from cosmoplan.services.project import Project
from cosmoplan.storage import PlanStore, StorageError, housekeeping, locations
from tests.unit.cli.conftest import small_plan


def sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.cosmoplan"
    Project.create(target, small_plan()).close()
    return target


def to_rollback_journal(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
@pytest.mark.parametrize(
    "argv",
    [["info"], ["list", "tenants"], ["check"]],
)
def test_reading_commands_leave_the_file_byte_for_byte(path, journal, argv, capsys):
    if journal == "delete":
        to_rollback_journal(path)
    before = path.read_bytes()
    assert main([argv[0], *argv[1:], str(path)]) in (0, 1)  # check: 1 = errors found
    assert path.read_bytes() == before and sidecars(path) == []


def test_a_plan_that_cannot_be_written_opens_read_only(path, monkeypatch):
    monkeypatch.setattr(locations, "writable", lambda _path: False)
    monkeypatch.setattr("cosmoplan.storage.store.writable", lambda _path: False)
    before = path.read_bytes()
    project = Project.open(path)
    assert project.read_only and project.store is not None and project.store.read_only
    project.execute(update(project.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    with pytest.raises(StorageError, match="read-only"):
        project.save()
    project.close()
    assert path.read_bytes() == before and sidecars(path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_plan_in_a_read_only_folder_is_read(path):
    path.parent.chmod(0o555)
    try:
        project = Project.open(path)
        assert project.read_only and len(list(project.plan.tenants())) == 1
        project.close()
        assert sidecars(path) == []
    finally:
        path.parent.chmod(0o755)


def test_after_a_save_the_file_alone_holds_it(path, tmp_path):
    project = Project.open(path)
    other = Project.open(path)  # another planner keeps the plan open meanwhile
    project.execute(update(project.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    project.save()
    copy = tmp_path / "copy.cosmoplan"
    copy.write_bytes(path.read_bytes())  # the file without its -wal
    assert Project.open(copy, read_only=True).plan.get(Kind.TENANT, 1).country == "Kazakhstan"
    project.close()
    other.close()


def test_a_failed_checkpoint_says_so_and_keeps_the_save(path, monkeypatch):
    project = Project.open(path)
    project.execute(update(project.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    store = project.store
    assert store is not None

    def full(*_args: object) -> None:
        raise StorageError("storage.checkpoint_failed", location=str(path), reason="disk full")

    monkeypatch.setattr(store, "checkpoint", full)
    with pytest.raises(StorageError, match=r"saved, but .* could not be completed"):
        project.save()
    project.close()
    assert Project.open(path).plan.get(Kind.TENANT, 1).country == "Kazakhstan"


def test_temporaries_left_by_a_killed_writer_are_removed_at_the_next_open(path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    stale = path.with_name(f".{path.name}.{pid}-0badc0de.tmp")
    stale.write_bytes(b"half a plan")
    stale.with_name(stale.name + "-journal").write_bytes(b"")
    live = housekeeping.temporary_for(path)  # this process: a live writer
    live.write_bytes(b"being written")
    other = path.with_name(".other.cosmoplan.1-0badc0de.tmp")
    other.write_bytes(b"another plan's")
    Project.open(path).close()
    assert not stale.exists() and not stale.with_name(stale.name + "-journal").exists()
    assert live.exists() and other.exists()


def test_an_older_plan_read_read_only_is_not_upgraded(tmp_path):
    from tests.unit.storage.test_storage_migrations import old_plan

    old = old_plan(tmp_path / "old.cosmoplan", small_plan())
    before = old.read_bytes()
    store, plan = PlanStore.open(old, read_only=True)
    store.close()
    assert len(list(plan.tenants())) == 1
    assert old.read_bytes() == before and not list(tmp_path.glob("*.bak-*"))
