"""The timeline's marks follow a findings delta exactly as indexing all findings again would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from demo_lookup import allocation_on

from cosmoplan.analysis import IncrementalChecker
from cosmoplan.demo import build_demo_plan
from cosmoplan.gui.timeline.marks import Marks
from cosmoplan.services.commands import UpdateObject

AT = date(2026, 11, 25)


def indexed(marks: Marks) -> tuple[object, ...]:
    findings_of = {k: sorted(v, key=lambda f: f.key) for k, v in marks.findings_of.items()}
    overlaps = {k: sorted(v) for k, v in marks.overlaps.items()}
    return dict(marks.conflicts), overlaps, findings_of


def test_marks_patched_by_deltas_equal_marks_indexed_afresh() -> None:
    plan = build_demo_plan()
    checker = IncrementalChecker(plan, AT)
    patched = Marks()
    patched.set_findings(checker.findings, plan)
    assert patched.overlaps  # the demo's RFA One / Soyuz-5 overlap on 45/1
    rfa = allocation_on(plan, "45/1", "RFA One")
    steps = [
        UpdateObject(replace(rfa, start=date(2041, 1, 1), end=date(2042, 12, 31))),  # clears it
        UpdateObject(replace(rfa, start=date(2030, 1, 1), end=date(2036, 12, 31))),  # a new one
    ]
    for step in steps:
        patched.apply(checker.update(step.do(plan)), plan)
        fresh = Marks()
        fresh.set_findings(checker.findings, plan)
        assert indexed(patched) == indexed(fresh)
    patched.apply(checker.set_at(date(2045, 1, 1)), plan)  # stale allocations appear
    fresh = Marks()
    fresh.set_findings(checker.findings, plan)
    assert indexed(patched) == indexed(fresh)
