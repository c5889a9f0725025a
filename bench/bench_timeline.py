"""Timeline speed on a big plan (1,000 pads, 10,000 allocations): build, first paint, scroll,
pan and zoom frames, one edit, the rule check of a dragged bar, and the same scroll and zoom
frames drawn the naive way (one QGraphicsRectItem and one text item per bar in a pyqtgraph
ViewBox; no headers, grid or outages).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench timeline [--quick]``.
Frames are timed from the view change to the end of a synchronous repaint of the 1280x800
viewport; wall-clock and CPU medians are both reported (the machine is shared).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import Any

WIDTH, HEIGHT = 1280, 800
FRAMES = 20


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median(samples: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "wall_ms": round(statistics.median(s[0] for s in samples), 2),
        "cpu_ms": round(statistics.median(s[1] for s in samples), 2),
    }


def _frames(change: Callable[[int], None], repaint: Callable[[], None], count: int) -> dict:
    def frame(i: int) -> Callable[[], None]:
        def run() -> None:
            change(i)
            repaint()

        return run

    return _median([_timed(frame(i)) for i in range(count)])


def _ours(plan: Any, count: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from cosmoplan.analysis import CandidateChecker
    from cosmoplan.domain import Kind
    from cosmoplan.gui.document import Document
    from cosmoplan.gui.timeline import TimelineView
    from cosmoplan.services.commands import update
    from cosmoplan.services.project import Project
    from cosmoplan.services.viewstate import AsOfDate, Selection

    document = Document(Project(plan))
    view: TimelineView | None = None

    def build() -> None:
        nonlocal view
        view = TimelineView(document, Selection(), AsOfDate())
        view.resize(WIDTH, HEIGHT)

    build_ms = _timed(build)
    assert view is not None
    viewport = view.viewport()

    def first() -> None:
        view.show()
        QApplication.processEvents()
        viewport.repaint()

    first_ms = _timed(first)
    view.grab().save("/tmp/bench_timeline.png")
    result: dict[str, Any] = {
        "rows": len(view.model.rows),
        "bars": sum(len(r.bars) for r in view.model.rows),
        "build_ms": _median([build_ms]),
        "first_paint_ms": _median([first_ms]),
    }
    result["scroll_40px_frame"] = _frames(
        lambda i: view.scroll_to(view.top + 40), viewport.repaint, count
    )
    rows = view.model.height
    result["scroll_jump_frame_new_rows"] = _frames(
        lambda i: view.scroll_to((i * 7919) % rows), viewport.repaint, count
    )
    result["pan_frame_all_years"] = _frames(
        lambda i: view.pan_by_days(30 if i % 2 else -30), viewport.repaint, count
    )
    result["zoom_frame_all_years"] = _frames(
        lambda i: view.zoom_by(1.25 if i % 2 else 0.8), viewport.repaint, count
    )
    view.zoom_to_period(date(2030, 1, 1), date(2031, 1, 1))
    viewport.repaint()
    result["scroll_40px_frame_labelled_year"] = _frames(
        lambda i: view.scroll_to(view.top + 40), viewport.repaint, count
    )
    result["zoom_frame_labelled_year"] = _frames(
        lambda i: view.zoom_by(1.25 if i % 2 else 0.8), viewport.repaint, count
    )
    shown = [b for r in view.model.rows[:20] for b in r.bars]
    target = shown[0].allocation

    def edit(i: int) -> None:
        current = document.plan.get(Kind.ALLOCATION, target.id)
        document.execute(update(current, end=target.end + timedelta(days=i + 1)))

    built = view.model.rows_built
    result["edit_one_allocation_and_repaint"] = _frames(edit, viewport.repaint, count)
    result["rows_rebuilt_per_edit"] = (view.model.rows_built - built) / count
    result["drag_start_checker"] = _median(
        [_timed(lambda: CandidateChecker(document.plan)) for _ in range(5)]
    )
    checker = CandidateChecker(document.plan)
    result["drag_step_check"] = _median(
        [_timed(partial(_check_moved, checker, target, i)) for i in range(count)]
    )
    result["chunks_built"] = view.bars.chunks_built
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return result


def _naive(plan: Any, count: int) -> dict:
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsItem,
        QGraphicsRectItem,
        QGraphicsSimpleTextItem,
    )

    from cosmoplan.services.viewstate.days import x_after, x_of
    from cosmoplan.services.viewstate.timeline import TimelineModel, bar_top

    view = pg.GraphicsView()
    box = pg.ViewBox(enableMenu=False, invertY=True)
    view.setCentralItem(box)
    view.resize(WIDTH, HEIGHT)

    def build() -> None:
        model = TimelineModel(plan)
        for index, row in enumerate(model.rows):
            for bar in row.bars:
                y = model.offsets[index] + bar_top(bar.lane)
                item = QGraphicsRectItem(QRectF(bar.x0, y, bar.x1 - bar.x0, 17.0))
                pen = QPen(QColor(bar.colour))
                pen.setCosmetic(True)
                item.setPen(pen)
                item.setBrush(QBrush(QColor(bar.colour)))
                box.addItem(item, ignoreBounds=True)
                text = QGraphicsSimpleTextItem(bar.label)
                text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                text.setPos(bar.x0, y)
                box.addItem(text, ignoreBounds=True)

    build_ms = _timed(build)
    view.show()
    QApplication.processEvents()
    start, end = x_of(date(2026, 1, 1)), x_after(date(2040, 12, 31))
    box.setRange(xRange=(start, end), yRange=(0, HEIGHT), padding=0)
    view.viewport().repaint()
    top = [0.0]

    def scroll(i: int) -> None:
        top[0] += 40
        box.setYRange(top[0], top[0] + HEIGHT, padding=0)

    def zoom(i: int) -> None:
        x0, x1 = box.viewRange()[0]
        factor = 1.25 if i % 2 else 0.8
        mid = (x0 + x1) / 2
        box.setXRange(mid - (mid - x0) / factor, mid + (x1 - mid) / factor, padding=0)

    result = {
        "build_ms": _median([build_ms]),
        "scroll_40px_frame": _frames(scroll, view.viewport().repaint, count),
        "zoom_frame_all_years": _frames(zoom, view.viewport().repaint, count),
    }
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return result


def run(quick: bool = False) -> dict:
    """Time the timeline (and the naive way) on a synthetic plan; returns the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cosmoplan.demo import synthetic_plan

    QApplication.instance() or QApplication([])
    pads, allocations = (200, 2_000) if quick else (1_000, 10_000)
    count = 6 if quick else FRAMES
    plan = synthetic_plan(pads=pads, facilities=10, allocations=allocations)
    ours = _ours(plan, count)
    naive = _naive(plan, count)
    ratios = {
        key: round(naive[key]["wall_ms"] / max(ours[key]["wall_ms"], 0.01), 1)
        for key in ("scroll_40px_frame", "zoom_frame_all_years")
    }
    return {
        "pads": pads,
        "allocations": allocations,
        "ours": ours,
        "naive": naive,
        "naive_over_ours": ratios,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))


def _check_moved(checker: Any, target: Any, days: int) -> object:
    """What the candidate checker says of ``target`` moved by ``days``."""
    return checker.check(replace(target, start=target.start + timedelta(days)))
