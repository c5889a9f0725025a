"""Pads on the map coloured by the tenant occupying them on the "as of" date, and the legend
of those colours. The colours come from :mod:`cosmoplan.mapping.tenants` (as on the timeline
and in the reports); occupancy from :mod:`cosmoplan.mapping.occupancy`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cosmoplan.domain import Kind, Pad, natural_key
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.map import MapCanvas
from cosmoplan.mapping.occupancy import TenantPadStyle, occupancy, occupying_tenants
from cosmoplan.mapping.style import PAD_STATUS_COLORS
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate

#: The map layer this colours.
PAD_LAYER = "pads"
#: Kinds whose changes can change who occupies a pad or a tenant's colour.
OCCUPANCY_KINDS = frozenset({Kind.ALLOCATION, Kind.TENANT})


class TenantColouring(QObject):
    """Switches the map's pad layer between status colours and tenant colours, and keeps
    the tenant colours in step with the plan's allocations."""

    def __init__(self, document: Document, canvas: MapCanvas, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.canvas = canvas
        self.style = TenantPadStyle(document.plan)
        self.enabled = False
        document.changes_applied.connect(self._changes_applied)

    def set_enabled(self, enabled: bool) -> None:
        """Colour pads by tenant (``True``) or by status only."""
        self.enabled = enabled
        self.style.invalidate()
        self.canvas.set_layer_style_function(PAD_LAYER, self.style if enabled else None)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.kinds() & OCCUPANCY_KINDS:
            self.style.invalidate()
            if self.enabled:
                self.canvas.restyle_layer(PAD_LAYER)


def swatch(fill: str, outline: str | None = None, size: int = 14) -> QIcon:
    """A round colour sample like a pad on the map."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(fill))
    painter.setPen(QColor(outline or "#000000"))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class TenantLegend(QWidget):
    """Which tenant holds which pads on the date shown, in the map's colours."""

    def __init__(self, document: Document, as_of: AsOfDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tenant_legend")
        self.document = document
        self.day = as_of.date
        self.title = QLabel(self)
        self.title.setObjectName("label_legend_title")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("list_legend")
        self.list.setIconSize(QSize(14, 14))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        document.changes_applied.connect(self._changes_applied)
        follow(as_of, self, self.set_date)
        self.refresh()

    def set_date(self, day: date) -> None:
        """Show the occupancy on ``day``."""
        self.day = day
        self.refresh()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.kinds() & (OCCUPANCY_KINDS | {Kind.PAD}):
            self.refresh()

    def entries(self) -> list[str]:
        """The lines shown (for tests and accessibility)."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def refresh(self) -> None:
        """Rebuild the list from the plan."""
        plan = self.document.plan
        held = occupancy(plan, self.day)
        self.title.setText(tr("Pads occupied on {date}:").format(date=self.day.isoformat()))
        self.list.clear()
        for tenant, colour in occupying_tenants(plan, self.day):
            pads = sorted(
                (
                    pad.code
                    for pad_id, tenant_id in held.items()
                    if tenant_id == tenant.id
                    and isinstance(pad := plan.find(Kind.PAD, pad_id), Pad)
                ),
                key=natural_key,
            )
            item = QListWidgetItem(swatch(colour), f"{tenant.name} — {', '.join(pads)}")
            item.setToolTip(tenant.name)
            self.list.addItem(item)
        if not held:
            self.list.addItem(QListWidgetItem(tr("No pad is allocated on this date.")))
        heading = QListWidgetItem(tr("Pad status (outline; fill of free pads):"))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(heading)
        for status, colour in PAD_STATUS_COLORS.items():
            self.list.addItem(QListWidgetItem(swatch(colour), label(status)))
