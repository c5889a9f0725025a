"""Two and then ten planners (processes) editing the same and different objects of a shared
plan at once: no update lost, conflicts reported, every change in the server's audit log."""

from __future__ import annotations

from pg_planners import Edit, run_planners

from cosmoplan.domain import Kind, Tenant
from cosmoplan.services.project import Project
from cosmoplan.storage.audit import read_history
from tests.unit.cli.conftest import small_plan


def shared_plan(url: str, tenants: int) -> None:
    plan = small_plan()
    for number in range(2, tenants + 1):
        plan.add(Tenant(number, f"Tenant {number}", "KZ"))
    Project.create(url, plan).close()


def check(url: str, edits: list[Edit]) -> None:
    """Each tenant holds the last saved contact; the audit log holds every saved edit, by
    its planner, and no refused one."""
    log = read_history(url, Kind.TENANT.value)
    recorded = [
        (e.planner, e.object_id, (e.after or {}).get("contact"))
        for e in log
        if e.operation == "UPDATE" and "contact" in e.fields
    ]
    saved = [e for e in edits if e.saved]
    assert sorted(recorded) == sorted((e.planner, e.tenant, e.value) for e in saved)
    stored = Project.open(url, read_only=True)
    last = {tenant: value for _who, tenant, value in recorded}  # the log is in commit order
    assert {t: stored.plan.get(Kind.TENANT, t).contact for t in last} == last
    stored.close()


def test_two_planners_saving_the_same_object_at_once_one_is_told_of_the_conflict(
    database: str,
) -> None:
    shared_plan(database, 1)
    edits = run_planners(database, {"anna": [1], "boris": [1]}, 1, together=True)
    assert sorted(e.saved for e in edits) == [False, True]
    check(database, edits)


def test_two_planners_on_different_objects_both_save(database: str) -> None:
    shared_plan(database, 2)
    edits = run_planners(database, {"anna": [1], "boris": [2]}, 5, together=True)
    assert all(e.saved for e in edits) and len(edits) == 10
    check(database, edits)


def test_ten_planners_on_the_same_and_different_objects_lose_no_update(database: str) -> None:
    shared_plan(database, 12)
    plans = {f"p{n}": [n + 3, 1, 2] for n in range(10)}  # own tenant plus two everybody edits
    edits = run_planners(database, plans, 8, together=True)
    assert len(edits) == 80
    assert any(not e.saved for e in edits), "the same objects at once must clash"
    check(database, edits)
