"""Label placement: priority order, no overlaps, nothing outside the frame, scale rules."""

from __future__ import annotations

import random
from datetime import date

import shapely
from shapely.geometry import Point, box

from cosmoplan.domain import Kind, Plan, Ref
from cosmoplan.mapping.labels import PlacedLabel, place_labels
from cosmoplan.mapping.scene import Scene, SceneFeature, SceneLayer, build_scene
from cosmoplan.mapping.style import Style
from cosmoplan.mapping.viewport import Viewport

DAY = date(2026, 1, 1)
PRIORITY = {Kind.PAD: 0, Kind.COMPLEX: 1, Kind.ZONE: 2, Kind.FACILITY: 3}


def point(
    kind: Kind, ident: int, x: float, y: float, label: str, weight: float = 0.0
) -> SceneFeature:
    return SceneFeature(
        Ref(kind, ident), Point(x, y), Style(size=12.0), label, (x, y), PRIORITY[kind], weight
    )


def scene_of(*features: SceneFeature, min_label_scale: float = 0.0) -> Scene:
    layer = SceneLayer("test", "Test", tuple(features), min_label_scale=min_label_scale)
    return Scene(DAY, (0.0, 0.0, 1000.0, 1000.0), (layer,))


def texts(labels: list[PlacedLabel]) -> list[str]:
    return [label.text for label in labels]


def corner_viewport() -> Viewport:
    """1 pt per 2 m; a point at (16, 12) m sits 8 pt right and 6 pt above the frame corner,
    where only the right and upper-right positions of a label fit."""
    return Viewport((0.0, 0.0, 400.0, 400.0), (0.0, 0.0, 200.0, 200.0))


def test_lower_priority_labels_are_dropped_when_every_position_is_taken() -> None:
    features = (
        point(Kind.FACILITY, 1, 16, 12, "Heavy facility", weight=1e9),
        point(Kind.PAD, 2, 16, 12, "45/2", weight=1.0),
        point(Kind.PAD, 1, 16, 12, "45/1", weight=5.0),
    )
    labels = place_labels(scene_of(*features), corner_viewport())
    assert texts(labels) == ["45/1", "45/2"]
    first, second = labels
    assert first.box[1] < second.box[1]  # the heavier pad got the preferred (right) position


def test_alone_the_facility_gets_the_preferred_position() -> None:
    labels = place_labels(scene_of(point(Kind.FACILITY, 1, 16, 12, "Mast")), corner_viewport())
    assert texts(labels) == ["Mast"]
    (mast,) = labels
    u, v = 8.0, 6.0
    assert mast.box[0] > u + 6 and mast.box[1] < v < mast.box[3]  # right of the symbol


def test_placed_labels_never_overlap_and_stay_in_the_frame() -> None:
    rng = random.Random(7)
    kinds = (Kind.PAD, Kind.FACILITY)
    features = tuple(
        point(kinds[i % 2], i, rng.uniform(0, 1000), rng.uniform(0, 1000), f"label {i}")
        for i in range(300)
    )
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (10.0, 10.0, 410.0, 410.0))
    labels = place_labels(scene_of(*features), viewport)
    assert 20 < len(labels) < 300  # crowded: some placed, some dropped
    boxes = [shapely.box(*label.box) for label in labels]
    for i, first in enumerate(boxes):
        assert all(not first.intersects(other) for other in boxes[i + 1 :])
        assert box(10, 10, 410, 410).contains(first)


def test_labels_keep_off_more_important_symbols() -> None:
    mast = point(Kind.FACILITY, 1, 500, 500, "Mast with a long name")
    pad = SceneFeature(Ref(Kind.PAD, 1), Point(530, 500), Style(size=12.0), None, None, 0)
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))
    (label,) = place_labels(scene_of(mast, pad), viewport)
    u, v = viewport.to_page(530, 500)
    assert not shapely.box(*label.box).intersects(shapely.box(u - 6.6, v - 6.6, u + 6.6, v + 6.6))


def test_layers_label_only_from_their_minimum_scale() -> None:
    scene = scene_of(point(Kind.FACILITY, 1, 500, 500, "Mast"), min_label_scale=0.2)
    near = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))  # 0.5 pt/m
    far = Viewport((0.0, 0.0, 10_000.0, 10_000.0), (0.0, 0.0, 500.0, 500.0))  # 0.05 pt/m
    assert texts(place_labels(scene, near)) == ["Mast"]
    assert place_labels(scene, far) == []


def test_area_labels_go_inside_large_areas_and_skip_tiny_ones(plan: Plan) -> None:
    scene = build_scene(plan, DAY, layer_ids={"zones/public-area"})
    town = scene.layers[0].features[0]
    assert town.geometry is not None
    wide = Viewport(scene.extent, (0.0, 0.0, 600.0, 600.0))
    (label,) = place_labels(scene, wide)
    assert label.text == "Байқоңыр"
    x0, y0 = wide.to_model(label.box[0], label.box[1])
    x1, y1 = wide.to_model(label.box[2], label.box[3])
    assert town.geometry.envelope.contains(shapely.box(x0, y0, x1, y1))
    tiny = Viewport((0.0, 0.0, 5_000_000.0, 10_000_000.0), (0.0, 0.0, 300.0, 600.0))
    assert place_labels(scene, tiny) == []
