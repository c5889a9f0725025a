"""Label placement of drawn maps (the screen's placer): priority order, plates of touching pads,
no overlaps, nothing outside the frame, area labels inside their largest part or beside it with a
leader line, scale rules."""

from __future__ import annotations

import random
from datetime import date

import shapely
from shapely.geometry import MultiPolygon, Point, box

from cosmoplan.domain import Kind, Plan, Ref
from cosmoplan.mapping.labels import Callout, LabelLayout, place_labels
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


def texts(layout: LabelLayout) -> list[str]:
    return [label.text for label in layout.labels]


def corner_viewport() -> Viewport:
    """1 pt per 2 m; a point at (16, 12) m sits 8 pt right and 6 pt above the frame corner,
    where only the right and upper-right positions of a label fit."""
    return Viewport((0.0, 0.0, 400.0, 400.0), (0.0, 0.0, 200.0, 200.0))


def test_pads_on_one_point_share_a_plate_named_once_and_labels_keep_off_it() -> None:
    features = (
        point(Kind.FACILITY, 1, 16, 12, "Heavy facility", weight=1e9),
        point(Kind.PAD, 2, 16, 12, "45/2", weight=1.0),
        point(Kind.PAD, 1, 16, 12, "45/1", weight=5.0),
    )
    layout = place_labels(scene_of(*features), corner_viewport())
    (plate,) = layout.plates
    assert plate.refs == (Ref(Kind.PAD, 1), Ref(Kind.PAD, 2))  # in the order of their names
    (a, _), (b, _) = plate.centres
    assert abs(a - b) >= 12.0  # side by side, neither hides the other
    assert texts(layout)[0] == "45/1 · 45/2"
    for label in layout.labels:
        assert not shapely.box(*label.box).intersects(shapely.box(*plate.ground))


def test_alone_the_facility_gets_the_preferred_position() -> None:
    labels = place_labels(scene_of(point(Kind.FACILITY, 1, 16, 12, "Mast")), corner_viewport())
    assert texts(labels) == ["Mast"]
    (mast,) = labels.labels
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
    layout = place_labels(scene_of(*features), viewport)
    assert 20 < len(layout.labels) < 300  # crowded: some placed, some dropped
    boxes = [shapely.box(*label.box) for label in layout.labels]
    plated = layout.plated()
    symbols = [
        shapely.Point(viewport.to_page(f.geometry.x, f.geometry.y)).buffer(6.0)
        for f in features
        if f.ref not in plated
    ] + [shapely.box(*plate.ground) for plate in layout.plates]
    for i, first in enumerate(boxes):
        assert all(not first.intersects(other) for other in boxes[i + 1 :])
        assert box(10, 10, 410, 410).contains(first)
        assert all(not first.intersects(symbol) for symbol in symbols)


def test_labels_keep_off_more_important_symbols() -> None:
    mast = point(Kind.FACILITY, 1, 500, 500, "Mast with a long name")
    pad = SceneFeature(Ref(Kind.PAD, 1), Point(530, 500), Style(size=12.0), None, None, 0)
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))
    (label,) = place_labels(scene_of(mast, pad), viewport).labels
    u, v = viewport.to_page(530, 500)
    assert not shapely.box(*label.box).intersects(shapely.box(u - 6.6, v - 6.6, u + 6.6, v + 6.6))


def test_layers_label_only_from_their_minimum_scale() -> None:
    scene = scene_of(point(Kind.FACILITY, 1, 500, 500, "Mast"), min_label_scale=0.2)
    near = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))  # 0.5 pt/m
    far = Viewport((0.0, 0.0, 10_000.0, 10_000.0), (0.0, 0.0, 500.0, 500.0))  # 0.05 pt/m
    assert texts(place_labels(scene, near)) == ["Mast"]
    assert texts(place_labels(scene, far)) == []


