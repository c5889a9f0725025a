"""The layers panel: the map's layers grouped (pads, safety (hazard areas, flight corridors),
facilities, complexes, zones, imported base layers) with a visibility check box and an
opacity slider each; imported layers can be recoloured or removed. It shows and sets the
window's :class:`LayerModel`."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.gui.asof import follow
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.map.layer import DERIVED_GROUP, MapLayer

LAYER_ID = Qt.ItemDataRole.UserRole
GROUPS = (
    ("pads", QT_TRANSLATE_NOOP("LayersPanel", "Pads")),
    (DERIVED_GROUP, QT_TRANSLATE_NOOP("LayersPanel", "Safety")),
    ("facilities", QT_TRANSLATE_NOOP("LayersPanel", "Facilities")),
    ("complexes", QT_TRANSLATE_NOOP("LayersPanel", "Complexes")),
    ("zones", QT_TRANSLATE_NOOP("LayersPanel", "Zones")),
    ("base", QT_TRANSLATE_NOOP("LayersPanel", "Base layers")),
)


class LayersPanel(QWidget):
    """Visibility, opacity and colours of the canvas's layers."""

    def __init__(self, canvas: MapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("layers_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Layer"), tr("Opacity")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance("0" * 8))
        self.tree.header().setStretchLastSection(False)
        # a narrow dock: long layer names ("Общедоступные зоны (города, аэропорт)") wrap
        self.tree.setIndentation(self.fontMetrics().horizontalAdvance("00"))
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.color_button = QPushButton(tr("Colour…"), self)
        self.color_button.setObjectName("layer_color")
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setObjectName("layer_remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.color_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._sliders: dict[str, QSlider] = {}
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.color_button.clicked.connect(self.choose_color)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model = canvas.layer_model
        follow(self.model, self, self._model_changed)
        self.sync()

    # -- state ----------------------------------------------------------------------------
    def item(self, layer_id: str) -> QTreeWidgetItem:
        """The tree item of a layer (for tests and keyboard users)."""
        return self._items[layer_id]

    def slider(self, layer_id: str) -> QSlider:
        """The opacity slider of a layer."""
        return self._sliders[layer_id]

    # -- building -------------------------------------------------------------------------
    def sync(self) -> None:
        """Follow the layers: rebuild if layers came or went, else refresh the controls."""
        layers = self.canvas.layers()
        if [layer.id for layer in layers] != list(self._items):
            self._rebuild(layers)
        with QSignalBlocker(self.tree):
            for layer in layers:
                item = self._items[layer.id]
                item.setCheckState(
                    0, Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
                )
                slider = self._sliders[layer.id]
                with QSignalBlocker(slider):
                    slider.setValue(round(layer.opacity * 100))
        self._update_buttons()

    def _rebuild(self, layers: list[MapLayer]) -> None:
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._items.clear()
            self._sliders.clear()
            groups: dict[str, QTreeWidgetItem] = {}
            for group_id, title in GROUPS:
                if not any(layer.group == group_id for layer in layers):
                    continue
                group = QTreeWidgetItem(
                    self.tree, [QCoreApplication.translate("LayersPanel", title)]
                )
                group.setFlags(
                    group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                group.setExpanded(group_id in ("pads", DERIVED_GROUP, "base", "zones"))
                groups[group_id] = group
            for layer in reversed(layers):  # top of the map first, as in every GIS
                parent = groups.get(layer.group)
                if parent is None:
                    continue
                title = (
                    layer.title
                    if layer.group == "base"
                    else QCoreApplication.translate("layers", layer.title)
                )
                item = QTreeWidgetItem(parent, [title])
                item.setData(0, LAYER_ID, layer.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
                )
                item.setToolTip(0, layer.id)
                self._items[layer.id] = item
                slider = QSlider(Qt.Orientation.Horizontal)
                slider.setRange(0, 100)
                slider.setValue(round(layer.opacity * 100))
                slider.setAccessibleName(tr("Opacity of {layer}").format(layer=title))
                slider.valueChanged.connect(
                    lambda value, layer_id=layer.id: self.model.set_opacity(layer_id, value / 100)
                )
                self.tree.setItemWidget(item, 1, slider)
                self._sliders[layer.id] = slider
            self._items = {
                layer.id: self._items[layer.id] for layer in layers if layer.id in self._items
            }

    # -- reactions ------------------------------------------------------------------------
    def _model_changed(self, _layer_id: str) -> None:
        self.sync()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        layer_id = item.data(0, LAYER_ID)
        if column != 0 or layer_id is None:
            return
        visible = item.checkState(0) == Qt.CheckState.Checked
        layer = next((x for x in self.canvas.layers() if x.id == layer_id), None)
        if layer is not None and layer.visible != visible:
            self.model.set_visible(layer_id, visible)

    def _selected_base(self) -> str | None:
        item = self.tree.currentItem()
        layer_id = None if item is None else item.data(0, LAYER_ID)
        return layer_id if isinstance(layer_id, str) and layer_id.startswith("base/") else None

    def _update_buttons(self) -> None:
        chosen = self._selected_base() is not None
        self.color_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def choose_color(self) -> None:
        """Pick a new colour for the selected imported layer."""
        layer_id = self._selected_base()
        if layer_id is None:
            return
        layer = next(x for x in self.canvas.layers() if x.id == layer_id)
        style = layer.style
        if style is None:
            return
        color = QColorDialog.getColor(
            QColor((style.stroke or style.fill or "#404040")[:7]), self, tr("Layer colour")
        )
        if not color.isValid():
            return
        name = color.name()
        fill = None if style.fill is None else name + "55"
        self.canvas.set_layer_style(layer_id, replace(style, stroke=name, fill=fill))

    def remove_selected(self) -> None:
        """Remove the selected imported layer."""
        layer_id = self._selected_base()
        if layer_id is not None:
            self.canvas.remove_base_layer(layer_id)
