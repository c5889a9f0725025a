"""A small Baikonur-like plan for rule tests, and a builder to add allocations to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
import shapely
from shapely.geometry import Point

from cosmoplan.analysis import Finding, check_plan
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Facility,
    FacilityKind,
    Kind,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadCapabilities,
    Plan,
    Propellant,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)

AT = date(2026, 1, 1)


class Site:
    """Pads 45/1 (in the Russian lease) and 200/39 (in the SEZ), three tenants, four vehicles.

    Every figure fits, every facility is in service, every zone is valid: a plan with one
    allocation made by :meth:`allocate` and the defaults has no findings.
    """

    def __init__(self) -> None:
        self.plan = Plan()
        plan = self.plan
        plan.add(LaunchComplex(1, "45", "Zenit"))
        plan.add(LaunchComplex(2, "200", "Proton"))
        plan.add(
            Facility(
                1,
                FacilityKind.CABLE_MAST,
                "45/1 cable mast",
                Point(10, 0),
                complex_id=1,
                commissioned=date(2020, 1, 1),
            )
        )
        plan.add(
            Facility(
                2,
                FacilityKind.FUELLING_STATION,
                "Site 200 fuelling",
                Point(5010, 0),
                complex_id=2,
                commissioned=date(2020, 1, 1),
            )
        )
        capabilities = PadCapabilities(
            propellants=frozenset({Propellant.LOX_KEROSENE, Propellant.SOLID}),
            max_liftoff_mass_kg=600_000,
            max_height_m=60,
            max_diameter_m=4.5,
            max_thrust_kn=9_000,
        )
        plan.add(Pad(1, 1, "45/1", Point(0, 0), capabilities=capabilities, power_facility_id=1))
        plan.add(
            Pad(
                2,
                2,
                "200/39",
                Point(5000, 0),
                capabilities=capabilities,
                required_facility_ids=(2,),
            )
        )
        plan.add(
            Zone(1, ZoneKind.KAZAKH_TERRITORY, "Kazakhstan", shapely.box(-9e3, -9e3, 9e3, 9e3))
        )
        plan.add(
            Zone(
                2,
                ZoneKind.RUSSIAN_LEASE,
                "Baikonur lease",
                shapely.box(-1000, -1000, 1000, 1000),
                valid_to=date(2050, 1, 1),
            )
        )
        plan.add(Zone(3, ZoneKind.SPECIAL_ECONOMIC_ZONE, "SEZ", shapely.box(4000, -500, 6000, 500)))
        plan.add(Tenant(1, "Roscosmos", "Russia", TenantKind.INCUMBENT, NegotiationStatus.APPROVED))
        plan.add(Tenant(2, "Skyroot", "India", TenantKind.STARTUP, NegotiationStatus.APPROVED))
        plan.add(Tenant(3, "RFA", "Germany", TenantKind.STARTUP, NegotiationStatus.APPROVED))
        figures: dict[str, Any] = dict(
            height_m=30,
            diameter_m=2,
            liftoff_mass_kg=60_000,
            liftoff_thrust_kn=900,
            launches_per_year=6,
        )
        plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE, **figures))
        plan.add(Vehicle(2, 2, "Vikram-1", Propellant.SOLID, **figures))
        plan.add(Vehicle(3, 3, "RFA One", Propellant.LOX_KEROSENE, **figures))
        plan.add(Vehicle(4, 1, "Proton-M", Propellant.N2O4_UDMH, **figures))

    def allocate(
        self,
        vehicle: int = 1,
        pad: int = 1,
        start: date = date(2027, 1, 1),
        end: date = date(2027, 12, 31),
        status: AllocationStatus = AllocationStatus.RESERVED,
        exclusive: bool = True,
    ) -> Allocation:
        """Add an allocation of a vehicle (and its tenant) to a pad; return it."""
        tenant = self.vehicle(vehicle).tenant_id
        allocation = Allocation(
            stored_id(self.plan, Kind.ALLOCATION),
            tenant,
            vehicle,
            pad,
            start,
            end,
            status,
            exclusive,
        )
        self.plan.add(allocation)
        return allocation

    def edit(self, what: Kind, object_id: int, /, **fields: Any) -> None:
        """Replace an object by a copy with some fields changed."""
        self.plan.replace(replace(self.plan.get(what, object_id), **fields))  # type: ignore[type-var]

    def vehicle(self, vehicle_id: int) -> Vehicle:
        found = self.plan.get(Kind.VEHICLE, vehicle_id)
        assert isinstance(found, Vehicle)
        return found

    def findings(self, rule: str | None = None) -> list[Finding]:
        """The findings of a full check as of 2026-01-01, of one rule (prefix) or all."""
        found = check_plan(self.plan, AT)
        return [f for f in found if rule is None or f.rule.startswith(rule)]


@pytest.fixture
def site() -> Site:
    return Site()


@pytest.fixture
def make_site() -> type[Site]:
    """The class itself, for tests that need several fresh sites (e.g. under hypothesis)."""
    return Site


def stored_id(plan: Plan, kind: Kind) -> int:
    """The next id of ``kind`` as a store numbers objects (1, 2, 3…): the fixtures model a
    saved plan, so findings can be compared by readable ids."""
    return max(plan.objects(kind), default=0) + 1
