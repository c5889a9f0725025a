"""Map canvas speed on a big plan: build, first full draw, pan and zoom frames, memory, and the
same frames drawn the naive way (one QGraphicsPathItem per feature in a pyqtgraph ViewBox).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_map [--quick]``.
Frames are timed from the view change to the end of a synchronous repaint of the 1280x800
viewport; wall-clock and CPU (this process) medians are both reported, since the machine is
shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: A view's bounds on the map: x0, y0, x1, y1 (metres).
Bounds = tuple[float, float, float, float]

WIDTH, HEIGHT = 1280, 800
FRAMES = 20


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(action: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median(samples: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "wall_ms": round(statistics.median(s[0] for s in samples), 1),
        "cpu_ms": round(statistics.median(s[1] for s in samples), 1),
    }


class _Driver:
    """The same view changes for both canvases: pans of 32 px and zoom steps of 1.25x."""

    def __init__(
        self,
        box: Any,
        repaint: Callable[[], None],
        pan: Callable[[float], None] | None = None,
        settle: Callable[[], None] | None = None,
    ) -> None:
        self.box = box
        self.repaint = repaint
        self._pan = pan
        self._settle = settle

    def show(self, bounds: tuple[float, float, float, float]) -> None:
        from PySide6.QtCore import QRectF

        x0, y0, x1, y1 = bounds
        if self._settle is not None:
            self._settle()
        self.box.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0)
        self.repaint()
        self.repaint()  # a second paint settles anything the first one scheduled

    def pan(self, pixels: float) -> None:
        if self._pan is not None:  # the canvas's own pan, as a drag or an arrow key does
            self._pan(pixels)
            self.repaint()
            return
        rect = self.box.viewRect()
        scale = self.box.width() / rect.width()
        self.box.setRange(rect.translated(pixels / scale, 0), padding=0)
        self.repaint()

    def zoom(self, factor: float) -> None:
        rect = self.box.viewRect()
        centre = rect.center()
        w, h = rect.width() / factor, rect.height() / factor
        rect.setRect(centre.x() - w / 2, centre.y() - h / 2, w, h)
        self.box.setRange(rect, padding=0)
        self.repaint()

    def frames(self, full: Bounds, detail: Bounds, count: int) -> dict:
        self.show(full)
        pan_full = [_timed(lambda: self.pan(32)) for _ in range(count)]
        self.show(detail)
        pan_detail = [_timed(lambda: self.pan(32)) for _ in range(count)]
        self.show(full)
        steps = count // 2
        zoom = [_timed(lambda: self.zoom(1.25)) for _ in range(steps)]
        zoom += [_timed(lambda: self.zoom(1 / 1.25)) for _ in range(steps)]
        return {
            "pan_full_view": _median(pan_full),
            "pan_detail_view": _median(pan_detail),
            "zoom": _median(zoom),
            "all": _median(pan_full + pan_detail + zoom),
        }


def _views(plan: Any) -> tuple[Bounds, Bounds]:
    """The whole site, and a 1 % detail (a tenth of the side) around the first complex."""
    import numpy as np
    import shapely

    from cosmoplan.domain.geometry import drawn_geometry

    zone = next(iter(plan.zones()))
    x0, y0, x1, y1 = zone.geometry.bounds
    complex_ = next(iter(plan.complexes()))
    cx, cy = np.asarray(shapely.centroid(drawn_geometry(complex_)).coords[0])
    side = (x1 - x0) / 10
    aspect = WIDTH / HEIGHT
    return (x0, y0, x1, y1), (
        cx - side * aspect / 2,
        cy - side / 2,
        cx + side * aspect / 2,
        cy + side / 2,
    )


def _ours(plan: Any, full: Bounds, detail: Bounds, count: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from cosmoplan.gui.document import Document
    from cosmoplan.gui.map import MapCanvas
    from cosmoplan.services.project import Project
    from cosmoplan.services.viewstate import AsOfDate, LayerModel, Selection

    rss = _rss_mb()
    canvas: MapCanvas | None = None

    def build() -> None:
        nonlocal canvas
        canvas = MapCanvas(Document(Project(plan)), Selection(), AsOfDate(), LayerModel())
        canvas.resize(WIDTH, HEIGHT)

    build_ms = _timed(build)
    assert canvas is not None
    viewport = canvas.viewport()

    def first() -> None:  # the first paint prepares every chunk
        canvas.show()
        QApplication.processEvents()
        viewport.repaint()

    first_ms = _timed(first)

    def redraw() -> None:
        canvas.map_item.invalidate()
        canvas.labels.invalidate()
        viewport.repaint()

    redraw_ms = _timed(redraw)
    for _ in range(len(canvas.layers())):  # let the idle warm-up finish, as it would
        QApplication.processEvents()
    canvas.grab().save("/tmp/bench_map.png")
    driver = _Driver(
        canvas.view.box, viewport.repaint, lambda px: canvas.pan_by(-px, 0), canvas.settle
    )
    frames = driver.frames(full, detail, count)
    driver.show(full)

    def interactive_zoom() -> None:
        canvas.zoom_by(1.25)
        viewport.repaint()

    stretched = [_timed(interactive_zoom) for _ in range(5)]

    def settle() -> None:
        canvas.settle()
        viewport.repaint()

    settled = [_timed(settle)]
    result = {
        "build_ms": _median([build_ms]),
        "first_full_draw_ms": _median([first_ms]),
        "full_redraw_ms": _median([redraw_ms]),
        "frames": frames,
        "wheel_zoom_frame_while_moving": _median(stretched),
        "frame_when_settled": _median(settled),
        "rss_mb": round(_rss_mb(), 1),
        "rss_added_mb": round(_rss_mb() - rss, 1),
        "render_stats": vars(canvas.map_item.stats),
    }
    canvas.close()
    canvas.deleteLater()
    QApplication.processEvents()
    return result


def _naive(plan: Any, full: Bounds, detail: Bounds, count: int) -> dict:
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
    from PySide6.QtWidgets import QApplication, QGraphicsPathItem

    rss = _rss_mb()
    view = pg.GraphicsView()
    box = pg.ViewBox(lockAspect=True, enableMenu=False)
    view.setCentralItem(box)
    view.resize(WIDTH, HEIGHT)
    pen = QPen(QColor("#6a51a3"))
    pen.setCosmetic(True)
    brush = QBrush(QColor(106, 81, 163, 170))

    def build() -> None:
        for facility in plan.facilities():
            geometry = facility.geometry
            if geometry.geom_type not in ("Polygon", "LineString"):
                continue
            ring = geometry.exterior if geometry.geom_type == "Polygon" else geometry
            coords = np.asarray(ring.coords)
            path = QPainterPath()
            path.moveTo(*coords[0])
            for x, y in coords[1:]:
                path.lineTo(x, y)
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            if geometry.geom_type == "Polygon":
                item.setBrush(brush)
            box.addItem(item, ignoreBounds=True)

    build_ms = _timed(build)
    view.show()
    QApplication.processEvents()
    driver = _Driver(box, view.viewport().repaint)
    first_ms = _timed(lambda: driver.show(full))
    frames = driver.frames(full, detail, count)
    result = {
        "build_ms": _median([build_ms]),
        "first_full_draw_ms": _median([first_ms]),
        "frames": frames,
        "rss_added_mb": round(_rss_mb() - rss, 1),
    }
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return result


def run(quick: bool = False) -> dict:
    """Time the map canvas (and the naive way) on a synthetic plan; returns the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cosmoplan.demo import synthetic_plan

    QApplication.instance() or QApplication([])
    facilities = 5_000 if quick else 100_000
    count = 6 if quick else FRAMES
    plan = synthetic_plan(pads=100, facilities=facilities, zones=20)
    full, detail = _views(plan)
    ours = _ours(plan, full, detail, count)
    naive = _naive(plan, full, detail, count)
    ratio = {
        key: round(naive["frames"][key]["cpu_ms"] / max(ours["frames"][key]["cpu_ms"], 0.01), 1)
        for key in ours["frames"]
    }
    return {
        "facilities": facilities,
        "viewport": f"{WIDTH}x{HEIGHT}",
        "canvas": ours,
        "naive_one_item_per_feature": naive,
        "naive_over_canvas_cpu_ratio": ratio,
    }


def main() -> None:
    """Command line: print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5,000 facilities, fewer frames")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick), indent=2))


if __name__ == "__main__":
    main()
