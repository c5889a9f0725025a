"""Findings as a report shows them: every finding in full, or one tenant's view of them.

A tenant report names no other tenant, their vehicles or their fees. Whom a finding concerns is
decided by the ids of its subjects; a finding that concerns another tenant's allocation is told
again from the data (dates, pad, numbers) rather than by editing the English message, or told as
withheld. The report's one redaction (:mod:`cosmoplan.reports.redaction`) then covers names in
free text (a zone called after another tenant, say).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from cosmoplan.analysis import RULES, Finding, Severity
from cosmoplan.analysis.rules.timeline import CadenceRule, OverlapRule
from cosmoplan.domain import Allocation, Kind, Pad, Plan, Tenant, Vehicle
from cosmoplan.messages import Message, register
from cosmoplan.reports.language import ENGLISH, Language

MSG_OVERLAP_OTHER = {
    (True, True): register(
        "report.finding.overlap.both",
        "Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another "
        "allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); both are "
        "exclusive.",
    ),
    (True, False): register(
        "report.finding.overlap.yours",
        "Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another "
        "allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); yours is "
        "exclusive.",
    ),
    (False, True): register(
        "report.finding.overlap.theirs",
        "Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another "
        "allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); the other "
        "allocation is exclusive.",
    ),
}
MSG_CADENCE_OTHER = register(
    "report.finding.cadence",
    "Pad {pad} would see up to {rate:g} launches a year from {period_start} to {period_end} "
    "({count} allocations, {own} of them yours), more than its cadence of {cadence:g} a year.",
)
_SAFETY_AWAY = "{actual_m:,.0f} m away from {period_start} to {period_end}"
#: Safety findings between two tenants' allocations, told from one side: (message id, ours first).
MSG_SAFETY_OTHER = {
    ("finding.safety.public_area.other_tenant", True): register(
        "report.finding.safety.public_area.yours",
        "Your {vehicle} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any "
        "public area, but pad {target_pad}, held by another tenant, is "
        + _SAFETY_AWAY
        + " (land of another tenant is public, 14 CFR 420.5).",
    ),
    ("finding.safety.public_area.other_tenant", False): register(
        "report.finding.safety.public_area.theirs",
        "Another tenant's vehicle on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) "
        "to any public area, but your pad {target_pad} is "
        + _SAFETY_AWAY
        + " (land of another tenant is public, 14 CFR 420.5).",
    ),
    ("finding.safety.intraline.pad", True): register(
        "report.finding.safety.intraline.yours",
        "Your {vehicle} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from pad "
        "{target_pad}, where another tenant's vehicle is fuelled at the same time (intraline, "
        "the larger of the two, 14 CFR 420 Table E-3), but it is " + _SAFETY_AWAY + ".",
    ),
    ("finding.safety.intraline.pad", False): register(
        "report.finding.safety.intraline.theirs",
        "Another tenant's vehicle on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) "
        "from your pad {target_pad}, where your {target_vehicle} is fuelled at the same time "
        "(intraline, the larger of the two, 14 CFR 420 Table E-3), but it is " + _SAFETY_AWAY + ".",
    ),
}
_SAFETY_KEYS = ("pad", "required_m", "required_ft", "actual_m", "period_start", "period_end")
MSG_WITHHELD = register(
    "report.finding.withheld",
    "{title}: concerns your allocation of pad {pad} for {vehicle} ({start} to {end}) and "
    "{others} {others:plural:allocation|allocations} of other tenants; their details are not "
    "part of this report.",
)
MSG_WITHHELD_TENANT = register(
    "report.finding.withheld.tenant",
    "{title}: concerns {tenant} and {others} {others:plural:allocation|allocations} of other "
    "tenants; their details are not part of this report.",
)


@dataclass(frozen=True)
class FindingRow:
    """One finding as printed: severity, rule id and title, text, and whom it concerns.

    ``said`` is the text, or the message it is worded from on first use (:attr:`text`): a large
    plan's report prints a few hundred of its thousands of findings.
    """

    severity: Severity
    rule: str
    title: str
    said: str | Message
    allocation_ids: tuple[int, ...]
    tenant_ids: tuple[int, ...]
    pad_ids: tuple[int, ...] = ()  # the pads it names as subjects (its allocations' pads aside)
    language: Language = field(default=ENGLISH, compare=False, repr=False)

    @cached_property
    def text(self) -> str:
        """The finding's text in the report's language."""
        return self.said if isinstance(self.said, str) else self.language.message(self.said)


def rule_title(rule_id: str) -> str:
    """The catalogue title of a rule, or its id for a rule the catalogue does not hold."""
    return RULES.get(rule_id).title if rule_id in RULES else rule_id


def full_rows(plan: Plan, findings: Iterable[Finding], lang: Language) -> list[FindingRow]:
    """Every finding with its own text, in the report's language."""
    return [_row(plan, finding, finding.message, lang) for finding in findings]


