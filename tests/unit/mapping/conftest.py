"""A small plan for the map tests: two complexes, three pads, a zone with a hole, facilities."""

from __future__ import annotations

from datetime import date

import pytest
from shapely.geometry import LineString, Point, Polygon, box

from cosmoplan.domain import (
    Facility,
    FacilityKind,
    LaunchComplex,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Zone,
    ZoneKind,
)

TOWN = "Байқоңыр"
#: Pad 45/1 is active before 2025 and under modernisation from 2025 on.
PAD_45_1 = Point(550_600.0, 5_087_950.0)
TOWN_RING = box(524_000.0, 5_070_000.0, 532_000.0, 5_076_000.0)
TOWN_HOLE = box(527_000.0, 5_072_000.0, 529_000.0, 5_074_000.0)


def small_plan() -> Plan:
    """The plan every mapping test draws."""
    plan = Plan(PlanInfo(name="Test site"))
    plan.add(LaunchComplex(1, "45", "Baiterek", footprint=PAD_45_1.buffer(800)))
    plan.add(LaunchComplex(2, "1", "Gagarin's Start"))
    plan.add(
        Pad(
            1,
            1,
            "45/1",
            PAD_45_1,
            status_periods=(
                PadStatusPeriod(PadStatus.ACTIVE, None, date(2025, 1, 1)),
                PadStatusPeriod(PadStatus.UNDER_MODERNISATION, date(2025, 1, 1)),
            ),
        )
    )
    plan.add(
        Pad(
            2,
            1,
            "45/2",
            Point(551_000.0, 5_088_370.0),
            status_periods=(PadStatusPeriod(PadStatus.DESTROYED),),
        )
    )
    plan.add(
        Pad(
            3,
            2,
            "1/5",
            Point(526_540.0, 5_085_250.0),
            status_periods=(PadStatusPeriod(PadStatus.MUSEUM, date(2020, 1, 1)),),
        )
    )
    plan.add(
        Zone(
            1,
            ZoneKind.PUBLIC_AREA,
            TOWN,
            Polygon(TOWN_RING.exterior.coords, [TOWN_HOLE.exterior.coords]),
        )
    )
    plan.add(
        Facility(
            1,
            FacilityKind.RAIL_LINE,
            "Rail line",
            LineString(
                [(526_540.0, 5_076_000.0), (526_540.0, 5_085_000.0), (550_000.0, 5_087_500.0)]
            ),
        )
    )
    plan.add(Facility(2, FacilityKind.CABLE_MAST, "Mast", Point(550_700.0, 5_087_800.0)))
    plan.add(
        Facility(
            3,
            FacilityKind.ASSEMBLY_BUILDING,
            "MIK",
            box(540_000.0, 5_080_000.0, 540_300.0, 5_080_120.0),
            complex_id=1,
        )
    )
    return plan


@pytest.fixture
def plan() -> Plan:
    """A fresh small plan."""
    return small_plan()
