"""The graphics view under the map: a pyqtgraph view with an aspect-locked ViewBox in metres
and the screen-fixed furniture (scale bar, north arrow) painted in the foreground."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from cosmoplan.gui.map import decorations, qtstyle

#: The map's paper.
BACKGROUND = QColor(qtstyle.PAPER)


class MapView(pg.GraphicsView):
    """A GraphicsView holding one ViewBox (no axes, no pyqtgraph mouse handling)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        self.box = pg.ViewBox(lockAspect=True, enableMenu=False, defaultPadding=0.0)
        self.box.setMouseEnabled(False, False)
        self.box.disableAutoRange()
        self.setCentralItem(self.box)
        self.decorated = True

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self.decorated:
            return
        box = self.box.viewRect()
        if box.width() <= 0:
            return
        scale = self.box.width() / box.width()
        centre = box.center()
        painter.save()
        painter.resetTransform()
        viewport = QRectF(self.viewport().rect())
        decorations.paint_scale_bar(painter, viewport, scale)
        decorations.paint_north_arrow(
            painter, viewport, decorations.grid_convergence(centre.x(), centre.y())
        )
        painter.restore()