def test_area_labels_go_inside_large_areas_and_skip_tiny_ones(plan: Plan) -> None:
    scene = build_scene(plan, DAY, layer_ids={"zones/public-area"})
    town = scene.layers[0].features[0]
    assert town.geometry is not None
    wide = Viewport(scene.extent, (0.0, 0.0, 600.0, 600.0))
    (label,) = place_labels(scene, wide).labels
    assert label.text == "Байқоңыр"
    x0, y0 = wide.to_model(label.box[0], label.box[1])
    x1, y1 = wide.to_model(label.box[2], label.box[3])
    assert town.geometry.contains(shapely.box(x0, y0, x1, y1))
    tiny = Viewport((0.0, 0.0, 5_000_000.0, 10_000_000.0), (0.0, 0.0, 300.0, 600.0))
    assert texts(place_labels(scene, tiny)) == []


def zone(ident: int, geometry: shapely.Geometry, label: str) -> SceneFeature:
    anchor = geometry.centroid  # the gap between the parts, for a multi-part zone
    return SceneFeature(
        Ref(Kind.ZONE, ident), geometry, Style("#ff000022"), label, (anchor.x, anchor.y), 2
    )


def test_a_multi_part_zone_is_labelled_inside_its_largest_part_not_in_the_gap() -> None:
    small, large = box(50, 400, 250, 600), box(600, 300, 950, 700)
    feature = zone(1, MultiPolygon([small, large]), "Special economic zone (SEZ)")
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))
    (label,) = place_labels(scene_of(feature), viewport).labels
    x0, y0 = viewport.to_model(label.box[0], label.box[1])
    x1, y1 = viewport.to_model(label.box[2], label.box[3])
    assert large.contains(shapely.box(x0, y0, x1, y1))
    assert label.leader is None


def test_a_long_name_wraps_to_stay_inside_a_narrow_area() -> None:
    narrow = box(400, 200, 560, 800)  # 80 x 300 pt on the page
    feature = zone(1, narrow, "Zenit-M / Baiterek area (Sites 42, 43, 45)")
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))
    (label,) = place_labels(scene_of(feature), viewport).labels
    assert len(label.lines) >= 2 and " ".join(label.lines) == feature.label
    x0, y0 = viewport.to_model(label.box[0], label.box[1])
    x1, y1 = viewport.to_model(label.box[2], label.box[3])
    assert narrow.contains(shapely.box(x0, y0, x1, y1))


def test_an_area_too_small_for_its_label_has_it_beside_with_a_leader_when_crowded() -> None:
    tiny = box(480, 480, 520, 520)  # 20 pt a side: no label fits inside
    blockers = tuple(
        point(Kind.PAD, i, 500 + dx, 500 + dy, f"P{i}")
        for i, (dx, dy) in enumerate(((60, 0), (-60, 0), (0, 50), (0, -50)), start=1)
    )
    feature = zone(9, tiny, "Site 1 (Gagarin's Start), returned to Kazakhstan")
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))
    layout = place_labels(scene_of(feature, *blockers), viewport)
    (label,) = [p for p in layout.labels if p.refs == (feature.ref,)]
    page_tiny = shapely.box(*viewport.to_page(480, 480), *viewport.to_page(520, 520))
    if label.leader is None:
        assert shapely.box(*label.box).distance(page_tiny) <= 2.0  # touching its area
    else:
        start, end = label.leader
        assert page_tiny.contains(shapely.Point(start))
        assert shapely.box(*label.box).distance(shapely.Point(end)) < 1e-6


def test_unlabelled_objects_are_left_to_an_inset_and_callouts_come_first() -> None:
    features = (point(Kind.PAD, 1, 500, 500, "45/1"), point(Kind.PAD, 2, 800, 800, "45/2"))
    viewport = Viewport((0.0, 0.0, 1000.0, 1000.0), (0.0, 0.0, 500.0, 500.0))
    outline = (240.0, 240.0, 260.0, 260.0)
    layout = place_labels(
        scene_of(*features),
        viewport,
        unlabelled={Ref(Kind.PAD, 1)},
        callouts=[Callout("A", "A", outline)],
    )
    assert texts(layout) == ["A", "45/2"]
