"""Safety findings: public area, public traffic route, intraline, unknown NEW; full, incremental
and candidate checks agree."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
import shapely
from shapely.geometry import LineString, Point

from cosmoplan.analysis import Finding, IncrementalChecker, RuleCatalogue, check_plan
from cosmoplan.analysis.candidate import CandidateChecker
from cosmoplan.analysis.rules.safety import register_rules, safety_rules
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    FacilityStatus,
    Kind,
    LaunchComplex,
    Pad,
    Plan,
    Propellant,
    Ref,
    Tenant,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.safety.index import service_interval
from cosmoplan.safety.norm import HazardDistances, hazard_distances
from cosmoplan.safety.tnt import PlannerFactor
from cosmoplan.services.commands import AddObjects, Command, RemoveObjects, update

AT = date(2026, 1, 1)
BIG = hazard_distances("lox-kerosene", 270_000)  # public 596.5 m, route 357.9 m, intraline 262.5 m
SMALL = hazard_distances("solid", 1_000)  # public 381 m, route 228.6 m, intraline 71.4 m


class Site:
    """Pads 1 (0, 0), 2 (500, 0) and 3 (3000, 0) in three complexes; a town 550 m north of pad
    1 from 2028, a road 300 m south of it from mid-2027, pad 1's own rail spur, a store 240 m
    west of pad 3, the site boundary 2 km out. Tenants 1 and 2; vehicles Big (tenant 1),
    Small (tenant 2) and Methane (tenant 2)."""

    def __init__(self) -> None:
        plan = self.plan = Plan()
        for number in (1, 2, 3):
            plan.add(LaunchComplex(number, str(number), f"Complex {number}"))
        for number, x in ((1, 0.0), (2, 500.0), (3, 3000.0)):
            plan.add(Pad(number, number, f"{number}/1", Point(x, 0)))
        plan.add(Zone(1, ZoneKind.PUBLIC_AREA, "Town", shapely.box(-100, 550, 100, 700),
                      valid_from=date(2028, 1, 1)))  # fmt: skip
        plan.add(Zone(2, ZoneKind.COSMODROME_BOUNDARY, "Site", shapely.box(-2e3, -2e3, 6e3, 2e3)))
        road = LineString([(-1000, -300), (1000, -300)])
        plan.add(Facility(1, FacilityKind.ROAD, "Main road", road, commissioned=date(2027, 7, 1)))
        spur = LineString([(0, 0), (0, -1000)])
        plan.add(Facility(2, FacilityKind.RAIL_LINE, "Spur 1", spur, complex_id=1))
        plan.add(
            Facility(3, FacilityKind.PROPELLANT_STORE, "Store 3", shapely.box(2700, -20, 2760, 20),
                     complex_id=3, propellant=Propellant.LOX_KEROSENE, max_quantity_kg=10_000)
        )  # fmt: skip
        plan.add(Tenant(1, "Incumbent", "Russia"))
        plan.add(Tenant(2, "Startup", "Spain"))
        plan.add(Vehicle(1, 1, "Big", Propellant.LOX_KEROSENE, propellant_mass_kg=270_000))
        plan.add(Vehicle(2, 2, "Small", Propellant.SOLID, propellant_mass_kg=1_000))
        plan.add(Vehicle(3, 2, "Methane", Propellant.LOX_METHANE, propellant_mass_kg=1_000))

    def allocate(
        self,
        vehicle: int,
        pad: int,
        start: date,
        end: date,
        status: AllocationStatus = AllocationStatus.RESERVED,
    ) -> Allocation:
        owner: Any = self.plan.get(Kind.VEHICLE, vehicle)
        tenant = owner.tenant_id
        allocation = Allocation(
            stored_id(self.plan, Kind.ALLOCATION), tenant, vehicle, pad, start, end, status
        )
        self.plan.add(allocation)
        return allocation


def edit(plan: Plan, kind: Kind, object_id: int, **fields: Any) -> None:
    """Replace an object by a copy with some fields changed."""
    entity: Any = plan.get(kind, object_id)
    plan.replace(replace(entity, **fields))


def catalogue(**options: Any) -> RuleCatalogue:
    return RuleCatalogue(safety_rules(**options))


def findings(plan: Plan, **options: Any) -> list[Finding]:
    return check_plan(plan, AT, catalogue(**options))


def test_public_area_zone_from_the_day_it_exists() -> None:
    site = Site()
    site.allocate(1, 1, date(2027, 1, 1), date(2029, 12, 31))
    [town] = [f for f in findings(site.plan) if f.rule == "safety.public_area"]
    assert [(r.kind, r.id) for r in town.subjects] == [
        (Kind.ALLOCATION, 1), (Kind.PAD, 1), (Kind.ZONE, 1)
    ]  # fmt: skip
    params = town.message.params
    assert params["required_m"] == pytest.approx(BIG.public_area.m)
    assert params["actual_m"] == pytest.approx(550)
    assert (params["period_start"], params["period_end"]) == ("2028-01-01", "2029-12-31")
    assert "needs 597 m (1,957 ft) to any public area, but Town is 550 m away" in town.text
    assert town.geometry is not None and town.geometry.length == pytest.approx(550)


def test_route_from_commissioning_and_not_the_pads_own_spur() -> None:
    site = Site()
    site.allocate(1, 1, date(2027, 1, 1), date(2027, 12, 31))
    [road] = [f for f in findings(site.plan) if f.rule == "safety.public_traffic_route"]
    assert road.subjects[2].id == 1  # the main road, not the complex's own spur
    assert road.message.params["period_start"] == "2027-07-01"
    assert road.message.params["required_m"] == pytest.approx(BIG.public_traffic_route.m)
    assert road.message.params["actual_m"] == pytest.approx(300)


def test_another_tenants_pad_is_public_while_both_are_held() -> None:
    site = Site()
    site.allocate(1, 2, date(2027, 1, 1), date(2029, 12, 31))
    site.allocate(2, 1, date(2029, 7, 1), date(2030, 12, 31))
    found = [f for f in findings(site.plan) if f.rule == "safety.public_area"]
    # Big (597 m) reaches pad 1, 500 m away; Small (381 m) does not reach pad 2.
    other = [f for f in found if f.subjects[2].kind is Kind.ALLOCATION]
    assert len(other) == 1
    assert [r.id for r in other[0].subjects] == [1, 2, 2, 1]
    assert other[0].message.params["period_start"] == "2029-07-01"
    assert "pad 1/1, held by Startup (Small)" in other[0].text


def test_same_tenant_pads_are_not_public_but_intraline_holds() -> None:
    site = Site()
    site.plan.add(Vehicle(4, 1, "Big two", Propellant.LOX_KEROSENE, propellant_mass_kg=270_000))
    edit(site.plan, Kind.PAD, 2, location=Point(200, 0))
    site.allocate(1, 1, date(2027, 1, 1), date(2027, 12, 31))
    site.allocate(4, 2, date(2027, 6, 1), date(2028, 12, 31))
    found = findings(site.plan)
    assert not [
        f for f in found if f.rule == "safety.public_area" and f.subjects[2].kind is Kind.ALLOCATION
    ]
    intraline = [f for f in found if f.rule == "safety.intraline"]
    assert sorted(f.primary.id for f in intraline) == [1, 2]
    assert intraline[0].message.params["required_m"] == pytest.approx(BIG.intraline.m)
    assert intraline[0].message.params["period_end"] == "2027-12-31"


def test_intraline_to_a_store_uses_the_larger_distance() -> None:
    site = Site()
    site.allocate(1, 3, date(2027, 1, 1), date(2027, 12, 31))
    [store] = [f for f in findings(site.plan) if f.rule == "safety.intraline"]
    assert store.message.params["required_m"] == pytest.approx(BIG.intraline.m)
    assert store.message.params["actual_m"] == pytest.approx(240)
    edit(site.plan, Kind.FACILITY, 3, max_quantity_kg=1_200_000)
    [bigger] = [f for f in findings(site.plan) if f.rule == "safety.intraline"]
    expected = hazard_distances("lox-kerosene", 1_200_000).intraline.m
    assert bigger.message.params["required_m"] == pytest.approx(expected)


def test_store_out_of_service_is_not_a_hazard() -> None:
    site = Site()
    edit(site.plan, Kind.FACILITY, 3, status=FacilityStatus.OUT_OF_SERVICE)
    site.allocate(1, 3, date(2027, 1, 1), date(2027, 12, 31))
    assert findings(site.plan) == []


def test_boundary_is_measured_to_its_line_from_inside() -> None:
    site = Site()
    edit(site.plan, Kind.ZONE, 2, geometry=shapely.box(-2e3, -2e3, 6e3, 300))
    site.allocate(2, 3, date(2027, 1, 1), date(2027, 12, 31))
    [edge] = [f for f in findings(site.plan) if f.rule == "safety.public_area"]
    assert edge.message.params["actual_m"] == pytest.approx(300)
    assert "the boundary of Site is 300 m away" in edge.text


def test_unknown_new_is_a_warning_until_a_factor_is_given() -> None:
    site = Site()
    site.allocate(3, 1, date(2027, 1, 1), date(2029, 12, 31))
    [warning] = findings(site.plan)
    assert warning.rule == "safety.unknown_new" and warning.severity.value == "warning"
    assert "no TNT-equivalent factor is established for lox-methane" in warning.text
    factors = {Propellant.LOX_METHANE: PlannerFactor(200.0, "a deliberately huge test factor")}
    rules = {f.rule for f in findings(site.plan, factors=factors)}
    assert rules == {"safety.public_area", "safety.public_traffic_route"}


def test_a_vehicles_own_factor_makes_its_areas_checked_and_the_finding_says_so() -> None:
    site = Site()
    edit(site.plan, Kind.VEHICLE, 3, tnt_factor=200.0, tnt_factor_source="test stand report 7")
    site.allocate(3, 1, date(2027, 1, 1), date(2029, 12, 31))
    found = {f.rule: f for f in findings(site.plan)}
    assert set(found) == {
        "safety.public_area",
        "safety.public_traffic_route",
        "safety.planner_factor",
    }
    note = found["safety.planner_factor"]
    assert note.severity.value == "info"
    assert "factor of 200 entered by the planner for lox-methane" in note.text
    assert "source: test stand report 7" in note.text
    expected = hazard_distances("lox-methane", 1_000, factor=PlannerFactor(200.0, "x"))
    required = found["safety.public_area"].message.params["required_m"]
    assert required == pytest.approx(expected.public_area.m)


def test_division_1_1_mass_adds_to_the_vehicles_explosive_weight() -> None:
    site = Site()
    site.allocate(2, 3, date(2027, 1, 1), date(2027, 12, 31))
    assert findings(site.plan) == []
    edit(site.plan, Kind.VEHICLE, 2, division_1_1_kg=200_000)
    [store] = [f for f in findings(site.plan) if f.rule == "safety.intraline"]
    expected = hazard_distances("solid", 1_000, division_1_1_kg=200_000)
    assert store.message.params["required_m"] == pytest.approx(expected.intraline.m)


def test_land_held_by_another_tenant_is_a_public_area() -> None:
    site = Site()
    lease = shapely.box(-50, -400, 50, -350)  # 350 m south of pad 1
    site.plan.add(Zone(3, ZoneKind.SPECIAL_ECONOMIC_ZONE, "Lease A", lease, tenant_id=1))
    site.allocate(2, 1, date(2027, 1, 1), date(2027, 12, 31))  # Small: public area 381 m
    [land] = [f for f in findings(site.plan) if f.rule == "safety.public_area"]
    assert land.message.params["actual_m"] == pytest.approx(350)
    assert "Lease A, land held by Incumbent, is 350 m away" in land.text
    assert [r.kind for r in land.subjects] == [Kind.ALLOCATION, Kind.PAD, Kind.ZONE, Kind.TENANT]
    edit(site.plan, Kind.ZONE, 3, tenant_id=2)  # the startup's own land
    assert [f for f in findings(site.plan) if f.rule == "safety.public_area"] == []


def test_cancelled_and_ended_allocations_are_not_checked() -> None:
    site = Site()
    site.allocate(1, 1, date(2027, 1, 1), date(2029, 12, 31), AllocationStatus.CANCELLED)
    site.allocate(1, 1, date(2020, 1, 1), date(2024, 12, 31), AllocationStatus.ENDED)
    assert findings(site.plan) == []


def test_register_rules_adds_them_to_a_catalogue() -> None:
    target = RuleCatalogue()
    rules = register_rules(target)
    assert [r.id for r in rules] == [
        "safety.public_area", "safety.public_traffic_route", "safety.intraline",
        "safety.unknown_new", "safety.planner_factor",
    ]  # fmt: skip
    assert all(rule.id in target for rule in rules)
    register_rules(target)  # again: replaced, not duplicated
    assert len(target) == 5


def test_service_interval_mirrors_in_service_on() -> None:
    days = [date(2019, 1, 1), date(2020, 1, 1), date(2024, 1, 1), date(2030, 1, 1)]
    for status in FacilityStatus:
        for commissioned in (None, date(2020, 1, 1)):
            for decommissioned in (None, date(2020, 1, 1), date(2025, 1, 1)):
                facility = Facility(1, FacilityKind.ROAD, "r", LineString([(0, 0), (1, 0)]),
                                    status, commissioned, decommissioned)  # fmt: skip
                interval = service_interval(facility)
                for day in days:
                    inside = interval is not None and (
                        (interval[0] is None or interval[0] <= day)
                        and (interval[1] is None or day < interval[1])
                    )
                    assert inside == facility.in_service_on(day), (facility, day)


def run(site: Site, checker: IncrementalChecker, command: Command) -> None:
    checker.update(command.do(site.plan))
    assert checker.findings == findings(site.plan)


def test_incremental_checks_match_full_checks() -> None:
    site = Site()
    first = site.allocate(1, 2, date(2027, 1, 1), date(2029, 12, 31))
    second = site.allocate(2, 1, date(2031, 1, 1), date(2031, 12, 31))
    checker = IncrementalChecker(site.plan, AT, catalogue())
    assert checker.findings == findings(site.plan)
    plan = site.plan
    steps: list[Command] = [
        update(second, start=date(2029, 1, 1)),  # now overlapping: pad 1 is public for Big
        update(plan.get(Kind.ZONE, 1), geometry=shapely.box(400, 300, 600, 400)),  # town moves
        update(plan.get(Kind.VEHICLE, 1), propellant_mass_kg=20_000),  # Big shrinks
        update(plan.get(Kind.VEHICLE, 1), propellant_mass_kg=900_000),  # and grows
        update(plan.get(Kind.PAD, 1), location=Point(100, 0)),
        update(plan.get(Kind.TENANT, 2), name="Renamed startup"),
        AddObjects([Facility(9, FacilityKind.PROPELLANT_STORE, "New store", Point(600, 200),
                             propellant=Propellant.N2O4_UDMH, max_quantity_kg=500_000)]),
        update(plan.get(Kind.FACILITY, 1), commissioned=date(2035, 1, 1)),
        AddObjects([Zone(7, ZoneKind.SPECIAL_ECONOMIC_ZONE, "Lease", shapely.box(0, 150, 50, 200),
                         tenant_id=2)]),
        update(plan.get(Kind.VEHICLE, 3), tnt_factor=5.0, tnt_factor_source="test"),
        RemoveObjects([first_ref := Ref(Kind.ALLOCATION, first.id)]),
    ]  # fmt: skip
    assert first_ref.kind is Kind.ALLOCATION
    for step in steps:
        run(site, checker, step)
    run(site, checker, update(plan.get(Kind.ZONE, 7), tenant_id=1))  # now another tenant's
    assert checker.findings == findings(site.plan)


def test_candidate_checks_see_each_candidate_afresh() -> None:
    site = Site()
    site.allocate(2, 1, date(2027, 1, 1), date(2027, 12, 31))
    candidates = CandidateChecker(site.plan, AT, catalogue())
    new_id = candidates.new_id()
    near = Allocation(new_id, 1, 1, 2, date(2027, 1, 1), date(2027, 12, 31))
    far = Allocation(new_id, 1, 1, 3, date(2027, 1, 1), date(2027, 12, 31))
    assert "safety.public_area" in {f.rule for f in candidates.check(near)}
    assert "safety.public_area" not in {f.rule for f in candidates.check(far)}
    assert "safety.public_area" in {f.rule for f in candidates.check(near)}
    assert site.plan.find(Kind.ALLOCATION, new_id) is None


def test_a_candidate_in_another_allocations_hazard_area_is_told_so() -> None:
    site = Site()
    big = site.allocate(1, 2, date(2027, 1, 1), date(2029, 12, 31))  # Big, 597 m, on pad 2
    candidates = CandidateChecker(site.plan, AT, catalogue())
    new_id = candidates.new_id()
    # Small (381 m) on pad 1, 500 m away: its own area does not reach pad 2, Big's reaches it.
    small = Allocation(new_id, 2, 2, 1, date(2029, 1, 1), date(2030, 12, 31))
    [found] = [f for f in candidates.check(small) if f.rule == "safety.public_area"]
    assert found.primary.id == big.id and Ref(Kind.ALLOCATION, new_id) in found.subjects
    assert (found.message.params["period_start"], found.message.params["period_end"]) == (
        "2029-01-01",
        "2029-12-31",
    )
    site.plan.add(small)
    assert found in findings(site.plan)  # what the full check says once it is made
    site.plan.remove(Kind.ALLOCATION, new_id)
    later = Allocation(new_id, 2, 2, 1, date(2030, 1, 1), date(2030, 12, 31))
    assert [f for f in candidates.check(later) if f.rule.startswith("safety.")] == []
    assert found in candidates.check(small)  # nothing a trial computed was kept for the next


class StricterNorm:
    """A stand-in host-nation norm: Part 420 with every distance doubled."""

    id = "test-double"
    title = "Part 420, distances doubled"

    def net_explosive_weight(self, *args: Any, **kwargs: Any) -> Any:
        from cosmoplan.safety.norm import PART_420

        return PART_420.net_explosive_weight(*args, **kwargs)

    def distances(self, new: Any) -> HazardDistances:
        from cosmoplan.safety.norm import PART_420

        base = PART_420.distances(new)
        doubled = [replace(d, ft=2 * d.ft) for d in (base.public_area, base.public_traffic_route,
                                                    base.intraline)]  # fmt: skip
        return HazardDistances(new, *doubled)

    def intraline_between(self, first: HazardDistances, second: HazardDistances) -> Any:
        return max(first.intraline, second.intraline, key=lambda d: d.ft)


def test_the_norm_is_replaceable() -> None:
    site = Site()
    site.allocate(2, 2, date(2029, 1, 1), date(2029, 12, 31))
    assert findings(site.plan) == []
    found = {f.rule: f for f in findings(site.plan, norm=StricterNorm())}
    assert set(found) == {"safety.public_area", "safety.public_traffic_route"}
    town = found["safety.public_area"].message.params
    assert town["required_m"] == pytest.approx(2 * SMALL.public_area.m)


def stored_id(plan: Plan, kind: Kind) -> int:
    """The next id of ``kind`` as a store numbers objects (1, 2, 3…): the fixtures model a
    saved plan, so findings can be compared by readable ids."""
    return max(plan.objects(kind), default=0) + 1
