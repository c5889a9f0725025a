"""`cosmoplan gui` hands over to the GUI application (replaced here by a stand-in: no Qt)."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Kind

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err


@pytest.fixture
def app_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Stand in for ``cosmoplan.gui.app``; records the argv it is started with."""
    calls: list[list[str]] = []
    fake = types.ModuleType("cosmoplan.gui.app")

    def main(argv: list[str]) -> int:
        calls.append(list(argv))
        return 0

    fake.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cosmoplan.gui.app", fake)
    return calls


def test_gui_opens_the_given_plan(cli: Run, plan_file: Path, app_calls: list[list[str]]) -> None:
    assert cli("gui", plan_file).code == 0
    assert app_calls == [[sys.argv[0], str(plan_file)]]


def test_gui_without_a_plan(cli: Run, app_calls: list[list[str]]) -> None:
    assert cli("gui").code == 0
    assert app_calls == [[sys.argv[0]]]


def test_gui_demo_creates_the_demo_plan_once(
    cli: Run, tmp_path: Path, app_calls: list[list[str]]
) -> None:
    demo = tmp_path / "share" / "baikonur-demo.cosmoplan"
    assert cli("gui", "--demo", demo).code == 0
    assert demo.is_file()
    assert cli("info", demo, "--json").json()["pads"] == len(build_demo_plan().objects(Kind.PAD))
    stamp = demo.stat().st_mtime_ns, demo.read_bytes()
    assert cli("gui", "--demo", demo).code == 0
    assert (demo.stat().st_mtime_ns, demo.read_bytes()) == stamp
    assert app_calls == [[sys.argv[0], str(demo)]] * 2


def test_gui_refuses_a_plan_and_a_demo(
    cli: Run, tmp_path: Path, app_calls: list[list[str]]
) -> None:
    result = cli("gui", tmp_path / "a.cosmoplan", "--demo", tmp_path / "b.cosmoplan")
    assert result.code == 2 and "not both" in result.err
    assert app_calls == [] and list(tmp_path.iterdir()) == []


def test_gui_refuses_a_missing_plan(cli: Run, tmp_path: Path, app_calls: list[list[str]]) -> None:
    result = cli("gui", tmp_path / "absent.cosmoplan")
    assert result.code == 2 and "No plan file" in result.err
    assert app_calls == []


def test_gui_passes_on_a_quit_timer(cli: Run, plan_file: Path, app_calls: list[list[str]]) -> None:
    assert cli("gui", plan_file, "--quit-after-ms", "500").code == 0
    assert app_calls == [[sys.argv[0], str(plan_file), "--quit-after-ms", "500"]]
