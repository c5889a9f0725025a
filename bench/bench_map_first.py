"""The first complete map image of a big plan: from the plan being open (in memory) to the
first paint of the whole map with its labels, on the 100,000-facility plan; medians of
several runs, each on a new canvas (as a window opening the plan makes one), the image taken
with ``grab()`` before the event loop runs any idle work; wall-clock and CPU time of this
process (the machine is shared).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_map_first [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from typing import Any

WIDTH, HEIGHT = 1280, 800


def _first_image(plan: Any) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from cosmoplan.gui.document import Document
    from cosmoplan.gui.map import MapCanvas
    from cosmoplan.services.project import Project
    from cosmoplan.services.viewstate import AsOfDate, LayerModel, Selection

    document = Document(Project(plan))
    cpu = time.process_time()
    start = time.perf_counter()
    canvas = MapCanvas(document, Selection(), AsOfDate(), LayerModel())
    canvas.resize(WIDTH, HEIGHT)
    built = time.perf_counter()
    canvas.show()
    image = canvas.grab()  # paints the whole map, labels included, before any idle work
    painted = time.perf_counter()
    assert not image.isNull() and canvas.map_item.stats.full == 1
    result = {
        "first_image_cpu_ms": (time.process_time() - cpu) * 1000,
        "build_ms": (built - start) * 1000,
        "first_paint_ms": (painted - built) * 1000,
        "first_image_ms": (painted - start) * 1000,
        "labels_placed": float(len(canvas.labels.placements)),
    }
    QApplication.processEvents()  # the idle warm-up, then away
    canvas.close()
    canvas.deleteLater()
    QApplication.processEvents()
    return result


def run(quick: bool = False, runs: int = 5) -> dict[str, Any]:
    """Time the first complete image ``runs`` times; returns medians (milliseconds)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cosmoplan.demo import synthetic_plan

    QApplication.instance() or QApplication([])
    facilities = 5_000 if quick else 100_000
    plan = synthetic_plan(pads=100, facilities=facilities, zones=20)
    samples = [_first_image(plan) for _ in range(runs)]
    return {
        "facilities": facilities,
        "viewport": f"{WIDTH}x{HEIGHT}",
        "runs": runs,
        **{key: round(statistics.median(s[key] for s in samples), 1) for key in samples[0]},
    }


def main() -> None:
    """Command line: print the medians as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5,000 facilities")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(run(args.quick, args.runs), indent=2))


if __name__ == "__main__":
    main()
