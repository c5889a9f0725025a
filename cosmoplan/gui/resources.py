"""Files shipped with the application: icons (SVG) and translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICONS = RESOURCES / "icons"


def app_icon() -> QIcon:
    """The application's icon (a rocket on its pad)."""
    return QIcon(str(ICONS / "cosmoplan.svg"))


def tool_icon(tool_id: str) -> QIcon:
    """The icon of a map tool (``select``, ``pan``, ``draw-polygon``...)."""
    return QIcon(str(ICONS / "tools" / f"{tool_id}.svg"))
