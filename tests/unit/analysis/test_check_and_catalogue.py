"""The full check, the finding values and the rule catalogue (including third-party rules)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from cosmoplan.analysis import (
    RULES,
    CheckContext,
    Finding,
    FindingsDelta,
    IncrementalChecker,
    Rule,
    RuleBase,
    RuleCatalogue,
    Severity,
    check_plan,
    finding_period,
    sort_key,
)
from cosmoplan.domain import Kind, NegotiationStatus, Pad, Plan, Ref
from cosmoplan.messages import TEMPLATES, CosmoplanError, Message
from cosmoplan.services.commands import update

if TYPE_CHECKING:
    from conftest import Site

BUILTIN_IDS = [
    "allocation.overlap",
    "allocation.cadence",
    "vehicle.fit.propellant",
    "vehicle.fit.mass",
    "vehicle.fit.height",
    "vehicle.fit.diameter",
    "vehicle.fit.thrust",
    "vehicle.fit.unknown",
    "pad.unavailable",
    "facility.not_ready",
    "territory.outside_control",
    "tenant.not_approved",
    "tenant.first_contact",
    "allocation.stale",
    "allocation.period",
    "safety.public_area",
    "safety.public_traffic_route",
    "safety.intraline",
    "safety.unknown_new",
    "safety.planner_factor",
    "safety.site_boundary",
    "safety.corridor.exclusion",
    "safety.corridor.populated",
    "safety.corridor.azimuth",
    "safety.corridor.unchecked",
]


class UnnamedPadRule(RuleBase):
    """A rule from elsewhere: pads should have a name."""

    id = "test.pad.unnamed"
    severity = Severity.INFO
    scope = Kind.PAD
    title = "Pad without a name"
    description = "The pad has a code but no name."

    def check(self, context: CheckContext, ids: Collection[int]) -> Iterator[tuple[int, Finding]]:
        for pad_id in ids:
            pad = context.pads.get(pad_id)
            if pad is not None and not pad.name:
                message = Message("test.pad.unnamed", {"pad": pad.code})
                yield pad_id, Finding(self.id, self.severity, message, (Ref(Kind.PAD, pad_id),))


def test_the_default_catalogue_holds_every_built_in_rule_with_its_metadata() -> None:
    assert [rule.id for rule in RULES] == BUILTIN_IDS
    for rule in RULES:
        assert isinstance(rule, Rule)
        assert rule.title and rule.description
        assert rule.scope in (Kind.ALLOCATION, Kind.PAD)
    assert RULES.get("allocation.overlap").severity is Severity.ERROR
    assert RULES.get("vehicle.fit.unknown").severity is Severity.INFO


def test_an_empty_plan_has_no_findings() -> None:
    assert check_plan(Plan()) == []


def test_findings_are_sorted_by_severity_then_rule_then_subjects(site: Site) -> None:
    site.edit(Kind.VEHICLE, 1, height_m=None, liftoff_mass_kg=900_000)
    site.edit(Kind.TENANT, 3, status=NegotiationStatus.FIRST_CONTACT)
    site.allocate(vehicle=1, pad=2)
    site.allocate(vehicle=1, pad=1)
    site.allocate(vehicle=3, pad=1)
    found = site.findings()
    assert [(f.severity.value, f.rule, f.primary.id) for f in found] == [
        ("error", "allocation.overlap", 2),
        ("error", "territory.outside_control", 3),
        ("error", "vehicle.fit.mass", 1),
        ("error", "vehicle.fit.mass", 2),
        ("warning", "tenant.first_contact", 3),
        ("info", "vehicle.fit.unknown", 1),
        ("info", "vehicle.fit.unknown", 2),
    ]
    assert found == sorted(reversed(found), key=sort_key)
    assert all(f.message.id in TEMPLATES for f in found)


def test_a_finding_is_identified_by_rule_subjects_and_part(site: Site) -> None:
    site.allocate(vehicle=2, pad=1)
    [finding] = site.findings("territory")
    assert finding.key == ("territory.outside_control", finding.subjects, "2027-01-01")
    assert finding.primary == Ref(Kind.ALLOCATION, 1)
    assert hash(finding) == hash(replace(finding, message=Message("other")))
    assert finding != replace(finding, message=Message("other"))
    assert FindingsDelta().empty and not FindingsDelta(added=(finding,)).empty
    assert finding.as_dict() == {
        "rule": "territory.outside_control",
        "severity": "error",
        "message": finding.text,
        "subjects": [
            {"kind": "allocations", "id": 1},
            {"kind": "pads", "id": 1},
            {"kind": "tenants", "id": 2},
            {"kind": "zones", "id": 2},
        ],
    }


def test_registering_a_second_rule_with_the_same_id_is_refused() -> None:
    catalogue = RULES.copy()
    with pytest.raises(CosmoplanError) as raised:
        catalogue.register(RULES.get("allocation.overlap"))
    assert raised.value.message.id == "analysis.duplicate_rule"
    assert len(catalogue) == len(RULES)


def test_a_rule_can_be_replaced_and_removed_without_touching_the_default() -> None:
    catalogue = RULES.copy()
    stricter = UnnamedPadRule()
    stricter.id = "allocation.cadence"  # type: ignore[misc]
    catalogue.register(stricter, replace=True)
    assert catalogue.get("allocation.cadence") is stricter
    assert [r.id for r in catalogue] == BUILTIN_IDS
    assert catalogue.unregister("allocation.cadence") is stricter
    assert "allocation.cadence" not in catalogue
    assert "allocation.cadence" in RULES
    with pytest.raises(CosmoplanError) as raised:
        catalogue.get("allocation.cadence")
    assert raised.value.message.id == "analysis.unknown_rule"
    with pytest.raises(CosmoplanError):
        catalogue.unregister("no.such.rule")


def test_a_registered_rule_takes_part_in_full_and_incremental_checks(site: Site) -> None:
    catalogue = RuleCatalogue([UnnamedPadRule()])
    assert [f.primary for f in check_plan(site.plan, catalogue=catalogue)] == [
        Ref(Kind.PAD, 1),
        Ref(Kind.PAD, 2),
    ]
    checker = IncrementalChecker(site.plan, catalogue=catalogue)
    pad = site.plan.get(Kind.PAD, 2)
    assert isinstance(pad, Pad)
    delta = checker.update(update(pad, name="Proton right").do(site.plan))
    assert [f.primary for f in delta.removed] == [Ref(Kind.PAD, 2)]
    assert delta.added == ()
    assert checker.findings == check_plan(site.plan, catalogue=catalogue)


def test_the_check_date_defaults_to_today(site: Site) -> None:
    site.allocate(start=date(2020, 1, 1), end=date(2021, 1, 1))
    assert [f.rule for f in check_plan(site.plan)] == ["allocation.stale"]
    assert check_plan(site.plan, at=date(2020, 6, 1)) == []


def test_a_finding_applies_over_the_days_its_allocations_share(site: Site) -> None:
    site.allocate(start=date(2027, 1, 1), end=date(2028, 12, 31))
    site.allocate(start=date(2028, 7, 1), end=date(2030, 6, 30))
    at = date(2026, 1, 1)
    (overlap,) = [f for f in check_plan(site.plan, at) if f.rule == "allocation.overlap"]
    assert finding_period(site.plan, overlap) == (date(2028, 7, 1), date(2028, 12, 31))
    stale = site.allocate(start=date(2020, 1, 1), end=date(2021, 1, 1))
    (found,) = [f for f in check_plan(site.plan) if f.rule == "allocation.stale"]
    assert finding_period(site.plan, found) == (stale.start, stale.end)
    alone = replace(found, subjects=(Ref(Kind.PAD, 1),))
    assert finding_period(site.plan, alone) is None
