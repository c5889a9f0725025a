"""The tests' own PostgreSQL server starts, has PostGIS, and is reachable by URL."""

from __future__ import annotations

from pgserver import Cluster


def test_the_throwaway_server_answers_with_postgis(postgres: Cluster) -> None:
    url = postgres.create_database("probe")
    assert url.startswith("postgresql://postgres@127.0.0.1:")
    version = postgres.psql("SELECT postgis_version()", database="probe")
    assert version.split()[0].startswith("3.")
