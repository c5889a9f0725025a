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
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from cosmoplan.domain import Plan
from cosmoplan.gui.workers import start_worker
from cosmoplan.storage import PlanStore
from cosmoplan.storage.housekeeping import remove_stale_temporaries
from cosmoplan.storage.locations import absolute_location, file_path

log = logging.getLogger(__name__)

SUFFIX = ".cosmoplan"
#: A copy without its side file this old was left by a writer that died.
ORPHAN_AGE_S = 60.0


#: A stored plan's UUID and the save (change counter) a copy of it is in step with.
Identity = tuple[str, int]


def key_for(location: str | None) -> str:
    """A stable key for a stored plan; a fresh one for a plan never saved."""
    if location is None:
        return f"untitled-{uuid.uuid4().hex[:12]}"
    absolute = absolute_location(location)
    return "plan-" + hashlib.sha1(absolute.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Recovery:
    """A recovery copy found on disk."""

    key: str
    path: Path
    plan_location: str | None  # the plan it was made from (absolute); None if never saved
    plan_name: str
    written: datetime
    plan_identity: Identity | None = None  # that plan's UUID and save when the copy was made


class RecoveryStore:
    """The folder of recovery copies."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        """The recovery copy of ``key``."""
        return self.folder / f"{key}{SUFFIX}"

    def write(
        self, key: str, plan: Plan, location: str | None, identity: Identity | None = None
    ) -> Path:
        """Write a full copy of ``plan`` (PlanStore.create replaces an older one atomically),
        naming the plan it belongs to: its absolute location and its ``identity``."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(key)
        PlanStore.create(target, plan).close()
        meta = {
            "plan": absolute_location(location) if location is not None else None,
            "uuid": identity[0] if identity is not None else None,
            "revision": identity[1] if identity is not None else None,
            "name": plan.info.name,
            "written": datetime.now().isoformat(),
        }
        self.folder.joinpath(f"{key}.json").write_text(json.dumps(meta), encoding="utf-8")
        return target

    def remove(self, key: str) -> None:
        """Forget the copy of ``key`` (after a clean save or close)."""
        for path in (self.path(key), self.folder / f"{key}.json"):
            path.unlink(missing_ok=True)
        _remove_sidecars(self.path(key))

    def pending(self) -> list[Recovery]:
        """Copies worth offering: of a plan never saved, newer than their plan, or naming the
        save they were made on (even if the plan was saved since, by someone else: saving
        the copy then asks where to)."""
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
                identity = (str(meta["uuid"]), int(meta["revision"])) if meta.get("uuid") else None
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if not path.is_file():
                continue
            if identity is None and _is_newer_or_same(location, path):
                continue  # a copy naming no save: the plan saved later supersedes it
            name = str(meta.get("name", ""))
            found.append(Recovery(key, path, location, name, written, identity))
        return found

    def clean(self) -> None:
        """Remove what killed writers left in the folder: their temporaries, and copies whose
        side file was never written (a copy is written first, then its side file)."""
        if not self.folder.is_dir():
            return
        for copy in self.folder.glob(f"*{SUFFIX}"):
            remove_stale_temporaries(copy)
            orphan = not copy.with_suffix(".json").exists()
            if orphan and time.time() - copy.stat().st_mtime > ORPHAN_AGE_S:
                copy.unlink(missing_ok=True)
                _remove_sidecars(copy)


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
        identity: Callable[[], Identity | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.key = key
        self._plan = plan
        self._location = location
        self._identity = identity
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
            return self.store.write(self.key, self._plan(), self._location(), self._identity())
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
        identity = self._identity()
        generation = self._generation

        def failed(error: BaseException) -> None:  # autosave must never take the app down
            log.error("autosave failed", exc_info=error)
            self._written(key, generation)

        self._writer = start_worker(
            lambda: store.write(key, plan, location, identity),
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
