"""Quantity-distance checks: 1,000 allocations against 100,000 facilities, and a brute force.

Target (issue 5): the hazard checks of 1,000 allocations against 100,000 facilities under 1 s,
with STRtree bulk queries. The brute force (every allocation against every facility, zone and
pad in a Python loop) is far too slow for the full plan: it runs on a sample of allocations
and its time is extrapolated linearly to all of them (it is linear in the allocations); the
result says so. The two agree on every violation of the sample.
Flight corridors (Appendix A) are timed too: every allocation gets a launch azimuth and its
vehicle a class, and the corridor rules run cold (no corridor cached: each distinct launch
point and azimuth costs one geodesic build) and warm.
Run ``.venv/bin/python -m bench.bench_safety [--quick]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import time
from datetime import date, timedelta

from bench.timing import median_seconds
from cosmoplan.analysis import CheckContext, RuleCatalogue, check_plan
from cosmoplan.analysis.rules.corridors import corridor_rules
from cosmoplan.analysis.rules.safety import safety_rules
from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import FacilityKind, Kind, Plan, Propellant, VehicleClass, ZoneKind
from cosmoplan.safety.checks import find_violations
from cosmoplan.safety.index import ROUTE_KINDS, Occupant, SafetyIndex, clip, service_interval
from cosmoplan.safety.norm import HazardDistances
from cosmoplan.safety.overflight import clear_corridor_cache
from cosmoplan.safety.tnt import PlannerFactor

AT = date(2026, 1, 1)
ONE_DAY = timedelta(days=1)
#: Synthetic vehicles and stores use every combination; without a factor LOX/methane and
#: LOX/propane loads are not checked at all, so the benchmark enters one for them.
FACTORS = {
    Propellant.LOX_METHANE: PlannerFactor(0.2, "benchmark stand-in"),
    Propellant.LOX_PROPANE: PlannerFactor(0.2, "benchmark stand-in"),
}


def brute_force(context: CheckContext, index: SafetyIndex, occupants: list[Occupant]) -> int:
    """Violations found by comparing each allocation with every object, one pair at a time."""
    count = 0
    for occupant in occupants:
        own = index.vehicle(occupant.vehicle)
        if not isinstance(own, HazardDistances):
            continue
        source, period = (
            occupant.pad.hazard_source,
            (occupant.allocation.start, occupant.allocation.end),
        )
        for facility in context.facilities.values():
            interval = service_interval(facility)
            if interval is None or clip(*period, interval) is None:
                continue
            if facility.kind in ROUTE_KINDS:
                same = (
                    facility.complex_id is not None
                    and facility.complex_id == occupant.pad.complex_id
                )
                if not same and source.distance(facility.geometry) < own.public_traffic_route.m:
                    count += 1
            elif facility.kind is FacilityKind.PROPELLANT_STORE:
                store = index.store(context, facility.id)
                required = (
                    own.intraline if store is None else index.norm.intraline_between(own, store)
                )
                if source.distance(facility.geometry) < required.m:
                    count += 1
        for zone in context.zones.values():
            if clip(*period, (zone.valid_from, zone.valid_to)) is None:
                continue
            if zone.kind is ZoneKind.PUBLIC_AREA:
                count += source.distance(zone.geometry) < own.public_area.m
            elif zone.kind is ZoneKind.COSMODROME_BOUNDARY:
                count += source.distance(zone.geometry.boundary) < own.public_area.m
        for pad in context.pads.values():
            if pad.id == occupant.pad.id:
                continue
            actual = source.distance(pad.hazard_source)
            for other in context.binding_on(pad.id):
                if clip(*period, (other.allocation.start, other.allocation.end + ONE_DAY)) is None:
                    continue
                if other.tenant.id != occupant.tenant.id and actual < own.public_area.m:
                    count += 1
                theirs = index.vehicle(other.vehicle)
                required = (
                    index.norm.intraline_between(own, theirs)
                    if isinstance(theirs, HazardDistances)
                    else own.intraline
                )
                count += actual < required.m
    return count


def run(quick: bool = False) -> dict[str, float | int | bool | str]:
    """Median figures of the bulk checks, the full safety check and the brute-force ratio."""
    facilities, allocations, sample = (10_000, 200, 5) if quick else (100_000, 1_000, 10)
    repeats = 3 if quick else 5
    plan = synthetic_plan(pads=100, facilities=facilities, zones=20, allocations=allocations)
    context = CheckContext(plan, AT)
    bounds = context.binding(context.ids(Kind.ALLOCATION))

    def cold() -> dict[int, list[object]]:
        return find_violations(context, SafetyIndex(factors=FACTORS), bounds)  # type: ignore[return-value]

    cold_s = median_seconds(cold, repeats)
    warm_index = SafetyIndex(factors=FACTORS)
    found = find_violations(context, warm_index, bounds)
    warm_s = median_seconds(lambda: find_violations(context, warm_index, bounds), repeats)
    catalogue = RuleCatalogue(safety_rules(factors=FACTORS))
    findings = check_plan(plan, AT, catalogue)
    full_s = median_seconds(lambda: check_plan(plan, AT, catalogue), repeats)

    checked = [b for b in bounds if b.allocation.id in found][:sample]
    gc.collect()
    start = time.perf_counter()
    brute = brute_force(context, warm_index, checked)  # type: ignore[arg-type]
    brute_s = (time.perf_counter() - start) * len(found) / len(checked)
    fast = sum(len(found[b.allocation.id]) for b in checked)
    return {
        "facilities": facilities,
        "allocations": allocations,
        "binding_allocations": len(bounds),
        "checked_allocations": len(found),
        "violations": sum(len(v) for v in found.values()),
        "findings": len(findings),
        "bulk_check_cold_ms": round(cold_s * 1e3, 1),
        "bulk_check_warm_ms": round(warm_s * 1e3, 1),
        "bulk_check_target_ms": 1_000,
        "safety_rules_full_check_ms": round(full_s * 1e3, 1),
        "brute_force_ms": round(brute_s * 1e3, 1),
        "brute_force_basis": f"{len(checked)} allocations timed, extrapolated to {len(found)}",
        "brute_over_bulk_cold": round(brute_s / cold_s, 1),
        "brute_over_bulk_warm": round(brute_s / warm_s, 1),
        "brute_agrees_on_sample": brute == fast,
        **corridors(plan, repeats),
    }


def corridors(plan: Plan, repeats: int) -> dict[str, float | int]:
    """Corridor rules over every allocation, each given one of ten azimuths (so about ten
    corridors per pad) and its vehicle a class in turn."""
    classes = list(VehicleClass)
    for vehicle in list(plan.vehicles()):
        chosen = classes[vehicle.id % len(classes)]
        plan.replace(dataclasses.replace(vehicle, vehicle_class=chosen, apogee_km=150.0))
    for allocation in list(plan.allocations()):
        azimuth = 30.0 + 5.0 * (allocation.id % 10)
        plan.replace(dataclasses.replace(allocation, launch_azimuth_deg=azimuth))
    catalogue = RuleCatalogue(corridor_rules())

    def cold() -> object:
        clear_corridor_cache()
        return check_plan(plan, AT, catalogue)

    cold_s = median_seconds(cold, repeats)
    findings = check_plan(plan, AT, catalogue)
    warm_s = median_seconds(lambda: check_plan(plan, AT, catalogue), repeats)
    return {
        "corridor_findings": len(findings),
        "corridor_rules_cold_ms": round(cold_s * 1e3, 1),
        "corridor_rules_warm_ms": round(warm_s * 1e3, 1),
    }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_safety", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 facilities, 200 allocations")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
