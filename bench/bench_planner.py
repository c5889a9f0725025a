"""Planner speed: the CP-SAT optimiser and the explanations (issue 15), 2 solver workers.

Targets: 20 pads and 60 requests proven optimal within 1 s; 40 pads and 200 requests: a first
solution within 1 s and within 2 % of the proven bound in 10 s; 200 pads and 2,000 requests with
safety separation (close pads): a solution within 10 s with its gap; an explanation on the
40/200 instance within 2 s (with the optimiser's result applied, for a request it left
unserved: a refusal to explain, not a free pad). Times are medians over runs with seeds 0, 1,
2…; "options" is the time the rule catalogue takes to decide where each request may go (before
the solver starts), "first solution" and "within 2 %" the times from there (the model's build
included) to the first solution and to the first within 2 % of the bound proven by then
(looked at as each solution comes: a bound that closes later, with no new solution, is not seen),
"solve" the solver's wall time (to the proof when the status is OPTIMAL,
else to the time limit, with the gap there). The 20/60 instance is also solved with pads 400 m
apart (safety conflicts between pads), and each without the model's redundant constraints (the
exclusive no-overlap and energy bound per pad), to show what they bring.
Run ``.venv/bin/python -m bench.bench_planner [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import Counter
from datetime import date, timedelta

from shapely.geometry import Point, box

from cosmoplan.domain import (
    Kind,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    Plan,
    Propellant,
    Ref,
    Request,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.planner import optimise, problem, solve
from cosmoplan.planner.explain import explain
from cosmoplan.planner.model import build
from cosmoplan.planner.options import Item
from cosmoplan.services.optimisation import result_commands

AT = date(2029, 1, 1)
#: The gap to the bound proven at the time that counts as close ("within 2 %").
CLOSE = 0.02
DAY0 = date(2030, 1, 1)


def instance(pads: int, requests: int, spacing_m: float, seed: int = 1) -> Plan:
    """Pads on a grid ``spacing_m`` apart, 10 approved tenants, requests of 30-365 days in
    windows of up to three years, each wanting 1-3 pads."""
    rng = random.Random(seed)
    plan = Plan()
    plan.add(LaunchComplex(1, "1", "One"))
    plan.add(Zone(1, ZoneKind.KAZAKH_TERRITORY, "Kazakhstan", box(-1e6, -1e6, 1e6, 1e6)))
    side = max(1, round(pads**0.5))
    for number in range(1, pads + 1):
        x, y = (number - 1) % side, (number - 1) // side
        plan.add(Pad(number, 1, f"1/{number}", Point(x * spacing_m, y * spacing_m)))
    for number in range(1, 11):
        plan.add(Tenant(number, f"T{number}", "KZ", status=NegotiationStatus.APPROVED))
        mass = rng.choice([5e4, 1e5, 2e5])
        plan.add(
            Vehicle(number, number, f"V{number}", Propellant.LOX_KEROSENE, liftoff_mass_kg=mass)
        )
    for number in range(1, requests + 1):
        tenant = rng.randint(1, 10)
        days = rng.randint(30, 365)
        first = DAY0 + timedelta(days=rng.randint(0, 3 * 365))
        last = first + timedelta(days=days - 1 + rng.randint(0, 365))
        wanted = tuple(rng.sample(range(1, pads + 1), rng.randint(1, min(3, pads))))
        exclusive = rng.random() < 0.8
        priority = rng.randint(1, 5)
        plan.add(
            Request(number, tenant, tenant, first, last, days, wanted, exclusive, None, priority)
        )
    return plan


def optimise_figures(
    plan: Plan, time_limit_s: float, seed: int = 0, redundant: bool = True
) -> dict[str, float | str | None]:
    """Times of the options, the first solution and the solve, and the result."""
    started = time.perf_counter()
    options, conflicts = problem(plan, AT)
    built = time.perf_counter()
    model = build(plan, options, conflicts, redundant)
    first: list[float] = []
    close: list[float] = []

    def progress(objective: float, bound: float) -> None:
        now = time.perf_counter() - built
        if not first:
            first.append(now)
        if not close and abs(bound - objective) <= CLOSE * max(1.0, abs(bound)):
            close.append(now)

    result = solve(model, time_limit_s, seed, progress)
    return {
        "options_s": built - started,
        "first_solution_s": first[0] if first else None,
        "within_2pct_s": close[0] if close else None,
        "solve_s": result.wall_s,
        "status": result.status,
        "gap": result.gap,
        "served": len(result.served),
        "conflicts": len(conflicts),
    }


def median_of(runs: list[dict[str, float | str | None]]) -> dict[str, float | str | None]:
    """Medians of the numeric figures; the others as each value seen with its count
    ("OPTIMAL (4), FEASIBLE (1)")."""
    merged: dict[str, float | str | None] = {}
    for key in runs[0]:
        values = [r[key] for r in runs]
        numbers = [v for v in values if isinstance(v, int | float)]
        if len(numbers) == len(values):
            merged[key] = statistics.median(numbers)
        else:
            seen = Counter(str(v) for v in values)
            merged[key] = ", ".join(f"{v} ({n})" for v, n in seen.most_common())
    return merged


def planned(plan: Plan, time_limit_s: float) -> tuple[Plan, list[int]]:
    """A copy of ``plan`` with the optimiser's result applied, and the unserved requests."""
    result = optimise(plan, time_limit_s, at=AT)
    copy = plan.copy()
    for command in result_commands(copy, result):
        command.do(copy)
    return copy, result.unserved


def explain_figures(plan: Plan, request_id: int) -> dict[str, float | str | None]:
    """Time of one explanation, with what it found: the request's vehicle on its first wanted
    pad for its whole window, exclusively."""
    request = plan.get(Kind.REQUEST, request_id)
    assert isinstance(request, Request)
    item = Item(
        Ref(Kind.REQUEST, 0), request.tenant_id, request.vehicle_id, request.earliest_start,
        request.latest_end, request.window_days, True, None, 1,
    )  # fmt: skip
    started = time.perf_counter()
    found = explain(plan, item, request.pad_ids[0], AT)
    return {
        "explain_s": time.perf_counter() - started,
        "blocked": str(found.blocked),
        "reasons": len(found.reasons),
    }


def run(quick: bool = False) -> dict[str, object]:
    """Every figure of the module's notes (smaller instances with ``quick``)."""
    repeats = 1 if quick else 5
    # name, pads, requests, pad spacing, time limit, redundant constraints, runs
    sizes = [
        ("20/60", 20, 60, 20_000.0, 1.0, True, repeats),
        ("20/60 without redundant", 20, 60, 20_000.0, 1.0, False, repeats),
        ("20/60 close pads", 20, 60, 400.0, 1.0, True, repeats),
        ("20/60 close pads without redundant", 20, 60, 400.0, 1.0, False, repeats),
        ("40/200", 40, 200, 20_000.0, 10.0, True, repeats),
    ]
    if not quick:
        sizes.append(("200/2000", 200, 2000, 400.0, 10.0, True, 3))
    figures: dict[str, object] = {}
    for name, pads, requests, spacing, limit, redundant, runs in sizes:
        plan = instance(pads, requests, spacing)
        figures[name] = median_of(
            [optimise_figures(plan, limit, seed, redundant) for seed in range(runs)]
        )
    plan, unserved = planned(instance(40, 200, 20_000.0), 10.0)
    figures["explain 40/200 (result applied, an unserved request)"] = median_of(
        [explain_figures(plan, unserved[0]) for _ in range(repeats)]
    )
    return figures


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick), indent=2, default=str))


if __name__ == "__main__":
    main()
