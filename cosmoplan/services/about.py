"""What Help > About tells: the versions of the libraries cosmoplan runs on and the licences of
the third-party components it ships with (read from the installed packages' metadata)."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from typing import Any

import pyogrio
import pyproj
import shapely

#: Native libraries inside the wheels of the Python dependencies: name, licence, wheel.
NATIVE_LIBRARIES = (
    ("Qt", "LGPL-3.0-only", "PySide6-Essentials"),
    ("GDAL", "MIT", "pyogrio"),
    ("PROJ", "MIT", "pyproj"),
    ("GEOS", "LGPL-2.1-only", "shapely"),
    ("PDFium", "BSD-3-Clause, Apache-2.0", "pypdfium2"),
)


@dataclass(frozen=True, slots=True)
class Component:
    """A third-party component: its name, version and licence."""

    name: str
    version: str
    licence: str
    inside: str = ""  # the package whose wheel ships a native library


def library_versions() -> list[tuple[str, str]]:
    """(library, version) of Python and the geospatial libraries, in a stable order."""
    return [
        ("Python", platform.python_version()),
        ("GDAL", pyogrio.__gdal_version_string__),
        ("PROJ", pyproj.proj_version_str),
        ("GEOS", shapely.geos_version_string),
    ]


def dependencies() -> list[str]:
    """The names of the packages cosmoplan requires to run (not its optional extras)."""
    try:
        required = metadata.requires("cosmoplan") or []
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return []
    return [re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0] for r in required if "extra ==" not in r]


def components() -> list[Component]:
    """The Python packages cosmoplan requires and the native libraries they bring."""
    versions = dict(library_versions())
    native = [
        Component(name, versions.get(name, ""), licence, wheel)
        for name, licence, wheel in NATIVE_LIBRARIES
    ]
    return [_component(name) for name in dependencies()] + native


def _component(name: str) -> Component:
    try:
        data = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return Component(name, "", "")
    return Component(data["Name"] or name, data["Version"] or "", licence_of(data))


def licence_of(data: metadata.PackageMetadata) -> str:
    """A package's licence: its SPDX expression, else its licence classifiers, else the first
    line of its licence text."""
    fields: Any = data  # an email.message.Message: missing headers read as None
    if expression := fields.get("License-Expression"):
        return str(expression)
    classifiers = [
        c.split(" :: ")[-1] for c in data.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = (fields.get("License") or "").strip().splitlines()
    return text[0][:80] if text else ""
