"""build_report: the report as data, its checks, its figures, and the tenant's view."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cosmoplan.domain import Kind, LaunchComplex, PadStatus, Plan, Tenant
from cosmoplan.messages import ValidationError
from cosmoplan.reports import SECTION_IDS, build_report, default_period
from cosmoplan.reports.colours import OCCUPIED
from cosmoplan.reports.figures import union_days
from cosmoplan.reports.identity import canonical_dump, content_hash
from cosmoplan.reports.language import Language
from cosmoplan.reports.occupancy import WITHHELD_LABEL

if TYPE_CHECKING:
    from conftest import Cast

AT = date(2026, 7, 1)
PERIOD = (date(2026, 1, 1), date(2030, 12, 31))


def test_default_period_is_five_calendar_years_from_the_date_s_year() -> None:
    assert default_period(date(2026, 11, 25)) == (date(2026, 1, 1), date(2030, 12, 31))


@pytest.mark.parametrize(
    ("options", "message_id"),
    [
        ({"kind": "summary"}, "report.unknown_kind"),
        ({"kind": "tenant"}, "report.tenant_required"),
        ({"kind": "tenant", "tenant": "  "}, "report.tenant_required"),
        ({"kind": "full", "tenant": "Alpha Launch"}, "report.tenant_in_full"),
        ({"kind": "tenant", "tenant": "Nobody Aerospace"}, "report.unknown_tenant"),
        ({"period": (date(2030, 1, 1), date(2029, 12, 31))}, "report.period_reversed"),
        ({"period": (date(2000, 1, 1), date(2070, 1, 1))}, "report.period_too_long"),
        ({"sections": {"cover", "appendix"}}, "report.unknown_section"),
        ({"sections": set()}, "report.no_sections"),
    ],
)
def test_bad_input_is_refused_with_a_message_id(
    plan: Plan, options: dict[str, object], message_id: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        build_report(plan, at=AT, **options)  # type: ignore[arg-type]
    assert caught.value.message.id == message_id


def test_unknown_tenant_message_lists_the_tenants(plan: Plan, cast: Cast) -> None:
    with pytest.raises(ValidationError) as caught:
        build_report(plan, "tenant", at=AT, tenant="Nobody")
    assert str(caught.value) == (
        f"There is no tenant 'Nobody' in the plan. Tenants: {cast.alpha}, {cast.gamma}, "
        f"{cast.beta}."  # by name: Latin letters sort before Cyrillic ones
    )


def test_cover_facts(plan: Plan) -> None:
    generated = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)
    report = build_report(plan, at=AT, period=PERIOD, author=" A. Planner ", generated=generated)
    cover = report.cover
    assert cover.title == "Pad allocation report"
    assert (cover.at, cover.period, cover.author) == (AT, PERIOD, "A. Planner")
    assert cover.plan_name == plan.info.name and cover.tenant is None
    assert cover.hash_basis == "content"
    assert cover.content_hash == hashlib.sha256(canonical_dump(plan)).hexdigest()
    assert cover.generated == generated
    assert report.sections == frozenset(SECTION_IDS)


def test_summary_figures(plan: Plan, cast: Cast) -> None:
    summary = build_report(plan, at=AT, period=PERIOD).summary
    assert [(c.label, c.count) for c in summary.pads_by_status] == [("active", 3)]
    # 45/1 signed by Alpha, 45/2 reserved by Gamma, 45/3 free.
    assert (summary.allocated_pads, summary.reserved_pads, summary.free_pads) == (1, 1, 1)
    assert summary.unavailable_pads == 0
    assert [(c.label, c.count) for c in summary.tenants_by_status] == [
        ("in-talks", 1),
        ("approved", 2),
    ]
    uses = {
        use.pad: (use.days, use.usable_days, use.booked_unusable_days)
        for use in summary.utilisation
    }
    # 45/1: Alpha from 2026 then Beta to 2031 covers the whole period once; 45/2: Gamma only
    # (the cancelled allocation does not count), 365 of its days while the pad is damaged.
    assert uses == {"45/1": (1826, 1826, 0), "45/2": (945, 1461, 365)}
    fees = {
        line.tenant: (line.committed_annual.known, line.pending_annual.known)
        for line in summary.fees
    }
    assert fees == {cast.alpha: (cast.fees[1], 0), cast.gamma: (0, cast.fees[3]), cast.beta: (0, 0)}
    beta_days = (PERIOD[1] - date(2028, 6, 1)).days + 1
    beta = next(line for line in summary.fees if line.tenant == cast.beta)
    assert beta.period_proposed.known == pytest.approx(cast.fees[2] * beta_days / 365.25)
    assert beta.period_signed.count == 0
    assert summary.total("committed_annual").known == cast.fees[1]


def test_union_days_counts_overlaps_once_and_clips_to_the_period() -> None:
    period = (date(2026, 1, 1), date(2026, 12, 31))
    spans = [
        (date(2025, 6, 1), date(2026, 1, 10)),
        (date(2026, 1, 5), date(2026, 1, 20)),
        (date(2026, 12, 30), date(2027, 3, 1)),
    ]
    assert union_days(spans, period) == 20 + 2


def test_allocation_rows_are_those_of_the_period_by_pad(plan: Plan, cast: Cast) -> None:
    report = build_report(plan, at=AT, period=(date(2029, 1, 1), date(2029, 12, 31)))
    assert [(r.pad, r.tenant, r.status) for r in report.allocations] == [
        ("45/1", cast.beta, "Proposed"),
        ("45/2", cast.gamma, "Reserved"),
    ]
    assert report.allocations[0].annual_fee == cast.fees[2]


def test_full_report_keeps_every_finding_in_full(plan: Plan, cast: Cast) -> None:
    report = build_report(plan, at=AT, period=PERIOD)
    overlap = next(r for r in report.findings if r.rule == "allocation.overlap")
    assert cast.alpha in overlap.text and cast.beta in overlap.text
    assert overlap.title == "Allocations overlap on a pad"
    assert overlap.allocation_ids == (1, 2) and overlap.tenant_ids == (1, 2)
    alpha = next(t for t in report.tenants if t.name == cast.alpha)
    assert {r.rule for r in alpha.findings} >= {
        "allocation.overlap",
        "allocation.cadence",
        "territory.outside_control",
    }


def test_tenant_report_tells_findings_without_the_others(plan: Plan, cast: Cast) -> None:
    report = build_report(plan, "tenant", at=AT, period=PERIOD, tenant="alpha launch")
    texts = {row.rule: row.text for row in report.findings}
    assert texts["allocation.overlap"] == (
        "Your allocation of pad 45/1 for Arrow (2026-01-01 to 2028-12-31) overlaps another "
        "allocation on pad 45/1 from 2028-06-01 to 2028-12-31 (214 days); both are exclusive."
    )
    assert texts["allocation.cadence"] == (
        "Pad 45/1 would see up to 14 launches a year from 2028-06-01 to 2028-12-31 "
        "(2 allocations, 1 of them yours), more than its cadence of 12 a year."
    )
    assert "pad.unavailable" not in texts  # Gamma's finding does not concern Alpha
    for text in texts.values():
        assert not any(name in text for name in cast.others_of(cast.alpha))


def test_tenant_report_holds_nothing_of_the_others(plan: Plan, cast: Cast) -> None:
    report = build_report(plan, "tenant", at=AT, period=PERIOD, tenant=cast.alpha)
    assert report.cover.title == f"Pad allocation report: {cast.alpha}"
    assert report.cover.tenant == cast.alpha
    assert {r.tenant for r in report.allocations} == {cast.alpha}
    assert [t.name for t in report.tenants] == [cast.alpha]
    assert report.summary.tenants_by_status == ()
    assert [line.tenant for line in report.summary.fees] == [cast.alpha]
    bars = [bar for row in report.timeline.rows for bar in row.bars]
    others = [bar for bar in bars if bar.label != cast.alpha]
    assert others and all(
        (bar.label, bar.vehicle, bar.status, bar.colour) == (WITHHELD_LABEL, None, None, OCCUPIED)
        for bar in others
    )
    legend = [entry.text for layer in report.map.layers for entry in layer.legend]
    assert f"{cast.alpha}" in legend and WITHHELD_LABEL in legend
    assert not any("not signed" in text for text in legend if cast.alpha not in text)
    assert not any(name in text for text in legend for name in cast.others_of(cast.alpha))


def test_a_finding_from_an_unknown_rule_naming_others_is_withheld(plan: Plan, cast: Cast) -> None:
    from cosmoplan.analysis import Finding, Severity
    from cosmoplan.domain import Ref
    from cosmoplan.messages import Message
    from cosmoplan.reports.findings_view import tenant_rows

    alpha = plan.tenant_by_name(cast.alpha)
    assert isinstance(alpha, Tenant)
    finding = Finding(
        "safety.too_close",
        Severity.ERROR,
        Message("test.unregistered", {}),
        (Ref(Kind.ALLOCATION, 1), Ref(Kind.ALLOCATION, 3)),
    )
    (row,) = tenant_rows(plan, [finding], alpha, Language())
    assert row.text == (
        "safety.too_close: concerns your allocation of pad 45/1 for Arrow (2026-01-01 to "
        "2028-12-31) and 1 allocation of other tenants; their details are not part of this "
        "report."
    )


def test_timeline_rows_lanes_conflicts_and_outages(plan: Plan, cast: Cast) -> None:
    timeline = build_report(plan, at=AT, period=PERIOD).timeline
    rows = {row.pad: row for row in timeline.rows}
    assert list(rows) == ["45/1", "45/2"]  # 45/3 has neither allocations nor outages
    first = rows["45/1"]
    assert [(b.label, b.lane, b.conflict) for b in first.bars] == [
        (cast.alpha, 0, True),
        (cast.beta, 1, True),
    ]
    assert first.bars[1].end == PERIOD[1]  # clipped to the period
    assert first.conflicts == ((date(2028, 6, 1), date(2028, 12, 31)),)
    second = rows["45/2"]
    assert [b.label for b in second.bars] == [cast.gamma]  # the cancelled one is not drawn
    assert [(o.start, o.end, o.status) for o in second.outages] == [
        (date(2027, 1, 1), date(2027, 12, 31), PadStatus.DAMAGED)
    ]


def test_map_colours_pads_by_occupant(plan: Plan, cast: Cast) -> None:
    scene = build_report(plan, at=AT, period=PERIOD).map
    pads = scene.layer("pads")
    assert pads is not None
    assert [entry.text for entry in pads.legend] == [
        cast.alpha,
        f"{cast.gamma} (not signed)",
        "Available",
    ]
    assert scene.title == plan.info.name


def test_content_hash_of_a_file_is_that_of_its_bytes(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.cosmoplan"
    path.write_bytes(b"not really a plan")
    digest, basis = content_hash(plan, str(path))
    assert (digest, basis) == (hashlib.sha256(b"not really a plan").hexdigest(), "file")
    assert content_hash(plan, "sqlite:///elsewhere.db")[1] == "content"
    assert content_hash(plan, str(tmp_path / "missing.cosmoplan"))[1] == "content"


def test_content_hash_follows_the_content(plan: Plan, make_plan: Callable[[], Plan]) -> None:
    same = content_hash(make_plan(), None)
    assert content_hash(plan, None) == same
    tenant = plan.get(Kind.TENANT, 1)
    assert isinstance(tenant, Tenant)
    plan.replace(replace(tenant, notes="changed"))
    assert content_hash(plan, None) != same


def test_tenant_view_of_safety_findings_between_tenants() -> None:
    from cosmoplan.demo import synthetic_plan

    plan = synthetic_plan(pads=30, facilities=20, zones=2, allocations=400, tenants=12)
    period = (date(2026, 1, 1), date(2040, 12, 31))
    full = build_report(plan, at=AT, period=period)
    shared = [
        row
        for row in full.findings
        if row.rule.startswith("safety.") and len(set(row.tenant_ids)) == 2
    ]
    assert shared, "the synthetic plan has pads of two tenants too close together"
    tenant_id = shared[0].tenant_ids[0]
    tenant = plan.get(Kind.TENANT, tenant_id)
    assert isinstance(tenant, Tenant)
    report = build_report(plan, "tenant", at=AT, period=period, tenant=tenant.name)
    others = [t.name for t in plan.tenants() if t.id != tenant_id]
    others += [v.name for v in plan.vehicles() if v.tenant_id != tenant_id]
    texts = [row.text for row in report.findings]
    assert not [text for text in texts for name in others if name in text]
    safety = [text for text in texts if "another tenant" in text]
    assert safety and not any("not part of this report" in text for text in safety)


def test_tenant_report_leaves_out_free_text_naming_another_tenant(plan: Plan, cast: Cast) -> None:
    plan.info.name = f"Site plan with {cast.gamma}"
    plan.info.description = f"Prepared with {cast.vehicles[cast.gamma]} in mind."
    complex_ = plan.get(Kind.COMPLEX, 1)
    assert isinstance(complex_, LaunchComplex)
    plan.replace(replace(complex_, name=f"{cast.gamma} complex"))
    for_alpha = build_report(plan, "tenant", at=AT, tenant=cast.alpha)
    assert (for_alpha.cover.plan_name, for_alpha.cover.plan_description) == (
        "Site plan with […]",
        "Prepared with […] in mind.",
    )
    assert for_alpha.map.title == "Site plan with […]"
    labels = [f.label for _, f in for_alpha.map.features() if f.label]
    assert labels and not any(cast.gamma in label for label in labels)
    for_gamma = build_report(plan, "tenant", at=AT, tenant=cast.gamma)
    assert for_gamma.cover.plan_name == plan.info.name
    assert for_gamma.cover.plan_description == plan.info.description
    assert any(cast.gamma in (f.label or "") for _, f in for_gamma.map.features())
