"""The PyInstaller one-folder bundle builds and runs offscreen, as an installed copy would:
``--version``, ``new --demo``, ``check``, ``render``, ``report`` and the window on the demo.

Slow (one build, about a minute): the build is shared by the tests of this module.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cosmoplan import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built ``cosmoplan`` executable (the spec of ``make bundle``)."""
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller not installed (pip install 'cosmoplan[bundle]')"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must build the bundle: {reason}")
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR"]
    command += ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    command.append(str(ROOT / "packaging" / "cosmoplan.spec"))
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, env=environment, capture_output=True, text=True, cwd=work)
    assert result.returncode == 0, result.stderr[-3000:]
    return work / "dist" / "cosmoplan" / "cosmoplan"


def run(bundle: Path, home: Path, *args: str, code: int = 0) -> str:
    """Run the bundle with a fresh home, offscreen and outside the source tree."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    environment.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), QT_QPA_PLATFORM="offscreen"
    )
    result = subprocess.run(
        [str(bundle), *args], env=environment, cwd=home, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def test_the_bundle_runs_the_commands_and_the_window(bundle: Path, tmp_path: Path) -> None:
    plan = tmp_path / "demo.cosmoplan"
    assert run(bundle, tmp_path, "--version").strip() == f"cosmoplan {__version__}"
    assert "as of 22 Mar 2026" in run(bundle, tmp_path, "new", "--demo", str(plan))
    checked = run(bundle, tmp_path, "check", str(plan), "--at", "2026-03-22", code=1)
    assert "findings as of 2026-03-22" in checked and "allocation.overlap" in checked
    run(bundle, tmp_path, "render", str(plan), "-o", str(tmp_path / "map.png"))
    assert (tmp_path / "map.png").read_bytes()[:4] == b"\x89PNG"
    run(bundle, tmp_path, "report", str(plan), "-o", str(tmp_path / "report.pdf"))
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    run(bundle, tmp_path, "gui", str(plan), "--quit-after-ms", "1500")
    # the window remembered the plan it showed: it opened and closed normally
    settings = list((tmp_path / ".config").rglob("*"))
    assert any(str(plan) in p.read_text(errors="ignore") for p in settings if p.is_file())
