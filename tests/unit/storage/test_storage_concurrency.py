"""Several processes on one plan at once: no edit lost silently; SIGKILL at any moment of a save
leaves the old or the new plan, whole."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cosmoplan.domain import Kind, NegotiationStatus, Ref, Tenant
from cosmoplan.services.commands import AddObjects, RemoveObjects, update
from cosmoplan.services.project import Project
from tests.unit.cli.conftest import small_plan

WRITER = """
import json, random, sys
from cosmoplan.domain import Kind, Tenant
from cosmoplan.services.commands import AddObjects, update
from cosmoplan.services.project import Project
from cosmoplan.storage.conflicts import ConflictError

path, me, edits, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
log = []
project = Project.open(path)
for number in range(edits):
    if rng.random() < 0.5:
        name = f"{me}-{number}"
        project.execute(AddObjects([Tenant(project.plan.next_id(Kind.TENANT), name, "KZ")]))
        entry = {"op": "add", "name": name}
    else:
        target = rng.choice(sorted(project.plan.objects(Kind.TENANT))[:3])
        value = f"{me}-{number}"
        project.execute(update(project.plan.get(Kind.TENANT, target), contact=value))
        entry = {"op": "edit", "id": target, "value": value}
    try:
        project.save()
        entry["revision"] = project.store.revision
    except ConflictError as error:
        entry["conflict"] = str(error)
        project.close()
        project = Project.open(path)  # start again from what is stored
    log.append(entry)
project.close()
print(json.dumps(log))
"""


def test_processes_editing_one_plan_at_once_lose_nothing_silently(tmp_path):
    path = tmp_path / "p.cosmoplan"
    plan = small_plan()
    plan.add(Tenant(2, "Second", "KZ"))
    plan.add(Tenant(3, "Third", "KZ"))
    Project.create(path, plan).close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"w{n}", "12", str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    logs = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        logs += json.loads(out)
    stored = Project.open(path, read_only=True).plan
    names = {t.name for t in stored.tenants()}
    saved = [e for e in logs if "revision" in e]
    conflicts = [e for e in logs if "conflict" in e]
    assert len(saved) + len(conflicts) == 48
    assert {e["name"] for e in saved if e["op"] == "add"} <= names, "a saved add was lost"
    assert all(e["op"] == "edit" for e in conflicts), "adds never conflict"
    last: dict[int, dict[str, object]] = {}
    for entry in sorted((e for e in saved if e["op"] == "edit"), key=lambda e: e["revision"]):
        last[entry["id"]] = entry
    for tenant_id, entry in last.items():
        assert stored.get(Kind.TENANT, tenant_id).contact == entry["value"], "an edit was lost"
    revisions = [e["revision"] for e in saved]
    assert len(set(revisions)) == len(revisions), "two saves at one revision"


def test_simultaneous_tenant_adds_on_the_command_line_both_survive(tmp_path):
    path = tmp_path / "p.cosmoplan"
    Project.create(path, small_plan()).close()
    adds = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cosmoplan",
                "tenant",
                "add",
                str(path),
                "--name",
                name,
                "--country",
                "KZ",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Alpha", "Beta", "Gamma")
    ]
    printed = []
    for add in adds:
        out, err = add.communicate(timeout=120)
        assert add.returncode == 0, err
        printed.append(out)
    stored = {t.name: t.id for t in Project.open(path, read_only=True).plan.tenants()}
    assert len(set(stored.values())) == 4
    for name in ("Alpha", "Beta", "Gamma"):
        assert any(f"Added tenant {stored[name]}: {name}" in line for line in printed)


def _saving_forever(path: Path) -> None:
    """Child: add batches of tenants (one, or an import of 300) and save, until killed."""
    project = Project.open(path)
    rng = random.Random(os.getpid())
    batch = 0
    while True:
        count = 1 if rng.random() < 0.5 else 300
        tenants = [
            Tenant(project.plan.next_id(Kind.TENANT) - n, f"b{os.getpid()}-{batch}-{n}", "KZ")
            for n in range(count)
        ]
        project.execute(AddObjects(tenants, label=f"{count}"))
        if rng.random() < 0.3 and len(project.plan.objects(Kind.TENANT)) > 2:
            victim = max(project.plan.objects(Kind.TENANT))
            project.execute(RemoveObjects([Ref(Kind.TENANT, victim)]))
        project.save()
        batch += 1


def test_sigkill_at_any_moment_of_a_save_leaves_a_whole_plan(tmp_path):
    path = tmp_path / "p.cosmoplan"
    Project.create(path, small_plan()).close()
    rng = random.Random(11)
    deadline = time.monotonic() + 30
    runs = 0
    while runs < 60 and (runs < 50 or time.monotonic() < deadline):
        child = os.fork()
        if child == 0:  # pragma: no cover - the child is killed
            try:
                _saving_forever(path)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.02, 0.25))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        runs += 1
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.close()
        project = Project.open(path)
        batches: dict[str, set[int]] = {}
        for tenant in project.plan.tenants():
            if tenant.name.startswith("b"):
                key, _, n = tenant.name.rpartition("-")
                batches.setdefault(key, set()).add(int(n))
        for key, members in batches.items():
            # a batch is whole (one or 300), less at most the highest ids removed later
            assert members == set(range(len(members))) or len(members) >= 290, key
        project.close()
    assert runs >= 50
    assert not list(tmp_path.glob(".*.tmp*"))


def test_a_conflict_on_the_command_line_exits_2_naming_the_object(tmp_path, monkeypatch, capsys):
    from cosmoplan.cli.main import main

    path = tmp_path / "p.cosmoplan"
    Project.create(path, small_plan()).close()
    original = Project.save

    def another_planner_saves_first(self: Project) -> object:
        other = Project.open(path)
        tenant = other.plan.get(Kind.TENANT, 1)
        other.execute(update(tenant, status=NegotiationStatus.IN_TALKS))
        original(other)
        other.close()
        monkeypatch.setattr(Project, "save", original)
        return original(self)

    monkeypatch.setattr(Project, "save", another_planner_saves_first)
    capsys.readouterr()
    assert main(["tenant", "set-status", str(path), "Roscosmos", "approved"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tenant Roscosmos" in err and "(status)" in err
    stored = Project.open(path, read_only=True).plan.get(Kind.TENANT, 1)
    assert stored.status is NegotiationStatus.IN_TALKS, "the other planner's save stands"
