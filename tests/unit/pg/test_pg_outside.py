"""An open plan on the server hears the others' saves (LISTEN/NOTIFY) with who made them,
and works offline while the server is away, saving when it is back."""

from __future__ import annotations

import time

import pytest
from pgserver import Cluster

from cosmoplan.domain import Kind, Tenant
from cosmoplan.services.commands import AddObjects, update
from cosmoplan.services.outside import Outcome, Outside, OutsideWatch
from cosmoplan.services.project import Project
from cosmoplan.storage.locations import PLANNER_VARIABLE


def wait_for(watch: OutsideWatch, seconds: float = 1.0) -> Outside | None:
    """Poll as the window does until something is said or ``seconds`` pass."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found = watch.poll()
        if found is not None:
            return found
        time.sleep(0.02)
    return None


def test_a_save_by_another_planner_is_heard_within_a_second_with_who(
    path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    assert watch.watching and watch.poll() is None
    monkeypatch.setenv(PLANNER_VARIABLE, "Aigerim")
    other = Project.open(path)
    other.execute(AddObjects([Tenant(other.plan.next_id(Kind.TENANT), "Alpha", "KZ")]))
    other.save()
    other.close()
    found = wait_for(watch)
    assert found is not None and found.outcome is Outcome.MERGED
    assert found.message.params["who"] == "Aigerim (postgres)"
    assert found.message.params["count"] == 1
    assert "Alpha" in {t.name for t in project.plan.tenants()}
    assert not project.has_unsaved_changes
    watch.stop()
    project.close()


def test_this_planners_own_save_is_not_said(path: str) -> None:
    project = Project.open(path)
    watch = OutsideWatch(project)
    project.execute(update(project.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    project.save()
    assert wait_for(watch, 0.5) is None
    watch.stop()
    project.close()


def test_offline_while_the_server_is_away_then_online_and_the_save_goes_through(
    postgres: Cluster, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cosmoplan.services.outside.RETRY_NS", 0)
    project = Project.open(path)
    watch = OutsideWatch(project)
    project.execute(update(project.plan.get(Kind.TENANT, 1), country="Kazakhstan"))
    postgres.halt()
    try:
        found = wait_for(watch)
        assert found is not None and found.outcome is Outcome.OFFLINE and watch.offline
        assert wait_for(watch, 0.3) is None  # said once
        assert project.has_unsaved_changes  # kept
    finally:
        postgres.start()
    found = wait_for(watch, 3.0)
    assert found is not None and found.outcome is Outcome.ONLINE and not watch.offline
    project.save()
    watch.stop()
    project.close()
    again = Project.open(path, read_only=True)
    assert again.plan.get(Kind.TENANT, 1).country == "Kazakhstan"
    again.close()
