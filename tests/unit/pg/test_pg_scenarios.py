"""Scenarios on PostgreSQL: the tests of the file, run against a database (``path`` is a URL
here), and a tenant liaison who sees only their tenant's rows of a scenario."""

from __future__ import annotations

from pathlib import Path

from pgserver import Cluster

from cosmoplan.domain import Kind
from cosmoplan.domain.scenario import variant_of
from cosmoplan.services.project import Project
from cosmoplan.storage import scenarios
from tests.unit.cli.conftest import Run
from tests.unit.storage.test_storage_scenarios import (  # noqa: F401 (collected here again)
    test_a_change_a_scenario_cannot_keep_is_refused,
    test_a_plan_not_saved_yet_cannot_be_copied,
    test_a_scenario_comes_back_as_stored_and_the_plan_does_not_see_it,
    test_a_scenario_opened_as_a_plan_is_edited_undone_and_saved_with_ids_the_plan_skips,
    test_a_scenario_saved_by_someone_else_meanwhile_is_refused_with_nothing_written,
    test_names_are_unique_unknown_ones_listed_and_removal_final,
)


def test_a_liaison_reads_only_its_tenants_rows_of_a_scenario(
    cli: Run, postgres: Cluster, database: str
) -> None:
    assert cli("new", database, "--demo").code == 0
    project = Project.open(database)
    assert project.store is not None
    scenarios.create(project.store, "Everything", variant_of(project.plan))
    tenant = project.plan.get(Kind.TENANT, next(iter(project.plan.allocations())).tenant_id)
    theirs = {a.id for a in project.plan.allocations() if a.tenant_id == tenant.id}
    assert theirs != set(project.plan.objects(Kind.ALLOCATION))
    project.close()
    assert cli("roles", database, "grant", "lia", "liaison", "--tenant", tenant.name).code == 0
    liaison = Project.open(postgres.url(database.rsplit("/", 1)[1], user="lia"), read_only=True)
    assert liaison.store is not None
    _, seen = scenarios.read(liaison.store, "Everything")
    liaison.close()
    assert set(seen.allocations) == theirs


def test_publish_and_export_carry_the_scenarios(
    cli: Run, plan_file: Path, database: str, tmp_path: Path
) -> None:
    assert cli("scenario", "new", plan_file, "Slip", "--notes", "a year late").code == 0
    published = cli("publish", plan_file, database)
    assert published.code == 0, published.err
    listed = cli("scenario", "list", database, "--json").json()
    assert [(s["name"], s["notes"]) for s in listed] == [("Slip", "a year late")]
    back = tmp_path / "back.cosmoplan"
    assert cli("export", database, back).code == 0
    assert [s["name"] for s in cli("scenario", "list", back, "--json").json()] == ["Slip"]
