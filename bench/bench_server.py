"""Shared plans on PostgreSQL: open the 100,000-facility plan from the server against the
SQLite file open (ratio), one edit saved, a save heard by another planner's listener, and ten
planners making 100 edits each at once with no update lost.

The goals (issue 12): open within 2x the file, one edit saved within 20 ms, a change seen by
another window within 1 s. A throwaway server is started for the run (as the tests do).
Run ``python -m bench server [--quick]``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.timing import median_seconds
from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import Kind, Tenant
from cosmoplan.services.commands import update
from cosmoplan.services.outside import OutsideWatch
from cosmoplan.services.project import Project
from cosmoplan.storage.audit import read_history
from tests.pg_planners import run_planners
from tests.pgserver import Cluster, server_binaries, start_cluster


def _open(location: str) -> object:
    project = Project.open(location, read_only=True)
    project.close()
    return project


def _edit_and_save(project: Project) -> None:
    facility = next(project.plan.facilities())
    project.execute(update(facility, notes=facility.notes + "."))
    project.save()


def _heard_s(url: str, repeats: int) -> float:
    """Median seconds from another planner's save returning to the window's watch merging it."""
    window, other = Project.open(url), Project.open(url)
    watch = OutsideWatch(window)
    times = []
    try:
        for _ in range(repeats):
            _edit_and_save(other)
            start = time.perf_counter()
            while (found := watch.poll()) is None:
                time.sleep(0.001)
            times.append(time.perf_counter() - start)
            assert found.changes.changed
    finally:
        watch.stop()
        window.close()
        other.close()
    return statistics.median(times)


def _ten_planners(cluster: Cluster, edits: int) -> dict[str, float | int]:
    url = cluster.create_database("bench_planners")
    plan = synthetic_plan(pads=10, facilities=100, zones=2, allocations=10)
    first = max(plan.objects(Kind.TENANT), default=0) + 1
    for number in range(first, first + 10):
        plan.add(Tenant(number, f"Planner tenant {number}", "KZ"))
    Project.create(url, plan).close()
    shared = sorted(plan.objects(Kind.TENANT))[:2]
    plans = {f"p{n}": [first + n, *shared] for n in range(10)}
    start = time.perf_counter()
    done = run_planners(url, plans, edits, together=True)
    elapsed = time.perf_counter() - start
    saved = {(e.planner, e.tenant, e.value) for e in done if e.saved}
    logged = {
        (e.planner, e.object_id, (e.after or {}).get("contact"))
        for e in read_history(url, Kind.TENANT.value)
        if e.operation == "UPDATE" and "contact" in e.fields
    }
    assert logged == saved, "an update was lost"
    return {
        "planners": 10,
        "edits_each": edits,
        "saved": len(saved),
        "conflicts": len(done) - len(saved),
        "lost": len(saved - logged),
        "wall_s": round(elapsed, 2),
    }


def run(quick: bool = False) -> dict[str, object]:
    """Median figures of each operation on a throwaway server."""
    binaries = server_binaries()
    if binaries is None:
        return {"skipped": "PostgreSQL server binaries not found (apt-get install postgresql)"}
    facilities = 10_000 if quick else 100_000
    repeats = 3 if quick else 5
    plan = synthetic_plan(pads=100, facilities=facilities, zones=20, allocations=1000)
    cluster = start_cluster(binaries)
    try:
        url = cluster.create_database("bench_open")
        Project.create(url, plan).close()
        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "bench.cosmoplan")
            Project.create(path, plan).close()
            rounds = [
                (median_seconds(lambda: _open(url), 1), median_seconds(lambda: _open(path), 1))
                for _ in range(repeats)
            ]
        server_s, file_s = (statistics.median(times) for times in zip(*rounds, strict=True))
        project = Project.open(url)
        try:
            save_s = median_seconds(lambda: _edit_and_save(project), 4 * repeats + 1)
        finally:
            project.close()
        heard_s = _heard_s(url, 4 * repeats + 1)
        planners = _ten_planners(cluster, 20 if quick else 100)
    finally:
        cluster.stop()
    return {
        "facilities": facilities,
        "open_server_s": round(server_s, 3),
        "open_file_s": round(file_s, 3),
        "open_server_over_file": round(statistics.median(s / f for s, f in rounds), 2),
        "save_one_edit_ms": round(save_s * 1000, 1),
        "heard_by_another_ms": round(heard_s * 1000, 1),
        "ten_planners": planners,
    }
