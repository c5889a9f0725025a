"""Reading the demo data files: JSON, dates, provenance and WGS84 geometry in model metres.

Every problem in a data file raises :class:`DemoDataError` naming the file and what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Confidence, Provenance
from cosmoplan.geo import MODEL_EPSG, WGS84_EPSG, transform_geometries
from cosmoplan.messages import CosmoplanError, register

MSG_BAD_DATA = register("demo.bad_data", "Demo data file {file} is not valid: {reason}")

Record = Mapping[str, Any]


class DemoDataError(CosmoplanError):
    """A demo data file is missing, malformed or inconsistent."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(MSG_BAD_DATA, file=file, reason=reason)


@contextmanager
def reading(file: str, what: str = "") -> Iterator[None]:
    """Turn any error raised inside the block into a :class:`DemoDataError` for ``file``."""
    try:
        yield
    except DemoDataError:
        raise
    except (CosmoplanError, KeyError, TypeError, ValueError, AttributeError) as error:
        detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
        raise DemoDataError(file, f"{what}: {detail}" if what else detail) from error


def load_json(folder: Traversable, name: str) -> Any:
    """The parsed JSON document ``name`` in ``folder``."""
    with reading(name):
        try:
            text = folder.joinpath(name).read_text(encoding="utf-8")
        except OSError as error:
            raise DemoDataError(name, str(error)) from error
        return json.loads(text)


def features(document: Record) -> list[Record]:
    """The features of a GeoJSON FeatureCollection."""
    if document.get("type") != "FeatureCollection":
        raise ValueError("not a GeoJSON FeatureCollection")
    return list(document["features"])


def model_geometries(geojson: Sequence[Record | None]) -> list[BaseGeometry | None]:
    """GeoJSON geometries in WGS84 lon/lat, reprojected to model metres in one call."""
    present = [i for i, g in enumerate(geojson) if g is not None]
    shapes = np.array([shape(geojson[i]) for i in present], dtype=object)
    projected = transform_geometries(shapes, WGS84_EPSG, MODEL_EPSG)
    result: list[BaseGeometry | None] = [None] * len(geojson)
    for index, geometry in zip(present, projected, strict=True):
        result[index] = geometry
    return result


def day(text: str | None) -> date | None:
    """An ISO date (``YYYY-MM-DD``) or ``None``."""
    return None if text is None else date.fromisoformat(text)


def number(value: float | int | None) -> float | None:
    """A float, or ``None`` for unknown."""
    return None if value is None else float(value)


def provenance(record: Record) -> Provenance:
    """The provenance of a record: its ``source`` keys, ``confidence`` and ``schematic`` flag."""
    return Provenance(
        source=str(record["source"]),
        confidence=Confidence(record["confidence"]),
        schematic=bool(record.get("schematic", False)),
    )


def source_keys(source: str) -> list[str]:
    """The source keys in a ``"KEY; KEY; ..."`` source text."""
    return [key.strip() for key in source.split(";") if key.strip()]
