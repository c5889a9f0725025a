"""The planner's cockpit on the big plan (issue 14 "Figures"): 1,000 pads, 10,000 allocations
and 10,000 facilities, the hazard layer on, in a 1366x768 window.

* ``as_of_step``: one step of the "as of" slider (▶, a month) until the window is idle and its
  map, findings and timeline are repainted (target 100 ms);
* ``allocate_all_pads``: the Allocate dialog's judgement of every pad for one vehicle, every
  rule, safety included (target 300 ms);
* ``full_check``: the full check with every rule, safety included (target 300 ms).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench cockpit [--quick]``; add
``--profile`` (``python -m bench.bench_cockpit --profile``) for a pyinstrument profile of the
as-of steps.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1366, 768
AT = date(2026, 1, 1)


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median(samples: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "wall_ms": round(statistics.median(s[0] for s in samples), 1),
        "cpu_ms": round(statistics.median(s[1] for s in samples), 1),
    }


def _window(plan: Any) -> Any:
    from PySide6.QtWidgets import QApplication

    from cosmoplan.gui.app import create_main_window
    from cosmoplan.gui.settings import AppSettings
    from cosmoplan.services.project import Project
    from cosmoplan.services.viewstate import Clock

    folder = Path(tempfile.mkdtemp(prefix="bench-cockpit-"))
    window = create_main_window(Project(plan), AppSettings(folder), clock=Clock(AT))
    window.resize(WIDTH, HEIGHT)
    hazards = window.action_set["view.hazard-areas"]
    if not hazards.isChecked():
        hazards.trigger()
    window.view.as_of.set(date(2030, 1, 1))
    _settle(QApplication.instance())
    return window


def _settle(app: Any) -> None:
    """Run the event loop until nothing is pending (deferred work and repaints included)."""
    for _ in range(5):
        app.processEvents()


def as_of_steps(window: Any, count: int) -> dict[str, float]:
    """Median time of one slider step (a month forward, then back) until all is repainted."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    slider = window.date_bar.slider
    canvas_viewport = window.canvas.viewport()

    def step(i: int) -> Callable[[], None]:
        def run() -> None:
            slider.step(1 if i % 2 == 0 else -1)
            _settle(app)
            canvas_viewport.repaint()

        return run

    return _median([_timed(step(i)) for i in range(count)])


def run(quick: bool = False, profile: bool = False) -> dict[str, object]:
    """Time the three figures; returns them with their targets."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.timing import median_seconds
    from cosmoplan.analysis import RULES, check_plan
    from cosmoplan.demo.synthetic import synthetic_plan
    from cosmoplan.domain import Kind, Vehicle
    from cosmoplan.services.allocation import pad_suitability

    QApplication.instance() or QApplication([])
    pads, allocations, facilities = (100, 1_000, 1_000) if quick else (1_000, 10_000, 10_000)
    count = 6 if quick else 20
    plan = synthetic_plan(pads=pads, facilities=facilities, allocations=allocations)
    vehicle = plan.get(Kind.VEHICLE, 1)
    assert isinstance(vehicle, Vehicle)
    period = (date(2030, 1, 1), date(2032, 12, 31))
    window = _window(plan)
    as_of_steps(window, 2)  # warm up
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        as_of_steps(window, count)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    step = as_of_steps(window, count)
    window.files.confirm_close = lambda: True
    window.close()
    judge_s = median_seconds(lambda: pad_suitability(plan, vehicle, *period, at=AT), 3)
    full_s = median_seconds(lambda: check_plan(plan, AT, RULES), 3)
    return {
        "pads": pads,
        "allocations": allocations,
        "facilities": facilities,
        "as_of_step": step,
        "as_of_step_target_ms": 100,
        "allocate_all_pads_ms": round(judge_s * 1e3, 1),
        "allocate_all_pads_target_ms": 300,
        "full_check_ms": round(full_s * 1e3, 1),
        "full_check_target_ms": 300,
    }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_cockpit", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a small plan, for a smoke run")
    parser.add_argument("--profile", action="store_true", help="profile the as-of steps")
    args = parser.parse_args()
    print(json.dumps(run(args.quick, args.profile), indent=2))


if __name__ == "__main__":
    main()
