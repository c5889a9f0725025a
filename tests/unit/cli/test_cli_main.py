"""The command line as a whole: help, usage errors, exit codes and the two ways to start it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cosmoplan import __version__
from cosmoplan.cli.commands import plan as plan_commands

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err

COMMANDS = ["new", "info", "list", "export", "import", "render", "gui"]


def _one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cosmoplan: error: ")
    assert "Traceback" not in err
    return lines[0]


def test_top_level_help_names_every_command(cli: Run) -> None:
    result = cli("--help")
    assert result.code == 0
    for command in COMMANDS:
        assert f"    {command} " in result.out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli: Run, command: str) -> None:
    result = cli(command, "--help")
    assert result.code == 0
    assert result.out.startswith(f"usage: cosmoplan {command}")
    assert result.err == ""


def test_version(cli: Run) -> None:
    result = cli("--version")
    assert (result.code, result.out.strip()) == (0, f"cosmoplan {__version__}")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["launch"], "invalid choice: 'launch'"),
        (["info"], "the following arguments are required: PLAN"),
        (["list", "spaceports", "x.cosmoplan"], "invalid choice: 'spaceports'"),
        (["list", "pads", "x.cosmoplan", "--at", "2025-02-30"], "not a valid date: '2025-02-30'"),
        (["list", "pads", "x.cosmoplan", "--at", "yesterday"], "not a valid date: 'yesterday'"),
        (["render", "x.cosmoplan"], "the following arguments are required: -o/--output"),
        (["render", "x.cosmoplan", "-o", "a.png", "--size", "wide"], "not a valid size: 'wide'"),
        (["render", "x.cosmoplan", "-o", "a.png", "--size", "0x10"], "not a valid size: '0x10'"),
        (["import", "x.cosmoplan", "f.geojson"], "the following arguments are required: --as"),
        (["info", "x.cosmoplan", "--colour"], "unrecognized arguments: --colour"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(cli: Run, argv: list[str], expected: str) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert expected in _one_line_error(result.err)
    assert result.out == ""


def test_unexpected_errors_exit_1_with_one_line(
    cli: Run, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(project: object) -> dict[str, object]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(plan_commands, "plan_summary", broken)
    result = cli("info", plan_file)
    assert result.code == 1
    line = _one_line_error(result.err)
    assert "RuntimeError: disk on fire" in line and "--debug" in line


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback(
    cli: Run, plan_file: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    def broken(project: object) -> dict[str, object]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(plan_commands, "plan_summary", broken)
    argv = ["--debug", "info", plan_file] if where == "before" else ["info", plan_file, "--debug"]
    result = cli(*argv)
    assert result.code == 1
    assert "Traceback (most recent call last)" in result.err
    assert result.err.rstrip().splitlines()[-1].startswith("cosmoplan: error: unexpected")


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return env | {"PYTHONPATH": str(Path(__file__).resolve().parents[3])}


def test_python_dash_m_cosmoplan_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cosmoplan", "--help"],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: cosmoplan")


def test_console_entry_point_reports_bad_input(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("cosmoplan")
    if not script.exists():
        pytest.skip("the cosmoplan console script is not installed next to this Python")
    done = subprocess.run(
        [str(script), "info", str(tmp_path / "missing.cosmoplan")],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert (
        done.stderr.strip()
        == f"cosmoplan: error: No plan file at {tmp_path / 'missing.cosmoplan'}."
    )
