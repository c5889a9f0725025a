"""Properties of the change algebra and of the undo history (hypothesis)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cosmoplan.domain import Kind, Plan, Ref, Tenant
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import AddObjects, RemoveObjects, update
from cosmoplan.services.project import Project

REFS = [Ref(Kind.TENANT, i) for i in range(1, 5)]
#: A state of the world: which objects exist, at which version.
states = st.dictionaries(st.sampled_from(REFS), st.integers(0, 2))


def diff(before: dict[Ref, int], after: dict[Ref, int]) -> Changes:
    """The Changes that take ``before`` to ``after``."""
    return Changes.of(
        added=after.keys() - before.keys(),
        removed=before.keys() - after.keys(),
        changed=(r for r in before.keys() & after.keys() if before[r] != after[r]),
    )


@given(states, states, states)
def test_merging_two_steps_gives_the_net_effect(
    first: dict[Ref, int], second: dict[Ref, int], third: dict[Ref, int]
) -> None:
    merged = diff(first, second).merged(diff(second, third))
    exact = diff(first, third)
    assert merged.added == exact.added and merged.removed == exact.removed
    # an object changed and changed back is still reported changed, never anything else
    assert exact.changed <= merged.changed <= first.keys() & third.keys()
    assert not (merged.added & merged.changed or merged.removed & merged.changed)


@given(states, states, states, states)
def test_merging_is_associative(
    a: dict[Ref, int], b: dict[Ref, int], c: dict[Ref, int], d: dict[Ref, int]
) -> None:
    ab, bc, cd = diff(a, b), diff(b, c), diff(c, d)
    assert ab.merged(bc).merged(cd) == ab.merged(bc.merged(cd))


@given(states, states)
def test_inverted_changes_undo_the_step(before: dict[Ref, int], after: dict[Ref, int]) -> None:
    step = diff(before, after)
    assert step.inverted() == diff(after, before)
    assert step.merged(step.inverted()).added == frozenset()
    assert step.merged(step.inverted()).removed == frozenset()


def snapshot(plan: Plan) -> tuple[object, ...]:
    return (plan.info.name, plan.info.description, *(dict(plan.objects(k)) for k in Kind))


class HistoryMachine(RuleBasedStateMachine):
    """Any sequence of edits, undos, redos, groups and saves: unsaved <=> differs from saved
    (an object added and removed again, or an edit undone, is no unsaved work), and reopening
    the file gives the saved plan."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.project = Project.new()
        self.project.save_as(Path(self.folder.name) / "p.cosmoplan")
        self.saved = snapshot(self.project.plan)
        self.names = itertools.count()

    def teardown(self) -> None:
        self.project.close()
        self.folder.cleanup()

    def _tenants(self) -> list[Tenant]:
        return list(self.project.plan.tenants())

    def _add(self) -> None:
        number = next(self.names)
        tenant_id = self.project.plan.next_id(Kind.TENANT)
        self.project.execute(AddObjects([Tenant(tenant_id, f"T{number}", "Kazakhstan")]))

    @rule()
    def add(self) -> None:
        self._add()

    @precondition(lambda self: bool(self._tenants()))
    @rule(data=st.data())
    def rename(self, data: st.DataObject) -> None:
        tenant = data.draw(st.sampled_from(self._tenants()))
        self.project.execute(update(tenant, name=f"T{next(self.names)}"))

    @precondition(lambda self: bool(self._tenants()))
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        tenant = data.draw(st.sampled_from(self._tenants()))
        self.project.execute(RemoveObjects([Ref(Kind.TENANT, tenant.id)]))

    @rule(count=st.integers(0, 3))
    def group(self, count: int) -> None:
        with self.project.group(AddObjects([]).text):
            for _ in range(count):
                self._add()

    @rule()
    def undo(self) -> None:
        self.project.undo()

    @rule()
    def redo(self) -> None:
        self.project.redo()

    @rule(data=st.data())
    def go_to(self, data: st.DataObject) -> None:
        self.project.go_to(data.draw(st.integers(0, len(self.project.history.entries))))

    @rule()
    def save(self) -> None:
        self.project.save()
        self.saved = snapshot(self.project.plan)

    @invariant()
    def unsaved_means_it_differs(self) -> None:
        differs = snapshot(self.project.plan) != self.saved
        assert self.project.has_unsaved_changes == differs

    @rule()
    def reopen(self) -> None:
        location = self.project.location
        assert location is not None
        reopened = Project.open(location)
        assert snapshot(reopened.plan) == self.saved
        reopened.close()


HistoryMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=20, deadline=None)
test_history = HistoryMachine.TestCase
