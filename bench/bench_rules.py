"""Rule check speed: full check, incremental recheck, and a naive all-pairs overlap check.

Targets (issue 4): the full check of 1,000 pads and 10,000 allocations under 200 ms, the
incremental recheck after moving one allocation under 10 ms. The naive all-pairs overlap check
on the same allocations gives the ratio for the sort-and-sweep overlap rule. The Allocate
dialog's judgement of every pad for one vehicle (all rules, a worker thread's work) is timed too.
Run ``.venv/bin/python -m bench.bench_rules [--quick]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations

import numpy as np

from bench.timing import median_seconds
from cosmoplan.analysis import (
    RULES,
    CheckContext,
    IncrementalChecker,
    RuleCatalogue,
    check_plan,
)
from cosmoplan.analysis.rules import allocation_rules
from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import BINDING, Allocation, Kind, Plan, Tenant, Vehicle
from cosmoplan.services.allocation import pad_suitability
from cosmoplan.services.commands import UpdateObject

#: Issue 4's figures are for the allocation rules; the safety rules are timed on their own.
ALLOCATION_RULES = RuleCatalogue(allocation_rules())

AT = date(2026, 1, 1)
MOVE = timedelta(days=30)


def sweep_overlaps(plan: Plan, context: CheckContext | None = None) -> int:
    """The overlap rule alone over every pad: number of colliding pairs.

    Without ``context`` the time includes indexing the allocations by pad and resolving their
    tenants, vehicles and pads; with a context that did it already, it is the sweep alone.
    """
    context = context if context is not None else CheckContext(plan, AT)
    rule = RULES.get("allocation.overlap")
    return sum(1 for _ in rule.check(context, context.ids(Kind.PAD)))


def naive_overlaps(plan: Plan) -> int:
    """Every pair of binding allocations compared: number of colliding pairs."""
    binding = [a for a in plan.allocations() if a.status in BINDING]
    return sum(
        1
        for a, b in combinations(binding, 2)
        if a.pad_id == b.pad_id
        and a.start <= b.end
        and b.start <= a.end
        and (a.exclusive or b.exclusive)
    )


def _timed_updates(
    plan: Plan, checker: IncrementalChecker, edits: list[Allocation | Tenant]
) -> tuple[list[float], list[float]]:
    """Apply each edit and undo it; seconds of ``checker.update`` alone and with the command."""
    update_s, total_s = [], []
    for edited in edits:
        command = UpdateObject(edited)
        gc.collect()
        start = time.perf_counter()
        changes = command.do(plan)
        middle = time.perf_counter()
        checker.update(changes)
        end = time.perf_counter()
        update_s.append(end - middle)
        total_s.append(end - start)
        checker.update(command.undo(plan))
    return update_s, total_s


def run(quick: bool = False) -> dict[str, float | int | bool]:
    """Median figures for the full and incremental checks and the overlap ratio."""
    pads, allocations = (100, 1_000) if quick else (1_000, 10_000)
    repeats = 3 if quick else 7
    plan = synthetic_plan(pads=pads, allocations=allocations, facilities=pads, zones=20)
    findings = check_plan(plan, AT, ALLOCATION_RULES)
    full_s = median_seconds(lambda: check_plan(plan, AT, ALLOCATION_RULES), repeats)
    full_cpu_s = median_seconds(
        lambda: check_plan(plan, AT, ALLOCATION_RULES), repeats, time.process_time
    )
    build_s = median_seconds(lambda: IncrementalChecker(plan, AT, ALLOCATION_RULES), repeats)

    checker = IncrementalChecker(plan, AT, ALLOCATION_RULES)
    rng = np.random.default_rng(1)
    chosen = [plan.get(Kind.ALLOCATION, int(i) + 1) for i in rng.choice(allocations, 21)]
    moves: list[Allocation | Tenant] = []
    for allocation in chosen:
        assert isinstance(allocation, Allocation)
        moves.append(replace(allocation, start=allocation.start + MOVE, end=allocation.end + MOVE))
    repad = [replace(a, pad_id=a.pad_id % pads + 1) for a in chosen if isinstance(a, Allocation)]
    tenant = plan.get(Kind.TENANT, 1)
    assert isinstance(tenant, Tenant)
    renames: list[Allocation | Tenant] = [replace(tenant, name=f"Renamed {i}") for i in range(5)]
    move_s, move_total_s = _timed_updates(plan, checker, moves)
    repad_s, _ = _timed_updates(plan, checker, list(repad))
    rename_s, _ = _timed_updates(plan, checker, renames)
    consistent = checker.findings == check_plan(plan, AT, ALLOCATION_RULES)

    sweep_s = median_seconds(lambda: sweep_overlaps(plan), repeats)
    warm = CheckContext(plan, AT)
    sweep_overlaps(plan, warm)
    warm_s = median_seconds(lambda: sweep_overlaps(plan, warm), repeats)
    with_safety_s = median_seconds(lambda: check_plan(plan, AT, RULES), max(1, repeats // 2))
    vehicle = plan.get(Kind.VEHICLE, 1)
    assert isinstance(vehicle, Vehicle)
    period = (date(2030, 1, 1), date(2032, 12, 31))
    judge_s = median_seconds(lambda: pad_suitability(plan, vehicle, *period, at=AT), 3)
    gc.collect()
    start = time.perf_counter()
    naive_pairs = naive_overlaps(plan)
    naive_s = time.perf_counter() - start
    return {
        "pads": pads,
        "allocations": allocations,
        "findings": len(findings),
        "full_check_ms": round(full_s * 1e3, 1),
        "full_check_cpu_ms": round(full_cpu_s * 1e3, 1),
        "full_check_target_ms": 200,
        "allocate_dialog_all_pads_ms": round(judge_s * 1e3, 1),
        "full_check_with_safety_rules_ms": round(with_safety_s * 1e3, 1),
        "checker_build_ms": round(build_s * 1e3, 1),
        "move_one_update_ms": round(statistics.median(move_s) * 1e3, 2),
        "move_one_with_command_ms": round(statistics.median(move_total_s) * 1e3, 2),
        "move_one_target_ms": 10,
        "move_to_other_pad_update_ms": round(statistics.median(repad_s) * 1e3, 2),
        "rename_tenant_update_ms": round(statistics.median(rename_s) * 1e3, 1),
        "tenant_allocations": len(_allocations_of(plan, tenant.id)),
        "incremental_equals_full": consistent,
        "overlap_pairs": naive_pairs,
        "overlap_sweep_ms": round(sweep_s * 1e3, 2),
        "overlap_sweep_warm_ms": round(warm_s * 1e3, 2),
        "overlap_naive_all_pairs_ms": round(naive_s * 1e3, 1),
        "naive_over_sweep": round(naive_s / sweep_s, 1),
        "naive_over_warm_sweep": round(naive_s / warm_s, 1),
        "sweep_agrees_with_naive": sweep_overlaps(plan) == naive_pairs,
    }


def _allocations_of(plan: Plan, tenant_id: int) -> list[Allocation]:
    """The tenant's allocations (a rename rechecks them all)."""
    return [a for a in plan.allocations() if a.tenant_id == tenant_id]


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_rules", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 pads, 1,000 allocations")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
