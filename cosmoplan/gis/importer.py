"""Import features of a GIS file as new pads, facilities, zones or complexes, all or nothing.

Which layer: the one named by ``layer``; else every layer named like the kind (``pads``, or
``facilities_points``, ``facilities_lines`` ... as an export writes them); else the first layer.
In a GeoJSON written by :func:`cosmoplan.gis.export_plan`, only the features whose ``layer``
property is the kind are read. The fields each kind reads are listed in
:mod:`cosmoplan.gis.builders`. Features are numbered from 1 in the order of the layer.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from numpy.typing import NDArray

from cosmoplan import geo
from cosmoplan.domain import Entity, Kind, Plan
from cosmoplan.domain.progress import Progress, report
from cosmoplan.gis.builders import SPECS, Context, KindSpec
from cosmoplan.gis.errors import (
    MAX_LISTED,
    MSG_FIELD_MISSING,
    MSG_NO_GEOMETRY,
    MSG_NOT_IMPORTABLE,
    FeatureImportError,
    Problem,
)
from cosmoplan.gis.fields import Record, match_fields
from cosmoplan.gis.reading import RawLayer, layer_names, lon_lat, read_layer, require_layer
from cosmoplan.memory import collector_paused
from cosmoplan.messages import Message, ValidationError

#: Report progress (and look for a cancel) every this many features.
STEP = 1000
_MULTI_TYPES = (
    shapely.GeometryType.MULTIPOINT,
    shapely.GeometryType.MULTILINESTRING,
    shapely.GeometryType.MULTIPOLYGON,
)


class _Import:
    """One import under way: the entities built so far and the problems found."""

    def __init__(self, plan: Plan, kind: Kind, spec: KindSpec, context: Context) -> None:
        self.kind = kind
        self.spec = spec
        self.context = context
        self.first_id = plan.next_id(kind)
        self.entities: list[Entity] = []
        self.problems: list[Problem] = []
        self.problem_count = 0

    def refuse(self, layer: str, number: int | None, message: Message) -> None:
        """Note a problem (only the first :data:`MAX_LISTED` are kept)."""
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(Problem(layer, number, message))

    def layer(self, raw: RawLayer, rows: NDArray[np.intp], steps: _Steps) -> None:
        """Build the entities of the features ``rows`` of ``raw``."""
        if not len(rows):
            return  # nothing to build (an empty GeoJSON does not even list its fields)
        matched = match_fields(raw.fields, self.spec.fields)
        missing = [name for name in self.spec.required if name not in matched]
        for name in missing:
            params = {"field": name, "kind": self.kind.value}
            self.refuse(raw.name, None, Message(MSG_FIELD_MISSING, params))
        if missing:
            return
        record = Record({name: raw.fields[column][rows] for name, column in matched.items()})
        geometries = _single_parts(raw.geometries[rows])
        present = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
        near = np.ones(len(rows), dtype=bool)
        near[present] = geo.near_kazakhstan(geometries[present])
        build, entities, context = self.spec.build, self.entities, self.context
        for i, geometry in enumerate(geometries.tolist()):
            steps.tick()
            record.index = i
            context.number = number = int(rows[i]) + 1
            try:
                if geometry is None and not self.spec.geometry_optional:
                    raise ValidationError(MSG_NO_GEOMETRY, field="geometry")
                if not near[i]:
                    lon, lat = lon_lat(raw.source[rows[i]], raw.crs)
                    raise ValidationError(
                        geo.MSG_OUTSIDE_KAZAKHSTAN,
                        field="geometry",
                        what="The feature",
                        lat=lat,
                        lon=lon,
                    )
                entities.append(build(record, self.first_id - len(entities), geometry, context))
            except ValidationError as error:
                self.refuse(raw.name, number, error.message)


class _Steps:
    """Counts features and reports every :data:`STEP` of them (raising if cancelled)."""

    def __init__(self, progress: Progress | None, total: int, message: str) -> None:
        self.progress, self.total, self.message = progress, total, message
        self.done = 0

    def tick(self) -> None:
        if self.done % STEP == 0:
            report(self.progress, self.done, self.total, self.message)
        self.done += 1


def import_features(
    plan: Plan,
    path: str | Path,
    kind: Kind,
    crs: str | None = None,
    progress: Progress | None = None,
    *,
    layer: str | None = None,
) -> list[Entity]:
    """New entities of ``kind`` from the features of ``path``, with ids from ``plan.next_id``.

    The plan is not changed: add the result with ``AddObjects`` so the import can be undone.
    ``crs`` gives the file's CRS when it has none, or overrides it. Every feature is checked;
    if any is refused, :class:`FeatureImportError` lists the first problems and nothing is
    returned.
    """
    spec = SPECS.get(kind)
    if spec is None:
        kinds = ", ".join(k.value for k in SPECS)
        raise FeatureImportError(MSG_NOT_IMPORTABLE, kinds=kinds, kind=str(kind))
    kind = Kind(kind)
    source = Path(path)
    report(progress, 0, 1, f"Reading {source.name}")
    layers = [read_layer(source, name, crs) for name in _layers_for(source, kind, layer)]
    if not layers:
        return []
    selections = [_rows(raw, kind) for raw in layers]
    steps = _Steps(progress, sum(len(rows) for rows in selections), f"Importing {kind.value}")
    work = _Import(plan, kind, spec, Context(plan, layers[0].crs))
    with collector_paused():
        for raw, rows in zip(layers, selections, strict=True):
            work.layer(raw, rows, steps)
    report(progress, steps.total, steps.total, f"Read {steps.total} features")
    if work.problem_count:
        raise FeatureImportError.refused(str(source), work.problems, work.problem_count)
    return work.entities


def _layers_for(path: Path, kind: Kind, layer: str | None) -> list[str]:
    names = layer_names(path)
    if layer is not None:
        return [require_layer(path, names, layer)]
    like = [n for n in names if n.casefold() == kind.value or n.casefold().startswith(f"{kind}_")]
    return like or names[:1]


def _rows(raw: RawLayer, kind: Kind) -> NDArray[np.intp]:
    """The features to read: those of ``kind`` in a cosmoplan GeoJSON, else all of them."""
    column = raw.fields.get("layer")
    everything = np.arange(len(raw))
    if column is None:
        return everything
    values = set(column.tolist()) - {None}
    if values and values <= {k.value for k in Kind}:
        return np.flatnonzero(column == kind.value)
    return everything


def _single_parts(geometries: NDArray[np.object_]) -> NDArray[np.object_]:
    """Multi-geometries of one part become that part (a GeoPackage layer promotes to multi)."""
    result = geometries.copy()
    types = shapely.get_type_id(result)
    single = np.isin(types, [int(t) for t in _MULTI_TYPES]) & (
        shapely.get_num_geometries(result) == 1
    )
    result[single] = shapely.get_geometry(result[single], 0)
    return result
