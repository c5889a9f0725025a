"""Label placement: labels never overlap each other nor cover a symbol, stay in the frame,
go around their symbol first and further out with a leader line when crowded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cosmoplan.mapping.placement import (
    GAP,
    Label,
    Placed,
    Placer,
    clusters,
    overlaps,
    place,
    plate_box,
    plate_offsets,
    plate_shape,
    plates,
)

FRAME = (0.0, 0.0, 400.0, 300.0)


def symbol_at(x: float, y: float, r: float = 5.0) -> tuple[float, float, float, float]:
    return (x - r, y - r, x + r, y + r)


def check(placed: list[Placed], symbols: list[tuple[float, float, float, float]]) -> None:
    for i, a in enumerate(placed):
        assert FRAME[0] <= a.box[0] and a.box[2] <= FRAME[2]
        assert FRAME[1] <= a.box[1] and a.box[3] <= FRAME[3]
        for b in placed[i + 1 :]:
            assert not overlaps(a.box, b.box), (a.label.text, b.label.text)
        for symbol in symbols:
            assert not overlaps(a.box, symbol), a.label.text


points = st.lists(
    st.tuples(st.floats(0, 400), st.floats(0, 300), st.integers(0, 3), st.integers(2, 14)),
    max_size=60,
)


@settings(max_examples=80, deadline=None)
@given(points)
def test_placed_labels_never_overlap_nor_cover_a_symbol(rows) -> None:
    symbols = [symbol_at(x, y) for x, y, _, _ in rows]
    labels = [
        Label(i, "x" * n, 6.0 * n, 12.0, (x, y), priority, symbol)
        for i, ((x, y, priority, n), symbol) in enumerate(zip(rows, symbols, strict=True))
    ]
    areas = [
        Label(("area", i), "zone", 40.0, 12.0, (x, y), 5) for i, (x, y, _, _) in enumerate(rows)
    ]
    placed = place(labels + areas, symbols, FRAME)
    check(placed, symbols)
    priorities = [p.label.priority for p in placed]
    assert priorities == sorted(priorities)


def test_a_lone_point_is_labelled_on_its_right_touching_its_symbol() -> None:
    symbol = symbol_at(100, 100)
    (placed,) = place([Label(1, "45/1", 30, 12, (100, 100), 0, symbol)], [symbol], FRAME)
    assert placed.box == (105 + GAP, 94, 105 + GAP + 30, 106) and placed.leader is None


def test_a_crowded_label_moves_out_with_a_leader_line_from_its_symbol() -> None:
    symbol = symbol_at(200, 150)
    blockers = [
        Label(("b", i), "b", 28, 14, (200 + dx * 20, 150 + dy * 16), 0)
        for i, (dx, dy) in enumerate(
            ((1, 0), (-1, 0), (0, -1), (0, 1), (1, 1), (-1, -1), (1, -1), (-1, 1))
        )
    ]
    placed = place(
        [*blockers, Label("pad", "31/6", 30, 12, (200, 150), 1, symbol)], [symbol], FRAME
    )
    check(placed, [symbol])
    (pad,) = [p for p in placed if p.label.key == "pad"]
    assert pad.leader is not None
    (sx, sy), (ex, ey) = pad.leader
    assert abs(((sx - 200) ** 2 + (sy - 150) ** 2) ** 0.5 - 5) < 1e-9  # starts on the symbol
    assert pad.box[0] <= ex <= pad.box[2] and pad.box[1] <= ey <= pad.box[3]  # ends at the box


def test_pads_go_first_and_a_less_important_label_gives_way() -> None:
    symbol = symbol_at(100, 100)
    pad = Label("pad", "45/1", 30, 12, (100, 100), 0, symbol, leader=False)
    zone = Label("zone", "Site 45", 60, 12, (100 + 5 + GAP + 15, 100), 2)
    placed = place([zone, pad], [symbol], FRAME)
    assert [p.label.key for p in placed] == ["pad"]


def test_an_area_label_tries_its_other_anchors_before_giving_up() -> None:
    symbol = symbol_at(100, 100, 20)
    ring = Label("ring", "45/1 public area 597 m", 80, 12, (100, 100), 1, anchors=((250, 100),))
    (placed,) = place([ring], [symbol], FRAME)
    assert placed.box == (210, 94, 290, 106)


def test_points_whose_symbols_touch_form_one_cluster() -> None:
    points = [(0.0, 0.0), (6.0, 0.0), (100.0, 0.0), (11.0, 3.0), (200.0, 200.0)]
    assert clusters(points, 3.5) == [[0, 1, 3], [2], [4]]
    assert clusters([], 3.0) == []


def test_plates_that_would_overlap_are_merged() -> None:
    # two touching pairs close enough that their plates of two would overlap: one of four
    points = [(0.0, 0.0), (6.0, 0.0), (20.0, 4.0), (26.0, 4.0), (200.0, 0.0)]
    groups = plates(points, 3.5, 2.0)
    assert groups == [[0, 1, 2, 3], [4]]
    boxes = [plate_box(points, g, 9.0, 2.0) for g in groups]
    assert not overlaps(*boxes)


def test_a_plate_is_a_row_of_up_to_three_then_a_compact_grid() -> None:
    assert [plate_shape(n) for n in (2, 3, 4, 5, 8, 9, 10)] == [
        (2, 1),
        (3, 1),
        (2, 2),
        (3, 2),
        (3, 3),
        (3, 3),
        (4, 3),
    ]
    assert plate_offsets(2, 10.0) == [(-5.0, 0.0), (5.0, 0.0)]
    assert plate_offsets(4, 10.0) == [(-5.0, -5.0), (5.0, -5.0), (-5.0, 5.0), (5.0, 5.0)]


def test_a_label_keeps_off_its_neighbours_symbol_so_as_not_to_name_it() -> None:
    own, neighbour = symbol_at(100, 100), symbol_at(130, 100)
    label = Label("90/19", "90/19", 30, 12, (100, 100), 0, own)
    (placed,) = place([label], [own, neighbour], FRAME)
    assert placed.box[2] <= 100  # on the left: right and above right lie by 90/20


def test_an_unframed_label_may_be_half_beyond_the_frame_but_no_more() -> None:
    inside_only = Label("a", "ring", 80, 12, (395, 150), 1, framed=False)
    (placed,) = place([inside_only], [], FRAME)
    assert placed.box == (355, 144, 435, 156)  # half of it shown: kept
    further = Label("b", "ring", 80, 12, (420, 150), 1, framed=False)
    assert place([further], [], FRAME) == []  # a stub at the edge: left out


@settings(max_examples=150, deadline=None)
@given(points, points, st.integers(0, 4), st.floats(2.0, 9.0))
def test_a_placer_that_remembers_its_last_run_places_as_a_fresh_one(
    first, second, change, radius
) -> None:
    symbols = [symbol_at(x, y) for x, y, _, _ in first]

    def labels(rows, start: int, at: list) -> list[Label]:
        return [
            Label(start + i, "x" * n, 6.0 * n, 12.0, (x, y), priority, at[i] if at else None)
            for i, (x, y, priority, n) in enumerate(rows)
        ]

    before = labels(first, 0, symbols)
    kept = before[: len(before) // 2]
    after = kept + labels(second, 1000, []) if change else list(before)
    if change == 4:  # labels gone: those they kept out may take their places
        after = before[::2]
    moved = list(symbols)
    if change in (2, 3):  # symbols grow, shrink or appear, as pads restyled by a new date do
        moved = [
            symbol_at(x, y, radius) if i % 3 == 0 else s
            for i, ((x, y, _, _), s) in enumerate(zip(first, symbols, strict=True))
        ]
    if change == 3:
        moved.append(symbol_at(200, 150, radius))
    placer = Placer()
    assert placer.place(before, symbols, FRAME) == place(before, symbols, FRAME)
    assert placer.place(after, moved, FRAME) == place(after, moved, FRAME)
    assert placer.place(after, moved, FRAME) == place(after, moved, FRAME)
    assert placer.kept == len(after)  # nothing changed: every label keeps its box


def test_a_label_that_gave_way_takes_the_place_of_one_gone() -> None:
    symbol = symbol_at(100.0, 100.0)
    first = Label("first", "first", 40.0, 12.0, (100.0, 100.0), 0, symbol)
    second = Label("second", "second", 40.0, 12.0, (100.0, 100.0), 1, symbol)
    placer = Placer()
    both = placer.place([first, second], [symbol], FRAME)
    alone = placer.place([second], [symbol], FRAME)
    assert both[1].box != alone[0].box  # it moved to where the first one was
    assert alone == place([second], [symbol], FRAME)
