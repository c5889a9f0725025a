"""Typed preferences (a versioned dataclass in a JSON file) and the window-layout QSettings.

Preferences are plain data with a schema version; ``QSettings`` holds only window geometry and
dock state. Both live in one folder that the composition root chooses, so tests pass a temporary
folder and never touch the user's real settings.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

SCHEMA_VERSION = 1
PREFERENCES_FILE = "preferences.json"
LAYOUT_FILE = "layout.ini"
#: The most recent files the user may ask to remember.
MAX_RECENT_FILES = 30
#: The longest autosave interval offered (minutes; 0 turns autosave off).
MAX_AUTOSAVE_MINUTES = 60

log = logging.getLogger(__name__)


@dataclass
class Preferences:
    """What the user chose. Add fields with defaults; bump :data:`SCHEMA_VERSION` on a rename."""

    schema_version: int = SCHEMA_VERSION
    recent_files: list[str] = field(default_factory=list)
    max_recent_files: int = 10
    autosave_minutes: float = 3.0
    recovery_folder: str = ""  # empty: <app data>/recovery
    language: str = ""  # empty: the system's locale
    last_folder: str = ""
    map_layers: dict[str, Any] = field(default_factory=dict)  # MapCanvas.layer_state()
    base_maps: list[str] = field(default_factory=list)  # tile URL templates, MBTiles paths
    map_bookmarks: dict[str, Any] = field(default_factory=dict)  # name -> [x0, y0, x1, y1]
    report_author: str = ""  # printed on report covers
    report_paper: str = "a4"  # "a4" or "letter"
    reopen_last_plan: bool = False  # at a start without a plan named: the last one, no start page
    plan_views: dict[str, Any] = field(default_factory=dict)  # location -> gui/plan_views.py

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Preferences:
        """Read known fields of the right type; anything else keeps its default."""
        defaults = cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in data:
                continue
            value, default = data[spec.name], getattr(defaults, spec.name)
            if isinstance(default, float) and isinstance(value, int | float):
                value = float(value)
            if isinstance(default, list):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    continue
            elif isinstance(default, dict):
                if not isinstance(value, dict):
                    continue
            elif type(value) is not type(default):
                continue
            values[spec.name] = value
        values["schema_version"] = SCHEMA_VERSION
        return cls(**values)

    def add_recent(self, location: str) -> None:
        """Put ``location`` first in the recent files (no duplicates, bounded)."""
        self.recent_files = [location, *(p for p in self.recent_files if p != location)]
        del self.recent_files[self.max_recent_files :]

    def set_max_recent(self, count: int) -> None:
        """Remember at most ``count`` recent files (the oldest beyond it are forgotten)."""
        self.max_recent_files = count
        del self.recent_files[count:]


class AppSettings:
    """Preferences and the layout store in ``folder``; recovery copies under ``data_folder``.

    ``AppSettings.default()`` uses the platform's configuration folder; tests build one on a
    temporary folder.
    """

    def __init__(self, folder: Path, data_folder: Path | None = None) -> None:
        self.folder = Path(folder)
        self.data_folder = Path(data_folder) if data_folder is not None else self.folder
        self.preferences = self._load()
        self.layout = QSettings(str(self.folder / LAYOUT_FILE), QSettings.Format.IniFormat)

    @classmethod
    def default(cls) -> AppSettings:
        """Settings in the user's configuration folder (the real application only)."""
        config = QStandardPaths.StandardLocation.AppConfigLocation
        data = QStandardPaths.StandardLocation.AppDataLocation
        return cls(
            Path(QStandardPaths.writableLocation(config)),
            Path(QStandardPaths.writableLocation(data)),
        )

    @property
    def default_recovery_folder(self) -> Path:
        """Where recovery copies go unless the preferences name a folder."""
        return self.data_folder / "recovery"

    @property
    def recovery_folder(self) -> Path:
        """Where autosaved recovery copies go."""
        if self.preferences.recovery_folder:
            return Path(self.preferences.recovery_folder)
        return self.default_recovery_folder

    def save(self) -> None:
        """Write the preferences (the layout store writes itself)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / PREFERENCES_FILE
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self.preferences), indent=2), encoding="utf-8")
        temporary.replace(path)

    def _load(self) -> Preferences:
        path = self.folder / PREFERENCES_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Preferences()
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable preferences %s: %s", path, error)
            return Preferences()
        return Preferences.from_dict(data) if isinstance(data, dict) else Preferences()
