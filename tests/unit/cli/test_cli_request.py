"""`cosmoplan request add|list|remove` on the small plan (conftest): Roscosmos with Soyuz-5,
pad 45/1, and request 1 (Soyuz-5 on 45/1, 730 days in 2031-2034)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]
Snapshot = Callable[[Path], tuple[str | None, list[str]]]


def test_request_add_then_list_and_remove(cli: Run, plan_file: Path) -> None:
    added = cli(
        "request", "add", plan_file, "--tenant", "roscosmos", "--vehicle", "soyuz-5",
        "--pad", "45/1", "--from", "2035-01-01", "--to", "2036-12-31", "--days", "100",
        "--shared", "--priority", "4", "--fee", "1500000",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert added.out == (
        "Added request 2: Soyuz-5 (Roscosmos), 100 days from 2035-01-01 to 2036-12-31 on 45/1.\n"
    )
    listed = cli("request", "list", plan_file, "--json")
    assert listed.code == 0, listed.err
    record = listed.json()[1]
    assert record == {
        "id": 2,
        "tenant": "Roscosmos",
        "vehicle": "Soyuz-5",
        "pads": ["45/1"],
        "earliest_start": "2035-01-01",
        "latest_end": "2036-12-31",
        "duration_days": 100,
        "exclusive": False,
        "azimuth_deg": None,
        "priority": 4,
        "fee_usd": 1_500_000.0,
        "status": "open",
    }
    text = cli("request", "list", plan_file)
    assert "45/1" in text.out and "Priority" in text.out
    removed = cli("request", "remove", plan_file, "2")
    assert removed.code == 0 and removed.out == "Removed request 2.\n"
    assert [r["id"] for r in cli("request", "list", plan_file, "--json").json()] == [1]


def test_bad_requests_are_refused_and_change_nothing(
    cli: Run, plan_file: Path, snapshot: Snapshot
) -> None:
    before = snapshot(plan_file)
    too_long = cli(
        "request", "add", plan_file, "--tenant", "Roscosmos", "--vehicle", "Soyuz-5",
        "--from", "2035-01-01", "--to", "2035-01-31", "--days", "40",
    )  # fmt: skip
    assert too_long.code == 2 and "has only 31 days" in too_long.err
    no_pad = cli(
        "request", "add", plan_file, "--tenant", "Roscosmos", "--vehicle", "Soyuz-5",
        "--pad", "99/9", "--from", "2035-01-01", "--to", "2035-12-31", "--days", "40",
    )  # fmt: skip
    assert no_pad.code == 2 and "99/9" in no_pad.err
    missing = cli("request", "remove", plan_file, "9")
    assert missing.code == 2 and missing.err == "cosmoplan: error: There is no request 9.\n"
    assert snapshot(plan_file) == before


def test_optimise_applies_in_one_step_and_explain_names_the_signed_allocation(
    cli: Run, plan_file: Path
) -> None:
    result = cli("optimise", plan_file, "--json", "--time-limit", "2", "--apply")
    assert result.code == 0, result.err
    record = result.json()
    assert record["status"] == "OPTIMAL" and record["gap"] == 0.0
    assert [s["request"] for s in record["served"]] == [1] and record["unserved"] == []
    assert [r["status"] for r in cli("request", "list", plan_file, "--json").json()] == ["planned"]
    why = cli(
        "explain", plan_file, "--tenant", "Roscosmos", "--vehicle", "Soyuz-5", "--pad", "45/1",
        "--from", "2027-01-01", "--to", "2027-12-31", "--json",
    )  # fmt: skip
    assert why.code == 0, why.err
    found = why.json()
    assert found["blocked"] and found["reasons"][0]["rule"] == "allocation.overlap"
    assert {"kind": "allocations", "id": 1} in found["reasons"][0]["subjects"]
