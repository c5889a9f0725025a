"""Hazard areas are attributable: outlines only, labels on their rings naming the pad, the
area under the mouse filled and named, with its allocation, in the hover tip."""

from __future__ import annotations

from datetime import date
from typing import cast

import shapely
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cosmoplan.domain import Kind
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.map.hazards import LAYER_ID, HazardOverlay
from cosmoplan.mapping.hazards import HazardKind

DAY = date(2030, 6, 1)


def hazards(window: MainWindow) -> HazardOverlay:
    return cast(HazardOverlay, window.safety_layers[LAYER_ID])


def test_areas_are_outlines_until_selected_or_hovered(main_window: MainWindow, qtbot) -> None:
    window = main_window
    window.as_of.set(DAY)
    layer = hazards(window)
    drawn = layer.canvas.stack.get(LAYER_ID).features.values()
    assert drawn and all(f.style.fill is None for f in drawn)
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    (area,) = [a for a in layer.areas if a.pad_id == pad.id and a.kind is HazardKind.PUBLIC_AREA][
        :1
    ]
    canvas = window.canvas
    canvas.zoom_to_bounds(area.geometry.bounds)
    x0, y0, x1, y1 = area.geometry.bounds
    inside = ((x0 + x1) / 2, y1 - (y1 - y0) * 0.02)  # just inside the top of the ring
    tip = canvas.hover.tip_at(*inside)
    assert "45/1" in tip and "Public area" in tip
    vehicle_names = {
        v.name for v in window.document.plan.objects(Kind.VEHICLE).values() if v.name in tip
    }
    assert vehicle_names  # the owning allocation's vehicle is named
    filled = [f for f in canvas.stack.get(LAYER_ID).features.values() if f.style.fill]
    assert len(filled) == 1 and shapely.equals(filled[0].geometry, area.geometry)
    assert "Public area" not in canvas.hover.tip_at(x1 + (x1 - x0) * 3, y1)  # away from all
    assert not any(f.style.fill for f in canvas.stack.get(LAYER_ID).features.values())


def test_the_resting_mouse_shows_the_tip(main_window: MainWindow, qtbot) -> None:
    canvas = main_window.canvas
    pad = main_window.document.plan.pad_by_code("45/1")
    assert pad is not None
    canvas.zoom_to_bounds(shapely.buffer(pad.location, 300).bounds)
    pos: QPoint = canvas.map_to_widget(pad.location.x, pad.location.y)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(canvas.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.viewport(), move)
    qtbot.wait(800)
    assert "45/1" in canvas.hover.text, canvas.hover.text


def test_each_public_area_label_sits_on_its_ring_and_names_its_pad(
    main_window: MainWindow,
) -> None:
    window = main_window
    window.as_of.set(DAY)
    canvas = window.canvas
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    canvas.zoom_to_bounds(shapely.buffer(pad.location, 3000).bounds)
    canvas.settle()
    canvas.viewport().repaint()
    placed = [p for p in canvas.callouts.placed if p.callout.text.startswith("45/1: ")]
    assert placed
    for p in placed:
        box = p.image.rect().translated(
            (canvas.map_to_widget_f(p.callout.x, p.callout.y) + p.offset).toPoint()
        )
        ring = [
            canvas.map_to_widget_f(x, y) for x, y in ((p.callout.x, p.callout.y), *p.callout.others)
        ]
        assert any(box.contains(point.toPoint()) for point in ring)
