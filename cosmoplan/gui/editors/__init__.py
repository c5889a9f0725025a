"""Property editors for complexes, pads, facilities and zones (Designer forms in ``ui/``)."""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Entity, Kind, Plan
from cosmoplan.gui.editors.base import Commit, EntityEditor, FieldError
from cosmoplan.gui.editors.complex_editor import ComplexEditor
from cosmoplan.gui.editors.facility_editor import FacilityEditor
from cosmoplan.gui.editors.pad_editor import PadEditor
from cosmoplan.gui.editors.zone_editor import ZoneEditor

EDITORS: dict[Kind, type[EntityEditor]] = {
    Kind.COMPLEX: ComplexEditor,
    Kind.PAD: PadEditor,
    Kind.FACILITY: FacilityEditor,
    Kind.ZONE: ZoneEditor,
}


def editor_for(
    kind: Kind,
    plan: Plan,
    commit: Commit,
    parent=None,
    entity: Entity | None = None,
    geometry: BaseGeometry | None = None,
) -> EntityEditor:
    """Build (not show) the editor of ``kind`` for ``entity`` or a new object at ``geometry``."""
    return EDITORS[kind](plan, commit, parent, entity=entity, geometry=geometry)


__all__ = [
    "EDITORS",
    "ComplexEditor",
    "EntityEditor",
    "FacilityEditor",
    "FieldError",
    "PadEditor",
    "ZoneEditor",
    "editor_for",
]
