"""Settings for every test: Qt draws offscreen, so the GUI tests need no display; a throwaway
PostgreSQL server for the tests of shared plans."""

import os
from collections.abc import Iterator

import pytest
from pgserver import Cluster, has_postgis, server_binaries, start_cluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """A throwaway PostgreSQL server with PostGIS for the whole session.

    Without the server binaries the tests that need it are skipped, saying why; under CI
    (``CI=true``) that is a failure: CI must run them.
    """
    binaries = server_binaries()
    missing = None
    if binaries is None:
        missing = "PostgreSQL server binaries not found (apt-get install postgresql)"
    elif not has_postgis(binaries):
        missing = "PostGIS not installed (apt-get install postgis)"
    if missing is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {missing}")
        pytest.skip(missing)
    assert binaries is not None
    cluster = start_cluster(binaries)
    try:
        yield cluster
    finally:
        cluster.stop()
