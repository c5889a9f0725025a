"""A window on a shared plan: what another planner saves on the server shows within a second
with who saved it; while the server is away the window says so, keeps the changes and saves
them when it is back."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from pgserver import Cluster

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.properties.object_history import ObjectHistoryDialog
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.commands import update
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import Clock
from cosmoplan.storage import roles, rows
from cosmoplan.storage.audit import who
from cosmoplan.storage.locations import planner_name
from tests.gui.conftest import TODAY, close_all, demo_plan

_numbers = itertools.count(1)


@pytest.fixture
def shared(postgres: Cluster) -> str:
    """The demo plan on a new database of the test server."""
    url = postgres.create_database(f"gui_live_{next(_numbers)}")
    Project.create(url, demo_plan()).close()
    return url


@pytest.fixture
def window(qtbot: Any, shared: str, app_settings: AppSettings) -> Iterator[MainWindow]:
    opened = create_main_window(Project.open(shared), app_settings, clock=Clock(TODAY))
    qtbot.waitExposed(opened)
    yield opened
    close_all(opened)


def test_a_tenant_saved_by_another_process_shows_within_a_second_with_who(
    qtbot: Any, window: MainWindow, shared: str
) -> None:
    table = window.panels.tenancy.table(Kind.TENANT).model
    before = table.rowCount()
    command = [sys.executable, "-m", "cosmoplan", "tenant", "add", shared,
               "--name", "Galactic Energy", "--country", "China"]  # fmt: skip
    env = {**os.environ, "COSMOPLAN_PLANNER": "Aigerim"}
    subprocess.run(command, check=True, capture_output=True, env=env)
    qtbot.waitUntil(lambda: table.rowCount() == before + 1, timeout=1000)
    assert "Galactic Energy" in {t.name for t in window.document.plan.tenants()}
    assert "saved by Aigerim" in window.statusBar().currentMessage()
    assert not window.files.is_modified()


def test_offline_keeps_the_change_and_saves_it_when_the_server_is_back(
    qtbot: Any, window: MainWindow, shared: str, postgres: Cluster, monkeypatch: Any
) -> None:
    monkeypatch.setattr("cosmoplan.services.outside.RETRY_NS", 100_000_000)
    tenant = window.document.plan.get(Kind.TENANT, 1)
    window.document.execute(update(tenant, country="Kazakhstan"))
    label = window.file_status.label
    postgres.halt()
    try:
        qtbot.waitUntil(lambda: label.isVisible() and "Offline" in label.text(), timeout=3000)
        assert not window.files.save()  # kept for when the server is back
        assert window.files.is_modified()
        tenant = window.document.plan.get(Kind.TENANT, 1)
        window.document.execute(update(tenant, name="Roscosmos (offline edit)"))
    finally:
        postgres.start()
    qtbot.waitUntil(lambda: not window.files.is_modified(), timeout=5000)
    assert not label.isVisible()
    assert "can be reached again" in window.statusBar().currentMessage()
    again = Project.open(shared, read_only=True)
    saved = again.plan.get(Kind.TENANT, 1)
    again.close()
    assert (saved.country, saved.name) == ("Kazakhstan", "Roscosmos (offline edit)")


def test_object_history_shows_who_changed_what_and_when(qtbot: Any, window: MainWindow) -> None:
    tenant = window.document.plan.get(Kind.TENANT, 1)
    window.document.execute(update(tenant, country="Kazakhstan"))
    assert window.files.save()
    window.selection.set([Ref(Kind.TENANT, 1)])
    action = window.action_set.actions["edit.history"]
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(ObjectHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 2  # added when the plan was created, then changed
    newest = [table.item(0, column).text() for column in range(3)]
    assert newest[1] == who(planner_name(), "postgres")
    assert "country" in newest[2] and "Kazakhstan" in newest[2]
    assert table.item(1, 2).text() == "added"
    dialog.close()


def test_a_file_plan_says_in_one_line_that_history_needs_a_shared_plan(
    qtbot: Any, main_window: MainWindow
) -> None:
    main_window.selection.set([Ref(Kind.TENANT, 1)])
    main_window.action_set.actions["edit.history"].trigger()
    dialog = main_window.findChild(ObjectHistoryDialog)
    assert dialog is not None and dialog.table.isHidden()
    assert "only a plan on a PostgreSQL server has an audit log" in dialog.note.text()
    dialog.close()


def test_a_save_cut_off_by_a_server_restart_is_rolled_back_and_saved_when_back(
    qtbot: Any, window: MainWindow, shared: str, postgres: Cluster, monkeypatch: Any
) -> None:
    monkeypatch.setattr("cosmoplan.services.outside.RETRY_NS", 100_000_000)
    insert = rows.insert
    restarts = []

    def restart_midway(connection: Any, kind: Kind, entities: Any, revision: int) -> None:
        if entities and not restarts:  # the old row is deleted, the new one not yet written
            restarts.append(kind)
            postgres.restart()
        insert(connection, kind, entities, revision)

    monkeypatch.setattr(rows, "insert", restart_midway)
    tenant = window.document.plan.get(Kind.TENANT, 1)
    window.document.execute(update(tenant, country="Kazakhstan"))
    assert not window.files.save()
    assert restarts == [Kind.TENANT]
    assert "lost during the save" in window.statusBar().currentMessage()
    assert window.files.is_modified()
    during = Project.open(shared, read_only=True)  # the server rolled the save back
    assert during.plan.get(Kind.TENANT, 1) == tenant
    during.close()
    qtbot.waitUntil(lambda: not window.files.is_modified(), timeout=5000)
    assert not window.file_status.label.isVisible()
    after = Project.open(shared, read_only=True)
    assert after.plan.get(Kind.TENANT, 1).country == "Kazakhstan"
    after.close()


def _window_as(qtbot: Any, url: str, settings: AppSettings) -> MainWindow:
    opened = create_main_window(Project.open(url), settings, clock=Clock(TODAY))
    qtbot.waitExposed(opened)
    return opened


def test_a_liaison_window_shows_only_its_tenant_and_cannot_write(
    qtbot: Any, shared: str, postgres: Cluster, app_settings: AppSettings
) -> None:
    full = Project.open(shared, read_only=True)
    first = next(iter(full.plan.allocations()))
    tenant = full.plan.get(Kind.TENANT, first.tenant_id)
    theirs = {a.id for a in full.plan.allocations() if a.tenant_id == tenant.id}
    pads = len(list(full.plan.pads()))
    full.close()
    with sa.create_engine(shared.replace("postgresql://", "postgresql+psycopg://")).begin() as c:
        roles.grant(c, "lia", "liaison", tenant_id=tenant.id)
    window = _window_as(qtbot, postgres.url(shared.rsplit("/", 1)[1], user="lia"), app_settings)
    try:
        plan = window.document.plan
        assert {t.name for t in plan.tenants()} == {tenant.name}
        assert {a.id for a in plan.allocations()} == theirs
        assert len(list(plan.pads())) == pads  # the site is public, the bookings are not
        shown = window.panels.tenancy.table(Kind.TENANT).model
        assert shown.rowCount() == 1
        assert window.windowTitle().startswith(f"{plan.info.name} (read-only)")
        label = window.file_status.label
        assert label.isVisible() and f"liaison of {tenant.name}" in label.text()
        assert window.document.project.read_only
    finally:
        close_all(window)


def test_a_viewer_window_says_its_role_may_only_read(
    qtbot: Any, shared: str, postgres: Cluster, app_settings: AppSettings
) -> None:
    with sa.create_engine(shared.replace("postgresql://", "postgresql+psycopg://")).begin() as c:
        roles.grant(c, "vera", "viewer")
    window = _window_as(qtbot, postgres.url(shared.rsplit("/", 1)[1], user="vera"), app_settings)
    try:
        assert window.document.project.read_only
        assert "may only read" in window.file_status.label.text()
        assert "(read-only)" in window.windowTitle()
    finally:
        close_all(window)
