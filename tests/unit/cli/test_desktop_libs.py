"""Before Qt is loaded, `cosmoplan gui` says in one line what the window system lacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cosmoplan.cli import desktop_libs

Run = Callable[..., Any]

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-wm-unknown.so.7 => not found
"""


def test_ldd_output_gives_each_missing_library_once() -> None:
    assert desktop_libs.missing_libraries(LDD) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-wm-unknown.so.7",
    ]


def test_missing_libraries_map_to_debian_packages() -> None:
    missing = desktop_libs.missing_libraries(LDD)
    assert desktop_libs.packages_for(missing) == [
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-wm-unknown",
    ]


def test_offscreen_or_wayland_needs_no_xcb() -> None:
    assert desktop_libs.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert desktop_libs.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_no_display_is_said_in_words() -> None:
    problem = desktop_libs.display_problem({})
    assert problem is not None and problem.id == desktop_libs.MSG_NO_DISPLAY


def test_missing_libraries_name_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop_libs, "missing_for_xcb", lambda: ["libxcb-cursor.so.0"])
    problem = desktop_libs.display_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert "apt-get install -y libxcb-cursor0" in problem.text()


def test_gui_command_exits_2_with_one_line_instead_of_a_qt_abort(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(desktop_libs, "missing_for_xcb", lambda: ["libxcb-cursor.so.0"])
    result = cli("gui")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "libxcb-cursor0" in result.err


def test_this_machine_reports_what_its_plugin_misses() -> None:
    """The real plugin is found and ldd asked (the list may well be empty)."""
    assert desktop_libs.xcb_plugin() is not None
    assert all(name.startswith("lib") for name in desktop_libs.missing_for_xcb())
