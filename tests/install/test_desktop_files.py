"""The desktop citizen: the .desktop entry, AppStream metainfo, MIME type and icons, checked by
the freedesktop validators when they are installed."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from cosmoplan.storage import SUFFIX as PLAN_SUFFIX

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
DESKTOP = PACKAGING / "cosmoplan.desktop"
METAINFO = PACKAGING / "cosmoplan.metainfo.xml"
MIME = PACKAGING / "cosmoplan-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_is_clean(require_tool: Callable[[str, str], str]) -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_appstream_accepts_the_metainfo(require_tool: Callable[[str, str], str]) -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_plan_files_open_in_cosmoplan() -> None:
    entry = _entry()
    (mime_type,) = ET.parse(MIME).getroot().iter(f"{MIME_NS}mime-type")
    assert entry["MimeType"] == f"{mime_type.get('type')};"
    globs = [g.get("pattern") for g in mime_type.iter(f"{MIME_NS}glob")]
    assert globs == [f"*{PLAN_SUFFIX}"]
    assert entry["Exec"] == "cosmoplan gui %f"  # the file opens in the window
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("provides/mediatype") == mime_type.get("type")
    assert metainfo.findtext("launchable") == DESKTOP.name


def test_the_mime_database_knows_the_plan_type(
    tmp_path: Path, require_tool: Callable[[str, str], str]
) -> None:
    """update-mime-database compiles the type: *.cosmoplan maps to application/x-cosmoplan."""
    tool = require_tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / MIME.name).write_bytes(MIME.read_bytes())
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"50:application/x-cosmoplan:*{PLAN_SUFFIX}" in globs


def test_icons_in_every_size() -> None:
    entry = _entry()
    hicolor = PACKAGING / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()
    for size in PNG_SIZES:
        png = (hicolor / f"{size}x{size}" / "apps" / f"{entry['Icon']}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)
    for other in ("cosmoplan.ico", "cosmoplan.icns"):
        assert (PACKAGING / "icons" / other).stat().st_size > 1000
