"""Planner speed: the CP-SAT optimiser and the explanations (issue 15), 2 solver workers.

Targets: 20 pads and 60 requests proven optimal within 1 s; 40 pads and 200 requests: a first
solution within 1 s and within 2 % of the proven bound in 10 s; 200 pads and 2,000 requests with
safety separation (close pads): a solution within 10 s with its gap; an explanation on the
40/200 instance within 2 s. Times are medians; "options" is the time the rule catalogue takes to
decide where each request may go (before the solver starts).
Run ``.venv/bin/python -m bench.bench_planner [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
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
from cosmoplan.planner import problem, solve
from cosmoplan.planner.explain import explain
from cosmoplan.planner.model import build
from cosmoplan.planner.options import Item

AT = date(2029, 1, 1)
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


def optimise_figures(plan: Plan, time_limit_s: float) -> dict[str, float | str | None]:
    """Times of the options, the first solution and the solve, and the result."""
    started = time.perf_counter()
    options, conflicts = problem(plan, AT)
    built = time.perf_counter()
    model = build(plan, options, conflicts)
    first: list[float] = []

    def progress(objective: float, bound: float) -> None:
        if not first:
            first.append(time.perf_counter() - built)

    result = solve(model, time_limit_s, 0, progress)
    return {
        "options_s": built - started,
        "first_solution_s": first[0] if first else None,
        "solve_s": result.wall_s,
        "status": result.status,
        "gap": result.gap,
        "served": len(result.served),
        "conflicts": len(conflicts),
    }


def median_of(runs: list[dict[str, float | str | None]]) -> dict[str, float | str | None]:
    """Medians of the numeric figures; the others from the first run."""
    merged = dict(runs[0])
    for key, value in runs[0].items():
        values = [r[key] for r in runs if isinstance(r[key], int | float)]
        if isinstance(value, int | float) and len(values) == len(runs):
            merged[key] = statistics.median(values)  # type: ignore[type-var]
    return merged


def explain_seconds(plan: Plan) -> float:
    """Time of one explanation: request 1's vehicle on its first wanted pad in its window."""
    request = plan.get(Kind.REQUEST, 1)
    assert isinstance(request, Request)
    item = Item(
        Ref(Kind.REQUEST, 0), request.tenant_id, request.vehicle_id, request.earliest_start,
        request.latest_end, request.window_days, True, None, 1,
    )  # fmt: skip
    started = time.perf_counter()
    explain(plan, item, request.pad_ids[0], AT)
    return time.perf_counter() - started


def run(quick: bool = False) -> dict[str, object]:
    """Every figure of the module's notes (smaller instances with ``quick``)."""
    repeats = 1 if quick else 3
    sizes = [(20, 60, 20_000.0, 1.0), (40, 200, 20_000.0, 10.0)]
    if not quick:
        sizes.append((200, 2000, 400.0, 10.0))
    figures: dict[str, object] = {}
    for pads, requests, spacing, limit in sizes:
        plan = instance(pads, requests, spacing)
        times = repeats if requests < 2000 else 1
        figures[f"{pads}/{requests}"] = median_of(
            [optimise_figures(plan, limit) for _ in range(times)]
        )
    plan = instance(40, 200, 20_000.0)
    figures["explain_40/200_s"] = statistics.median(explain_seconds(plan) for _ in range(repeats))
    return figures


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick), indent=2, default=str))


if __name__ == "__main__":
    main()
