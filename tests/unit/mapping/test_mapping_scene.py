"""The scene: which layers and features a map shows on a date, with which styles and extent."""

from __future__ import annotations

from datetime import date

import pytest
import shapely

from cosmoplan.domain import Kind, PadStatus, Plan, Ref
from cosmoplan.geo import to_wgs84
from cosmoplan.mapping.scene import Scene, SceneLayer, build_scene, compute_extent
from cosmoplan.mapping.style import LAYERS, PAD_STATUS_COLORS, Style
from cosmoplan.messages import ValidationError

BEFORE, AFTER = date(2024, 6, 1), date(2026, 6, 1)


def pad_style(scene: Scene, code_id: int) -> Style:
    layer = scene.layer("pads")
    assert layer is not None
    return next(f.style for f in layer.features if f.ref == Ref(Kind.PAD, code_id))


def test_layers_follow_the_layer_order_and_skip_empty_ones(plan: Plan) -> None:
    scene = build_scene(plan, AFTER)
    ids = [layer.id for layer in scene.layers]
    assert ids == [
        "zones/public-area",
        "complexes",
        "facilities/rail-line",
        "facilities/assembly-building",
        "facilities/cable-mast",
        "pads",
    ]
    order = [spec.id for spec in LAYERS]
    assert ids == sorted(ids, key=order.index)
    assert scene.title == "Test site" and scene.at == AFTER


def test_pad_styles_follow_the_status_on_the_date(plan: Plan) -> None:
    before, after = build_scene(plan, BEFORE), build_scene(plan, AFTER)
    assert pad_style(before, 1).fill == PAD_STATUS_COLORS[PadStatus.ACTIVE] + "ff"
    assert pad_style(after, 1).fill == PAD_STATUS_COLORS[PadStatus.UNDER_MODERNISATION] + "ff"
    assert pad_style(before, 2) == pad_style(after, 2)  # destroyed at both dates


def test_pad_legend_lists_the_statuses_present_in_status_order(plan: Plan) -> None:
    pads = build_scene(plan, AFTER).layer("pads")
    assert pads is not None
    assert [e.text for e in pads.legend] == ["Under modernisation", "Destroyed", "Museum"]
    assert {e.shape for e in pads.legend} == {"point"}
    assert pads.legend_group == "Launch pads"


def test_labels_priorities_and_anchors(plan: Plan) -> None:
    scene = build_scene(plan, AFTER)
    by_ref = {f.ref: f for _, f in scene.features()}
    pad = by_ref[Ref(Kind.PAD, 1)]
    assert pad.label == "45/1" and pad.label_priority == 0
    assert pad.label_at == (550_600.0, 5_087_950.0)
    assert by_ref[Ref(Kind.COMPLEX, 1)].label_priority == 1
    town = by_ref[Ref(Kind.ZONE, 1)]
    assert town.label == "Байқоңыр" and town.label_priority == 2
    assert town.geometry is not None and town.label_at is not None
    assert town.geometry.contains(shapely.Point(town.label_at))  # not in the hole
    assert by_ref[Ref(Kind.FACILITY, 2)].label_priority == 3


def test_a_complex_without_footprint_is_labelled_at_its_pads(plan: Plan) -> None:
    scene = build_scene(plan, AFTER)
    gagarin = next(f for _, f in scene.features() if f.ref == Ref(Kind.COMPLEX, 2))
    assert gagarin.geometry is None
    assert gagarin.label_at == (526_540.0, 5_085_250.0)


def test_extent_covers_every_feature_with_a_margin(plan: Plan) -> None:
    min_x, min_y, max_x, max_y = build_scene(plan, AFTER).extent
    for _, feature in build_scene(plan, AFTER).features():
        if feature.geometry is not None:
            fx0, fy0, fx1, fy1 = feature.geometry.bounds
            assert min_x < fx0 and min_y < fy0 and fx1 < max_x and fy1 < max_y
    assert min_x < 524_000 - 300 and max_x > 551_400 + 300


