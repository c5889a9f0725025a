"""Which editor opens objects of each kind: every feature's editors, declared once."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Entity, Kind, Plan
from cosmoplan.gui.editors import SITE_EDITORS, Commit, EntityEditor
from cosmoplan.gui.planner.request_editor import PLANNER_EDITORS
from cosmoplan.gui.tenancy.editors import TENANCY_EDITORS

EDITORS: Mapping[Kind, type[EntityEditor]] = MappingProxyType(
    {**SITE_EDITORS, **TENANCY_EDITORS, **PLANNER_EDITORS}
)


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
