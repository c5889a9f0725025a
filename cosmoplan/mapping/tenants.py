"""How tenancy looks, on screen and on paper alike: one colour per tenant, the fill style of an
allocation by its status, the look of pad outages, and lanes for allocations that overlap.

Plain Python (no Qt, no ReportLab): the reports draw with it, the GUI's timeline and map paint
with it, so that the paper matches the screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from cosmoplan.domain import AllocationStatus

#: Distinct, print-friendly colours for tenants (no red: it marks conflicts; no grey: it marks
#: other tenants in a tenant report): 32, every two at least 12 apart in CIE76 ΔE, chosen
#: greedily after the first ten. They repeat when there are more tenants than colours.
TENANT_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#499894",
    "#d37295",
    "#2f2fda",
    "#da2fcc",
    "#2fda2f",
    "#41206f",
    "#9a74e7",
    "#d8e3a0",
    "#79152e",
    "#797115",
    "#afda2f",
    "#2fdaaf",
    "#9c1c7c",
    "#9c511c",
    "#2fda76",
    "#da2f68",
    "#e7ad74",
    "#2b6439",
    "#2263bf",
    "#ed97ed",
    "#97c2ed",
    "#711c9c",
    "#642b56",
    "#979eed",
)
#: The colour of the status samples of a legend: an indigo no tenant has (each status sample
#: stays apart from the grey of others' use too).
STATUS_SAMPLE = "#2a3f8f"
#: Pads and bars of other tenants in a tenant report: occupied, no name.
OCCUPIED = "#9e9e9e"
#: Conflicts (overlapping allocations, error findings).
CONFLICT = "#c62828"
#: The ground and the hatch of a period when a pad cannot be used.
OUTAGE_FILL = "#ece7df"
OUTAGE_HATCH = "#b9ad9b"
#: The hatch laid again over bars held while their pad cannot be used.
OUTAGE_OVERLAY = "#5b4a33"
#: Statuses in the order a legend lists them.
STATUS_ORDER = (
    AllocationStatus.ACTIVE,
    AllocationStatus.SIGNED,
    AllocationStatus.RESERVED,
    AllocationStatus.PROPOSED,
    AllocationStatus.ENDED,
)


def tenant_colours(tenant_ids: Iterable[int]) -> dict[int, str]:
    """A colour for each tenant id, tied to the id (deleting or adding a tenant does not
    recolour the others); a tenant whose colour another holds takes the next free one, in id
    order, and colours repeat only when there are more tenants than colours."""
    size, taken, found = len(TENANT_PALETTE), set[int](), {}
    for tenant_id in sorted(tenant_ids):
        slot = (tenant_id - 1) % size
        while slot in taken and len(taken) < size:
            slot = (slot + 1) % size
        taken.add(slot)
        found[tenant_id] = TENANT_PALETTE[slot]
    return found


def tint(colour: str, share: float) -> str:
    """``colour`` mixed with white: ``share`` 1 keeps it, 0 gives white."""
    digits = colour.lstrip("#")
    channels = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    mixed = (round(255 - (255 - c) * share) for c in channels)
    return "#" + "".join(f"{c:02x}" for c in mixed)


def darker(colour: str, share: float = 0.7) -> str:
    """``colour`` towards black: each channel times ``share``."""
    digits = colour.lstrip("#")
    return "#" + "".join(f"{int(int(digits[i : i + 2], 16) * share):02x}" for i in (0, 2, 4))


def is_dark(colour: str) -> bool:
    """Whether white text reads better than black on ``colour`` (relative luminance)."""
    digits = colour.lstrip("#")
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5


class BarStyle(NamedTuple):
    """How an allocation bar is drawn. ``fill`` ``None`` means an outline with dashes;
    ``width`` is the outline's width in points (screens scale it)."""

    fill: str | None
    stroke: str
    width: float
    hatched: bool


def bar_style(status: AllocationStatus | None, colour: str) -> BarStyle:
    """The style of a bar of ``status`` in the tenant's ``colour`` (``None``: another tenant's,
    anonymous): active solid, signed a lighter solid, reserved hatched, proposed outlined with
    dashes, ended pale, cancelled a faint dashed outline."""
    if status is None:
        return BarStyle(tint(OCCUPIED, 0.55), OCCUPIED, 0.5, False)
    if status is AllocationStatus.ACTIVE:
        return BarStyle(colour, darker(colour), 0.5, False)
    if status is AllocationStatus.SIGNED:
        return BarStyle(tint(colour, 0.6), colour, 0.7, False)
    if status is AllocationStatus.RESERVED:
        return BarStyle(tint(colour, 0.18), colour, 0.8, True)
    if status is AllocationStatus.PROPOSED:
        return BarStyle(None, colour, 1.0, False)
    if status is AllocationStatus.CANCELLED:
        return BarStyle(None, tint(OCCUPIED, 0.7), 0.5, False)
    return BarStyle(tint(colour, 0.28), tint(colour, 0.6), 0.5, False)


def assign_lanes(spans: Iterable[tuple[int, date, date]]) -> dict[int, int]:
    """Lanes for periods on one pad: ``(id, first day, last day)`` (both inclusive) in, the
    lane of each key out. Periods are placed by start (then end, then key) in the first lane
    free by then, so periods that share a day never share a lane; lane 0 is the top."""
    lane_ends: list[date] = []
    lanes: dict[int, int] = {}
    for key, start, end in sorted(spans, key=lambda span: (span[1], span[2], span[0])):
        lane = next((i for i, last in enumerate(lane_ends) if last < start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        lanes[key] = lane
    return lanes
