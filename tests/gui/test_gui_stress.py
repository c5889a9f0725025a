"""The window and the command line editing one plan at the same time: nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from cosmoplan.gui.main_window import MainWindow
from cosmoplan.services.commands import UpdateObject
from cosmoplan.services.project import Project

WRITERS = 2
ADDS_EACH = 3
WINDOW_SAVES = 8


def command_line_writer(path: Path, writer: int) -> subprocess.Popen[str]:
    """A shell running ``cosmoplan tenant add`` several times in a row."""
    adds = "; ".join(
        f'"{sys.executable}" -m cosmoplan tenant add "{path}" --name "cli-{writer}-{n}" '
        "--country KZ || exit 1"
        for n in range(ADDS_EACH)
    )
    return subprocess.Popen(
        ["sh", "-c", adds], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_window_saves_and_command_line_adds_at_once_lose_nothing(
    qtbot: Any, main_window: MainWindow, plan_file: Path, snapshot: Any
) -> None:
    writers = [command_line_writer(plan_file, w) for w in range(WRITERS)]
    document = main_window.document
    codes = sorted(p.code for p in document.plan.pads())[:WINDOW_SAVES]
    for n, code in enumerate(codes):
        pad = document.plan.pad_by_code(code)
        assert pad is not None
        document.execute(UpdateObject(replace(pad, name=f"window-{n}")))
        qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not main_window.isWindowModified(), "each save went through"
        qtbot.wait(150)
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    expected = {f"cli-{w}-{n}" for w in range(WRITERS) for n in range(ADDS_EACH)}
    names = lambda plan: {t.name for t in plan.tenants()}  # noqa: E731
    qtbot.waitUntil(lambda: expected <= names(document.plan), timeout=2000)
    stored = Project.open(plan_file, read_only=True)
    try:
        assert expected <= names(stored.plan)
        assert {stored.plan.pad_by_code(c).name for c in codes} == {  # type: ignore[union-attr]
            f"window-{n}" for n in range(len(codes))
        }
        assert snapshot(stored.plan) == snapshot(document.plan)
    finally:
        stored.close()
