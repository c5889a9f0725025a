"""What others saved, brought into an open plan: provisional ids given their real ones,
objects others wrote or removed taken as they are, and the :class:`Changes` each made
(``elsewhere``: not this planner's commands, never part of the undo history)."""

from __future__ import annotations

from collections.abc import Mapping

from cosmoplan.domain import Plan, PlanInfo, Ref
from cosmoplan.services.changes import Changes
from cosmoplan.storage.sync import Elsewhere


def renumber(plan: Plan, new_ids: Mapping[Ref, int]) -> Changes:
    """Give the provisional ids of ``plan`` their real ones (``new_ids``)."""
    if not new_ids:
        return Changes(elsewhere=True)
    changed = plan.renumber(new_ids)
    added = [Ref(ref.kind, real) for ref, real in new_ids.items()]
    return Changes.of(added=added, changed=changed, removed=new_ids, elsewhere=True)


def merge(plan: Plan, elsewhere: Elsewhere) -> Changes:
    """Apply what others saved to ``plan``."""
    if elsewhere.empty:
        return Changes(elsewhere=True)
    refs = set(elsewhere.upserts) | elsewhere.removals
    before = presence(plan, refs)
    plan.merge(elsewhere.upserts.values(), elsewhere.removals)
    if elsewhere.info is not None:
        plan.info = PlanInfo(elsewhere.info.name, elsewhere.info.description)
    return presence_changes(plan, before, elsewhere.info is not None)


def presence(plan: Plan, refs: set[Ref]) -> dict[Ref, bool]:
    """Whether each of ``refs`` is in ``plan`` (before a merge, for :func:`presence_changes`)."""
    return {ref: plan.find(ref.kind, ref.id) is not None for ref in refs}


def presence_changes(plan: Plan, before: Mapping[Ref, bool], info_changed: bool) -> Changes:
    """The changes made to the objects of ``before`` (their presence then) since."""
    after = presence(plan, set(before))
    return Changes.of(
        added=[r for r in before if after[r] and not before[r]],
        changed=[r for r in before if after[r] and before[r]],
        removed=[r for r in before if before[r] and not after[r]],
        info_changed=info_changed,
        elsewhere=True,
    )
