"""Recovery copies: written every few minutes while a plan has unsaved changes, and on a crash.

Each open document has a key. Its copy is ``<key>.cosmoplan`` in the recovery folder with a
``<key>.json`` side file naming the plan it belongs to. On the next start, a copy newer than its
plan (or of a plan never saved) is offered for recovery. A clean save or close removes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from cosmoplan.domain import Plan
from cosmoplan.gui.workers import start_worker
from cosmoplan.storage import PlanStore
from cosmoplan.storage.locations import file_path

log = logging.getLogger(__name__)

SUFFIX = ".cosmoplan"


def key_for(location: str | None) -> str:
    """A stable key for a stored plan; a fresh one for a plan never saved."""
    if location is None:
        return f"untitled-{uuid.uuid4().hex[:12]}"
    path = file_path(location)
    absolute = str(path) if path is not None else location
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
    path = file_path(location) if location else None
    if path is None or not path.exists():
        return False
    return path.stat().st_mtime >= recovery.stat().st_mtime


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Autosaver(QObject):
    """Writes the recovery copy of one document while it has unsaved changes.

    The timer writes a snapshot on a background thread, so a big plan does not freeze the
    window; :meth:`save_if_dirty` writes at once (on a crash). A copy that finishes after the
    document was saved, closed or moved is removed again.
    """

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
        self._generation = 0  # bumped by every discard and rekey
        self._writer: threading.Thread | None = None  # until its result is delivered
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_in_background)
        self.set_interval(interval_minutes)

    def set_interval(self, minutes: float) -> None:
        """Write a copy every ``minutes`` from now on (0: never). The countdown starts again."""
        self.timer.setInterval(max(1000, int(minutes * 60_000)))
        if minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def save_if_dirty(self) -> Path | None:
        """Write the copy now if there is something to recover; returns its path."""
        if not self._is_dirty():
            return None
        self._wait()
        try:
            return self.store.write(self.key, self._plan(), self._location())
        except Exception:  # autosave must never take the application down
            log.exception("autosave failed")
            return None

    @property
    def busy(self) -> bool:
        """Whether a background write has not reported back yet."""
        return self._writer is not None

    def save_in_background(self) -> bool:
        """Start writing a snapshot on a worker thread (its database connection lives and dies
        there); ``False`` if not needed or still busy."""
        if not self._is_dirty() or self._writer is not None:
            return False
        store, key, plan, location = self.store, self.key, self._plan().copy(), self._location()
        generation = self._generation

        def failed(error: BaseException) -> None:  # autosave must never take the app down
            log.error("autosave failed", exc_info=error)
            self._written(key, generation)

        self._writer = start_worker(
            lambda: store.write(key, plan, location),
            lambda _path: self._written(key, generation),
            failed,
        )
        return True

    def _wait(self) -> None:
        if self._writer is not None:
            self._writer.join()

    def _written(self, key: str, generation: int) -> None:
        self._writer = None
        if generation != self._generation or not self._is_dirty():
            self.store.remove(key)  # saved, closed or moved meanwhile: the copy is stale

    def rekey(self, key: str) -> None:
        """The document was saved under a new location: move to its key."""
        if key != self.key:
            self.discard()
            self.key = key

    def discard(self) -> None:
        """Remove the copy (clean save or close)."""
        self._generation += 1
        self.store.remove(self.key)

    def stop(self) -> None:
        """Stop the timer and wait for a write in progress (the window is closing)."""
        self.timer.stop()
        self._wait()
