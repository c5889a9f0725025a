"""GIS exchange: export a plan to GeoPackage or GeoJSON, import features, read base layers.

Everything goes through pyogrio's array interface (no pandas), with vectorised shapely and
pyproj. The file layouts are described in :mod:`cosmoplan.gis.export`, the fields an import
reads in :mod:`cosmoplan.gis.builders`.
"""

from cosmoplan.domain.progress import Cancelled, NullProgress, Progress
from cosmoplan.gis.base_layer import BaseLayer, read_base_layer
from cosmoplan.gis.errors import FeatureExportError, FeatureImportError, Problem
from cosmoplan.gis.export import export_plan
from cosmoplan.gis.importer import import_features

__all__ = [
    "BaseLayer",
    "Cancelled",
    "FeatureExportError",
    "FeatureImportError",
    "NullProgress",
    "Problem",
    "Progress",
    "export_plan",
    "import_features",
    "read_base_layer",
]
