"""Files around an SQLite plan: its sidecars, backups, flushes, and temporaries left by a kill.

A new plan file is written as ``.<name>.<pid>-<random>.tmp`` beside the target and renamed over
it. A kill leaves that temporary behind; :func:`remove_stale_temporaries` removes it at the next
writable open or create, once its writer is gone (no process with that pid, or older than a
day: the pid may have been reused). Temporaries without a pid (older cosmoplans, and
``cosmoplan.files.atomic_file``) are removed when older than an hour.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from pathlib import Path

SIDECARS = ("-wal", "-shm", "-journal")
_TEMPORARY = re.compile(r"\.(?:(?P<pid>\d+)-)?[0-9a-f]+\.tmp(?:-wal|-shm|-journal)?")
DAY_S, HOUR_S = 86_400.0, 3_600.0


def sidecar(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` appended to its name (``plan.cosmoplan-wal``)."""
    return path.with_name(path.name + suffix)


def remove_sidecars(path: Path) -> None:
    """Remove the journal files of ``path`` (only when no one has it open)."""
    for suffix in SIDECARS:
        sidecar(path, suffix).unlink(missing_ok=True)


def temporary_for(path: Path) -> Path:
    """A fresh temporary file name beside ``path``, naming this process."""
    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")


def backup(path: Path, version: str) -> Path:
    """Copy ``path`` to a free ``<name>.bak-<version>[-n]`` beside it."""
    target = path.with_name(f"{path.name}.bak-{version}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.bak-{version}-{number}")
    shutil.copy2(path, target)
    return target


def fsync(path: Path) -> None:
    """Flush ``path`` (a file or a folder) to disk, where the platform allows it."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:  # folders cannot be opened on every platform
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def is_stale(candidate: Path, now: float | None = None) -> bool:
    """Whether ``candidate`` is a temporary its writer left behind (see the module)."""
    match = _TEMPORARY.search(candidate.name)
    if match is None:
        return False
    try:
        age = (time.time() if now is None else now) - candidate.stat().st_mtime
    except OSError:
        return False
    pid = match.group("pid")
    if pid is None:
        return age > HOUR_S
    return age > DAY_S or not _alive(int(pid))


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the stale temporaries of the plan ``path`` in its folder; return them."""
    removed: list[Path] = []
    start = f".{path.name}."
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(start)]
    except OSError:
        return removed
    for candidate in candidates:
        if _TEMPORARY.fullmatch(candidate.name[len(start) - 1 :]) and is_stale(candidate):
            try:
                candidate.unlink()
            except OSError:
                continue
            removed.append(candidate)
    return removed
