"""Each plan's last map view and timeline zoom, restored when the plan is opened again.

Kept in the typed preferences by the plan's location (a file's absolute path, a server's URL
without its password), never in the plan: looking at a plan does not change it. At most
:data:`MAX_PLAN_VIEWS` plans are remembered, the least recently closed forgotten first.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

from cosmoplan.gui.settings import AppSettings
from cosmoplan.storage.locations import absolute_location

MAX_PLAN_VIEWS = 50

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanView:
    """Where a planner left a plan: the map's bounds (x0, y0, x1, y1, in metres) and the
    timeline's days (x0, x1, days since 1970)."""

    map_bounds: tuple[float, float, float, float]
    timeline: tuple[float, float]

    def to_json(self) -> dict[str, Any]:
        """The view as preferences data."""
        return {"map": list(self.map_bounds), "timeline": list(self.timeline)}

    @classmethod
    def from_json(cls, data: Any) -> PlanView | None:
        """The view in preferences data, or ``None`` if it is not a well-formed one."""
        if not isinstance(data, dict):
            return None
        bounds, days = data.get("map"), data.get("timeline")
        if not (isinstance(bounds, list) and isinstance(days, list)):
            return None
        if not (_numbers(bounds, 4) and _numbers(days, 2)):
            return None
        x0, y0, x1, y1 = (float(v) for v in bounds)
        t0, t1 = (float(v) for v in days)
        if x1 <= x0 or y1 <= y0 or t1 <= t0:
            return None
        return cls((x0, y0, x1, y1), (t0, t1))


def remember_view(settings: AppSettings, location: str, view: PlanView) -> None:
    """Keep ``view`` as the last view of the plan at ``location`` (a settings folder that
    cannot be written is logged: a view is not worth stopping anything for)."""
    key = absolute_location(location)
    views = settings.preferences.plan_views
    views.pop(key, None)
    views[key] = view.to_json()
    for old in list(views)[:-MAX_PLAN_VIEWS]:
        del views[old]
    try:
        settings.save()
    except OSError as error:
        log.warning("could not remember the view of %s: %s", key, error)


def stored_view(settings: AppSettings, location: str) -> PlanView | None:
    """The last view of the plan at ``location``, if one is kept."""
    return PlanView.from_json(settings.preferences.plan_views.get(absolute_location(location)))


def _numbers(value: list[Any], count: int) -> bool:
    return len(value) == count and all(
        isinstance(v, int | float) and math.isfinite(v) for v in value
    )
