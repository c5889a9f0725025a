"""Storage speed: create, save and open a plan of 100,000 facilities against a raw read.

The goal (performance.md): ``PlanStore.open`` within 2x of reading the same rows with the
``sqlite3`` module and decoding the geometry with one vectorised ``shapely.from_wkb`` call.
Run ``.venv/bin/python -m bench.bench_storage [--quick]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import shapely

from bench.timing import median_seconds
from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import Facility, Kind, Plan, Ref
from cosmoplan.services.commands import update
from cosmoplan.services.outside import POLL_MS, OutsideWatch
from cosmoplan.services.project import Project
from cosmoplan.storage import PlanStore

GEOMETRY_COLUMNS = {"geometry", "footprint", "location"}


def _seconds(action: Callable[[], object], *, collector: bool = True) -> float:
    """Seconds one run of ``action`` takes; what it returns is freed after the clock stops."""
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.perf_counter()
        result = action()
        elapsed = time.perf_counter() - start
    finally:
        gc.enable()
    del result
    return elapsed


def raw_read(path: Path) -> list[object]:
    """Read every plan table with ``sqlite3`` and decode its WKB columns; return what was read."""
    connection = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name != "alembic_version"
        ]
        read: list[object] = []
        for name in names:
            cursor = connection.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            read.append(rows)
            for index, column in enumerate(columns):
                if column in GEOMETRY_COLUMNS:
                    wkb = np.array([row[index] for row in rows], dtype=object)
                    read.append(shapely.from_wkb(wkb))
        return read
    finally:
        connection.close()


def _open(path: Path) -> Plan:
    store, plan = PlanStore.open(path)
    store.close()
    return plan  # freed after the clock stops, like the raw read's rows


def _create(path: Path, plan: Plan) -> None:
    PlanStore.create(path, plan).close()


def _save_one(store: PlanStore, plan: Plan) -> None:
    facility = next(plan.facilities())
    assert isinstance(facility, Facility)
    plan.replace(replace(facility, notes=facility.notes + "."))
    store.save(plan, {Ref(Kind.FACILITY, facility.id)})


def _edit_and_save(project: Project) -> None:
    """One edited facility saved as the window does: under the write lock, checked against
    what others saved (the revision check), then the WAL folded into the file."""
    facility = next(project.plan.facilities())
    project.execute(update(facility, notes=facility.notes + "."))
    project.save()


def _outside_merge_s(path: Path, repeats: int) -> float:
    """Median seconds a window's look at its file takes to merge one facility another
    planner saved (the window looks every :data:`POLL_MS`, so it sees the change within
    ``POLL_MS`` plus this)."""
    window, other = Project.open(path), Project.open(path)
    watch = OutsideWatch(window)
    times = []
    try:
        for _ in range(repeats):
            _edit_and_save(other)
            start = time.perf_counter()
            found = watch.poll()
            times.append(time.perf_counter() - start)
            assert found is not None and found.changes.changed
    finally:
        window.close()
        other.close()
    return statistics.median(times)


def run(quick: bool = False) -> dict[str, float | int]:
    """Median seconds over several runs of each operation, and the median open/raw ratio."""
    facilities = 10_000 if quick else 100_000
    repeats = 3 if quick else 5
    plan = synthetic_plan(pads=100, facilities=facilities, zones=20, allocations=1000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.cosmoplan"
        create_s = median_seconds(lambda: _create(path, plan), repeats)
        store = PlanStore.open(path)[0]
        try:
            save_all_s = median_seconds(lambda: store.save(plan), repeats)
            save_one_s = median_seconds(lambda: _save_one(store, plan), repeats)
        finally:
            store.close()
        project = Project.open(path)
        try:
            save_edit_s = median_seconds(lambda: _edit_and_save(project), 4 * repeats + 1)
        finally:
            project.close()
        outside_s = _outside_merge_s(path, 4 * repeats + 1)
        # Rounds of open / raw read / raw read with the garbage collector on, so that all three
        # see the same load on a shared machine. PlanStore.open pauses the collector while it
        # builds objects, so the ratio is taken against the raw read with it paused too.
        rounds = [
            (
                _seconds(lambda: _open(path)),
                _seconds(lambda: raw_read(path), collector=False),
                _seconds(lambda: raw_read(path)),
            )
            for _ in range(repeats)
        ]
        open_s, raw_s, raw_gc_s = (statistics.median(times) for times in zip(*rounds, strict=True))
        ratio = statistics.median(opened / raw for opened, raw, _ in rounds)
        size = path.stat().st_size
    return {
        "facilities": facilities,
        "file_mb": round(size / 1e6, 1),
        "create_s": round(create_s, 3),
        "save_all_s": round(save_all_s, 3),
        "save_one_s": round(save_one_s, 4),
        "save_one_edit_checked_s": round(save_edit_s, 4),
        "outside_merge_s": round(outside_s, 4),
        "outside_seen_worst_s": round(POLL_MS / 1000 + outside_s, 3),
        "open_s": round(open_s, 3),
        "raw_read_s": round(raw_s, 3),
        "raw_read_with_gc_s": round(raw_gc_s, 3),
        "open_over_raw": round(ratio, 2),
    }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_storage", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 facilities, 3 runs")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
