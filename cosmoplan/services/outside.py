"""Changes to an open plan made by someone else (another window, the command line, a
script): noticed by looking at the file and its write-ahead log, or for a plan on a PostgreSQL
server by the server's notice of each save (LISTEN/NOTIFY), merged when they do not conflict,
and reported when the file was replaced or went away, or the server cannot be reached (the
window then works offline and looks again every :data:`RETRY_NS`).

Looking costs two ``stat`` calls, so a window can look several times a second; the plan is
read only when the file changed (or changed within the last second: see :func:`_recent`),
and :meth:`Project.refresh` reads only what others saved.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cosmoplan.messages import CosmoplanError, Message, register
from cosmoplan.services.changes import Changes
from cosmoplan.services.project import Project
from cosmoplan.storage.errors import MSG_REPLACED
from cosmoplan.storage.housekeeping import sidecar
from cosmoplan.storage.locations import file_path
from cosmoplan.storage.notices import Listener

MSG_MERGED = register(
    "outside.merged",
    "Merged {count} {count:plural:change|changes} saved elsewhere into {name}.",
)
MSG_MERGED_BY = register(
    "outside.merged_by",
    "Merged {count} {count:plural:change|changes} saved by {who} into {name}.",
)
MSG_OFFLINE = register(
    "outside.offline",
    "Offline: {location} cannot be reached. Your changes are kept and saved when it is back.",
)
MSG_ONLINE = register("outside.online", "{location} can be reached again.")
MSG_GONE = register(
    "outside.gone",
    "{location} was deleted or moved; nothing will be written there. Use Save As to keep "
    "this plan.",
)

#: How often a window looks at its file (ms): a change shows within this plus one merge.
POLL_MS = 250
#: How often an offline window tries the server again (ns).
RETRY_NS = 2_000_000_000
#: A file changed this recently may have changed again unseen (ns).
RECENT_NS = 1_000_000_000
#: What a lost or unreadable file merged: nothing.
NOTHING = Changes(elsewhere=True)
#: What identifies one state of a file: inode, modification time and size (None: absent).
Fingerprint = tuple[int, int, int] | None


class Outcome(StrEnum):
    """What a look at the file found."""

    MERGED = "merged"  # others saved; what did not conflict is in the plan now
    GONE = "gone"  # the file was deleted or moved away
    REPLACED = "replaced"  # the file holds another plan now
    UNREADABLE = "unreadable"  # the file cannot be read at the moment
    OFFLINE = "offline"  # the server cannot be reached
    ONLINE = "online"  # the server can be reached again (what others saved is merged)


@dataclass(frozen=True)
class Outside:
    """One change noticed: its outcome, the changes merged and a message for the planner."""

    outcome: Outcome
    message: Message
    changes: Changes = NOTHING


def fingerprint(path: Path) -> Fingerprint:
    """The state of ``path`` as ``stat`` tells it."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_mtime_ns, found.st_size)


def _recent(state: tuple[Fingerprint, Fingerprint]) -> bool:
    """Whether a file of ``state`` changed within the last :data:`RECENT_NS`: a file system
    keeps times in ticks of some milliseconds, so two saves in one tick can look alike;
    until the file is quiet, the plan's own change counter is asked too."""
    times = [found[1] for found in state if found is not None]
    return bool(times) and time.time_ns() - max(times) < RECENT_NS


