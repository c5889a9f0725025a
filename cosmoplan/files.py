"""Writing a file so that readers see the old one or the whole new one, never half of it."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cosmoplan.messages import CosmoplanError


@contextmanager
def atomic_file(path: Path, failed: str) -> Iterator[BinaryIO]:
    """A temporary file beside ``path``, synced and moved onto it when the block succeeds,
    removed when it fails. An OSError becomes a CosmoplanError with the message ``failed``
    (parameters ``path`` and ``reason``)."""
    directory = path.parent if str(path.parent) else Path(".")
    temporary = directory / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:  # os.open applies the umask, unlike mkstemp's private 0600
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise CosmoplanError(failed, path=str(path), reason=error.strerror or str(error)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise CosmoplanError(failed, path=str(path), reason=error.strerror or str(error)) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
