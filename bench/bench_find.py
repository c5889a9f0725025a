"""Find speed on the big plan (1,000 pads, 10,000 allocations, 10,000 facilities): the time
from a keystroke to its results, in the core (the index's search and the coordinate parse) and
in the window's Find box (the search plus the results list filled), for the texts a planner
types one letter at a time; the index built, and rebuilt after a rename others are found by.

Target (issue 14): results within 50 ms of a keystroke.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench find [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from bench.timing import median_seconds
from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import Kind, Plan, Tenant
from cosmoplan.services.commands import UpdateObject
from cosmoplan.services.search import SearchIndex, parse_place


def _texts(plan: Plan) -> list[str]:
    """What a planner types: a pad code, a tenant, a vehicle, a facility, coordinates, and a
    text found nowhere (every entry scanned)."""
    pad = next(iter(plan.pads())).code
    tenant = next(iter(plan.tenants())).name
    vehicle = next(iter(plan.vehicles())).name
    facility = next(iter(plan.facilities())).name
    return [pad, tenant, vehicle, facility, "45.92, 63.34", "zqx nothing"]


def _keystrokes(texts: list[str]) -> list[str]:
    """Each text as it stands after each keystroke."""
    return [text[:end] for text in texts for end in range(1, len(text) + 1)]


def _per_keystroke_ms(action: Callable[[str], object], typed: list[str]) -> dict[str, float]:
    times = []
    for text in typed:
        start = time.perf_counter()
        action(text)
        times.append((time.perf_counter() - start) * 1000)
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
        "max_ms": round(ordered[-1], 2),
    }


def _core(plan: Plan, typed: list[str], repeats: int) -> dict[str, object]:
    index = SearchIndex(plan)
    build_s = median_seconds(lambda: SearchIndex(plan).search(""), repeats)
    index.search("")

    def keystroke(text: str) -> object:
        return parse_place(text), index.search(text)

    tenant = plan.get(Kind.TENANT, 1)
    assert isinstance(tenant, Tenant)
    changes = UpdateObject(replace(tenant, name=tenant.name + " renamed")).do(plan)
    index.apply(changes)
    start = time.perf_counter()
    index.search("x")
    rebuild_ms = (time.perf_counter() - start) * 1000
    return {
        "index_build_ms": round(build_s * 1000, 1),
        "rebuild_after_tenant_rename_ms": round(rebuild_ms, 1),
        "keystroke": _per_keystroke_ms(keystroke, typed),
    }


def _window(plan: Plan, typed: list[str]) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cosmoplan.gui.document import Document
    from cosmoplan.gui.find import FindDialog
    from cosmoplan.services.project import Project

    QApplication.instance() or QApplication([])
    dialog = FindDialog(Document(Project(plan)))
    start = time.perf_counter()
    dialog.open_for_typing()
    QApplication.processEvents()
    open_ms = (time.perf_counter() - start) * 1000

    def keystroke(text: str) -> None:
        dialog.field.setText(text)  # textChanged: search and fill the list
        QApplication.processEvents()

    result = {"open_ms": round(open_ms, 1), "keystroke": _per_keystroke_ms(keystroke, typed)}
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    return result


def run(quick: bool = False) -> dict[str, object]:
    """The figures of the core search and of the Find box."""
    pads, allocations, facilities = (100, 1_000, 1_000) if quick else (1_000, 10_000, 10_000)
    plan = synthetic_plan(pads=pads, allocations=allocations, facilities=facilities, zones=20)
    typed = _keystrokes(_texts(plan))
    core = _core(plan, typed, 3 if quick else 5)
    window = _window(plan, typed)
    return {
        "pads": pads,
        "allocations": allocations,
        "facilities": facilities,
        "keystrokes": len(typed),
        "core": core,
        "find_box": window,
        "target_ms": 50,
    }


def main() -> None:
    """Command line: print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of the plan")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick), indent=2))


if __name__ == "__main__":
    main()
