"""One place tells a plan file from a database URL, and two names of one plan apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from cosmoplan.storage.locations import file_path, is_url, same_location


def test_a_url_is_a_url_and_a_path_a_path(tmp_path: Path) -> None:
    assert is_url("postgresql://planner@db/baikonur")
    assert not is_url(str(tmp_path / "plan.cosmoplan")) and not is_url(tmp_path)
    assert file_path("postgresql://planner@db/baikonur") is None
    assert file_path(f"sqlite:///{tmp_path}/p.cosmoplan") == tmp_path / "p.cosmoplan"
    assert file_path("relative.cosmoplan") == Path.cwd() / "relative.cosmoplan"


def test_one_plan_by_two_paths_is_the_same_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan.cosmoplan"
    plan.touch()
    (tmp_path / "link.cosmoplan").symlink_to(plan)
    monkeypatch.chdir(tmp_path)
    assert same_location("plan.cosmoplan", str(plan))
    assert same_location(str(tmp_path / "link.cosmoplan"), plan)
    assert not same_location(str(plan), str(tmp_path / "other.cosmoplan"))
    assert same_location("postgresql://db/a", "postgresql://db/a")
    assert not same_location("postgresql://db/a", str(plan)) and not same_location(None, plan)
