"""Flight-corridor findings: places under the exclusion zone and corridor, the pad's azimuths."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from pyproj import Geod
from shapely.geometry import Point

from cosmoplan.analysis import Finding, IncrementalChecker, RuleCatalogue, check_plan
from cosmoplan.analysis.rules.corridors import corridor_rules
from cosmoplan.domain import (
    Allocation,
    Kind,
    LaunchComplex,
    Pad,
    PadCapabilities,
    Plan,
    Propellant,
    Ref,
    Tenant,
    Vehicle,
    VehicleClass,
    Zone,
    ZoneKind,
)
from cosmoplan.geo import to_model
from cosmoplan.services.commands import AddObjects, Command, update

LAT, LON = 45.9435, 63.3422
GEOD = Geod(ellps="WGS84")
AT = date(2027, 1, 1)


def town(zone_id: int, azimuth: float, km: float, **fields: Any) -> Zone:
    """A 500 m town ``km`` from the pad along ``azimuth``."""
    lon, lat, _ = GEOD.fwd(LON, LAT, azimuth, km * 1000)
    shape = Point(to_model(lon, lat)).buffer(500)
    return Zone(zone_id, ZoneKind.PUBLIC_AREA, f"Town {zone_id}", shape, **fields)


def site(azimuth: float | None = 65.0) -> Plan:
    """Pad 1 allowing 30-160°, a medium vehicle, its allocation for 2027-2029, and towns 5 km
    (exclusion zone), 60 km (corridor) and 30 km uprange (neither) along 65°."""
    plan = Plan()
    plan.add(LaunchComplex(1, "31", "Site 31"))
    caps = PadCapabilities(azimuth_min_deg=30.0, azimuth_max_deg=160.0)
    plan.add(Pad(1, 1, "31/6", Point(to_model(LON, LAT)), capabilities=caps))
    plan.add(Tenant(1, "Startup", "Spain"))
    plan.add(Vehicle(1, 1, "Mid", Propellant.LOX_KEROSENE, vehicle_class=VehicleClass.MEDIUM))
    plan.add(town(1, 65.0, 5.0, valid_to=date(2028, 7, 1)))
    plan.add(town(2, 65.0, 60.0))
    plan.add(town(3, 245.0, 30.0))
    allocation = Allocation(1, 1, 1, 1, date(2027, 1, 1), date(2029, 12, 31))
    plan.add(replace(allocation, launch_azimuth_deg=azimuth))
    return plan


def findings(plan: Plan) -> list[Finding]:
    return check_plan(plan, AT, RuleCatalogue(corridor_rules()))


def by_rule(plan: Plan) -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for finding in findings(plan):
        found.setdefault(finding.rule, []).append(finding)
    return found


def test_a_town_in_the_exclusion_zone_is_an_error_and_one_under_the_corridor_a_warning() -> None:
    found = by_rule(site())
    assert set(found) == {"safety.corridor.exclusion", "safety.corridor.populated"}
    [error] = found["safety.corridor.exclusion"]
    assert error.severity.value == "error"
    assert [(r.kind, r.id) for r in error.subjects] == [
        (Kind.ALLOCATION, 1),
        (Kind.PAD, 1),
        (Kind.ZONE, 1),
    ]
    assert (error.message.params["period_start"], error.message.params["period_end"]) == (
        "2027-01-01",
        "2028-06-30",
    )
    assert "at azimuth 65°, the medium vehicle Mid of Startup" in error.text
    assert "Town 1 in its overflight exclusion zone" in error.text
    assert error.message.params["oez_km"] == pytest.approx(253_000 * 0.0254 / 1000, rel=1e-6)
    [warning] = found["safety.corridor.populated"]
    assert warning.severity.value == "warning" and warning.subjects[2].id == 2


def test_turning_the_azimuth_away_moves_the_places_out_of_the_exclusion_zone() -> None:
    found = by_rule(site(azimuth=155.0))  # 90° off: town 1 beside the corridor's start
    assert set(found) == {"safety.corridor.populated"}
    assert [f.subjects[2].id for f in found["safety.corridor.populated"]] == [1]


def test_an_azimuth_outside_the_pads_range_is_an_error() -> None:
    [finding] = by_rule(site(azimuth=180.0))["safety.corridor.azimuth"]
    assert finding.severity.value == "error"
    assert "azimuth 180° of Startup (Mid) on pad 31/6 is outside" in finding.text
    assert "30° to 160°" in finding.text


def test_half_given_corridor_data_is_reported_and_none_is_silent() -> None:
    plan = site(azimuth=None)
    [info] = by_rule(plan)["safety.corridor.unchecked"]
    assert info.severity.value == "info" and "gives no azimuth" in info.text
    vehicle = plan.get(Kind.VEHICLE, 1)
    plan.replace(replace(vehicle, vehicle_class=None))
    assert findings(plan) == []
    allocation = plan.get(Kind.ALLOCATION, 1)
    plan.replace(replace(allocation, launch_azimuth_deg=65.0))
    [info] = findings(plan)
    assert "no corridor class" in info.text
    assert info.subjects[-1] == Ref(Kind.VEHICLE, 1)


def test_a_guided_suborbital_vehicle_needs_its_apogee() -> None:
    plan = site()
    vehicle = plan.get(Kind.VEHICLE, 1)
    plan.replace(replace(vehicle, vehicle_class=VehicleClass.GUIDED_SUBORBITAL))
    assert [f.rule for f in findings(plan)] == ["safety.corridor.unchecked"]
    plan.replace(replace(plan.get(Kind.VEHICLE, 1), apogee_km=120.0))
    assert "safety.corridor.exclusion" in {f.rule for f in findings(plan)}


def test_incremental_checks_match_full_checks() -> None:
    plan = site(azimuth=155.0)
    checker = IncrementalChecker(plan, AT, RuleCatalogue(corridor_rules()))
    steps: list[Command] = [
        update(plan.get(Kind.ALLOCATION, 1), launch_azimuth_deg=65.0),
        AddObjects([town(9, 155.0, 40.0)]),  # a new town under the old azimuth
        update(plan.get(Kind.ZONE, 2), valid_from=date(2031, 1, 1)),  # not there yet
        update(plan.get(Kind.VEHICLE, 1), vehicle_class=VehicleClass.SMALL),
        update(plan.get(Kind.PAD, 1), capabilities=PadCapabilities(azimuth_min_deg=70.0)),
    ]
    for step in steps:
        checker.update(step.do(plan))
        assert checker.findings == findings(plan)
    assert {f.rule for f in checker.findings} >= {"safety.corridor.exclusion"}