def tenant_rows(
    plan: Plan, findings: Iterable[Finding], tenant: Tenant, lang: Language
) -> list[FindingRow]:
    """The findings that concern ``tenant``, told without naming anyone else."""
    rows = []
    for finding in findings:
        row = _row(plan, finding, "", lang)
        if tenant.id not in row.tenant_ids:
            continue
        alone = set(row.tenant_ids) == {tenant.id}
        message = finding.message if alone else _tenant_message(plan, finding, tenant, lang)
        text = lang.message(message)
        rows.append(_with_text(row, text))
    return rows


def _row(plan: Plan, finding: Finding, said: str | Message, lang: Language) -> FindingRow:
    allocations = _allocations(plan, finding)
    tenants = {a.tenant_id for a in allocations}
    for ref in finding.subjects:
        if ref.kind is Kind.TENANT:
            tenants.add(ref.id)
        elif ref.kind is Kind.VEHICLE and isinstance(v := plan.find(ref.kind, ref.id), Vehicle):
            tenants.add(v.tenant_id)
    return FindingRow(
        severity=finding.severity,
        rule=finding.rule,
        title=lang.rule(rule_title(finding.rule)),
        said=said,
        allocation_ids=tuple(a.id for a in allocations),
        tenant_ids=tuple(sorted(tenants)),
        pad_ids=tuple(r.id for r in finding.subjects if r.kind is Kind.PAD),
        language=lang,
    )


def _with_text(row: FindingRow, text: str) -> FindingRow:
    return dataclasses.replace(row, said=text)


def _allocations(plan: Plan, finding: Finding) -> list[Allocation]:
    found = (
        plan.find(Kind.ALLOCATION, r.id) for r in finding.subjects if r.kind is Kind.ALLOCATION
    )
    return [a for a in found if isinstance(a, Allocation)]


def _tenant_message(plan: Plan, finding: Finding, tenant: Tenant, lang: Language) -> Message:
    allocations = _allocations(plan, finding)
    own = [a for a in allocations if a.tenant_id == tenant.id]
    others = [a for a in allocations if a.tenant_id != tenant.id]
    if not others:  # another tenant or its vehicle is a subject, but none of its allocations
        return _withheld(plan, finding, tenant, lang)
    params = finding.message.params
    if finding.rule == OverlapRule.id and len(own) == 1 and len(others) == 1:
        return _overlap_text(plan, own[0], others[0])
    if finding.rule == CadenceRule.id and own and _has(params, "rate", "cadence"):
        pad = _pad(plan, own[0])
        return Message(
            MSG_CADENCE_OTHER,
            {
                "pad": pad.code,
                "rate": params["rate"],
                "cadence": params["cadence"],
                "period_start": params["period_start"],
                "period_end": params["period_end"],
                "count": len(allocations),
                "own": len(own),
            },
        )
    safety = (finding.message.id, allocations[0].tenant_id == tenant.id)
    if safety in MSG_SAFETY_OTHER and len(allocations) == 2 and _has(params, *_SAFETY_KEYS):
        checked, target = allocations  # the allocation checked, then the one too close to it
        values = {key: params[key] for key in _SAFETY_KEYS}
        values["pad"], values["target_pad"] = _pad(plan, checked).code, _pad(plan, target).code
        ours = checked if safety[1] else target
        values["vehicle" if safety[1] else "target_vehicle"] = _describe(plan, ours)["vehicle"]
        return Message(MSG_SAFETY_OTHER[safety], values)
    return _withheld(plan, finding, tenant, lang)


def _overlap_text(plan: Plan, own: Allocation, other: Allocation) -> Message:
    first, last = max(own.start, other.start), min(own.end, other.end)
    message = MSG_OVERLAP_OTHER[(own.exclusive, other.exclusive)]
    return Message(message, {**_describe(plan, own), **_overlap(first, last)})


def _overlap(first: date, last: date) -> dict[str, Any]:
    return {
        "overlap_start": first.isoformat(),
        "overlap_end": last.isoformat(),
        "days": (last - first).days + 1,
    }


def _withheld(plan: Plan, finding: Finding, tenant: Tenant, lang: Language) -> Message:
    allocations = _allocations(plan, finding)
    own = [a for a in allocations if a.tenant_id == tenant.id]
    others = len(allocations) - len(own)
    title = lang.rule(rule_title(finding.rule))
    if own:
        params = {**_describe(plan, own[0]), "title": title, "others": others}
        return Message(MSG_WITHHELD, params)
    params = {"title": title, "tenant": tenant.name, "others": others}
    return Message(MSG_WITHHELD_TENANT, params)


def _describe(plan: Plan, allocation: Allocation) -> dict[str, Any]:
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    assert isinstance(vehicle, Vehicle)
    return {
        "pad": _pad(plan, allocation).code,
        "vehicle": vehicle.name,
        "start": allocation.start.isoformat(),
        "end": allocation.end.isoformat(),
    }


def _pad(plan: Plan, allocation: Allocation) -> Pad:
    pad = plan.get(Kind.PAD, allocation.pad_id)
    assert isinstance(pad, Pad)
    return pad


def _has(params: Any, *keys: str) -> bool:
    return all(key in params for key in keys)
