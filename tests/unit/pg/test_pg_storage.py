"""A plan on PostgreSQL: stored bit for bit, PostGIS geometry that GDAL opens, no password
shown, a save cut off midway rolled back."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pgserver import Cluster

from cosmoplan.domain import Kind
from cosmoplan.services.commands import update
from cosmoplan.services.project import Project
from cosmoplan.storage import locations
from cosmoplan.storage.errors import StorageError
from cosmoplan.storage.store import PlanStore
from tests.unit.storage.conftest import assert_same_plan, full_plan


def test_a_plan_on_the_server_comes_back_bit_for_bit(database: str) -> None:
    plan = full_plan()
    PlanStore.create(database, plan).close()
    store, back = PlanStore.open(database)
    with store:
        assert_same_plan(back, plan)


def test_geometry_is_postgis_in_utm_41n_with_gist_indexes(postgres: Cluster, path: str) -> None:
    name = path.rsplit("/", 1)[1]
    columns = postgres.psql(
        "SELECT f_table_name || '.' || f_geometry_column || ' ' || srid || ' ' || type"
        " FROM geometry_columns ORDER BY 1",
        database=name,
    ).splitlines()
    assert columns == [
        "complexes.footprint 32641 GEOMETRY",
        "facilities.geometry 32641 GEOMETRY",
        "pads.footprint 32641 GEOMETRY",
        "pads.location 32641 POINT",
        "zones.geometry 32641 GEOMETRY",
    ]
    gist = postgres.psql(
        "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gist%'", database=name
    )
    assert gist == "5"


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo (gdal-bin) not installed")
def test_gdal_lists_the_layers_with_srid_and_counts(postgres: Cluster, path: str) -> None:
    name = path.rsplit("/", 1)[1]
    connection = f"PG:host=127.0.0.1 port={postgres.port} user=postgres dbname={name}"
    layers = subprocess.run(
        ["ogrinfo", "-ro", "-q", connection], capture_output=True, text=True, check=True
    ).stdout
    names = {line.split(":", 1)[1].split()[0] for line in layers.splitlines() if ":" in line}
    assert names == {"complexes", "facilities", "pads", "zones"}
    summary = subprocess.run(
        ["ogrinfo", "-ro", "-so", connection, "pads(location)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    stored = Project.open(path, read_only=True)
    pads = len(stored.plan.objects(Kind.PAD))
    stored.close()
    assert f"Feature Count: {pads}" in summary
    assert 'ID["EPSG",32641]' in summary and "Geometry: Point" in summary


def test_a_password_is_never_shown_nor_kept(postgres: Cluster, path: str) -> None:
    url = path.replace("postgres@", "postgres:s3cr%2Fet@")
    assert "s3cr" not in locations.parse(url).display
    assert "s3cr" not in locations.absolute_location(url)
    assert "s3cr" not in locations.redact("postgresql:///plans?host=/tmp&password=s3cret")
    project = Project.open(url)  # trust authentication: the password is not needed
    try:
        assert project.location is not None and "s3cr" not in project.location
    finally:
        project.close()
    with pytest.raises(StorageError) as raised:
        Project.open(f"postgresql://planner:s3cret@127.0.0.1:{postgres.port}/nowhere")
    assert "s3cret" not in str(raised.value)


def test_a_save_cut_off_midway_is_rolled_back(postgres: Cluster, path: str) -> None:
    """The server ends the saving session between its statements: nothing of it is kept."""
    project = Project.open(path)
    tenant = project.plan.get(Kind.TENANT, 1)
    project.execute(update(tenant, country="Kazakhstan"))
    store = project.store
    assert store is not None

    def cut_off(connection, cursor, statement, *_args):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO TENANTS"):
            postgres.psql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = 'cosmoplan' AND pid <> pg_backend_pid()"
                " AND state <> 'idle'"
            )

    import sqlalchemy as sa

    sa.event.listen(store.engine, "before_cursor_execute", cut_off)
    with pytest.raises(StorageError):
        project.save()
    sa.event.remove(store.engine, "before_cursor_execute", cut_off)
    again = Project.open(path, read_only=True)
    try:
        assert again.plan.get(Kind.TENANT, 1).country == "Russia"
        assert again.store is not None and again.store.revision == 1
    finally:
        again.close()
    project.save()  # the planner's change is still there, saved when the server answers
    project.close()
    final = Project.open(path, read_only=True)
    assert final.plan.get(Kind.TENANT, 1).country == "Kazakhstan"
    final.close()
