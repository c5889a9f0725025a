"""`cosmoplan scenario new|list|diff|apply|remove` and `optimise --scenario` on the small plan
(conftest): Roscosmos with Soyuz-5, pad 45/1 signed 2026-2030, request 1 (730 days in
2031-2034)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cosmoplan.domain import Kind
from cosmoplan.services.project import Project

Run = Callable[..., Any]
Snapshot = Callable[[Path], tuple[str | None, list[str]]]


def allocations(plan_file: Path) -> dict[int, Any]:
    project = Project.open(plan_file, read_only=True)
    try:
        return dict(project.plan.objects(Kind.ALLOCATION))
    finally:
        project.close()


def test_optimise_into_a_scenario_then_diff_apply_and_remove(cli: Run, plan_file: Path) -> None:
    optimised = cli("optimise", plan_file, "--scenario", "Optimised", "--time-limit", "2")
    assert optimised.code == 0, optimised.err
    assert "request 1: pad 45/1 2031-" in optimised.out
    assert list(allocations(plan_file)) == [1]  # the plan is left as it was

    listed = cli("scenario", "list", plan_file, "--json")
    assert listed.code == 0, listed.err
    [row] = listed.json()
    assert (row["name"], row["allocations"], row["requests"], row["saves"]) == (
        "Optimised", 2, 1, 2,
    )  # fmt: skip

    diff = cli(
        "scenario", "diff", plan_file, "optimised", "--at", "2026-06-01", "--to", "2034-12-31",
        "--json",
    )  # fmt: skip
    assert diff.code == 0, diff.err
    record = diff.json()
    assert [(c["kind"], c["how"]) for c in record["changes"]] == [
        ("allocations", "added"), ("requests", "changed"),
    ]  # fmt: skip
    added = record["changes"][0]
    assert added["before"] is None and added["after"]["pad"] == "45/1"
    assert added["after"]["status"] == "proposed" and added["after"]["start"] >= "2031-01-01"
    assert record["requests_served_gained"] == [1]
    assert record["before"]["served"] == 0 and record["after"]["served"] == 1
    assert record["period"] == ["2026-01-01", "2034-12-31"]
    assert record["after"]["utilisation"] > record["before"]["utilisation"]

    text = cli("scenario", "diff", plan_file, "Optimised", "--at", "2026-06-01")
    assert text.code == 0, text.err
    assert text.out.startswith("Scenario 'Optimised' against the plan, as of 2026-06-01")
    assert "allocation 2 added: 45/1 2031-" in text.out
    assert "request 1 changed: open -> planned" in text.out
    assert "Requests served: 0 -> 1 (gained 1, lost none)." in text.out

    applied = cli("scenario", "apply", plan_file, "Optimised", "--allocation", str(added["id"]))
    assert applied.code == 0, applied.err
    assert applied.out == "Promoted 1 change of scenario 'Optimised' to the plan.\n"
    assert allocations(plan_file)[added["id"]].pad_id == 1
    rest = cli("scenario", "diff", plan_file, "Optimised", "--json").json()
    assert [(c["kind"], c["how"]) for c in rest["changes"]] == [("requests", "changed")]

    removed = cli("scenario", "remove", plan_file, "OPTIMISED")
    assert removed.code == 0 and removed.out == "Removed scenario 'Optimised'.\n"
    assert cli("scenario", "list", plan_file).out == "No scenarios.\n"


def test_new_copies_the_plan_or_another_scenario_and_diff_compares_two(
    cli: Run, plan_file: Path
) -> None:
    assert cli("scenario", "new", plan_file, "Base", "--notes", "as signed").code == 0
    assert cli("optimise", plan_file, "--scenario", "Base", "--time-limit", "2").code == 0
    copied = cli("scenario", "new", plan_file, "Copy", "--copy-of", "base")
    assert copied.code == 0, copied.err
    assert copied.out == "Made scenario 'Copy' from scenario 'base': 2 allocations, 1 request.\n"
    same = cli("scenario", "diff", plan_file, "Copy", "--base", "Base")
    assert same.code == 0, same.err
    assert "No allocation, request or pad status differs." in same.out
    table = cli("scenario", "list", plan_file)
    assert "Base" in table.out and "as signed" in table.out and "Copy" in table.out


def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    assert cli("scenario", "new", plan_file, "Slip").code == 0
    before = snapshot(plan_file)
    for argv, said in [
        (("scenario", "new", plan_file, "slip"), "already has a scenario 'slip'"),
        (("scenario", "new", plan_file, "  "), "scenario name is required"),
        (("scenario", "new", plan_file, "X", "--copy-of", "Nope"), "There is no scenario 'Nope'"),
        (("scenario", "diff", plan_file, "Nope"), "Scenarios: 'Slip'"),
        (("scenario", "apply", plan_file, "Slip", "--allocation", "1"),
         "Scenario 'Slip' does not change allocations 1."),
        (("scenario", "apply", plan_file, "Slip", "--pad", "99/9"), "99/9"),
        (("scenario", "remove", plan_file, "Nope"), "There is no scenario 'Nope'"),
        (("scenario", "diff", plan_file, "Slip", "--from", "2030-01-01", "--to", "2029-01-01"),
         "The period ends (2029-01-01) before it starts (2030-01-01)."),
        (("optimise", plan_file, "--scenario", " ", "--time-limit", "1"), "is required"),
    ]:  # fmt: skip
        result = cli(*argv)
        assert result.code == 2, (argv, result.out)
        assert result.err.count("\n") == 1 and said in result.err, result.err
        assert snapshot(plan_file) == before, argv
    assert cli("scenario", "apply", plan_file, "Slip").out == (
        "Promoted 0 changes of scenario 'Slip' to the plan.\n"
    )
    assert snapshot(plan_file) == before


def test_a_copy_of_the_plan_file_carries_its_scenarios(
    cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    assert cli("scenario", "new", plan_file, "Slip", "--notes", "a year late").code == 0
    copy = tmp_path / "copy.cosmoplan"
    assert cli("export", plan_file, copy).code == 0
    listed = cli("scenario", "list", copy, "--json").json()
    assert [(s["name"], s["notes"]) for s in listed] == [("Slip", "a year late")]
    assert cli("scenario", "diff", copy, "Slip").out.splitlines()[1] == (
        "No allocation, request or pad status differs."
    )
