"""What Qt's X11 (xcb) platform plugin needs from the system, checked before Qt is loaded.

Qt 6.5 and newer link their xcb plugin against system libraries a fresh desktop may lack
(``libxcb-cursor0`` and friends). Without them Qt aborts with a long message about platform
plugins. ``cosmoplan gui`` asks :func:`display_problem` first and says in one line what to
install; ``make run`` runs ``python -m cosmoplan.cli.desktop_libs --install`` to install them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from cosmoplan.messages import Message, register

MSG_NO_DISPLAY = register(
    "cli.gui_no_display",
    "No display to open the window on: run cosmoplan in a desktop session (or under xvfb-run).",
)
MSG_MISSING_LIBRARIES = register(
    "cli.gui_missing_libraries",
    "Qt needs system libraries that are missing; install them with: {command}",
)

#: The Debian/Ubuntu package that provides each library the xcb plugin may miss.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
}


def xcb_plugin() -> Path | None:
    """The installed PySide6 xcb platform plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The library names ``ldd`` reports as "not found", each once, in order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if rest.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def packages_for(missing: Sequence[str]) -> list[str]:
    """The Debian packages to install for ``missing`` libraries (unknown ones by guess:
    the library name without ``.so``), each once."""
    packages: list[str] = []
    for library in missing:
        package = DEBIAN_PACKAGES.get(library, library.split(".so")[0].lower())
        if package not in packages:
            packages.append(package)
    return packages


def missing_for_xcb() -> list[str]:
    """Libraries the xcb plugin cannot find on this machine (empty when none, or when the
    plugin or ``ldd`` is not there to ask)."""
    plugin = xcb_plugin()
    if plugin is None or shutil.which("ldd") is None:
        return []
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return missing_libraries(result.stdout)


def apt_get(*arguments: str) -> list[str]:
    """An apt-get command line, through sudo unless root."""
    command = ["apt-get", *arguments]
    return command if os.geteuid() == 0 else ["sudo", *command]


def install_command(packages: Sequence[str]) -> list[str]:
    """The command that installs ``packages``."""
    return apt_get("install", "-y", *packages)


def wants_x11(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether Qt will pick its xcb plugin (no other platform asked for)."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    return platform in ("", "xcb") and not (
        platform == "" and environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY")
    )


def display_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> Message | None:
    """Why the window cannot open on this machine, or ``None``."""
    if not wants_x11(environ):
        return None
    if not environ.get("DISPLAY"):
        return Message(MSG_NO_DISPLAY)
    missing = missing_for_xcb()
    if missing:
        command = " ".join(install_command(packages_for(missing)))
        return Message(MSG_MISSING_LIBRARIES, {"command": command})
    return None


def install_missing() -> int:
    """Install what the xcb plugin misses (``make run``); 0 when nothing is missing after."""
    if not wants_x11(os.environ):
        return 0
    missing = missing_for_xcb()
    if not missing:
        return 0
    packages = packages_for(missing)
    command = install_command(packages)
    can_install = shutil.which("apt-get") and (os.geteuid() == 0 or shutil.which("sudo"))
    if can_install:
        print(f"Installing what Qt's window system plugin needs: {' '.join(packages)}")
        if subprocess.run(command, check=False).returncode != 0:  # stale package lists?
            subprocess.run(apt_get("update", "-qq"), check=False)
            subprocess.run(command, check=False)
        missing = missing_for_xcb()
    if missing:
        still = " ".join(install_command(packages_for(missing)))
        print(f"cosmoplan: {Message(MSG_MISSING_LIBRARIES, {'command': still})}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(install_missing() if "--install" in sys.argv[1:] else 0)
