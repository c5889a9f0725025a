"""Recovery copies: written every few minutes while a plan has unsaved changes, and on a crash.

Each open document has a key. Its copy is ``<key>.cosmoplan`` in the recovery folder with a
``<key>.json`` side file naming the plan it belongs to. On the next start, a copy newer than its
plan (or of a plan never saved) is offered for recovery. A clean save or close removes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from cosmoplan.domain import Plan
from cosmoplan.storage import PlanStore

log = logging.getLogger(__name__)

SUFFIX = ".cosmoplan"


def key_for(location: str | None) -> str:
    """A stable key for a stored plan; a fresh one for a plan never saved."""
    if location is None:
        return f"untitled-{uuid.uuid4().hex[:12]}"
    absolute = os.path.abspath(location) if "://" not in location else location
    return "plan-" + hashlib.sha1(absolute.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Recovery:
    """A recovery copy found on disk."""

    key: str
    path: Path
    plan_location: str | None  # the plan it was made from; None if never saved
    plan_name: str
    written: datetime


class RecoveryStore:
    """The folder of recovery copies."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        """The recovery copy of ``key``."""
        return self.folder / f"{key}{SUFFIX}"

    def write(self, key: str, plan: Plan, location: str | None) -> Path:
        """Write a full copy of ``plan`` (PlanStore.create replaces an older one atomically)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(key)
        PlanStore.create(target, plan).close()
        meta = {"plan": location, "name": plan.info.name, "written": datetime.now().isoformat()}
        self.folder.joinpath(f"{key}.json").write_text(json.dumps(meta), encoding="utf-8")
        return target

    def remove(self, key: str) -> None:
        """Forget the copy of ``key`` (after a clean save or close)."""
        for path in (self.path(key), self.folder / f"{key}.json"):
            path.unlink(missing_ok=True)
        _remove_sidecars(self.path(key))

    def pending(self) -> list[Recovery]:
        """Copies worth offering: newer than their plan, or of a plan never saved."""
        found: list[Recovery] = []
        if not self.folder.is_dir():
            return found
        for meta_path in sorted(self.folder.glob("*.json")):
            key = meta_path.stem
            path = self.path(key)
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                written = datetime.fromisoformat(meta["written"])
                location = meta.get("plan")
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if not path.is_file():
                continue
            if _is_newer_or_same(location, path):
                continue
            found.append(Recovery(key, path, location, str(meta.get("name", "")), written))
        return found


def _is_newer_or_same(location: str | None, recovery: Path) -> bool:
    """Whether the plan file at ``location`` is at least as new as its recovery copy."""
    if not location or "://" in location or not os.path.exists(location):
        return False
    return os.path.getmtime(location) >= recovery.stat().st_mtime


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Autosaver(QObject):
    """Writes the recovery copy of one document on a timer while it has unsaved changes."""

    def __init__(
        self,
        store: RecoveryStore,
        key: str,
        plan: Callable[[], Plan],
        location: Callable[[], str | None],
        is_dirty: Callable[[], bool],
        interval_minutes: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.key = key
        self._plan = plan
        self._location = location
        self._is_dirty = is_dirty
        self.timer = QTimer(self)
        self.timer.setInterval(max(1000, int(interval_minutes * 60_000)))
        self.timer.timeout.connect(self.save_if_dirty)
        if interval_minutes > 0:
            self.timer.start()

    def save_if_dirty(self) -> Path | None:
        """Write the copy now if there is something to recover; returns its path."""
        if not self._is_dirty():
            return None
        try:
            return self.store.write(self.key, self._plan(), self._location())
        except Exception:  # autosave must never take the application down
            log.exception("autosave failed")
            return None

    def rekey(self, key: str) -> None:
        """The document was saved under a new location: move to its key."""
        if key != self.key:
            self.store.remove(self.key)
            self.key = key

    def discard(self) -> None:
        """Remove the copy (clean save or close)."""
        self.store.remove(self.key)

    def stop(self) -> None:
        """Stop the timer (the window is closing)."""
        self.timer.stop()
