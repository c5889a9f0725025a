"""Tables and summaries for the terminal."""

from __future__ import annotations

from cosmoplan.cli.output import count_of, summary, table


def test_float_columns_line_up_on_the_decimal_point() -> None:
    rows = [
        {"name": "Soyuz-5", "h": 61.9},
        {"name": "Vikram-1", "h": 20.0},
        {"name": "X", "h": 7.25},
    ]
    lines = table(rows, [("name", "Name"), ("h", "Height (m)")]).splitlines()
    assert lines[2:] == [
        "Soyuz-5        61.90",
        "Vikram-1       20.00",
        "X               7.25",
    ]
    assert lines[0] == "Name      Height (m)"
    assert lines[1] == "--------  ----------"


def test_cells_for_unknowns_flags_lists_and_big_numbers() -> None:
    rows = [
        {"a": None, "b": True, "c": ["lox-kerosene", "solid"], "d": 2_500_000.0, "e": 123_456},
        {"a": "x", "b": False, "c": [], "d": 310_000.5, "e": 7},
    ]
    columns = [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D"), ("e", "E")]
    assert table(rows, columns).splitlines()[2:] == [
        "   yes  lox-kerosene,solid  2,500,000.0  123456",
        "x  no                         310,000.5       7",
    ]


def test_summary_aligns_labels_and_numbers() -> None:
    text = summary([("Plan", "Baikonur"), ("Pads", 17), ("Facilities", 100_000)])
    assert text.splitlines() == [
        "Plan        Baikonur",
        "Pads             17",
        "Facilities  100,000",
    ]


def test_counts_read_naturally() -> None:
    assert [count_of(1, "complexes"), count_of(2, "pads"), count_of(0, "zones")] == [
        "1 complex",
        "2 pads",
        "0 zones",
    ]
