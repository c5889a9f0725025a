"""An optimiser result in words: the gap to the proven bound, never "optimal" unless proven."""

from __future__ import annotations

import math

from cosmoplan.gui.i18n import tr
from cosmoplan.planner import Result


def percent(gap: float) -> str:
    """A gap as a percentage, rounded up (a result is never said to be closer than it is)."""
    value = math.ceil(gap * 1000) / 10
    return f"{value:g}"


def progress_text(objective: float, bound: float) -> str:
    """What the search has so far: the best value found, the bound and the gap."""
    gap = abs(bound - objective) / max(1.0, abs(bound))
    return tr("Best so far: {objective:g}; best possible at most {bound:g}; gap {gap} %").format(
        objective=objective, bound=bound, gap=percent(gap)
    )


def verdict(result: Result, stopped: bool) -> str:
    """How good the result is, in words."""
    gap = result.gap
    if gap is None:
        if result.status == "INFEASIBLE":
            return tr("No placement satisfies the rules.")
        if stopped:
            return tr("Stopped before a solution was found.")
        return tr("No solution was found within the time limit: allow more time.")
    if result.optimal:
        return tr("The best possible placement (proven).")
    words = tr("Within {gap} % of the best possible.").format(gap=percent(gap))
    if stopped:
        return tr("Stopped: {words}").format(words=words)
    return words
