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


def test_tenant_colours_follow_id_order_and_repeat() -> None:
    colours = tenant_colours([7, 3, 5])
    assert colours == {3: TENANT_PALETTE[0], 5: TENANT_PALETTE[1], 7: TENANT_PALETTE[2]}
    many = tenant_colours(range(len(TENANT_PALETTE) + 1))
    assert many[len(TENANT_PALETTE)] == TENANT_PALETTE[0]


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