def test_an_explicit_extent_keeps_only_the_features_touching_it(plan: Plan) -> None:
    extent = (549_000.0, 5_086_000.0, 553_000.0, 5_090_000.0)
    scene = build_scene(plan, AFTER, extent=extent)
    assert scene.extent == extent
    refs = {f.ref for _, f in scene.features()}
    assert Ref(Kind.PAD, 1) in refs and Ref(Kind.PAD, 3) not in refs
    assert Ref(Kind.ZONE, 1) not in refs
    pads = scene.layer("pads")
    assert pads is not None
    assert [e.text for e in pads.legend] == ["Under modernisation", "Destroyed"]


def test_layer_selection_and_unknown_layers(plan: Plan) -> None:
    scene = build_scene(plan, AFTER, layer_ids={"pads", "complexes"})
    assert [layer.id for layer in scene.layers] == ["complexes", "pads"]
    with pytest.raises(ValidationError) as caught:
        build_scene(plan, AFTER, layer_ids={"pads", "roads"})
    assert caught.value.message.id == "mapping.unknown_layer"


def test_style_overrides_replace_a_layers_style_and_legend(plan: Plan) -> None:
    purple = Style("#7b3294ff", "#000000", 1.0, size=10.0)
    scene = build_scene(plan, AFTER, styles={"pads": lambda entity, day: purple})
    assert pad_style(scene, 1) == purple and pad_style(scene, 3) == purple
    pads = scene.layer("pads")
    assert pads is not None
    assert [(e.text, e.style) for e in pads.legend] == [("Launch pads", purple)]


def test_legend_texts_name_the_entries_of_an_overridden_layer(plan: Plan) -> None:
    taken, free = Style("#e41a1cff", size=12.0), Style("#ffffffff", size=12.0)

    def by_tenant(entity: object, day: date) -> Style:
        return taken if getattr(entity, "code", "") == "45/1" else free

    def tenant(entity: object, day: date) -> str:
        return "Tenant A" if getattr(entity, "code", "") == "45/1" else "Free"

    scene = build_scene(plan, AFTER, styles={"pads": by_tenant}, legend_texts={"pads": tenant})
    pads = scene.layer("pads")
    assert pads is not None
    assert [(e.text, e.style) for e in pads.legend] == [("Tenant A", taken), ("Free", free)]
    with pytest.raises(ValidationError):
        build_scene(plan, AFTER, legend_texts={"no-such-layer": tenant})


@pytest.mark.parametrize(
    "extent",
    [(1.0, 2.0, 1.0, 3.0), (5.0, 0.0, 1.0, 1.0), (0.0, 0.0, float("nan"), 1.0), (0.0, 1.0, 2.0)],
)
def test_bad_extents_are_refused(plan: Plan, extent: tuple[float, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        build_scene(plan, AFTER, extent=extent)  # type: ignore[arg-type]
    assert caught.value.message.id == "mapping.bad_extent"


def test_an_empty_plan_shows_baikonur() -> None:
    scene = build_scene(Plan(), AFTER)
    assert scene.layers == ()
    min_x, min_y, max_x, max_y = scene.extent
    lon, lat = to_wgs84((min_x + max_x) / 2, (min_y + max_y) / 2)
    assert 62.5 < lon < 64.5 and 45.0 < lat < 46.5


def test_a_single_point_gets_a_minimum_extent(plan: Plan) -> None:
    scene = build_scene(plan, AFTER, layer_ids={"pads"})
    one = SceneLayer("pads", "Launch pads", scene.layers[0].features[:1])
    min_x, min_y, max_x, max_y = compute_extent([one])
    assert max_x - min_x >= 2000 and max_y - min_y >= 2000


def test_with_layer_replaces_or_adds(plan: Plan) -> None:
    scene = build_scene(plan, AFTER)
    extra = SceneLayer("hazards", "Hazard areas", ())
    assert scene.with_layer(extra).layers[-1] is extra
    empty_pads = SceneLayer("pads", "Launch pads", ())
    replaced = scene.with_layer(empty_pads)
    assert replaced.layer("pads") is empty_pads
    assert len(replaced.layers) == len(scene.layers)
