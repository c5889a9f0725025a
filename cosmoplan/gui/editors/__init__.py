"""Property editors for complexes, pads, facilities and zones (Designer forms in ``ui/``)."""

from __future__ import annotations

from cosmoplan.domain import Kind
from cosmoplan.gui.editors.base import Commit, EntityEditor, FieldError
from cosmoplan.gui.editors.complex_editor import ComplexEditor
from cosmoplan.gui.editors.facility_editor import FacilityEditor
from cosmoplan.gui.editors.pad_editor import PadEditor
from cosmoplan.gui.editors.zone_editor import ZoneEditor

#: The site's editors (every feature's editors: :data:`cosmoplan.gui.editor_registry.EDITORS`).
SITE_EDITORS: dict[Kind, type[EntityEditor]] = {
    Kind.COMPLEX: ComplexEditor,
    Kind.PAD: PadEditor,
    Kind.FACILITY: FacilityEditor,
    Kind.ZONE: ZoneEditor,
}


__all__ = [
    "SITE_EDITORS",
    "Commit",
    "ComplexEditor",
    "EntityEditor",
    "FacilityEditor",
    "FieldError",
    "PadEditor",
    "ZoneEditor",
]
