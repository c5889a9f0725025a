"""Property: two planners editing one plan in any order; every save either stores exactly the
saving planner's plan (its edits and the others' merged) or raises a conflict and writes nothing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosmoplan.domain import Kind, Ref, Tenant
from cosmoplan.services.commands import AddObjects, RemoveObjects, update
from cosmoplan.services.project import Project
from cosmoplan.storage.conflicts import ConflictError
from tests.unit.cli.conftest import small_plan

OPERATION = st.tuples(
    st.integers(0, 1),  # which planner
    st.sampled_from(["add", "edit", "remove", "save", "refresh"]),
    st.integers(0, 5),  # which tenant (by rank)
)


def tenants(project: Project) -> dict[int, Tenant]:
    return dict(project.plan.objects(Kind.TENANT))  # type: ignore[arg-type]


def act(project: Project, action: str, rank: int, label: str) -> None:
    ids = sorted(i for i in project.plan.objects(Kind.TENANT) if i > 1)
    if action == "add":
        project.execute(AddObjects([Tenant(project.plan.next_id(Kind.TENANT), label, "KZ")]))
    elif action == "edit" and ids:
        target = project.plan.get(Kind.TENANT, ids[rank % len(ids)])
        project.execute(update(target, notes=label))
    elif action == "remove" and ids:
        project.execute(RemoveObjects([Ref(Kind.TENANT, ids[rank % len(ids)])]))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(OPERATION, min_size=1, max_size=14))
def test_saves_store_the_planner_plan_or_nothing(tmp_path_factory, operations):
    path: Path = tmp_path_factory.mktemp("p") / "p.cosmoplan"
    Project.create(path, small_plan()).close()
    planners = [Project.open(path), Project.open(path)]
    for step, (who, action, rank) in enumerate(operations):
        project = planners[who]
        if action == "save":
            before = path.read_bytes()
            try:
                project.save()
            except ConflictError:
                assert path.read_bytes() == before
                project.close()
                planners[who] = Project.open(path)
                continue
            stored = Project.open(path, read_only=True)
            assert tenants(stored) == tenants(project)
            assert not project.has_unsaved_changes
            stored.close()
        elif action == "refresh":
            project.refresh()
        else:
            act(project, action, rank, f"t{step}")
    for project in planners:
        project.close()
