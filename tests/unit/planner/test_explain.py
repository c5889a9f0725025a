"""Explanations on the demo plan: the reasons by the rules' messages, and the ways out."""

from __future__ import annotations

from datetime import date

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Kind, Ref
from cosmoplan.planner.explain import explain
from cosmoplan.planner.options import Item

AT = date(2027, 1, 1)


def sl1_item(plan, first: date, last: date) -> Item:
    vehicle = plan.vehicle_by_name("SL1")
    days = (last - first).days + 1
    return Item(
        Ref(Kind.REQUEST, 0), vehicle.tenant_id, vehicle.id, first, last, days, True, None, 1
    )


def test_a_signed_allocation_is_the_smallest_reason_on_45_1() -> None:
    plan = build_demo_plan()
    pad = plan.pad_by_code("45/1")
    found = explain(plan, sl1_item(plan, date(2028, 1, 1), date(2029, 12, 31)), pad.id, AT)
    assert found.blocked
    assert sorted(f.rule for f in found.findings) == [
        "allocation.overlap", "allocation.overlap", "vehicle.fit.propellant",
    ]  # fmt: skip
    (reason,) = found.reasons  # each of the fixed facts alone blocks: one is the smallest set
    assert reason.rule in ("allocation.overlap", "vehicle.fit.propellant")
    signed = Ref(Kind.ALLOCATION, 4)
    if reason.rule == "allocation.overlap":
        assert signed in reason.subjects and "Baiterek JV" in reason.message.text()
    assert found.moves == {}


def test_the_ways_out_on_the_sez_pad() -> None:
    plan = build_demo_plan()
    pad = plan.pad_by_code("SEZ-1")
    found = explain(plan, sl1_item(plan, date(2028, 1, 1), date(2029, 12, 31)), pad.id, AT)
    (reason,) = found.reasons
    assert reason.rule == "allocation.overlap" and Ref(Kind.ALLOCATION, 8) in reason.subjects
    assert found.earliest == (date(2038, 1, 1), date(2040, 1, 1))  # 731 days, as asked
    assert "2038-01-01" in found.ways_out[0].text()


def test_nothing_blocks_a_free_pad() -> None:
    plan = build_demo_plan()
    pad = plan.pad_by_code("SEZ-1")
    found = explain(plan, sl1_item(plan, date(2038, 1, 1), date(2039, 12, 31)), pad.id, AT)
    assert not found.blocked and found.reasons == []
    assert found.ways_out[0].id == "planner.explain.free"
