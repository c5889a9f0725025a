"""`cosmoplan new` and `cosmoplan info`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cosmoplan.demo import build_demo_plan

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], tuple[str | None, list[str]]]  # the `snapshot` fixture

COUNT_KEYS = [
    "complexes",
    "pads",
    "facilities",
    "zones",
    "tenants",
    "vehicles",
    "allocations",
    "requests",
]


def test_new_creates_an_empty_plan_named_after_the_file(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "lease-study.cosmoplan"
    created = cli("new", path)
    assert created.code == 0, created.err
    assert path.is_file()
    info = cli("info", path, "--json").json()
    assert info["name"] == "lease-study"
    assert all(info[key] == 0 for key in COUNT_KEYS)


def test_new_with_a_name_and_in_a_new_folder(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "studies" / "2026" / "plan.cosmoplan"
    assert cli("new", path, "--name", "Site 45 study").code == 0
    assert cli("info", path, "--json").json()["name"] == "Site 45 study"


def test_new_refuses_to_overwrite_without_force(
    snapshot: Snapshot, cli: Run, plan_file: Path
) -> None:
    before = snapshot(plan_file)
    result = cli("new", plan_file)
    assert result.code == 2
    assert (
        result.err == f"cosmoplan: error: {plan_file} already exists (use --force to replace it).\n"
    )
    assert snapshot(plan_file) == before


def test_new_with_force_replaces_the_plan(cli: Run, plan_file: Path) -> None:
    result = cli("new", plan_file, "--force", "--name", "Fresh")
    assert result.code == 0, result.err
    info = cli("info", plan_file, "--json").json()
    assert info["name"] == "Fresh" and info["pads"] == 0
    assert [p.name for p in plan_file.parent.iterdir()] == [plan_file.name]


def test_new_refuses_a_directory(cli: Run, tmp_path: Path) -> None:
    result = cli("new", tmp_path, "--force")
    assert result.code == 2
    assert "is a directory" in result.err


def test_new_demo_holds_baikonur(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "demo.cosmoplan"
    created = cli("new", path, "--demo")
    assert created.code == 0, created.err
    info = cli("info", path, "--json").json()
    demo = build_demo_plan()
    assert {key: info[key] for key in COUNT_KEYS} == {k.value: n for k, n in demo.counts().items()}
    assert info["name"] == demo.info.name
    assert info["complexes"] == 11 and info["facilities"] > 0 and info["tenants"] >= 10
    codes = {pad["code"] for pad in cli("list", "pads", path, "--json").json()}
    assert {"45/1", "31/6", "1/5"} <= codes


def test_info_json_has_integer_counts_and_schema_version(cli: Run, plan_file: Path) -> None:
    result = cli("info", plan_file, "--json")
    assert result.code == 0 and result.err == ""
    info = result.json()
    assert {*COUNT_KEYS, "schema_version", "name"} <= info.keys()
    assert {key: info[key] for key in COUNT_KEYS} == dict.fromkeys(COUNT_KEYS, 1)
    assert all(type(info[key]) is int for key in COUNT_KEYS)
    assert info["name"] == "Small test plan"
    assert type(info["schema_version"]) is int and info["schema_version"] >= 1
    assert info["schema_revision"].startswith(f"{info['schema_version']:04d}_")


def test_info_text_is_an_aligned_summary(cli: Run, plan_file: Path) -> None:
    result = cli("info", plan_file)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split(maxsplit=1) == ["Plan", "Small test plan"]
    counts = [line for line in lines if line.split()[0].lower() in COUNT_KEYS]
    assert [line.split()[0].lower() for line in counts] == COUNT_KEYS
    assert len({len(line) for line in counts}) == 1, "counts are right-aligned in one column"
    starts = set()
    for line in lines:
        if line not in counts:
            match = re.search(r"\S {2,}(\S)", line)
            assert match is not None, line
            starts.add(match.start(1))
    assert len(starts) == 1, "text values start in one column"
    (column,) = starts
    assert all(len(line[:column].rstrip()) <= column - 2 for line in counts)


@pytest.mark.parametrize("command", [["info"], ["list", "pads"], ["export"], ["render"]])
def test_a_missing_plan_is_reported_and_not_created(
    cli: Run, tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "nowhere.cosmoplan"
    extra = {"export": [tmp_path / "out.gpkg"], "render": ["-o", tmp_path / "out.png"]}
    result = cli(*command, missing, *extra.get(command[0], []))
    assert result.code == 2
    assert result.err == f"cosmoplan: error: No plan file at {missing}.\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"just some notes\n", b"SQLite format 3\x00" + b"\x00" * 84, bytes(range(256)) * 40],
    ids=["empty", "text", "truncated-sqlite", "binary"],
)
def test_a_file_that_is_not_a_plan_is_refused_and_unchanged(
    snapshot: Snapshot, cli: Run, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.cosmoplan"
    path.write_bytes(content)
    before = snapshot(path)
    result = cli("info", path)
    assert result.code == 2
    assert result.err.startswith("cosmoplan: error: ") and result.err.count("\n") == 1
    assert snapshot(path) == before
