"""CandidateChecker: the findings an allocation would get, with the plan left as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from cosmoplan.analysis import CandidateChecker, check_plan
from cosmoplan.domain import Allocation, AllocationStatus, Kind, Ref
from cosmoplan.domain.ids import is_provisional

if TYPE_CHECKING:
    from conftest import Site

AT = date(2026, 1, 1)


def candidate(site: Site, vehicle: int, pad: int, allocation_id: int | None = None) -> Allocation:
    tenant = site.vehicle(vehicle).tenant_id
    return Allocation(
        allocation_id or site.plan.next_id(Kind.ALLOCATION),
        tenant,
        vehicle,
        pad,
        date(2027, 6, 1),
        date(2028, 5, 31),
        AllocationStatus.PROPOSED,
    )


def test_each_pad_is_judged_as_a_full_check_would_and_the_plan_is_untouched(site: Site) -> None:
    site.allocate(vehicle=1, pad=1)
    before = {kind: dict(site.plan.objects(kind)) for kind in Kind}
    checker = CandidateChecker(site.plan, AT)
    candidates = {(v, p): candidate(site, v, p) for v in (2, 3, 4) for p in (1, 2)}
    answers = {key: checker.check(new) for key, new in candidates.items()}
    assert {kind: dict(site.plan.objects(kind)) for kind in Kind} == before
    assert check_plan(site.plan, AT) == []
    for key, found in answers.items():
        new = candidates[key]
        site.plan.add(new)
        expected = [
            f for f in check_plan(site.plan, AT) if Ref(Kind.ALLOCATION, new.id) in f.subjects
        ]
        site.plan.remove(Kind.ALLOCATION, new.id)
        assert found == expected
    assert [f.rule for f in answers[(2, 1)]] == ["allocation.overlap", "territory.outside_control"]
    assert answers[(2, 2)] == []
    assert [f.rule for f in answers[(4, 2)]] == ["vehicle.fit.propellant"]


def test_an_edited_allocation_does_not_collide_with_its_old_self(site: Site) -> None:
    existing = site.allocate(vehicle=1, pad=1)
    other = site.allocate(vehicle=3, pad=2, start=date(2028, 1, 1), end=date(2028, 12, 31))
    checker = CandidateChecker(site.plan, AT)
    assert checker.check(replace(existing, end=date(2028, 6, 30))) == []
    moved = checker.check(replace(existing, pad_id=2, end=date(2028, 6, 30)))
    assert [f.subjects[:2] for f in moved] == [
        (Ref(Kind.ALLOCATION, existing.id), Ref(Kind.ALLOCATION, other.id))
    ]
    assert checker.new_id() not in {existing.id, other.id}  # a fresh id, not yet stored
    assert is_provisional(checker.new_id())