class OutsideWatch:
    """Looks at the file (or listens to the server) of ``project`` for changes it did not
    make itself."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._path: Path | None = None
        self._seen: tuple[Fingerprint, Fingerprint] = (None, None)
        self._listener: Listener | None = None
        self._retry_at = 0
        self.lost = False  # the file went away or holds another plan: stop merging
        self.offline = False  # the server cannot be reached: try again now and then
        self.follow_location()

    @property
    def watching(self) -> bool:
        """Whether there is a file to look at or a server to listen to."""
        return self._path is not None or self._listener is not None

    def follow_location(self) -> None:
        """Watch the project's location anew (after Save As or a first save)."""
        location = self.project.location
        self._path = file_path(location) if location is not None else None
        self.lost = False
        self._seen = self._look()
        self.stop()
        store = self.project.store
        self._listener = store.listener() if store is not None else None
        if self._listener is not None:
            self.offline = False
            self._retry_at = 0
            self._reconnect()

    def stop(self) -> None:
        """Stop listening to the server."""
        if self._listener is not None:
            self._listener.close()

    def _look(self) -> tuple[Fingerprint, Fingerprint]:
        if self._path is None:
            return (None, None)
        return (fingerprint(self._path), fingerprint(sidecar(self._path, "-wal")))

    def poll(self) -> Outside | None:
        """Look at the file; merge what others saved since the last look (``None``: nothing
        new to say)."""
        if self.project.store is None:
            return None
        if self._listener is not None:
            return self._hear()
        if self._path is None:
            return None
        now = self._look()
        if now == self._seen and not _recent(now):
            return None
        self._seen = now
        location = self.project.location or str(self._path)
        if now[0] is None:
            return self._lost(Outcome.GONE, Message(MSG_GONE, {"location": location}))
        try:
            changes = self.project.refresh()
        except CosmoplanError as error:
            if error.message.id == MSG_REPLACED:
                return self._lost(Outcome.REPLACED, error.message)
            return Outside(Outcome.UNREADABLE, error.message)
        self._seen = self._look()  # reading may have folded the log into the file
        self.lost = False
        if changes.empty:
            return None  # this planner's own save, or nothing that concerns the plan
        count = len(changes.touched) + int(changes.info_changed)
        name = self.project.plan.info.name
        return Outside(Outcome.MERGED, Message(MSG_MERGED, {"count": count, "name": name}), changes)

    def _lost(self, outcome: Outcome, message: Message) -> Outside | None:
        if self.lost:
            return None  # said once
        self.lost = True
        return Outside(outcome, message)

    # -- a plan on a server --------------------------------------------------------------
    def _reconnect(self) -> bool:
        assert self._listener is not None
        try:
            self._listener.connect()
        except CosmoplanError:
            return False
        return True

    def save_cut_off(self, message: Message) -> Outside:
        """A save lost its connection to the server: work offline (saying ``message``) until
        the server answers again, then say it is back, as after any outage."""
        if self._listener is not None:
            self._listener.close()
        self._retry_at = time.monotonic_ns() + RETRY_NS
        self.offline = True
        return Outside(Outcome.OFFLINE, message)

    def _went_offline(self, location: str) -> Outside | None:
        self._retry_at = time.monotonic_ns() + RETRY_NS
        if self.offline:
            return None  # said once
        self.offline = True
        return Outside(Outcome.OFFLINE, Message(MSG_OFFLINE, {"location": location}))

    def _hear(self) -> Outside | None:
        assert self._listener is not None
        location = self.project.location or ""
        back = False
        if not self._listener.connected:
            if time.monotonic_ns() < self._retry_at:
                return None
            if not self._reconnect():
                return self._went_offline(location)
            back = self.offline
        try:
            notices = self._listener.poll()
            if not notices and not back:
                return None
            changes = self.project.refresh()
        except CosmoplanError as error:
            if error.message.id == MSG_REPLACED:
                return self._lost(Outcome.REPLACED, error.message)
            self._listener.close()
            return self._went_offline(location)
        if back:
            self.offline = False
            return Outside(Outcome.ONLINE, Message(MSG_ONLINE, {"location": location}), changes)
        if changes.empty:
            return None  # this planner's own save
        count = len(changes.touched) + int(changes.info_changed)
        who = ", ".join(sorted({n.who for n in notices}))
        text = {"count": count, "who": who, "name": self.project.plan.info.name}
        return Outside(Outcome.MERGED, Message(MSG_MERGED_BY, text), changes)
