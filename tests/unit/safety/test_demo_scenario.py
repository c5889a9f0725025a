"""The Baikonur demo plan: a real quantity-distance conflict found, then cleared."""

from __future__ import annotations

from datetime import date

from cosmoplan.analysis import IncrementalChecker, RuleCatalogue, check_plan
from cosmoplan.analysis.rules.corridors import corridor_rules
from cosmoplan.analysis.rules.safety import safety_rules
from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Allocation, AllocationStatus, Kind
from cosmoplan.services.commands import AddObjects, update

AT = date(2026, 6, 1)


def test_a_second_tenant_next_to_soyuz_5_is_found_and_cleared() -> None:
    plan = build_demo_plan()
    catalogue = RuleCatalogue(safety_rules())
    checker = IncrementalChecker(plan, AT, catalogue)
    assert {f.rule for f in checker.findings} <= {"safety.unknown_new"}
    zenit = plan.pad_by_code("45/1")
    assert zenit is not None
    soyuz_5 = next(
        a
        for a in plan.allocations()
        if a.pad_id == zenit.id and a.status is AllocationStatus.SIGNED
    )
    pld = plan.tenant_by_name("PLD Space")
    assert pld is not None
    miura = plan.vehicle_by_name("Miura 5", pld.id)
    pad = plan.pad_by_code("45/2")
    assert miura is not None and pad is not None
    # Miura 5 on pad 45/2, 570 m from 45/1, while Baiterek's Soyuz-5 holds 45/1 (761 m needed).
    candidate = Allocation(
        plan.next_id(Kind.ALLOCATION), pld.id, miura.id, pad.id,
        date(2030, 1, 1), date(2032, 12, 31), AllocationStatus.PROPOSED,
    )  # fmt: skip
    delta = checker.update(AddObjects([candidate]).do(plan))
    [conflict] = [f for f in delta.added if f.rule == "safety.public_area"]
    assert conflict.primary.id == soyuz_5.id
    assert conflict.subjects[2].id == candidate.id
    assert "Soyuz-5 of Baiterek JV on pad 45/1 needs 761 m" in conflict.text
    assert "pad 45/2, held by PLD Space (Miura 5), is 570 m away" in conflict.text
    # Moved after Baiterek's allocation ends, the pad is no longer held at the same time.
    moved = update(candidate, start=date(2041, 1, 1), end=date(2042, 12, 31))
    delta = checker.update(moved.do(plan))
    assert conflict in delta.removed
    assert not [f for f in checker.findings if f.rule == "safety.public_area"]
    assert checker.findings == check_plan(plan, AT, catalogue)


def test_a_start_up_launching_over_baikonur_city_is_found_and_cleared() -> None:
    plan = build_demo_plan()
    catalogue = RuleCatalogue(corridor_rules())
    checker = IncrementalChecker(plan, AT, catalogue)
    assert checker.findings == [
        f for f in checker.findings if f.rule == "safety.corridor.unchecked"
    ]  # the incumbents' corridors (63.3°, north-east) and SL1's (349.2°, north) are clear
    sl1 = next(a for a in plan.allocations() if plan.get(Kind.VEHICLE, a.vehicle_id).name == "SL1")
    # Turned south-west, SL1's corridor from SEZ-1 crosses Baikonur city, Toretam and Krainiy,
    # and 220° is outside the 346°-71° the proposed pad allows.
    delta = checker.update(update(sl1, launch_azimuth_deg=220.0).do(plan))
    found = {(f.rule, f.message.params.get("place")) for f in delta.added}
    assert found == {
        ("safety.corridor.azimuth", None),
        ("safety.corridor.populated", "Baikonur city (formerly Leninsk)"),
        ("safety.corridor.populated", "Toretam (Tyuratam) village"),
        ("safety.corridor.populated", "Krainiy airport grounds"),
    }
    [azimuth] = [f for f in delta.added if f.rule == "safety.corridor.azimuth"]
    assert "outside the azimuths the pad allows, 346° to 71°" in azimuth.text
    # Back to the sun-synchronous azimuth, all clear again.
    changed = plan.get(Kind.ALLOCATION, sl1.id)
    delta = checker.update(update(changed, launch_azimuth_deg=349.2).do(plan))
    assert len(delta.removed) == 4 and not delta.added
    assert checker.findings == check_plan(plan, AT, catalogue)
