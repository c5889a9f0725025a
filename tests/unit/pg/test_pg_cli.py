"""The command line on a shared plan: publish, new --demo, export, history, a report of the plan
as it was, roles the server enforces."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from pgserver import Cluster

from cosmoplan.domain import Kind
from cosmoplan.services.project import Project
from tests.unit.cli.conftest import Run


def test_publish_then_export_gives_the_same_plan_back(
    cli: Run, plan_file: Path, database: str, tmp_path: Path
) -> None:
    published = cli("publish", plan_file, database)
    assert published.code == 0, published.err
    again = cli("publish", plan_file, database)
    assert again.code == 2 and "already exists" in again.err
    out = tmp_path / "back.cosmoplan"
    exported = cli("export", database, out)
    assert exported.code == 0, exported.err
    original, back = Project.open(plan_file, read_only=True), Project.open(out, read_only=True)
    try:
        for kind in Kind:
            assert original.plan.objects(kind) == back.plan.objects(kind)
    finally:
        original.close()
        back.close()


def test_a_failed_publish_leaves_nothing(cli: Run, tmp_path: Path, database: str) -> None:
    broken = tmp_path / "broken.cosmoplan"
    broken.write_bytes(b"not a plan")
    assert cli("publish", broken, database).code == 2
    assert cli("info", database).code == 2  # no plan there


def test_new_demo_on_the_server_and_history_of_an_edit(
    cli: Run, database: str, tmp_path: Path
) -> None:
    made = cli("new", database, "--demo")
    assert made.code == 0, made.err
    before = datetime.now().astimezone()
    time.sleep(0.05)
    edited = cli("tenant", "set-status", database, "Roscosmos", "suspended")
    assert edited.code == 0, edited.err
    shown = cli("history", database, "--object", "tenants:Roscosmos", "--json")
    assert shown.code == 0, shown.err
    entries = json.loads(shown.out)
    assert [e["operation"] for e in entries] == ["INSERT", "UPDATE"]
    assert entries[1]["fields"] == ["status"] and entries[1]["role"] == "postgres"
    assert entries[1]["before"]["status"] != entries[1]["after"]["status"] == "suspended"
    text = cli("history", database)
    assert text.code == 0 and "update tenants:" in text.out
    as_of = before.strftime("%Y-%m-%d %H:%M:%S.%f")
    old = cli("report", database, "--as-of-time", as_of, "-o", tmp_path / "old.pdf")
    assert old.code == 0, old.err


def test_the_plan_as_of_a_past_time(database: str, cli: Run) -> None:
    from cosmoplan.storage.audit import read_as_of

    assert cli("new", database, "--demo").code == 0
    time.sleep(0.05)
    moment = datetime.now().astimezone()
    time.sleep(0.05)
    assert cli("tenant", "set-status", database, "Roscosmos", "suspended").code == 0
    project = Project.open(database, read_only=True)
    then = read_as_of(database, moment)
    now = project.plan
    project.close()
    roscosmos = next(t for t in then.tenants() if t.name == "Roscosmos")
    assert roscosmos.status.value != "suspended"
    assert next(t for t in now.tenants() if t.name == "Roscosmos").status.value == "suspended"
    assert then.counts() == now.counts()


def _as(postgres: Cluster, database: str, user: str) -> str:
    return postgres.url(database.rsplit("/", 1)[1], user=user)


def test_a_viewer_may_read_but_the_server_refuses_its_edit(
    cli: Run, postgres: Cluster, path: str
) -> None:
    assert cli("roles", path, "grant", "vera", "viewer").code == 0
    viewer = _as(postgres, path, "vera")
    assert cli("info", viewer).code == 0
    refused = cli("tenant", "set-status", viewer, "Roscosmos", "suspended")
    assert refused.code == 2
    assert "may only read" in refused.err and "Nothing was written" in refused.err
    listed = cli("roles", path, "list")
    assert "vera\tviewer" in listed.out
    assert cli("roles", path, "grant", "vera", "planner").code == 0
    assert cli("tenant", "set-status", viewer, "Roscosmos", "suspended").code == 0
    history = json.loads(cli("history", path, "--object", "tenants:1", "--json").out)
    assert history[-1]["role"] == "vera"


def test_a_liaison_sees_only_its_tenants_rows_even_in_direct_sql(
    cli: Run, postgres: Cluster, database: str
) -> None:
    assert cli("new", database, "--demo").code == 0
    project = Project.open(database, read_only=True)
    first = next(iter(project.plan.allocations()))
    tenant = project.plan.get(Kind.TENANT, first.tenant_id)
    theirs = {a.id for a in project.plan.allocations() if a.tenant_id == tenant.id}
    project.close()
    assert cli("roles", database, "grant", "lia", "liaison", "--tenant", tenant.name).code == 0
    with psycopg.connect(_as(postgres, database, "lia")) as connection:
        tenants = {r[0] for r in connection.execute("SELECT tenant_id FROM allocations")}
        allocations = {r[0] for r in connection.execute("SELECT id FROM allocations")}
        vehicles = {r[0] for r in connection.execute("SELECT tenant_id FROM vehicles")}
        fees = connection.execute("SELECT count(*) FROM allocations WHERE tenant_id <> %s",
                                  (tenant.id,)).fetchone()  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE allocations SET annual_fee_usd = 0")
    assert tenants == {tenant.id} and allocations == theirs and vehicles == {tenant.id}
    assert fees == (0,)
    liaison = Project.open(_as(postgres, database, "lia"), read_only=True)
    assert {a.tenant_id for a in liaison.plan.allocations()} == {tenant.id}
    liaison.close()
