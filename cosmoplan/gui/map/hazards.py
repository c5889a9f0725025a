"""The "Hazard areas" overlay: the public-area and public-traffic-route distances around the
pads held on the "as of" date (safety rules §1.5), with the required distance labelled at
the top of each public-area circle; the selected allocation's (or pad's) areas stand out.

The areas come from :func:`cosmoplan.mapping.hazards.hazard_areas`; they are recomputed when
the date moves or a command touches allocations, pads or vehicles.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.asof import AsOfDate
from cosmoplan.gui.document import Document
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.map.overlays import Mark, MarksItem, cosmetic
from cosmoplan.gui.selection import Selection
from cosmoplan.mapping.hazards import HazardArea, HazardKind, hazard_areas
from cosmoplan.services.changes import Changes

LAYER_TITLE = "Hazard areas"
#: Kinds whose change moves or resizes a hazard area.
HAZARD_KINDS = frozenset({Kind.ALLOCATION, Kind.PAD, Kind.VEHICLE})
#: Just above the map image (pads show through the light fill), under guides and selection.
Z_VALUE = 10.5
PUBLIC_COLOUR = QColor("#c92a2a")
ROUTE_COLOUR = QColor("#e8590c")
DRAWN = (HazardKind.PUBLIC_AREA, HazardKind.PUBLIC_TRAFFIC_ROUTE)


def area_mark(area: HazardArea, emphasised: bool) -> Mark:
    """How one area is drawn: public area dashed red with a very light fill, public traffic
    route a thinner dashed orange outline; emphasised ones thicker and a little darker."""
    if area.kind is HazardKind.PUBLIC_AREA:
        pen = cosmetic(PUBLIC_COLOUR, 2.6 if emphasised else 1.6, Qt.PenStyle.DashLine)
        fill = QColor(PUBLIC_COLOUR)
        fill.setAlpha(46 if emphasised else 18)
        return Mark(area.geometry, pen, QBrush(fill))
    pen = cosmetic(ROUTE_COLOUR, 1.8 if emphasised else 1.0, Qt.PenStyle.DashLine)
    return Mark(area.geometry, pen, QBrush(Qt.BrushStyle.NoBrush))


def label_text(area: HazardArea) -> str:
    """The label of a public-area circle, e.g. ``public area 597 m``."""
    return f"public area {area.distance_m:,.0f} m"


class HazardItem(MarksItem):
    """Draws the hazard areas and the required-distance labels (fixed pixel size)."""

    def __init__(self) -> None:
        super().__init__()
        self.areas: list[HazardArea] = []
        self.emphasised: frozenset[int] = frozenset()
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.font.setBold(True)

    def show_areas(self, areas: list[HazardArea], emphasised: frozenset[int]) -> None:
        """Replace the areas (``emphasised``: allocation ids drawn stronger)."""
        self.areas = [a for a in areas if a.kind in DRAWN]
        self.emphasised = emphasised
        # Emphasised areas last, so that they are drawn on top.
        ordered = sorted(self.areas, key=lambda a: a.allocation_id in emphasised)
        self.set_marks([area_mark(a, a.allocation_id in emphasised) for a in ordered])

    def labels(self) -> list[tuple[float, float, str]]:
        """Each public-area label: the top of its circle (model metres) and its text."""
        return [
            ((a.geometry.bounds[0] + a.geometry.bounds[2]) / 2, a.geometry.bounds[3], label_text(a))
            for a in self.areas
            if a.kind is HazardKind.PUBLIC_AREA
        ]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        for x, y, text in self.labels():
            at = transform.map(QPointF(x, y))
            width = metrics.horizontalAdvance(text) + 8
            height = metrics.height() + 2
            # Just above the circle's top, so that the outline stays visible under it.
            box = QRectF(at.x() - width / 2, at.y() - height - 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 215))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(PUBLIC_COLOUR.darker(130))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class HazardOverlay(QObject):
    """Keeps the canvas's hazard-area overlay in step with the date, the plan and the
    selection; :meth:`set_enabled` shows or hides it."""

    def __init__(
        self,
        document: Document,
        selection: Selection,
        canvas: MapCanvas,
        as_of: AsOfDate,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.canvas = canvas
        self.day: date = as_of.date
        self.enabled = True
        self.areas: list[HazardArea] = []
        self.item = HazardItem()
        canvas.view.box.addItem(self.item, ignoreBounds=True)
        self.item.setZValue(Z_VALUE)
        as_of.changed.connect(self.set_date)
        document.changes_applied.connect(self._changes_applied)
        document.reloaded.connect(self.recompute)
        selection.changed.connect(self._show)
        self.recompute()

    def set_enabled(self, enabled: bool) -> None:
        """Show (``True``) or hide the hazard areas."""
        self.enabled = enabled
        self.item.setVisible(enabled)
        self.recompute()

    def set_date(self, day: date) -> None:
        """Show the areas of the allocations binding on ``day``."""
        self.day = day
        self.recompute()

    def recompute(self) -> None:
        """Compute the areas again (nothing while hidden)."""
        self.areas = hazard_areas(self.document.plan, self.day) if self.enabled else []
        self._show()

    def areas_of(self, allocation_id: int) -> list[HazardArea]:
        """The shown areas of one allocation."""
        return [a for a in self.areas if a.allocation_id == allocation_id]

    def emphasised(self) -> frozenset[int]:
        """Allocation ids to emphasise: selected allocations and those on selected pads."""
        refs = self.selection.refs
        pads = {r.id for r in refs if r.kind is Kind.PAD}
        allocations = {r.id for r in refs if r.kind is Kind.ALLOCATION}
        return frozenset(
            a.allocation_id
            for a in self.areas
            if a.allocation_id in allocations or a.pad_id in pads
        )

    def _changes_applied(self, changes: Changes) -> None:
        if changes.kinds() & HAZARD_KINDS:
            self.recompute()

    def _show(self, _refs: frozenset[Ref] | None = None) -> None:
        self.item.show_areas(self.areas, self.emphasised())
