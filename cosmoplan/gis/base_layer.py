"""Extra base layers for the map (an OpenStreetMap extract, a survey): any layer, as it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

from cosmoplan.gis.errors import MSG_FILE_UNREADABLE, FeatureImportError
from cosmoplan.gis.reading import layer_names, read_layer, require_layer


@dataclass(frozen=True, slots=True)
class BaseLayer:
    """A layer to show under the plan: geometries in the model CRS and their attributes."""

    name: str
    geometries: NDArray[np.object_]
    attributes: dict[str, list[Any]]
    geometry_type: str | None


def read_base_layer(
    path: str | Path, crs: str | None = None, layer: str | None = None
) -> BaseLayer:
    """Read ``layer`` (default: the first) of ``path``, reprojected from its CRS (or ``crs``).

    Features without geometry or with an empty one are dropped; nothing else is checked.
    Raises :class:`FeatureImportError` if the file is missing, unreadable or has no CRS.
    """
    source = Path(path)
    names = layer_names(source)
    if layer is not None:
        chosen = require_layer(source, names, layer)
    elif names:
        chosen = names[0]
    else:
        raise FeatureImportError(MSG_FILE_UNREADABLE, path=str(source), reason="it has no layer.")
    raw = read_layer(source, chosen, crs)
    keep = ~shapely.is_missing(raw.geometries) & ~shapely.is_empty(raw.geometries)
    attributes = {name: column[keep].tolist() for name, column in raw.fields.items()}
    return BaseLayer(chosen, raw.geometries[keep], attributes, raw.geometry_type)
