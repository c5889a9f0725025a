"""The demo's labels as a planner sees them: at the whole site and close to Site 45, no two
placed labels overlap and none covers a pad; the two pads of Site 45 share one plate and one
label at the whole-site scale; the 45/1 cable mast is labelled close up."""

from __future__ import annotations

from datetime import date

import pytest
import shapely
from PySide6.QtCore import QRectF, QSizeF

from cosmoplan.domain import Kind
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.map.labels import INSET

DAY = date(2030, 6, 1)


def boxes(window: MainWindow) -> list[QRectF]:
    canvas = window.canvas
    canvas.settle()
    canvas.viewport().repaint()
    found = []
    for p in canvas.labels.placements:
        corner = canvas.map_to_widget_f(p.x, p.y) + p.offset
        found.append(QRectF(corner, QSizeF(p.image.size())).adjusted(INSET, INSET, -INSET, -INSET))
    for c in canvas.callouts.placed:
        corner = canvas.map_to_widget_f(c.callout.x, c.callout.y) + c.offset
        found.append(QRectF(corner, QSizeF(c.image.size())).adjusted(INSET, INSET, -INSET, -INSET))
    return found


def pad_symbols(window: MainWindow) -> list[QRectF]:
    canvas = window.canvas
    found = []
    for pad in window.document.plan.objects(Kind.PAD).values():
        at = canvas.map_to_widget_f(pad.location.x, pad.location.y)
        found.append(QRectF(at.x() - 5, at.y() - 5, 10, 10))
    return found


def assert_readable(window: MainWindow) -> None:
    placed = boxes(window)
    assert placed
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            assert not a.intersects(b)
    plates = [p.box for p in window.canvas.labels.plates]
    for symbol in pad_symbols(window):
        if any(QRectF(x0, y0, x1 - x0, y1 - y0).contains(symbol) for x0, y0, x1, y1 in plates):
            continue  # drawn on a plate instead
        assert not any(box.intersects(symbol) for box in placed)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_labels_at_the_whole_site_are_readable(main_window: MainWindow, qtbot, size) -> None:
    window = main_window
    window.resize(*size)
    window.as_of.set(DAY)
    window.canvas.zoom_to_all()
    assert_readable(window)
    texts = [p.text for p in window.canvas.labels.placements]
    assert "45/1 · 45/2" in texts and "45/1" not in texts and "45/2" not in texts


def test_labels_close_to_site_45_are_readable(main_window: MainWindow) -> None:
    window = main_window
    window.as_of.set(DAY)
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    window.canvas.zoom_to_bounds(shapely.buffer(pad.location, 300).bounds)
    assert_readable(window)
    texts = [p.text for p in window.canvas.labels.placements]
    assert any("cable mast" in t for t in texts) and "45/1" in texts
    window.canvas.zoom_to_bounds(shapely.buffer(pad.location, 1500).bounds)
    assert_readable(window)
