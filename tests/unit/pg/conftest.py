"""Fixtures of the PostgreSQL tests: a fresh database on the session's server for each test."""

from __future__ import annotations

import itertools

import pytest
from pgserver import Cluster

from cosmoplan.services.project import Project
from tests.unit.cli.conftest import cli, plan_file, small_plan  # noqa: F401 (fixtures)

_numbers = itertools.count(1)


@pytest.fixture
def database(postgres: Cluster) -> str:
    """The URL of a new empty database with PostGIS."""
    return postgres.create_database(f"test_{next(_numbers)}")


@pytest.fixture
def path(database: str) -> str:
    """A small plan on the server (named ``path`` so the file tests run here unchanged)."""
    Project.create(database, small_plan()).close()
    return database
