"""The graphics view under the map: a pyqtgraph view with an aspect-locked ViewBox in metres
and the screen-fixed furniture (scale bar, north arrow) painted in the foreground."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from cosmoplan.gui.map.decorations import grid_convergence, paint_north_arrow, paint_scale_bar
from cosmoplan.gui.qtstyle import PAPER

#: The map's paper.
BACKGROUND = QColor(PAPER)


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
        paint_scale_bar(painter, viewport, scale)
        paint_north_arrow(painter, viewport, grid_convergence(centre.x(), centre.y()))
        painter.restore()
