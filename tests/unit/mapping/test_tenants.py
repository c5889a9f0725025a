"""The shared look of tenancy: tenant colours, bar styles by status, lanes of overlapping bars."""

from __future__ import annotations

from datetime import date

from cosmoplan.domain import AllocationStatus
from cosmoplan.mapping.tenants import (
    TENANT_PALETTE,
    assign_lanes,
    bar_style,
    darker,
    is_dark,
    tenant_colours,
    tint,
)


def test_tenant_colours_stay_with_their_tenant_and_repeat_only_when_all_are_used() -> None:
    before = tenant_colours([1, 2, 3, 4])
    after = tenant_colours([1, 3, 4])  # tenant 2 deleted: nobody else changes colour
    assert after == {i: before[i] for i in (1, 3, 4)}
    size = len(TENANT_PALETTE)
    clash = tenant_colours([1, 1 + size])  # same slot: the later id takes the next free one
    assert clash == {1: TENANT_PALETTE[0], 1 + size: TENANT_PALETTE[1]}
    many = tenant_colours(range(1, size + 2))
    assert len(set(many.values())) == size and many[size + 1] == TENANT_PALETTE[0]


def test_tint_darker_and_darkness() -> None:
    assert tint("#000000", 0.0) == "#ffffff"
    assert tint("#4e79a7", 1.0) == "#4e79a7"
    assert darker("#ffffff", 0.5) == "#7f7f7f"
    assert is_dark("#1f3a5f") and not is_dark("#f1ce63")


def test_bar_style_reads_the_status_from_the_fill() -> None:
    colour = "#4e79a7"
    active = bar_style(AllocationStatus.ACTIVE, colour)
    assert active.fill == colour and not active.hatched
    assert bar_style(AllocationStatus.SIGNED, colour).fill == tint(colour, 0.6)
    assert bar_style(AllocationStatus.RESERVED, colour).hatched
    assert bar_style(AllocationStatus.PROPOSED, colour).fill is None
    assert bar_style(AllocationStatus.CANCELLED, colour).fill is None
    assert bar_style(AllocationStatus.CANCELLED, colour).stroke != colour
    assert bar_style(None, colour).stroke != colour
    fill, _stroke, width, hatched = bar_style(AllocationStatus.ENDED, colour)
    assert fill == tint(colour, 0.28) and width > 0 and not hatched


def test_lanes_separate_periods_sharing_a_day() -> None:
    lanes = assign_lanes(
        [
            (1, date(2026, 1, 1), date(2026, 12, 31)),
            (2, date(2026, 12, 31), date(2027, 6, 30)),  # shares the last day of 1
            (3, date(2027, 1, 1), date(2027, 3, 31)),  # free lane 0 again
            (4, date(2027, 2, 1), date(2027, 2, 28)),  # lanes 0 and 1 busy
        ]
    )
    assert lanes == {1: 0, 2: 1, 3: 0, 4: 2}
    assert assign_lanes([]) == {}
