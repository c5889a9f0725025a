"""The layers panel and imported base layers."""

from __future__ import annotations

import shapely
from PySide6.QtCore import Qt

from cosmoplan.gui.map import LayersPanel
from cosmoplan.mapping.style import Style

X0, Y0 = 550_000.0, 5_090_000.0  # pad 45/1 of the small plan
LAKE = shapely.box(X0 + 2800, Y0 + 1800, X0 + 3400, Y0 + 2400)


def make_panel(qtbot, canvas) -> LayersPanel:
    panel = LayersPanel(canvas)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_unchecking_a_layer_hides_it_on_the_map(qtbot, canvas):
    panel = make_panel(qtbot, canvas)
    panel.item("pads").setCheckState(0, Qt.CheckState.Unchecked)
    assert not next(x for x in canvas.layers() if x.id == "pads").visible


def test_group_check_box_hides_every_zone_layer(qtbot, canvas):
    panel = make_panel(qtbot, canvas)
    group = panel.item("zones/restricted-area").parent()
    group.setCheckState(0, Qt.CheckState.Unchecked)
    assert not any(x.visible for x in canvas.layers() if x.group == "zones")


def test_opacity_slider_sets_the_layer_opacity(qtbot, canvas):
    panel = make_panel(qtbot, canvas)
    panel.slider("zones/restricted-area").setValue(40)
    layer = next(x for x in canvas.layers() if x.id == "zones/restricted-area")
    assert layer.opacity == 0.4


def test_base_layer_is_drawn_listed_recoloured_and_removed(qtbot, canvas, colour_at, alike):
    panel = make_panel(qtbot, canvas)
    layer_id = canvas.add_base_layer("Lakes", [LAKE], Style("#2171b5", "#08519c"))
    assert layer_id == "base/Lakes"
    assert panel.item(layer_id).text(0) == "Lakes"
    assert alike(colour_at(canvas, X0 + 3100, Y0 + 2100), "#2171b5")
    canvas.set_layer_style(layer_id, Style("#e31a1c", "#e31a1c"))
    assert alike(colour_at(canvas, X0 + 3100, Y0 + 2100), "#e31a1c")
    panel.tree.setCurrentItem(panel.item(layer_id))
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert all(x.id != layer_id for x in canvas.layers())
    assert not alike(colour_at(canvas, X0 + 3100, Y0 + 2100), "#e31a1c")


def test_layer_state_round_trips_and_reaches_layers_imported_later(qtbot, canvas):
    panel = make_panel(qtbot, canvas)
    canvas.layer_model.set_visible("pads", False)
    canvas.layer_model.set_opacity("zones/restricted-area", 0.25)
    canvas.add_base_layer("Lakes", [LAKE], Style("#2171b5", "#08519c"))
    canvas.set_layer_style("base/Lakes", Style("#31a354", "#006d2c"))
    state = canvas.layer_model.state().to_dict()
    canvas.layer_model.set_visible("pads", True)
    canvas.layer_model.set_opacity("zones/restricted-area", 1.0)
    canvas.remove_base_layer("base/Lakes")
    canvas.layer_model.restore(state)
    layers = {x.id: x for x in canvas.layers()}
    assert not layers["pads"].visible
    assert layers["zones/restricted-area"].opacity == 0.25
    assert panel.item("pads").checkState(0) == Qt.CheckState.Unchecked
    canvas.add_base_layer("Lakes", [LAKE], Style("#2171b5", "#08519c"))
    lakes = next(x for x in canvas.layers() if x.id == "base/Lakes")
    assert lakes.style is not None and lakes.style.fill == "#31a354"


def test_unreadable_state_falls_back_to_defaults(qtbot, canvas):
    canvas.layer_model.set_visible("pads", False)
    canvas.layer_model.restore({"version": 99, "layers": {"pads": {"visible": False}}})
    assert next(x for x in canvas.layers() if x.id == "pads").visible is False  # untouched
    canvas.layer_model.restore(
        {"version": 1, "layers": {"pads": {"visible": True, "opacity": "x"}}}
    )
    pads = next(x for x in canvas.layers() if x.id == "pads")
    assert pads.visible and pads.opacity == 1.0
