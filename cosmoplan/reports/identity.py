"""Which plan a report was made from: a SHA-256 of the plan file, or of a canonical dump of it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Kind, Plan
from cosmoplan.storage.locations import file_path, is_url

CHUNK = 1 << 20


def content_hash(plan: Plan, location: str | None) -> tuple[str, str]:
    """``(hex digest, basis)``: the plan file's bytes when ``location`` is a file, else the plan.

    The basis is ``"file"`` or ``"content"``. A file hash identifies the saved file; a content
    hash is the same for equal plans wherever they are stored (unsaved changes included).
    """
    path = file_path(location) if location is not None else None
    if path is not None and path.is_file():
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest(), "file"
    return hashlib.sha256(canonical_dump(plan)).hexdigest(), "content"


def shown_location(location: str | None) -> str | None:
    """Where the plan came from as a full report prints it: a file's name only (its folders may
    name other parties), a database URL without user, password, query or fragment."""
    if location is None:
        return None
    path = file_path(location)
    if path is not None or not is_url(location):
        return (path or Path(location)).name or location
    parts = urlsplit(location)
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def canonical_dump(plan: Plan) -> bytes:
    """The plan as canonical JSON (sorted keys, objects by kind and id, geometry as WKB hex)."""
    objects = {
        kind.value: [_plain(plan.objects(kind)[i]) for i in sorted(plan.objects(kind))]
        for kind in Kind
    }
    data = {"name": plan.info.name, "description": plan.info.description, "objects": objects}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _plain(value: Any) -> Any:
    if isinstance(value, BaseGeometry):
        return shapely.to_wkb(value, hex=True)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(_plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value
