"""The document control page: version, distribution, marking, approval block, and the changes
since an earlier plan (a tenant's own only), read back from the PDF."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cosmoplan.domain import Allocation, AllocationStatus, Kind, Plan
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.changes import ChangeKind

if TYPE_CHECKING:
    from conftest import Cast, PdfFile

Read = Callable[[Path], "PdfFile"]
AT = date(2026, 7, 1)


def _later(plan: Plan) -> Plan:
    """``plan`` after a round of changes to every allocation but Gamma's."""
    later = plan.copy()

    def change(allocation_id: int, **fields: object) -> None:
        found = later.get(Kind.ALLOCATION, allocation_id)
        assert isinstance(found, Allocation)
        later.replace(dataclasses.replace(found, **fields))  # type: ignore[arg-type]

    change(1, end=date(2027, 12, 31))  # Alpha's ends a year early
    change(2, pad_id=3)  # Beta's moves to 45/3
    change(4, status=AllocationStatus.PROPOSED)  # Alpha's cancelled one is proposed again
    return later


def test_changes_by_kind_and_a_tenant_sees_only_its_own(plan: Plan, cast: Cast) -> None:
    later = _later(plan)
    full = build_report(later, at=AT, since=plan).control.since
    assert full is not None and full.changes is not None and not full.same
    kinds = {(c.allocation_id, c.kind) for c in full.changes}
    assert kinds == {(1, ChangeKind.ENDED), (2, ChangeKind.MOVED), (4, ChangeKind.STATUS)}
    moved = next(c for c in full.changes if c.kind is ChangeKind.MOVED)
    assert moved.before is not None and moved.after is not None
    assert (moved.before.pad, moved.after.pad, moved.tenant) == ("45/1", "45/3", cast.beta)
    alpha = build_report(later, "tenant", at=AT, tenant=cast.alpha, since=plan).control.since
    assert alpha is not None and alpha.changes is not None
    assert {c.allocation_id for c in alpha.changes} == {1, 4}
    same = build_report(plan, at=AT, since=plan.copy()).control.since
    assert same is not None and same.same and same.changes == ()


def test_the_control_page_in_the_pdf(
    plan: Plan, cast: Cast, tmp_path: Path, read_pdf: Read
) -> None:
    report = build_report(
        _later(plan), "tenant", at=AT, tenant=cast.alpha, since=plan, author="A. Planner",
        version="3", distribution=["Alpha Launch legal", cast.gamma],
    )  # fmt: skip
    pdf = read_pdf(render_report(report, tmp_path / "alpha.pdf"))
    (index,) = [i for i in pdf.find("Document control") if "Approval" in pdf.pages[i].text]
    page = " ".join(pdf.pages[index].text.split())
    assert "Version 3" in page and "Prepared by A. Planner Checked by Approved by" in page
    assert f"Confidentiality Prepared for {cast.alpha} only" in page
    assert "Alpha Launch legal; [" in page and cast.gamma not in pdf.text  # redacted
    assert "2 of your allocations changed" in page
    ended = "Ended Arrow 45/1, 2026-01-01 to 2028-12-31, signed 45/1, 2026-01-01 to 2027-12-31"
    assert ended in page
    assert "Moved" not in page  # Beta's move is not Alpha's business
    assert all(f"Prepared for {cast.alpha} only" in p.text for p in pdf.pages)
