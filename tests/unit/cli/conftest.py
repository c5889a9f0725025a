"""Fixtures for the command-line tests: a small plan file and an in-process runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import Result, Run, small_plan

from cosmoplan.cli.main import main
from cosmoplan.services.project import Project


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``cosmoplan ARGS...`` in-process; returns exit code, stdout and stderr."""

    def run(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A stored copy of :func:`small_plan`."""
    path = tmp_path / "small.cosmoplan"
    Project.create(path, small_plan()).close()
    return path
