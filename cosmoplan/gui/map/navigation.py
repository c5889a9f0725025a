"""Moving the map: pixel pans, zooms about a point, fitting bounds, and the conversions
between model metres and widget pixels."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

from cosmoplan.gui.map.layer import Bounds

#: Zoom limits in pixels per metre (about 10,000 km to 2 cm across a screen).
MIN_SCALE = 1e-4
MAX_SCALE = 50.0
#: The smallest area (metres) a zoom to one point shows.
MIN_EXTENT = 400.0


class Navigator:
    """Wraps the ViewBox of a map view (aspect locked, y up, metres)."""

    def __init__(self, view: pg.GraphicsView, box: pg.ViewBox) -> None:
        self.view = view
        self.box = box

    def scale(self) -> float:
        """Pixels per metre."""
        rect = self.box.viewRect()
        return self.box.width() / rect.width() if rect.width() > 0 else 1.0

    def bounds(self) -> Bounds:
        """The model area in view (x0, y0, x1, y1)."""
        rect = self.box.viewRect()
        return (rect.left(), rect.top(), rect.right(), rect.bottom())

    def to_widget(self, x: float, y: float) -> QPointF:
        """Model metres to viewport pixels."""
        scene = self.box.mapViewToScene(QPointF(x, y))
        return self.view.viewportTransform().map(scene)

    def to_map(self, pos: QPointF) -> tuple[float, float]:
        """Viewport pixels to model metres."""
        scene = self.view.viewportTransform().inverted()[0].map(QPointF(pos))
        point = self.box.mapSceneToView(scene)
        return point.x(), point.y()

    def show(self, bounds: Bounds, padding: float = 0.05) -> None:
        """Fit ``bounds`` in the view, with a margin."""
        x0, y0, x1, y1 = bounds
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        w, h = max(x1 - x0, MIN_EXTENT), max(y1 - y0, MIN_EXTENT)
        w, h = w * (1 + 2 * padding), h * (1 + 2 * padding)
        self.box.setRange(QRectF(cx - w / 2, cy - h / 2, w, h), padding=0)

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map content by (dx, dy) pixels (right and down are positive)."""
        rect = self.box.viewRect()
        s = self.scale()
        self.box.setRange(rect.translated(-dx / s, dy / s), padding=0)

    def zoom(self, factor: float, about: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the point under ``about`` (pixels) still."""
        s = self.scale()
        target = min(max(s * factor, MIN_SCALE), MAX_SCALE)
        factor = target / s
        rect = self.box.viewRect()
        if about is None:
            cx, cy = rect.center().x(), rect.center().y()
        else:
            cx, cy = self.to_map(about)
        left = cx - (cx - rect.left()) / factor
        top = cy - (cy - rect.top()) / factor
        self.box.setRange(
            QRectF(left, top, rect.width() / factor, rect.height() / factor), padding=0
        )
