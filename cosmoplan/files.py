"""Writing output files: never over a plan or a file of another kind, and so that readers see
the old file or the whole new one, never half of it."""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cosmoplan.messages import CosmoplanError, register

MSG_OVER_PLAN = register(
    "files.over_plan",
    "{path} is a cosmoplan plan, and no {kind} output is ever written over a plan: choose "
    "another file name.",
)
MSG_OVER_OTHER_KIND = register(
    "files.over_other_kind",
    "{path} exists and does not hold {kind} data, so it was left as it is: choose another "
    "file name.",
)
MSG_OUTPUT_IS_FOLDER = register(
    "files.output_is_folder", "{path} is a folder; give the name of the {kind} file to write."
)

_SQLITE = b"SQLite format 3\x00"
#: How an existing file of each output kind begins (after white space, for the text kinds).
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "PDF": (b"%PDF-",),
    "PNG": (b"\x89PNG\r\n\x1a\n",),
    "SVG": (b"<",),
    "GeoJSON": (b"{",),
    "GeoPackage": (_SQLITE,),
    "CSV": (b"",),  # delimited text in a .csv file: see _of_kind
    "XLSX": (b"PK\x03\x04",),  # a ZIP file holding a workbook: see _is_workbook
}
#: The GeoPackage application id, at offset 68 of the SQLite header.
_GPKG_ID = b"GPKG"
#: What every other kind begins with: a CSV file begins with none of them.
_OTHER_THAN_CSV = (b"%PDF-", b"\x89PNG", b"<", b"{", b"[", _SQLITE, b"PK\x03\x04")


def require_replaceable(path: Path, kind: str) -> None:
    """Refuse to write a ``kind`` output (a key of :data:`SIGNATURES`) at ``path`` if the file
    there is a plan, a folder, or a non-empty file that is not of that kind.

    Symbolic links are followed, so a link to the plan is the plan. Raises CosmoplanError.
    """
    if path.is_dir():
        raise CosmoplanError(MSG_OUTPUT_IS_FOLDER, path=str(path), kind=kind)
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable: writing it fails with its own message
    if not head or _of_kind(head, kind, path):
        return
    if head.startswith(_SQLITE) and _is_plan(path):
        raise CosmoplanError(MSG_OVER_PLAN, path=str(path), kind=kind)
    raise CosmoplanError(MSG_OVER_OTHER_KIND, path=str(path), kind=kind)


def _of_kind(head: bytes, kind: str, path: Path) -> bool:
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if kind == "CSV":  # a .csv file of text whose first line has a delimiter
        first_line = text.partition(b"\n")[0]
        return (
            path.suffix.lower() == ".csv"
            and b"\x00" not in head
            and not text.startswith(_OTHER_THAN_CSV)
            and any(delimiter in first_line for delimiter in (b",", b";", b"\t"))
        )
    if not any(text.startswith(signature) for signature in SIGNATURES[kind]):
        return False
    if kind == "XLSX":
        return _is_workbook(path)
    return kind != "GeoPackage" or head[68:72] == _GPKG_ID


def _is_workbook(path: Path) -> bool:
    """Whether the ZIP file at ``path`` is a spreadsheet workbook (not a document or an
    archive)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _is_plan(path: Path) -> bool:
    """Whether the SQLite file at ``path`` holds a plan's tables (read without locks or writes)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return True  # an SQLite file we cannot look into may well be a plan
    try:
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return "plan_info" in {name for (name,) in names}
    except sqlite3.Error:
        return True
    finally:
        connection.close()


@contextmanager
def atomic_file(path: Path, failed: str, kind: str) -> Iterator[BinaryIO]:
    """A temporary file beside ``path``, synced and moved onto it when the block succeeds,
    removed when it fails; a ``kind`` output (see :func:`require_replaceable`) never replaces
    a plan or a file of another kind. An OSError becomes a CosmoplanError with the message
    ``failed`` (parameters ``path`` and ``reason``)."""
    require_replaceable(path, kind)
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
