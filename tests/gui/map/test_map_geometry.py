"""The map's plain helpers: texts, spatial look-ups and vertex editing."""

from __future__ import annotations

import numpy as np
import shapely

from cosmoplan.gui.map import format_position
from cosmoplan.gui.map.formatting import format_area, format_distance, nice_length
from cosmoplan.gui.map.spatial import SpatialIndex, snap
from cosmoplan.gui.map.vertices import (
    VertexRef,
    insert_vertex,
    move_vertex,
    nearest_edge,
    problem,
    remove_vertex,
)

SQUARE = shapely.box(0, 0, 10, 10)


def test_position_text_has_lat_lon_and_utm():
    text = format_position(550_607, 5_087_955)
    assert text == "45°56′35.9″N 63°39′10.4″E  |  UTM 41N 550607 E 5087955 N"


def test_lengths_and_areas_read_naturally():
    assert format_distance(12.34) == "12.3 m"
    assert format_distance(850) == "850 m"
    assert format_distance(3270) == "3.27 km"
    assert format_area(500) == "500 m²"
    assert format_area(25_000) == "2.50 ha"
    assert format_area(3_200_000) == "3.200 km²"


def test_scale_bar_lengths_are_round():
    assert nice_length(140) == 100
    assert nice_length(260) == 200
    assert nice_length(999) == 500
    assert nice_length(0) == 0


def test_index_follows_edits_without_rebuilding():
    geoms = np.array([shapely.box(i * 10, 0, i * 10 + 5, 5) for i in range(10)], dtype=object)
    index = SpatialIndex(lambda: (np.arange(10), geoms, np.zeros(10, np.int64)))
    ids, _, _ = index.query((0, 0, 100, 100))
    assert sorted(ids) == list(range(10))
    index.update(3, None)
    index.update(42, shapely.Point(200, 200), 7)
    index.update(4, shapely.Point(300, 300), 1)
    ids, _, codes = index.query((0, 0, 100, 100))
    assert sorted(ids) == [0, 1, 2, 5, 6, 7, 8, 9]
    ids, _, codes = index.query((150, 150, 350, 350))
    assert dict(zip(ids.tolist(), codes.tolist(), strict=True)) == {42: 7, 4: 1}
    assert index.builds == 1


def test_snap_prefers_a_vertex_then_an_edge():
    geoms = np.array([SQUARE], dtype=object)
    assert snap(geoms, 10.5, 10.4, 1.0).kind == "vertex"
    edge = snap(geoms, 5, 10.3, 1.0)
    assert edge.kind == "edge" and (edge.x, edge.y) == (5, 10)
    assert snap(geoms, 5, 15, 1.0) is None


def test_vertex_edits_keep_the_ring_closed():
    moved = move_vertex(SQUARE, VertexRef(0, 0, 0), 12, -2)
    assert moved.is_valid and (12, -2) in moved.exterior.coords
    after, x, y = nearest_edge(SQUARE, 5, 10.2, 1.0)
    inserted = insert_vertex(SQUARE, after, x, y)
    assert len(inserted.exterior.coords) == 6 and inserted.equals(SQUARE)
    triangle = remove_vertex(SQUARE, VertexRef(0, 0, 1))
    assert len(triangle.exterior.coords) == 4
    assert problem(triangle) is None


def test_problems_are_named():
    assert (
        problem(remove_vertex(remove_vertex(SQUARE, VertexRef(0, 0, 0)), VertexRef(0, 0, 0)))
        == "too-few-points"
    )
    bow_tie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    assert problem(bow_tie).startswith("Self-intersection")
    assert problem(shapely.LineString([(0, 0), (0, 0)])) == "too-few-points"


def test_grid_bearings_go_clockwise_from_grid_north() -> None:
    from cosmoplan.gui.map.formatting import format_bearing, grid_bearing

    assert grid_bearing(0, 0, 0, 10) == 0.0
    assert grid_bearing(0, 0, 10, 0) == 90.0
    assert grid_bearing(0, 0, 0, -10) == 180.0
    assert grid_bearing(0, 0, -10, 10) == 315.0
    assert format_bearing(359.96) == "0.0°" and format_bearing(63.27) == "63.3°"


def test_typed_offsets_are_read_as_distance_and_bearing() -> None:
    from cosmoplan.gui.map.formatting import offset_point, parse_offset

    assert parse_offset("250 45") == (250.0, 45.0)
    assert parse_offset(" 250 m 45° ") == (250.0, 45.0)
    assert parse_offset("1.2 km 300") == (1200.0, 300.0)
    assert parse_offset("1.2km 300") == (1200.0, 300.0)
    assert parse_offset("250,5 45") == (250.5, 45.0)
    assert parse_offset("250,45") == (250.0, 45.0)
    assert parse_offset("250; 45") == (250.0, 45.0)
    for bad in ("", "250", "a b", "250 400", "-5 10", "1 2 3"):
        assert parse_offset(bad) is None, bad
    x, y = offset_point(0, 0, 100, 90.5, 0.5)  # due east on the grid
    assert abs(x - 100) < 1e-9 and abs(y) < 1e-9
